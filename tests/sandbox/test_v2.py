"""X API v2 endpoints over raw HTTP: /2/insights/*, /2/tweets/analytics and /2/tweets."""
from __future__ import annotations

import pytest
import requests

from engagement_desktop.sandbox import accounts
from sandbox_fixtures import bearer, oauth1

SAMPLES = accounts.sample_posts(0)
PROBLEMS = "https://api.twitter.com/2/problems/"
CURRENT_PROBLEMS = "https://api.x.com/2/problems/"  # /2/tweets/analytics partial errors


def get(server, path, params, headers=None, auth=None):
    return requests.get(f"{server.base_url}{path}", params=params, headers=headers, auth=auth,
                        timeout=10)


def insights(server, path="/2/insights/28hr", **params):
    base = {"tweet_ids": ",".join(SAMPLES["recent"]), "granularity": "Hourly",
            "requested_metrics": "Impressions,Engagements,Likes"}
    return get(server, path, {**base, **params}, headers=bearer(server, "demo-owner-oauth2"))


def test_insights_28hr_answers_series_and_totals_with_numeric_values(server):
    answer = insights(server)
    assert answer.status_code == 200
    measurement = answer.json()["data"][0]["measurement"]
    point = measurement["metrics_time_series"][0]
    assert set(point) == {"tweet_id", "value"}
    assert point["value"]["timestamp"]["iso8601_time"].endswith(":00:00.000Z")
    assert {v["metric_type"] for v in point["value"]["metric_values"]} == {
        "Impressions", "Engagements", "Likes"}
    for total in measurement["metrics_total"]:
        series = [p for p in measurement["metrics_time_series"]
                  if p["tweet_id"] == total["tweet_id"]]
        for value in total["value"]:
            assert isinstance(value["metric_value"], int)
            assert value["metric_value"] == sum(
                v["metric_value"] for p in series for v in p["value"]["metric_values"]
                if v["metric_type"] == value["metric_type"])
    assert {"x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset"} <= set(
        answer.headers)


def test_total_granularity_yields_only_metrics_total(server):
    measurement = insights(server, granularity="Total").json()["data"][0]["measurement"]
    assert set(measurement) == {"metrics_total"}


def test_unavailable_posts_are_listed_in_the_data_errors(server):
    ids = SAMPLES["recent"] + SAMPLES["deleted"] + SAMPLES["protected"]
    item = insights(server, tweet_ids=",".join(ids)).json()["data"][0]
    assert item["errors"] == [{"error": "Tweet ID(s) are unavailable",
                               "tweets": SAMPLES["deleted"] + SAMPLES["protected"]}]
    served = {p["tweet_id"] for p in item["measurement"]["metrics_total"]}
    assert served == set(SAMPLES["recent"])


def test_engagement_fields_choose_the_parts_of_the_answer(server):
    ids = SAMPLES["recent"] + SAMPLES["deleted"]
    item = insights(server, tweet_ids=",".join(ids), **{"engagement.fields": "errors"}).json()
    assert set(item["data"][0]) == {"errors"}


def test_historical_insights_require_both_times(server):
    answer = insights(server, "/2/insights/historical", start_time="2026-11-01T00:00:00Z")
    assert answer.status_code == 400
    assert answer.json()["errors"][0]["parameters"] == {"end_time": []}


@pytest.mark.parametrize("params, parameter", [
    ({"tweet_ids": "12,abc"}, "tweet_ids"),
    ({"tweet_ids": ",".join(str(3 * k + 9000) for k in range(26))}, "tweet_ids"),
    ({"granularity": "Monthly"}, "granularity"),
    ({"requested_metrics": "Impressions,Pageviews"}, "requested_metrics"),
    ({"engagement.fields": "everything"}, "engagement.fields"),
])
def test_invalid_insights_parameters_are_a_400_problem_naming_the_parameter(server, params,
                                                                            parameter):
    answer = insights(server, **params)
    data = answer.json()
    assert answer.status_code == 400
    assert data["title"] == "Invalid Request" and data["type"] == PROBLEMS + "invalid-request"
    assert data["detail"] == "One or more parameters to your request was invalid."
    assert parameter in data["errors"][0]["parameters"] and data["errors"][0]["message"]


@pytest.mark.parametrize("path", ["/2/insights/28hr", "/2/tweets/analytics"])
def test_an_app_only_bearer_is_refused_with_the_unsupported_authentication_problem(server, path):
    params = {"tweet_ids": SAMPLES["recent"][0], "ids": SAMPLES["recent"][0],
              "granularity": "Total", "requested_metrics": "Impressions",
              "start_time": "2026-11-20T00:00:00Z", "end_time": "2026-11-21T00:00:00Z"}
    answer = get(server, path, params, headers=bearer(server))
    assert answer.status_code == 403
    assert answer.json() == {
        "title": "Unsupported Authentication",
        "detail": "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint."
                  "  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User"
                  " Context].",
        "type": PROBLEMS + "unsupported-authentication", "status": 403}


def test_an_unknown_token_is_the_v2_401_problem(server):
    answer = get(server, "/2/insights/28hr", {"tweet_ids": "20"},
                 headers={"Authorization": "Bearer nope"})
    assert answer.status_code == 401
    assert answer.json() == {"title": "Unauthorized", "type": "about:blank", "status": 401,
                             "detail": "Unauthorized"}


def test_a_user_token_for_another_users_posts_is_a_403(server):
    theirs = accounts.sample_posts(2)["recent"][0]
    answer = insights(server, tweet_ids=f"{SAMPLES['recent'][0]},{theirs}")
    assert answer.status_code == 403
    assert answer.json()["detail"] == f"Forbidden to access tweets: {theirs}"


def analytics(server, **params):
    base = {"ids": ",".join(SAMPLES["recent"]), "start_time": "2026-11-16T00:00:00Z",
            "end_time": "2026-11-20T00:00:00Z", "granularity": "daily",
            "analytics.fields": "impressions,likes,engagements,timestamped_metrics"}
    return get(server, "/2/tweets/analytics", {**base, **params}, auth=oauth1(server, "demo-owner"))


def test_analytics_answers_window_totals_and_their_buckets(frozen):
    data = analytics(frozen).json()["data"]
    assert [d["id"] for d in data] == SAMPLES["recent"]
    for item in data:
        assert len(item["timestamped_metrics"]) == 4
        for field in ("impressions", "likes", "engagements"):
            assert item[field] == sum(b["metrics"][field] for b in item["timestamped_metrics"])


def test_analytics_partial_errors_use_the_standard_v2_problem_shapes(server):
    deleted, protected = SAMPLES["deleted"][0], SAMPLES["protected"][0]
    answer = analytics(server, ids=f"{SAMPLES['recent'][0]},{deleted},{protected}",
                       start_time="2026-11-01T00:00:00Z", end_time="2026-11-02T00:00:00Z")
    assert answer.status_code == 200
    assert answer.json()["errors"] == [
        {"value": deleted, "detail": f"Could not find tweet with ids: [{deleted}].",
         "title": "Not Found Error", "resource_type": "tweet", "parameter": "ids",
         "resource_id": deleted, "type": CURRENT_PROBLEMS + "resource-not-found"},
        {"value": protected,
         "detail": f"Sorry, you are not authorized to see the Tweet with ids: [{protected}].",
         "title": "Authorization Error", "resource_type": "tweet", "parameter": "ids",
         "resource_id": protected, "type": CURRENT_PROBLEMS + "not-authorized-for-resource"}]


def test_analytics_refuses_more_than_100_ids(server):
    answer = analytics(server, ids=",".join(str(3 * k + 9000) for k in range(101)))
    assert answer.status_code == 400 and "ids" in answer.json()["errors"][0]["parameters"]


def test_post_lookup_tells_each_posts_author_and_creation_to_an_app_only_bearer(server):
    ids = SAMPLES["recent"][:1] + accounts.sample_posts(1)["recent"][:1] + SAMPLES["deleted"]
    answer = get(server, "/2/tweets", {"ids": ",".join(ids), "tweet.fields": "created_at,author_id",
                                       "expansions": "author_id"}, headers=bearer(server))
    data = answer.json()
    assert answer.status_code == 200
    assert [(d["id"], d["author_id"]) for d in data["data"]] == [
        (ids[0], accounts.USERS[0]["user_id"]), (ids[1], accounts.USERS[1]["user_id"])]
    assert all(d["created_at"].endswith("Z") for d in data["data"])
    assert {u["username"] for u in data["includes"]["users"]} == {"demo_owner", "demo_analyst"}
    assert data["errors"][0]["resource_id"] == SAMPLES["deleted"][0]
