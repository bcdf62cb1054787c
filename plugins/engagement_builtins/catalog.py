"""The metrics catalog of the built-in endpoints: every metric the three API families know,
under one canonical name, and the MetricSpec facts each endpoint declares from it.

Canonical names are the enterprise names (SPEC.md §1); metrics that only the v2 families offer
get a snake_case name of their own. Each family's wire name is kept beside it so that requests
can be built and responses read without a second table anywhere else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from engagement_desktop.plugins.api import MetricSpec

# Endpoint names, as the built-in plugins declare them.
TOTALS, HR28, HISTORICAL = "totals", "28hr", "historical"
V2_28HR, V2_HISTORICAL, V2_ANALYTICS = "v2-28hr", "v2-historical", "v2-analytics"
ENTERPRISE_SERIES = (HR28, HISTORICAL)
V2_INSIGHTS = (V2_28HR, V2_HISTORICAL)

# Accepted on input, never emitted (SPEC.md §1: media_clicks was renamed).
ALIASES = {"media_clicks": "media_engagements"}


@dataclass(frozen=True)
class Metric:
    name: str
    display: str
    endpoints: frozenset[str]
    # Endpoints on which this metric needs a user-context token (OAuth 1.0a / OAuth 2 user).
    user_context_on: frozenset[str]
    v2_name: str | None  # CamelCase name on /2/insights/*
    analytics_field: str | None  # field name on /2/tweets/analytics
    description: str = ""


# One metric a row, in the order the app lists them, columns two spaces apart: canonical name,
# display name, enterprise endpoints serving it (all three, totals or the two series ones; "/user":
# totals needs a user-context token for it), /2/insights name, /2/tweets/analytics field.
# "-" where it has none.
_TABLE = """
impressions              Impressions           all/user  Impressions           impressions
engagements              Engagements           all/user  Engagements           engagements
favorites                Likes                 all       Likes                 likes
retweets                 Reposts               all       Retweets              retweets
quote_tweets             Quotes                totals    QuoteTweets           quote_tweets
replies                  Replies               all       Replies               replies
video_views              Video views           all       VideoViews            -
media_views              Media views           series    MediaViews            media_views
media_engagements        Media engagements     series    MediaEngagements      -
url_clicks               URL clicks            series    UrlClicks             url_clicks
hashtag_clicks           Hashtag clicks        series    HashtagClicks         hashtag_clicks
detail_expands           Detail expands        series    DetailExpands         detail_expands
permalink_clicks         Permalink clicks      series    PermalinkClicks       permalink_clicks
app_install_attempts     App install attempts  series    AppInstallAttempts    app_install_attempts
app_opens                App opens             series    AppOpens              app_opens
email_tweet              Emailed               series    EmailTweet            email_tweet
user_follows             Follows               series    Follows               follows
user_profile_clicks      Profile clicks        series    UserProfileClicks     user_profile_clicks
link_clicks              Link clicks           -         LinkClicks            -
profile_visits           Profile visits        -         ProfileVisits         -
unique_video_views       Unique video views    -         UniqueVideoViews      -
video_starts             Video starts          -         VideoStarts           -
video_completions        Video completions     -         VideoCompletions      -
video_played_25_percent  Video played 25%      -         VideoPlayed25Percent  -
video_played_50_percent  Video played 50%      -         VideoPlayed50Percent  -
video_played_75_percent  Video played 75%      -         VideoPlayed75Percent  -
bookmarks                Bookmarks             -         -                     bookmarks
shares                   Shares                -         -                     shares
unfollows                Unfollows             -         -                     unfollows
unlikes                  Unlikes               -         -                     unlikes
"""
_DESCRIPTIONS = {
    "impressions": "Times the post was seen (organic).",
    "engagements": "Times a user interacted with the post.",
    "video_views": "Only for posts at most 1800 days old.",
    "media_engagements": "Formerly media_clicks.",
}


def _metric(name, display, enterprise, v2, analytics) -> Metric:
    v2, analytics = (None if v == "-" else v for v in (v2, analytics))
    served, _, totals_needs = enterprise.partition("/")
    endpoints = {TOTALS} if served in ("all", "totals") else set()
    if served in ("all", "series"):
        endpoints.update(ENTERPRISE_SERIES)
    if v2:
        endpoints.update(V2_INSIGHTS)
    if analytics:
        endpoints.add(V2_ANALYTICS)
    # 28hr and historical accept only the post owner's user context; v2 is user context only.
    user = {*ENTERPRISE_SERIES, *V2_INSIGHTS, V2_ANALYTICS, *([TOTALS] if totals_needs else [])}
    return Metric(name, display, frozenset(endpoints), frozenset(user & endpoints), v2, analytics,
                  _DESCRIPTIONS.get(name, ""))


_CATALOG = tuple(_metric(*re.split(r" {2,}", line)) for line in _TABLE.strip().splitlines())

METRICS: dict[str, Metric] = {m.name: m for m in _CATALOG}
BY_V2_NAME: dict[str, Metric] = {m.v2_name: m for m in _CATALOG if m.v2_name}
BY_ANALYTICS_FIELD: dict[str, Metric] = {m.analytics_field: m for m in _CATALOG if m.analytics_field}


# Every spelling a user or a file may use, lower-cased: canonical names, the old alias, the
# v2 CamelCase names and the /2/tweets/analytics field names (likes, follows).
_SPELLINGS: dict[str, str] = {
    **{m.analytics_field: m.name for m in _CATALOG if m.analytics_field},
    **{m.v2_name.lower(): m.name for m in _CATALOG if m.v2_name},
    **ALIASES,
    **{m.name: m.name for m in _CATALOG},
}


def canonical(name: str) -> str:
    """The catalog name for a name a server wrote (any family's spelling, any case); unknown
    names come back lower-cased and unchanged."""
    key = name.strip().lower()
    return _SPELLINGS.get(key, key)


# Age limits (SPEC.md §1): totals count impressions and engagements of posts at most 90 days
# old; video views exist for posts at most 1800 days old, whichever endpoint is asked.
TOTALS_RECENT_DAYS, VIDEO_VIEWS_DAYS = 90, 1800
_TOTALS_RECENT = "totals give no impressions or engagements"
_NO_VIDEO_VIEWS = "the API gives no video views"


def metric_specs(endpoint: str, wire_of) -> tuple[MetricSpec, ...]:
    """The MetricSpecs `endpoint` declares, in catalog order; `wire_of(metric)` is the
    endpoint family's spelling of a catalog metric."""
    return tuple(_spec(m, endpoint, wire_of(m)) for m in _CATALOG if endpoint in m.endpoints)


def _spec(metric: Metric, endpoint: str, wire: str) -> MetricSpec:
    limit, missing = None, ""
    if endpoint == TOTALS and metric.name in ("impressions", "engagements"):
        limit, missing = TOTALS_RECENT_DAYS, _TOTALS_RECENT
    elif metric.name == "video_views":
        limit, missing = VIDEO_VIEWS_DAYS, _NO_VIDEO_VIEWS
    spellings = tuple(s for s, name in _SPELLINGS.items() if name == metric.name and s != wire)
    return MetricSpec(metric.name, metric.display, wire=wire if wire != metric.name else "",
                      spellings=spellings, description=metric.description,
                      user_context=endpoint in metric.user_context_on, max_age_days=limit,
                      too_old=missing)
