"""A query's groupings checked against the grouping rules its endpoint declares, one sentence
per problem.

Validation and the planner both read group_by values through `normalized`, so a grouping
written " Tweet.ID" is checked and sent as "tweet.id".
"""
from __future__ import annotations

from .endpoint import EndpointSpec, GroupingRules


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
    rules = spec.grouping_rules
    if not groupings:
        return [f"Add a grouping, for example {spec.group_by[0]}, {rules.required} (one number "
                "per post and metric)."]
    problems = []
    if len(groupings) > rules.max_groupings:
        problems.append(f"There are {len(groupings)} groupings; a request takes at most "
                        f"{rules.max_groupings}. Remove {len(groupings) - rules.max_groupings}.")
    names = [name.strip() for name in groupings]
    for name in dict.fromkeys(n for n in names if n and names.count(n) > 1):
        problems.append(f"Several groupings are named '{name}'; rename all but one.")
    for name, values in groupings.items():
        problems += _one_grouping(name, normalized(values), spec, rules)
    every = len(rules.values)
    full = [name for name, values in groupings.items() if len(normalized(values)) == every]
    if len(full) > 1:
        problems.append(f"Only one grouping per request may have all {every} values; "
                        f"{', '.join(repr(n) for n in full)} do. Shorten all but one.")
    return problems


def _one_grouping(name: str, values: tuple[str, ...], spec: EndpointSpec,
                  rules: GroupingRules) -> list[str]:
    label = f"Grouping '{name}'"
    problems = []
    if not name.strip():
        label = "A grouping"
        problems.append("A grouping has no name; name it (the name becomes a key of the "
                        "response).")
    elif name.strip() in rules.reserved_names:
        problems.append(f"'{name}' cannot name a grouping: the response uses that key for "
                        "something else. Rename it.")
    if not values:
        return problems + [f"{label} is empty; add {rules.required} and what to group it by."]
    why = f" ({rules.missing_why})" if rules.missing_why else ""
    for value in dict.fromkeys(values):
        if value not in rules.values:
            problems.append(f"{label}: '{value}' is not a grouping value; use "
                            f"{', '.join(spec.group_by)}.")
        elif value not in spec.group_by:
            problems.append(f"{label}: {value} is not available on {spec.name}{why}; use "
                            f"{' and '.join(spec.group_by)}.")
        if values.count(value) > 1:
            problems.append(f"{label} lists {value} {values.count(value)} times; list it once.")
    every = len(rules.values)
    if rules.full_orders and len(set(values)) == len(values) == every \
            and values not in rules.full_orders:
        orders = " or ".join("[" + ", ".join(order) + "]" for order in rules.full_orders)
        problems.append(f"{label} has all {every} values in an order the API refuses; order "
                        f"them {orders}.")
    if rules.required not in values:
        problems.append(f"{label} must include {rules.required}: without it the numbers of "
                        "different metrics are added together and cannot be told apart.")
    return problems
