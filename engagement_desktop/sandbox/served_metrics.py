"""The metric names the emulated server serves, as SPEC.md gives them per endpoint.

The server's own knowledge, kept apart from the client's catalog on purpose: the sandbox must
answer what the API would, so a client bug in naming a metric shows up as the server's refusal
instead of agreeing with itself. The synthetic data is keyed by the enterprise name.
"""
from __future__ import annotations

TOTALS, HR28, HISTORICAL = "totals", "28hr", "historical"
ALIASES = {"media_clicks": "media_engagements"}  # SPEC.md §1: accepted, never emitted

# One metric a row: its enterprise name, the enterprise endpoints serving it (all three, the two
# series ones, totals only or none), its /2/insights name and its /2/tweets/analytics field;
# "-" where it has none.
_TABLE = """
enterprise name          served  /2/insights           /2/tweets/analytics
impressions              all     Impressions           impressions
engagements              all     Engagements           engagements
favorites                all     Likes                 likes
retweets                 all     Retweets              retweets
quote_tweets             totals  QuoteTweets           quote_tweets
replies                  all     Replies               replies
video_views              all     VideoViews            -
media_views              series  MediaViews            media_views
media_engagements        series  MediaEngagements      -
url_clicks               series  UrlClicks             url_clicks
hashtag_clicks           series  HashtagClicks         hashtag_clicks
detail_expands           series  DetailExpands         detail_expands
permalink_clicks         series  PermalinkClicks       permalink_clicks
app_install_attempts     series  AppInstallAttempts    app_install_attempts
app_opens                series  AppOpens              app_opens
email_tweet              series  EmailTweet            email_tweet
user_follows             series  Follows               follows
user_profile_clicks      series  UserProfileClicks     user_profile_clicks
link_clicks              -       LinkClicks            -
profile_visits           -       ProfileVisits         -
unique_video_views       -       UniqueVideoViews      -
video_starts             -       VideoStarts           -
video_completions        -       VideoCompletions      -
video_played_25_percent  -       VideoPlayed25Percent  -
video_played_50_percent  -       VideoPlayed50Percent  -
video_played_75_percent  -       VideoPlayed75Percent  -
bookmarks                -       -                     bookmarks
shares                   -       -                     shares
unfollows                -       -                     unfollows
unlikes                  -       -                     unlikes
"""
_SERVED = {"all": (TOTALS, HR28, HISTORICAL), "series": (HR28, HISTORICAL), "totals": (TOTALS,),
           "-": ()}
_WIRE = [(name, _SERVED[served], None if v2 == "-" else v2, None if field == "-" else field)
         for name, served, v2, field in (line.split() for line in _TABLE.strip().splitlines()[1:])]

ENTERPRISE_ENDPOINTS: dict[str, frozenset[str]] = {
    name: frozenset(served) for name, served, _, _ in _WIRE if served}
BY_V2_NAME: dict[str, str] = {v2: name for name, _, v2, _ in _WIRE if v2}
BY_ANALYTICS_FIELD: dict[str, str] = {field: name for name, _, _, field in _WIRE if field}
# /totals answers these only to a user-context token; every series endpoint needs one anyway.
TOTALS_USER_CONTEXT = frozenset({"impressions", "engagements"})
