"""Every error row of SPEC.md §1, over raw HTTP, with the documented status and body shape."""
from __future__ import annotations

import time

import pytest
import requests
from oauthlib.oauth1 import Client as OAuthClient

from engagement_desktop.sandbox import accounts
from engagement_desktop.sandbox.server import SandboxServer
from sandbox_fixtures import (DAILY, GZIP, HOURLY, PER_POST, bearer, body, demo, oauth1, post)

AUTH_FAILED = "Your account could not be authenticated. Reason: "


def recent(user: int = 0) -> list[str]:
    return accounts.sample_posts(user)["recent"]


def errors_of(response) -> list[str]:
    data = response.json()
    assert set(data) >= {"errors"} and all(isinstance(e, str) for e in data["errors"])
    return data["errors"]


@pytest.mark.parametrize("raw, says", [
    (b"", "No request body"),
    (b"{not json", "Invalid JSON"),
    (b"[1, 2]", "must be a JSON object"),
])
def test_a_missing_or_unreadable_body_is_a_400_saying_what_is_wrong(server, raw, says):
    response = post(server, "totals", raw, auth=oauth1(server, "demo-owner"),
                    headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert says in errors_of(response)[0]


@pytest.mark.parametrize("endpoint, metrics, says", [
    ("totals", ["pageviews"], "Unsupported engagement type: 'pageviews'"),
    ("totals", ["media_views"], "'media_views' is not supported by /totals"),
    ("28hr", ["quote_tweets"], "'quote_tweets' is not supported by /28hr"),
    ("historical", [], "'engagement_types' must be a list"),
])
def test_unknown_metrics_and_metrics_of_another_endpoint_are_refused(server, endpoint, metrics,
                                                                     says):
    response = post(server, endpoint, body(recent(), metrics, PER_POST),
                    auth=oauth1(server, "demo-owner"))
    assert response.status_code == 400 and says in errors_of(response)[0]


def test_media_clicks_is_accepted_as_the_old_name_of_media_engagements(server):
    response = post(server, "28hr", body(recent()[:1], ["media_clicks"], PER_POST),
                    auth=oauth1(server, "demo-owner"))
    assert response.status_code == 200
    assert list(response.json()["g0"][recent()[0]]) == ["media_engagements"]


@pytest.mark.parametrize("endpoint, count", [("totals", 251), ("28hr", 26), ("historical", 26)])
def test_too_many_ids_is_a_400_naming_the_limit(server, endpoint, count):
    ids = [str(3 * k + 3000000000) for k in range(count)]
    response = post(server, endpoint, body(ids, ["favorites"], PER_POST),
                    auth=oauth1(server, "demo-owner"))
    assert response.status_code == 400
    assert f"Too many Tweet IDs: {count}" in errors_of(response)[0]


@pytest.mark.parametrize("bad", ["12a4", "-5", "", "12345678901234567890", 1.5])
def test_an_id_that_is_not_digits_is_a_400(server, bad):
    response = post(server, "totals", body([recent()[0]], ["favorites"], PER_POST) | {
        "tweet_ids": [recent()[0], bad]}, headers=bearer(server))
    assert response.status_code == 400 and "invalid" in errors_of(response)[0]


def test_numeric_ids_are_accepted_like_strings(server):
    response = post(server, "totals", {**body([], ["favorites"], PER_POST),
                                       "tweet_ids": [int(recent()[0])]}, headers=bearer(server))
    assert response.status_code == 200 and recent()[0] in response.json()["g0"]


@pytest.mark.parametrize("endpoint, groupings, says", [
    ("totals", {}, "1 to 3 named groupings"),
    ("totals", {"a": {"group_by": ["tweet.id", "engagement.day"]}}, "only supported by the 28hr"),
    ("28hr", {"a": {"group_by": ["tweet.id", "colour"]}}, "'colour' is not a group_by value"),
    ("28hr", {"a": {"group_by": ["tweet.id", "tweet.id"]}}, "repeats"),
    ("28hr", {k: {"group_by": ["tweet.id"]} for k in "abcd"}, "Too many groupings: 4"),
    ("28hr", {"a": {"group_by": ["engagement.day", "engagement.hour", "tweet.id",
                                 "engagement.type"]}}, "4 group_by values must be ordered"),
    ("28hr", {"a": {"group_by": list(HOURLY)}, "b": {"group_by": list(HOURLY)}},
     "At most one grouping"),
    ("28hr", {"a": {"group_by": []}}, "needs a 'group_by' list"),
])
def test_bad_groupings_are_a_400_saying_what_to_fix(server, endpoint, groupings, says):
    request = {"tweet_ids": recent()[:1], "engagement_types": ["favorites"], "groupings": groupings}
    response = post(server, endpoint, request, auth=oauth1(server, "demo-owner"))
    assert response.status_code == 400 and says in errors_of(response)[0]


@pytest.mark.parametrize("dates, says", [
    ({"start": "2026-11-01"}, "'start' was given without 'end'"),
    ({"start": "yesterday", "end": "2026-11-02"}, "'start'"),
    ({"start": "2014-08-01", "end": "2014-08-20"}, "before the earliest start"),
    ({"start": "2026-11-10", "end": "2026-11-30"}, "in the future"),
    ({"start": "2026-11-10", "end": "2026-11-09"}, "must be after"),
    ({"start": "2026-10-01", "end": "2026-10-30"}, "at most 672"),
])
def test_bad_historical_dates_are_a_400(frozen, dates, says):
    response = post(frozen, "historical", body(recent()[:1], ["favorites"], DAILY, **dates),
                    auth=oauth1(frozen, "demo-owner"))
    assert response.status_code == 400 and says in errors_of(response)[0]


def test_historical_floors_the_start_and_ceils_the_end_to_the_hour(frozen):
    response = post(frozen, "historical", body(recent()[:1], ["favorites"], DAILY,
                                               start="2026-11-01T12:24:00Z",
                                               end="2026-11-10T08:37:00Z"),
                    auth=oauth1(frozen, "demo-owner"))
    assert response.status_code == 200
    assert (response.json()["start"], response.json()["end"]) == ("2026-11-01T12:00:00Z",
                                                                  "2026-11-10T09:00:00Z")


def test_protected_posts_make_the_whole_request_a_400_listing_them(server):
    protected = accounts.sample_posts(0)["protected"][0]
    response = post(server, "28hr", body(recent() + [protected], ["impressions"], PER_POST),
                    auth=oauth1(server, "demo-owner"))
    assert response.status_code == 400
    assert response.json() == {"errors": ["1 Tweet ID(s) are unavailable"],
                               "unavailable_tweet_ids": [protected]}


@pytest.mark.parametrize("header", [None, "Basic Zm9vOmJhcg==", "Token abc"])
def test_no_or_unknown_authorization_scheme_is_a_401(server, header):
    response = post(server, "totals", body(recent(), ["favorites"], PER_POST),
                    headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert errors_of(response) == [AUTH_FAILED + "Unknown Authorization Type"]


def test_an_unknown_bearer_token_is_a_401_access_token_not_found(server):
    response = post(server, "totals", body(recent(), ["favorites"], PER_POST),
                    headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401
    assert errors_of(response) == [AUTH_FAILED + "Access token not found"]


@pytest.mark.parametrize("attribute, value, reason", [
    ("resource_owner_key", "123-unknown", "Access token not found"),
    ("client_key", "someone-elses-app", "Consumer key not found"),
    ("resource_owner_secret", "wrong", "Invalid signature"),
])
def test_unknown_oauth1_credentials_or_a_bad_signature_are_a_401_with_a_reason(server, attribute,
                                                                               value, reason):
    auth = oauth1(server, "demo-owner")
    setattr(auth.client, attribute, value)
    response = post(server, "totals", body(recent(), ["favorites"], PER_POST), auth=auth)
    assert response.status_code == 401
    assert errors_of(response) == [AUTH_FAILED + reason]


def _signed_headers(server: SandboxServer, url: str, timestamp: str | None = None) -> dict:
    owner = demo(server, "demo-owner")
    client = OAuthClient(owner["consumer_key"], owner["consumer_secret"], owner["access_token"],
                         owner["access_token_secret"], timestamp=timestamp)
    _, headers, _ = client.sign(url, "POST", headers={"Content-Type": "application/json"})
    return {**headers, **GZIP}


def test_a_timestamp_more_than_300_seconds_off_is_a_401(server):
    url = f"{server.base_url}/insights/engagement/totals"
    stale = str(int(time.time()) - 301)
    response = requests.post(url, data=b'{}', headers=_signed_headers(server, url, stale),
                             timeout=10)
    assert response.status_code == 401 and "Timestamp out of bounds" in errors_of(response)[0]


def test_a_replayed_nonce_is_a_401_and_the_first_use_is_served(server):
    url = f"{server.base_url}/insights/engagement/totals"
    headers = _signed_headers(server, url)
    request = body(recent(), ["favorites"], PER_POST)
    first = requests.post(url, json=request, headers=headers, timeout=10)
    again = requests.post(url, json=request, headers=headers, timeout=10)
    assert first.status_code == 200
    assert again.status_code == 401 and "Nonce already used" in errors_of(again)[0]


def test_the_json_body_is_not_part_of_the_signature(server):
    url = f"{server.base_url}/insights/engagement/totals"
    # Signed without a body, sent with one: a server that signed the JSON would refuse it.
    response = requests.post(url, json=body(recent(), ["favorites"], PER_POST),
                             headers=_signed_headers(server, url), timeout=10)
    assert response.status_code == 200


def test_user_metrics_with_an_app_only_bearer_are_a_403_naming_the_posts(server):
    response = post(server, "totals", body(recent(), ["impressions", "favorites"], PER_POST),
                    headers=bearer(server))
    assert response.status_code == 403
    assert errors_of(response) == ["Forbidden to access tweets: " + ",".join(recent())]


@pytest.mark.parametrize("endpoint", ["28hr", "historical"])
def test_series_endpoints_refuse_an_app_only_bearer_with_403(server, endpoint):
    response = post(server, endpoint, body(recent(), ["favorites"], PER_POST),
                    headers=bearer(server))
    assert response.status_code == 403 and errors_of(response)[0].startswith("Forbidden")


@pytest.mark.parametrize("endpoint", ["totals", "28hr", "historical"])
def test_a_user_token_for_posts_of_another_user_is_a_403_naming_those_posts(server, endpoint):
    mine, theirs = recent(0)[:1], recent(1)[:2]
    response = post(server, endpoint, body(mine + theirs, ["favorites"], PER_POST),
                    auth=oauth1(server, "demo-owner"))
    assert response.status_code == 403
    assert errors_of(response) == ["Forbidden to access tweets: " + ",".join(theirs)]


def test_a_wrong_path_is_a_404(server):
    response = post(server, "everything", body(recent(), ["favorites"], PER_POST),
                    headers=bearer(server))
    assert response.status_code == 404


def test_a_request_without_gzip_is_a_406_in_strict_mode_and_served_otherwise(server):
    request = body(recent(), ["favorites"], PER_POST)
    url = f"{server.base_url}/insights/engagement/totals"
    plain = {"Accept-Encoding": "identity", **bearer(server)}
    assert requests.post(url, json=request, headers=plain, timeout=10).status_code == 406
    with SandboxServer(strict_gzip=False) as lenient:
        url = f"{lenient.base_url}/insights/engagement/totals"
        answer = requests.post(url, json=request, headers=plain, timeout=10)
        assert answer.status_code == 200 and "Content-Encoding" not in answer.headers


def test_over_the_per_minute_limit_is_a_429_and_every_answer_carries_the_headers():
    with SandboxServer(rate_limit=2) as limited:
        request = body(recent(), ["favorites"], PER_POST)
        answers = [post(limited, "totals", request, headers=bearer(limited)) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 429]
        assert [a.headers["x-per-minute-remaining"] for a in answers] == ["1", "0", "0"]
        assert all(a.headers["x-per-minute-limit"] == "2" for a in answers)
        other_endpoint = post(limited, "28hr", request, auth=oauth1(limited, "demo-owner"))
        assert other_endpoint.status_code == 200  # limits are per (token, endpoint)
        assert limited.stats["rate_limited"] == 1


def test_the_rate_limit_minute_follows_the_settable_clock():
    from sandbox_fixtures import FROZEN_NOW
    from datetime import timedelta
    with SandboxServer(rate_limit=1, now=FROZEN_NOW) as limited:
        request = body(recent(), ["favorites"], PER_POST)
        assert post(limited, "totals", request, headers=bearer(limited)).status_code == 200
        assert post(limited, "totals", request, headers=bearer(limited)).status_code == 429
        limited.clock.advance(timedelta(minutes=1))
        assert post(limited, "totals", request, headers=bearer(limited)).status_code == 200


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_come_from_the_fault_switch(server, status):
    server.set_faults(f"{status}=1")
    try:
        response = post(server, "totals", body(recent(), ["favorites"], PER_POST),
                        headers=bearer(server))
    finally:
        server.set_faults(None)
    assert response.status_code == status and errors_of(response)
