"""The sandbox's answers stay byte for byte what they were when its serving was made faster
(issue 15): the same request, at the same instant, gives the same body. Each digest below is
the SHA-256 of the body the straightforward implementation (one Python call per key, one
strftime per hour, one array per metric) gave, taken before it was replaced."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone

import pytest
from werkzeug.datastructures import MultiDict

from engagement_desktop.sandbox import analytics, enterprise, posts, v2_insights
from engagement_desktop.sandbox.identity import OAUTH1_USER, OAUTH2_USER, Caller
from engagement_desktop.sandbox.wire import json_response, strings_response

NOW = datetime(2026, 11, 20, 12, 30, tzinfo=timezone.utc)
OWNER = Caller(OAUTH1_USER, 0, "oauth1:bytes")
OWNER_V2 = Caller(OAUTH2_USER, 0, "oauth2:bytes")
# Posts of every kind an answer treats apart: recent (video and media or not), older than the
# 90 days of impressions totals, older than the 1,800 days of video views, and deleted.
RECENT = [posts.make_id(NOW - timedelta(days=3, hours=7 * n, minutes=n), 0) for n in range(6)]
OLD = [posts.make_id(NOW - timedelta(days=200 + n), 0) for n in range(2)]
ANCIENT = [posts.make_id(NOW - timedelta(days=2000 + n), 0) for n in range(2)]
GONE = [posts.make_id(NOW - timedelta(days=5), 0, posts.DELETED)]
MIXED = RECENT[:3] + OLD + ANCIENT + GONE
SOME = ["impressions", "engagements", "favorites", "video_views", "url_clicks", "replies"]
TOTALS = ["impressions", "engagements", "favorites", "video_views", "quote_tweets", "replies"]
HOURLY = ["tweet.id", "engagement.type", "engagement.day", "engagement.hour"]


def _body(ids, metrics, groupings: dict, **window) -> bytes:
    return json.dumps({"tweet_ids": [str(i) for i in ids], "engagement_types": metrics,
                       "groupings": {name: {"group_by": by} for name, by in groupings.items()},
                       **window}).encode()


WEEKS = {"start": "2026-10-23T00:00:00Z", "end": "2026-11-20T00:00:00Z"}
ODD_HOURS = {"start": "2026-11-10T05:00:00Z", "end": "2026-11-12T17:00:00Z"}
ENTERPRISE = {
    "totals per post and grand totals": (
        "totals", _body(MIXED, TOTALS, {"per-post": ["tweet.id", "engagement.type"],
                                      "Grand Totals": ["engagement.type"],
                                      "metric first": ["engagement.type", "tweet.id"]})),
    "28hr hourly": (
        "28hr", _body(RECENT, SOME, {"series": HOURLY})),
    "28hr metric first, hours without days": (
        "28hr", _body(RECENT, SOME, {"m": ["engagement.type", "tweet.id", "engagement.day",
                                           "engagement.hour"],
                                     "hours": ["engagement.hour", "engagement.type"]})),
    "historical daily, 4 weeks (the floor benchmark's shape)": (
        "historical", _body(RECENT + OLD + ANCIENT + GONE, SOME,
                            {"series": ["tweet.id", "engagement.type", "engagement.day"]},
                            **WEEKS)),
    "historical hourly and per-post, odd hours, a non-ASCII name": (
        "historical", _body(MIXED, SOME, {"séries \u2603": HOURLY,
                                          "per-post": ["tweet.id", "engagement.type"],
                                          "days": ["engagement.day", "engagement.type"]},
                            **ODD_HOURS)),
    "historical without a time grouping": (
        "historical", _body(MIXED, SOME, {"per-post": ["tweet.id", "engagement.type"],
                                          "Grand Totals": ["engagement.type"]}, **WEEKS)),
    "28hr without a time grouping": (
        "28hr", _body(RECENT, SOME, {"per-post": ["engagement.type", "tweet.id"]})),
    "historical, every post deleted": (
        "historical", _body(GONE, SOME, {"series": HOURLY}, **ODD_HOURS)),
    "historical, a day summed over metrics and posts": (
        "historical", _body(RECENT, ["favorites", "retweets"],
                            {"d": ["engagement.type", "engagement.day"],
                             "p": ["engagement.day", "tweet.id", "engagement.type"]}, **WEEKS)),
}
V2 = {
    "v2 historical hourly": (True, {"granularity": "Hourly", "start_time": "2026-11-10T05:00:00Z",
                                    "end_time": "2026-11-12T17:00:00Z"}),
    "v2 28hr daily": (False, {"granularity": "Daily"}),
    "v2 historical total": (True, {"granularity": "Total", "start_time": "2026-10-23T00:00:00Z",
                                   "end_time": "2026-11-20T00:00:00Z"}),
}
ANALYTICS = {
    "analytics daily": {"granularity": "daily", "start_time": "2026-10-23T00:00:00Z",
                        "end_time": "2026-11-20T00:00:00Z"},
    "analytics hourly": {"granularity": "hourly", "start_time": "2026-11-10T05:00:00Z",
                         "end_time": "2026-11-12T17:00:00Z"},
}
DIGESTS = {
    "totals per post and grand totals":
        "299208637363dedd29878f04e8f45c7f667190a710deeb067e95199a49db8a16",
    "28hr hourly": "d6c110b6adf99ec9d086d21a40b7ff4a9e18c2188a2f77f19889ed92f80e6aa1",
    "28hr metric first, hours without days":
        "54e986ff20c6a36045967ac8122c397abe969959406afc8c2bf6daab1236c178",
    "historical daily, 4 weeks (the floor benchmark's shape)":
        "64632d9d7015f1c21af51b76b797d62b87586474279215ffc0c421180322dfaa",
    "historical hourly and per-post, odd hours, a non-ASCII name":
        "aadaf5aaedab462ef10fc361d6c2a00ce14cf7488ab5e0c256fa5b8a0debee7e",
    "historical without a time grouping":
        "4c3392daa21af44ab28bb31e55252956996166506db06c64232b97e6a9aac6da",
    "28hr without a time grouping":
        "10adb744735de193f51911179cbc205656326b331c4a36c713bd7320a0a1d897",
    "historical, every post deleted":
        "022a7b93302bda95b767a84f11351682f380a432e44319991145862b4be74885",
    "historical, a day summed over metrics and posts":
        "342ee506cfc5e606e476641f63318dbb7cea54f7d71c52dc6fddff919eb370b8",
    "v2 historical hourly": "1bc006bd36622b115bffdcd37d2fa6868c9360b3c3df12ee7983c87613f374e4",
    "v2 28hr daily": "34b036c086dc021b8614737552e088321a27fc497a7256fba072a513e6ca7ef0",
    "v2 historical total": "e8fd820f4dc1d867d70a79e2588978550d67349eeec0ab505b43c645911f949b",
    "analytics daily": "aae590beaa74cbf758540593b4700ab760d3c13a29d7df6ceb749cf5d337ca42",
    "analytics hourly": "1e5c3b43d5d2051162858f77f5d3efe9f9ea8191b3be837c9767d46c65f0bf54",
}


def _digest(response) -> str:
    assert response.status_code == 200, response.get_data()[:300]
    return hashlib.sha256(response.get_data()).hexdigest()


def answers() -> dict[str, str]:
    out = {name: _digest(enterprise.handle(endpoint, body, OWNER, NOW))
           for name, (endpoint, body) in ENTERPRISE.items()}
    ids = ",".join(str(i) for i in RECENT + GONE)
    metrics = "Impressions,Likes,VideoViews,LinkClicks"
    for name, (historical, args) in V2.items():
        query = MultiDict({"tweet_ids": ids, "requested_metrics": metrics, **args})
        out[name] = _digest(v2_insights.handle(historical, query, OWNER_V2, NOW))
    for name, args in ANALYTICS.items():
        out[name] = _digest(analytics.handle(MultiDict({"ids": ids, **args}), OWNER_V2, NOW))
    return out


@pytest.mark.parametrize("name", sorted(DIGESTS))
def test_an_answer_is_byte_for_byte_what_it_was(name):
    assert answers()[name] == DIGESTS[name]


def test_every_request_has_its_digest():
    assert set(answers()) == set(DIGESTS)


@pytest.mark.parametrize("text", ["".join(map(chr, range(127))), "DEL \x7f", "séries ☃",
                                  "\ud800", "2026-11-20"])
def test_a_body_of_strings_is_written_as_json_dumps_writes_it(text):
    body = {text: {"1460": [text, "", text]}, "errors": [text]}
    assert strings_response(200, body).get_data() == json_response(200, body).get_data()
