"""The facts of the six built-in endpoints (SPEC.md §1–2)."""
from datetime import datetime, timezone

from engagement_desktop.plugins.api import (BEARER, ENTERPRISE, LAST_28H, LIFETIME, OAUTH1_USER,
                                            OAUTH2_USER, RANGE, V2_ANALYTICS, V2_INSIGHTS,
                                            EndpointSpec, GroupingRules)

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


def _enterprise(endpoint):
    return catalog.metric_specs(endpoint, lambda m: m.name)


def _v2(endpoint):
    return catalog.metric_specs(endpoint, lambda m: m.v2_name)


def _analytics(endpoint):
    return catalog.metric_specs(endpoint, lambda m: m.analytics_field)


TOTALS = EndpointSpec(
    name="totals", title="Totals (enterprise)", family=ENTERPRISE, method="POST",
    path="/insights/engagement/totals", max_ids=250, metrics=_enterprise("totals"),
    auth_kinds=frozenset({BEARER, OAUTH1_USER}), time=LIFETIME,
    group_by=GROUP_BY_VALUES[:2], grouping_rules=TOTALS_GROUPINGS, default_per_minute=60,
    description="Lifetime totals at request time, up to 250 posts per request.")

HR28 = EndpointSpec(
    name="28hr", title="Last 28 hours (enterprise)", family=ENTERPRISE, method="POST",
    path="/insights/engagement/28hr", max_ids=25, metrics=_enterprise("28hr"),
    auth_kinds=frozenset({OAUTH1_USER}), time=LAST_28H, group_by=GROUP_BY_VALUES,
    grouping_rules=SERIES_GROUPINGS, owner_only=True, default_per_minute=60,
    description="Hourly or daily series of the last 28 hours; the post owner's account only.")

HISTORICAL = EndpointSpec(
    name="historical", title="Historical (enterprise)", family=ENTERPRISE, method="POST",
    path="/insights/engagement/historical", max_ids=25, metrics=_enterprise("historical"),
    auth_kinds=frozenset({OAUTH1_USER}), time=RANGE, group_by=GROUP_BY_VALUES,
    grouping_rules=SERIES_GROUPINGS, max_window_hours=FOUR_WEEKS, max_range_days=365,
    reach_back_days=365, earliest=FLOOR, owner_only=True, default_per_minute=60,
    description="Any range in the last 365 days, sent as 4-week windows; owner's account only.")

V2_28HR = EndpointSpec(
    name="v2-28hr", title="Last 28 hours (X API v2 insights)", family=V2_INSIGHTS, method="GET",
    path="/2/insights/28hr", max_ids=25, metrics=_v2("v2-28hr"),
    auth_kinds=frozenset({OAUTH2_USER, OAUTH1_USER}), time=LAST_28H,
    granularities=("Hourly", "Daily", "Weekly", "Total"), owner_only=True,
    default_per_minute=300,
    description="/2/insights/28hr: user-context tokens only.")

V2_HISTORICAL = EndpointSpec(
    name="v2-historical", title="Historical (X API v2 insights)", family=V2_INSIGHTS,
    method="GET", path="/2/insights/historical", max_ids=25, metrics=_v2("v2-historical"),
    auth_kinds=frozenset({OAUTH2_USER, OAUTH1_USER}), time=RANGE,
    granularities=("Hourly", "Daily", "Weekly", "Total"), max_window_hours=FOUR_WEEKS,
    max_range_days=365, reach_back_days=365, earliest=FLOOR, owner_only=True,
    default_per_minute=300,
    description="/2/insights/historical: 4-week windows, user-context tokens only.")

# SPEC.md gives /2/tweets/analytics no range limit; we hold it to the insights rules
# (4-week requests, 365 days) so that plans, the sandbox and the editor agree.
V2_ANALYTICS_SPEC = EndpointSpec(
    name="v2-analytics", title="Post analytics (X API v2 /2/tweets/analytics)",
    family=V2_ANALYTICS, method="GET", path="/2/tweets/analytics", max_ids=100,
    metrics=_analytics("v2-analytics"), auth_kinds=frozenset({OAUTH2_USER, OAUTH1_USER}),
    time=RANGE, granularities=("hourly", "daily", "weekly", "total"),
    max_window_hours=FOUR_WEEKS, max_range_days=365, reach_back_days=365, earliest=FLOOR,
    owner_only=True, default_per_minute=300,
    description="The successor of v2 insights: up to 100 posts per request.")

ALL = (TOTALS, HR28, HISTORICAL, V2_28HR, V2_HISTORICAL, V2_ANALYTICS_SPEC)
