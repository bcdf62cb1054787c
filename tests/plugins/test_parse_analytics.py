"""/2/tweets/analytics answers become rows and per-post problems."""
import json

import pytest

from engagement_builtins import parse_analytics

from engagement_desktop.core import utc
from engagement_desktop.core.plan import Step
from engagement_desktop.core.rows import (DAY, FORBIDDEN, HOUR, PROTECTED, TOTAL, UNAVAILABLE,
                                          ResponseError, Row)

A, B = "1460323737035677698", "20"
T1, T2 = "2026-11-20T13:00:00.000Z", "2026-11-20T14:00:00Z"
E1, E2 = (utc.epoch(utc.parse_instant(t)) for t in (T1, T2))


def step(granularity="hourly", ids=(A, B)):
    return Step(id="s1", endpoint="v2-analytics", account="demo", ids=ids,
                metrics=("impressions", "favorites"), granularity=granularity,
                start=utc.parse_instant("2026-11-20"), end=utc.parse_instant("2026-11-21"))


def parse(the_step, body, status=200):
    return parse_analytics.parse(the_step, status, json.dumps(body).encode())


POST_A = {"id": A, "impressions": 10, "likes": 2, "follows": 1,
          "timestamped_metrics": [{"timestamp": T1, "metrics": {"impressions": 3, "likes": 1}},
                                  {"timestamp": T2, "metrics": {"impressions": 7, "likes": 1}}]}


def test_total_granularity_reads_the_post_fields_under_catalog_names():
    page = parse(step("total"), {"data": [POST_A]})
    assert sorted(page.rows) == [Row(A, "favorites", None, TOTAL, 2),
                                 Row(A, "impressions", None, TOTAL, 10),
                                 Row(A, "user_follows", None, TOTAL, 1)]


def test_hourly_granularity_reads_the_timestamped_metrics():
    page = parse(step("hourly"), {"data": [POST_A]})
    assert sorted(page.rows) == [Row(A, "favorites", E1, HOUR, 1), Row(A, "favorites", E2, HOUR, 1),
                                 Row(A, "impressions", E1, HOUR, 3),
                                 Row(A, "impressions", E2, HOUR, 7)]


def test_daily_granularity_gives_day_rows():
    body = {"data": [{"id": A, "timestamped_metrics": [
        {"timestamp": "2026-11-20T00:00:00Z", "metrics": {"impressions": 9}}]}]}
    page = parse(step("daily"), body)
    assert page.rows == [Row(A, "impressions", utc.epoch(utc.parse_instant("2026-11-20")), DAY, 9)]


def test_a_post_that_was_not_found_is_reported_unavailable():
    body = {"data": [POST_A], "errors": [{
        "value": B, "detail": f"Could not find tweet with ids: [{B}].",
        "title": "Not Found Error", "resource_type": "tweet", "parameter": "ids",
        "resource_id": B, "type": "https://api.twitter.com/2/problems/resource-not-found"}]}
    page = parse(step(), body)
    [problem] = page.problems
    assert (problem.post_id, problem.kind) == (B, UNAVAILABLE)
    assert f"Could not find tweet with ids: [{B}]" in problem.message
    assert {r.post_id for r in page.rows} == {A}


def test_a_post_the_account_may_not_see_is_reported_protected():
    body = {"data": [], "errors": [{
        "value": B, "detail": f"Sorry, you are not authorized to see the Tweet with id: [{B}].",
        "title": "Authorization Error", "resource_type": "tweet", "parameter": "ids",
        "resource_id": B,
        "type": "https://api.twitter.com/2/problems/not-authorized-for-resource"}]}
    page = parse(step(), body)
    assert [(p.post_id, p.kind) for p in page.problems] == [(B, PROTECTED)]


def test_app_only_bearer_refusal_is_forbidden_for_every_post():
    body = {"title": "Unsupported Authentication", "status": 403,
            "type": "https://api.twitter.com/2/problems/unsupported-authentication"}
    page = parse(step(), body, status=403)
    assert [(p.post_id, p.kind) for p in page.problems] == [(A, FORBIDDEN), (B, FORBIDDEN)]


@pytest.mark.parametrize("body, where", [
    (b"garbled\x00", "not JSON"),
    (b'{"data": [{"id": "1", "timestamped_metrics": [{"timestamp": "2026-11-20T00:00:00Z", '
     b'"metrics": {"impressions": "x"}}]}]}', "expected a count"),
    (b'{"data": [{"impressions": 1}]}', "not a post ID"),
    (b'{"data": [{"id": "1", "timestamped_metrics": [{"metrics": {}}]}]}', "expected a time"),
    (b'{"data": [{"id": "1", "timestamped_metrics": [{"timestamp": "2026-11-20T00:00:00Z"}]}]}',
     "expected an object"),
    (b'{"result": []}', "neither 'data' nor 'errors'"),
])
def test_a_wrong_shape_is_a_response_error(body, where):
    with pytest.raises(ResponseError, match=where):
        parse_analytics.parse(step(), 200, body)
