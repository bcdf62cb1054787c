"""X API v2 insights answers (the `measurement` shape) become rows and per-post problems."""
import json

import pytest

from engagement_builtins import parse_v2

from engagement_desktop.core import utc
from engagement_desktop.core.plan import Step
from engagement_desktop.core.rows import (DAY, ERROR, FORBIDDEN, HOUR, TOTAL, UNAVAILABLE, WEEK,
                                          ResponseError, Row)

A, B = "1346889436626259968", "20"
T = "2026-11-20T13:00:00.000Z"
T_EPOCH = utc.epoch(utc.parse_instant(T))


def step(granularity="Hourly", ids=(A, B)):
    return Step(id="s1", endpoint="v2-historical", account="demo", ids=ids,
                metrics=("impressions", "favorites"), granularity=granularity)


def parse(the_step, body, status=200):
    return parse_v2.parse(the_step, status, json.dumps(body).encode())


def series_point(post_id, when, **values):
    return {"tweet_id": post_id,
            "value": {"metric_values": [{"metric_type": k, "metric_value": v}
                                        for k, v in values.items()],
                      "timestamp": {"iso8601_time": when}}}


def answer(series=(), totals=(), errors=None):
    item = {"measurement": {"metrics_time_series": list(series), "metrics_total": list(totals)}}
    if errors is not None:
        item["errors"] = errors
    return {"data": [item]}


@pytest.mark.parametrize("wire, granularity", [("Hourly", HOUR), ("Daily", DAY),
                                               ("Weekly", WEEK)])
def test_time_series_rows_take_the_granularity_that_was_asked(wire, granularity):
    page = parse(step(wire), answer([series_point(A, T, Impressions=123, Likes=4)]))
    assert sorted(page.rows) == [Row(A, "favorites", T_EPOCH, granularity, 4),
                                 Row(A, "impressions", T_EPOCH, granularity, 123)]


def test_v2_metric_names_are_read_as_catalog_names():
    page = parse(step(), answer([series_point(A, T, Follows=1, UserProfileClicks=2,
                                              VideoPlayed25Percent=3)]))
    assert {r.metric for r in page.rows} == {"user_follows", "user_profile_clicks",
                                             "video_played_25_percent"}


def test_metrics_total_gives_total_rows():
    totals = [{"tweet_id": A, "value": [{"metric_type": "Impressions", "metric_value": 4321}]}]
    page = parse(step("Total"), answer(totals=totals))
    assert page.rows == [Row(A, "impressions", None, TOTAL, 4321)]


def test_unavailable_posts_in_data_errors_are_reported_per_post():
    page = parse(step(), answer(errors=[{"error": "Tweet ID(s) are unavailable", "tweets": [B]}]))
    assert [(p.post_id, p.kind) for p in page.problems] == [(B, UNAVAILABLE)]


def test_other_data_errors_are_reported_for_their_posts_with_the_servers_words():
    page = parse(step(), answer(errors=[{"error": "Metrics are delayed", "tweets": [A]}]))
    [problem] = page.problems
    assert (problem.post_id, problem.kind) == (A, ERROR)
    assert "Metrics are delayed" in problem.message


def test_top_level_problem_objects_are_reported_for_the_request():
    body = answer([series_point(A, T, Impressions=1)])
    body["errors"] = [{"title": "Service Unavailable", "detail": "Partial data only",
                       "type": "about:blank", "status": 503}]
    page = parse(step(), body)
    assert page.rows == [Row(A, "impressions", T_EPOCH, HOUR, 1)]
    assert [(p.post_id, p.kind, p.message) for p in page.problems] == [
        (None, ERROR, "Service Unavailable: Partial data only")]


def test_app_only_bearer_refusal_tells_the_user_to_pick_a_user_context_account():
    body = {"title": "Unsupported Authentication",
            "detail": "Authenticating with OAuth 2.0 Application-Only is forbidden for this "
                      "endpoint.",
            "type": "https://api.twitter.com/2/problems/unsupported-authentication",
            "status": 403}
    page = parse(step(), body, status=403)
    assert [(p.post_id, p.kind) for p in page.problems] == [(A, FORBIDDEN), (B, FORBIDDEN)]
    assert all("user-context account" in p.message for p in page.problems)


def test_invalid_request_is_reported_for_every_post_with_the_parameter_messages():
    body = {"errors": [{"parameters": {"tweet_ids": ["x"]},
                        "message": "The `tweet_ids` query parameter value [x] is not valid"}],
            "title": "Invalid Request",
            "detail": "One or more parameters to your request was invalid.",
            "type": "https://api.twitter.com/2/problems/invalid-request"}
    page = parse(step(), body, status=400)
    assert [p.kind for p in page.problems] == [ERROR, ERROR]
    assert all("Invalid Request" in p.message and "[x] is not valid" in p.message
               for p in page.problems)


@pytest.mark.parametrize("status, body", [(500, b"<html>Internal error</html>"),
                                          (400, b""), (400, b"[]")])
def test_a_refusal_without_a_json_object_is_reported_per_post_not_retried(status, body):
    page = parse_v2.parse(step(), status, body)
    assert [(p.post_id, p.kind) for p in page.problems] == [(A, ERROR), (B, ERROR)]
    assert all(f"HTTP {status}" in p.message and "without saying why" in p.message
               for p in page.problems)


def test_a_problem_whose_resource_is_not_a_post_id_is_about_the_request():
    body = answer([series_point(A, T, Impressions=1)])
    body["errors"] = [{"title": "Not Found Error", "resource_id": "abc",
                       "type": "https://api.x.com/2/problems/resource-not-found"}]
    [problem] = parse(step(), body).problems
    assert (problem.post_id, problem.kind, problem.message) == (None, ERROR, "Not Found Error")


def test_a_problem_object_without_words_says_the_server_gave_none():
    body = answer([series_point(A, T, Impressions=1)])
    body["errors"] = [{"title": {"text": "odd"}, "type": "about:blank"}]
    [problem] = parse(step(), body).problems
    assert problem.message == parse_v2.NO_DETAILS


@pytest.mark.parametrize("body, where", [
    ({"meta": {}}, "neither 'data' nor 'errors'"),
    ({"data": {"measurement": {}}}, "data: expected a list"),
    (answer([series_point(A, "yesterday", Impressions=1)]), "not an ISO 8601 time"),
    (answer([series_point(A, "9999-12-31T23:00:00-05:00", Impressions=1)]), "not an ISO 8601"),
    (answer([series_point(A, T, Impressions="many")]), "expected a count"),
    (answer([series_point(A, T, Impressions="1_000")]), "expected a count, got '1_000'"),
    (answer([series_point(A, T, Mpressions=1)]), "'Mpressions' is not a metric"),
    (answer(errors=[{"error": {"code": 1}, "tweets": [A]}]),
     r"errors\[0\]\.error: expected a string, got an object"),
    (answer([{"tweet_id": A, "value": {"metric_values": []}}]), "timestamp"),
    (answer([series_point(None, T, Impressions=1)]), "not a post ID"),
    (answer([series_point("abc", T, Impressions=1)]), "not a post ID"),
    (answer([{"tweet_id": A, "value": {"timestamp": {"iso8601_time": T}}}]),
     r"metrics_time_series\[0\]\.value\.metric_values: expected a list"),
])
def test_a_wrong_shape_is_a_response_error_naming_the_place(body, where):
    with pytest.raises(ResponseError, match=where):
        parse(step(), body)


def test_a_time_series_in_answer_to_total_is_a_response_error():
    with pytest.raises(ResponseError, match="granularity Total"):
        parse(step("Total"), answer([series_point(A, T, Impressions=1)]))
