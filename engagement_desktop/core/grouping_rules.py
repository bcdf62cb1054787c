"""The rules for enterprise groupings (SPEC.md §1, "Groupings"), one sentence per problem.

Validation and the planner both read group_by values through `normalized`, so a grouping
written " Tweet.ID" is checked and sent as "tweet.id".
"""
from __future__ import annotations

from .endpoint import GROUP_BY_VALUES, EndpointSpec

MAX_GROUPINGS = 3
LEGAL_FOUR = (("tweet.id", "engagement.type", "engagement.day", "engagement.hour"),
              ("engagement.type", "tweet.id", "engagement.day", "engagement.hour"))
# Top-level response keys that are not groupings: a grouping of that name could not be read.
RESERVED_NAMES = frozenset({"start", "end", "errors", "unavailable_tweet_ids",
                            "unsupported_for_video_views_tweet_ids",
                            "unsupported_for_impressions_engagements_tweet_ids"})


def normalized(values: list[str]) -> tuple[str, ...]:
    """group_by values as the API spells them: trimmed, lower case, blanks dropped."""
    return tuple(v.strip().lower() for v in values if v.strip())


def grouping_problems(groupings: dict[str, list[str]], spec: EndpointSpec) -> list[str]:
    """What is wrong with a query's groupings on `spec`, one sentence each."""
    if not spec.group_by:
        if not groupings:
            return []
        if spec.granularities:
            return [f"The {spec.name} endpoint has no groupings — the granularity replaces "
                    "them; remove them and pick a granularity."]
        return [f"The {spec.name} endpoint has no groupings; remove them."]
    if not groupings:
        return ["Add a grouping, for example tweet.id, engagement.type (one number per post "
                "and metric)."]
    problems = []
    if len(groupings) > MAX_GROUPINGS:
        problems.append(f"There are {len(groupings)} groupings; a request takes at most "
                        f"{MAX_GROUPINGS}. Remove {len(groupings) - MAX_GROUPINGS}.")
    names = [name.strip() for name in groupings]
    for name in dict.fromkeys(n for n in names if n and names.count(n) > 1):
        problems.append(f"Several groupings are named '{name}'; rename all but one.")
    for name, values in groupings.items():
        problems += _one_grouping(name, normalized(values), spec)
    full = [name for name, values in groupings.items() if len(normalized(values)) == 4]
    if len(full) > 1:
        problems.append(f"Only one grouping per request may have all 4 values; "
                        f"{', '.join(repr(n) for n in full)} do. Shorten all but one.")
    return problems


def _one_grouping(name: str, values: tuple[str, ...], spec: EndpointSpec) -> list[str]:
    label = f"Grouping '{name}'"
    problems = []
    if not name.strip():
        label = "A grouping"
        problems.append("A grouping has no name; name it (the name becomes a key of the "
                        "response).")
    elif name.strip() in RESERVED_NAMES:
        problems.append(f"'{name}' cannot name a grouping: the response uses that key for "
                        "something else. Rename it.")
    if not values:
        return problems + [f"{label} is empty; add engagement.type and what to group it by."]
    for value in dict.fromkeys(values):
        if value not in GROUP_BY_VALUES:
            problems.append(f"{label}: '{value}' is not a grouping value; use "
                            f"{', '.join(spec.group_by)}.")
        elif value not in spec.group_by:
            problems.append(f"{label}: {value} is not available on {spec.name} (it has no days "
                            f"or hours); use {' and '.join(spec.group_by)}.")
        if values.count(value) > 1:
            problems.append(f"{label} lists {value} {values.count(value)} times; list it once.")
    if len(values) == 4 and len(set(values)) == 4 and values not in LEGAL_FOUR:
        orders = " or ".join("[" + ", ".join(order) + "]" for order in LEGAL_FOUR)
        problems.append(f"{label} has all 4 values in an order the API refuses; order them "
                        f"{orders}.")
    if "engagement.type" not in values:
        problems.append(f"{label} must include engagement.type: without it the numbers of "
                        "different metrics are added together and cannot be told apart.")
    return problems
