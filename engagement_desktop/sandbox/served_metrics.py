"""The metric names the emulated server serves, as SPEC.md gives them per endpoint.

The server's own knowledge, kept apart from the client's catalog on purpose: the sandbox must
answer what the API would, so a client bug in naming a metric shows up as the server's refusal
instead of agreeing with itself. The synthetic data is keyed by the enterprise name.
"""
from __future__ import annotations

TOTALS, HR28, HISTORICAL = "totals", "28hr", "historical"
ALIASES = {"media_clicks": "media_engagements"}  # SPEC.md §1: accepted, never emitted

_T, _S, _TS = (TOTALS,), (HR28, HISTORICAL), (TOTALS, HR28, HISTORICAL)
# enterprise name, enterprise endpoints serving it, /2/insights name, /2/tweets/analytics field
_WIRE = (
    ("impressions", _TS, "Impressions", "impressions"),
    ("engagements", _TS, "Engagements", "engagements"),
    ("favorites", _TS, "Likes", "likes"),
    ("retweets", _TS, "Retweets", "retweets"),
    ("quote_tweets", _T, "QuoteTweets", "quote_tweets"),
    ("replies", _TS, "Replies", "replies"),
    ("video_views", _TS, "VideoViews", None),
    ("media_views", _S, "MediaViews", "media_views"),
    ("media_engagements", _S, "MediaEngagements", None),
    ("url_clicks", _S, "UrlClicks", "url_clicks"),
    ("hashtag_clicks", _S, "HashtagClicks", "hashtag_clicks"),
    ("detail_expands", _S, "DetailExpands", "detail_expands"),
    ("permalink_clicks", _S, "PermalinkClicks", "permalink_clicks"),
    ("app_install_attempts", _S, "AppInstallAttempts", "app_install_attempts"),
    ("app_opens", _S, "AppOpens", "app_opens"),
    ("email_tweet", _S, "EmailTweet", "email_tweet"),
    ("user_follows", _S, "Follows", "follows"),
    ("user_profile_clicks", _S, "UserProfileClicks", "user_profile_clicks"),
    ("link_clicks", (), "LinkClicks", None),
    ("profile_visits", (), "ProfileVisits", None),
    ("unique_video_views", (), "UniqueVideoViews", None),
    ("video_starts", (), "VideoStarts", None),
    ("video_completions", (), "VideoCompletions", None),
    ("video_played_25_percent", (), "VideoPlayed25Percent", None),
    ("video_played_50_percent", (), "VideoPlayed50Percent", None),
    ("video_played_75_percent", (), "VideoPlayed75Percent", None),
    ("bookmarks", (), None, "bookmarks"),
    ("shares", (), None, "shares"),
    ("unfollows", (), None, "unfollows"),
    ("unlikes", (), None, "unlikes"),
)

ENTERPRISE_ENDPOINTS: dict[str, frozenset[str]] = {
    name: frozenset(served) for name, served, _, _ in _WIRE if served}
BY_V2_NAME: dict[str, str] = {v2: name for name, _, v2, _ in _WIRE if v2}
BY_ANALYTICS_FIELD: dict[str, str] = {field: name for name, _, _, field in _WIRE if field}
# /totals answers these only to a user-context token; every series endpoint needs one anyway.
TOTALS_USER_CONTEXT = frozenset({"impressions", "engagements"})
