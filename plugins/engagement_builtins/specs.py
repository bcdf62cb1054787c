"""The facts of the six built-in endpoints (SPEC.md §1–2)."""
import re
from datetime import datetime, timezone

from engagement_desktop.plugins.api import (BEARER, ENTERPRISE, OAUTH1_USER, OAUTH2_USER,
                                            V2_ANALYTICS, V2_INSIGHTS, EndpointSpec,
                                            GroupingRules)

from . import catalog

FLOOR = datetime(2014, 9, 1, tzinfo=timezone.utc)  # earliest historical start
FOUR_WEEKS = 672  # hours

# Enterprise groupings (SPEC.md §1, "Groupings").
GROUP_BY_VALUES = ("tweet.id", "engagement.type", "engagement.day", "engagement.hour")
_GROUPINGS = dict(
    values=GROUP_BY_VALUES, required="engagement.type", max_groupings=3,
    full_orders=(GROUP_BY_VALUES, ("engagement.type", "tweet.id", "engagement.day",
                                   "engagement.hour")),
    # Top-level response keys that are not groupings: a grouping of that name could not be read.
    reserved_names=frozenset({"start", "end", "errors", "unavailable_tweet_ids",
                              "unsupported_for_video_views_tweet_ids",
                              "unsupported_for_impressions_engagements_tweet_ids"}))
SERIES_GROUPINGS = GroupingRules(**_GROUPINGS)
TOTALS_GROUPINGS = GroupingRules(**_GROUPINGS, missing_why="it has no days or hours")

# What a family's endpoints share: method, granularity wire values, each metric's wire name.
_FAMILIES = {
    ENTERPRISE: ("POST", (), lambda m: m.name),
    V2_INSIGHTS: ("GET", ("Hourly", "Daily", "Weekly", "Total"), lambda m: m.v2_name),
    V2_ANALYTICS: ("GET", ("hourly", "daily", "weekly", "total"), lambda m: m.analytics_field),
}
# SPEC.md gives /2/tweets/analytics no range limit; we hold it to the insights rules
# (4-week requests, 365 days) so that plans, the sandbox and the editor agree.
_RANGE_LIMITS = dict(max_window_hours=FOUR_WEEKS, max_range_days=365, reach_back_days=365,
                     earliest=FLOOR)

# One endpoint a row, columns two spaces apart: name, family, path, IDs per request, token kinds
# accepted (see _TOKENS), time (lifetime, last-28h or range: the range limits above apply),
# owner's posts only, requests per minute assumed until the server's headers say otherwise.
_FACTS = """
totals         enterprise    /insights/engagement/totals      250  bearer+oauth1  lifetime  no   60
28hr           enterprise    /insights/engagement/28hr        25   oauth1         last-28h  yes  60
historical     enterprise    /insights/engagement/historical  25   oauth1         range     yes  60
v2-28hr        v2-insights   /2/insights/28hr                 25   oauth2+oauth1  last-28h  yes  300
v2-historical  v2-insights   /2/insights/historical           25   oauth2+oauth1  range     yes  300
v2-analytics   v2-analytics  /2/tweets/analytics              100  oauth2+oauth1  range     yes  300
"""
# Each endpoint's title, then its description on an indented line.
_WORDS = """
totals: Totals (enterprise)
    Lifetime totals at request time, up to 250 posts per request.
28hr: Last 28 hours (enterprise)
    Hourly or daily series of the last 28 hours; the post owner's account only.
historical: Historical (enterprise)
    Any range in the last 365 days, sent as 4-week windows; owner's account only.
v2-28hr: Last 28 hours (X API v2 insights)
    /2/insights/28hr: user-context tokens only.
v2-historical: Historical (X API v2 insights)
    /2/insights/historical: 4-week windows, user-context tokens only.
v2-analytics: Post analytics (X API v2 /2/tweets/analytics)
    The successor of v2 insights: up to 100 posts per request.
"""
_TOKENS = {"bearer": BEARER, "oauth1": OAUTH1_USER, "oauth2": OAUTH2_USER}


def _spec(line: str, words: dict[str, tuple[str, str]]) -> EndpointSpec:
    name, family, path, max_ids, tokens, time, owner_only, per_minute = re.split(r" {2,}", line)
    method, granularities, wire_name = _FAMILIES[family]
    title, description = words[name]
    if family == ENTERPRISE:  # totals has no days or hours to group by
        series = time != "lifetime"
        grouping = dict(group_by=GROUP_BY_VALUES if series else GROUP_BY_VALUES[:2],
                        grouping_rules=SERIES_GROUPINGS if series else TOTALS_GROUPINGS)
    else:
        grouping = {}
    return EndpointSpec(
        name=name, title=title, family=family, method=method, path=path, max_ids=int(max_ids),
        metrics=catalog.metric_specs(name, wire_name),
        auth_kinds=frozenset(_TOKENS[token] for token in tokens.split("+")), time=time,
        granularities=granularities, owner_only=owner_only == "yes",
        default_per_minute=int(per_minute), description=description, **grouping,
        **(_RANGE_LIMITS if time == "range" else {}))


_HEADS_AND_LINES = _WORDS.strip().splitlines()
_TITLES_AND_DESCRIPTIONS = {head.split(": ", 1)[0]: (head.split(": ", 1)[1], line.strip())
                            for head, line in zip(_HEADS_AND_LINES[::2], _HEADS_AND_LINES[1::2])}
_SPECS = {spec.name: spec for spec in (_spec(line, _TITLES_AND_DESCRIPTIONS)
                                       for line in _FACTS.strip().splitlines())}
TOTALS, HR28, HISTORICAL = _SPECS["totals"], _SPECS["28hr"], _SPECS["historical"]
V2_28HR, V2_HISTORICAL = _SPECS["v2-28hr"], _SPECS["v2-historical"]
V2_ANALYTICS_SPEC = _SPECS["v2-analytics"]

ALL = (TOTALS, HR28, HISTORICAL, V2_28HR, V2_HISTORICAL, V2_ANALYTICS_SPEC)
