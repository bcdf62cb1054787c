"""The metrics catalog of the built-in endpoints: every metric the three API families know,
under one canonical name, and the MetricSpec facts each endpoint declares from it.

Canonical names are the enterprise names (SPEC.md §1); metrics that only the v2 families offer
get a snake_case name of their own. Each family's wire name is kept beside it so that requests
can be built and responses read without a second table anywhere else.
"""
from __future__ import annotations

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


def _m(name, display, *, totals=False, series=False, totals_user=False, v2=None, analytics=None,
       description=""):
    endpoints = set()
    if totals:
        endpoints.add(TOTALS)
    if series:
        endpoints.update(ENTERPRISE_SERIES)
    if v2:
        endpoints.update(V2_INSIGHTS)
    if analytics:
        endpoints.add(V2_ANALYTICS)
    # 28hr and historical accept only the post owner's user context; v2 is user context only.
    user = set(ENTERPRISE_SERIES) | set(V2_INSIGHTS) | {V2_ANALYTICS}
    if totals_user:
        user.add(TOTALS)
    return Metric(name, display, frozenset(endpoints), frozenset(user & endpoints), v2, analytics,
                  description)


_CATALOG = (
    _m("impressions", "Impressions", totals=True, series=True, totals_user=True, v2="Impressions",
       analytics="impressions", description="Times the post was seen (organic)."),
    _m("engagements", "Engagements", totals=True, series=True, totals_user=True, v2="Engagements",
       analytics="engagements", description="Times a user interacted with the post."),
    _m("favorites", "Likes", totals=True, series=True, v2="Likes", analytics="likes"),
    _m("retweets", "Reposts", totals=True, series=True, v2="Retweets", analytics="retweets"),
    _m("quote_tweets", "Quotes", totals=True, v2="QuoteTweets", analytics="quote_tweets"),
    _m("replies", "Replies", totals=True, series=True, v2="Replies", analytics="replies"),
    _m("video_views", "Video views", totals=True, series=True, v2="VideoViews",
       description="Only for posts at most 1800 days old."),
    _m("media_views", "Media views", series=True, v2="MediaViews", analytics="media_views"),
    _m("media_engagements", "Media engagements", series=True, v2="MediaEngagements",
       description="Formerly media_clicks."),
    _m("url_clicks", "URL clicks", series=True, v2="UrlClicks", analytics="url_clicks"),
    _m("hashtag_clicks", "Hashtag clicks", series=True, v2="HashtagClicks",
       analytics="hashtag_clicks"),
    _m("detail_expands", "Detail expands", series=True, v2="DetailExpands",
       analytics="detail_expands"),
    _m("permalink_clicks", "Permalink clicks", series=True, v2="PermalinkClicks",
       analytics="permalink_clicks"),
    _m("app_install_attempts", "App install attempts", series=True, v2="AppInstallAttempts",
       analytics="app_install_attempts"),
    _m("app_opens", "App opens", series=True, v2="AppOpens", analytics="app_opens"),
    _m("email_tweet", "Emailed", series=True, v2="EmailTweet", analytics="email_tweet"),
    _m("user_follows", "Follows", series=True, v2="Follows", analytics="follows"),
    _m("user_profile_clicks", "Profile clicks", series=True, v2="UserProfileClicks",
       analytics="user_profile_clicks"),
    # v2 insights only
    _m("link_clicks", "Link clicks", v2="LinkClicks"),
    _m("profile_visits", "Profile visits", v2="ProfileVisits"),
    _m("unique_video_views", "Unique video views", v2="UniqueVideoViews"),
    _m("video_starts", "Video starts", v2="VideoStarts"),
    _m("video_completions", "Video completions", v2="VideoCompletions"),
    _m("video_played_25_percent", "Video played 25%", v2="VideoPlayed25Percent"),
    _m("video_played_50_percent", "Video played 50%", v2="VideoPlayed50Percent"),
    _m("video_played_75_percent", "Video played 75%", v2="VideoPlayed75Percent"),
    # /2/tweets/analytics only
    _m("bookmarks", "Bookmarks", analytics="bookmarks"),
    _m("shares", "Shares", analytics="shares"),
    _m("unfollows", "Unfollows", analytics="unfollows"),
    _m("unlikes", "Unlikes", analytics="unlikes"),
)

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
