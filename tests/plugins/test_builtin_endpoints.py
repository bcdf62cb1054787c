"""The six built-in endpoint plugins: the requests they build and the answers they read."""
import json
from datetime import datetime, timezone
from importlib.metadata import entry_points

import pytest

from engagement_desktop.core.rows import ERROR, HOUR, TOTAL, ResponseError, Row
from engagement_desktop.plugins.api import API_VERSION, EndpointPlugin, Step
from engagement_builtins.enterprise import historical, hr28, totals
from engagement_builtins.v2_analytics import analytics
from engagement_builtins.v2_insights import v2_28hr, v2_historical

A, B = "1460323737035677698", "20"
START = datetime(2026, 10, 1, tzinfo=timezone.utc)
END = datetime(2026, 10, 29, 5, tzinfo=timezone.utc)
BUILTINS = {"totals": totals, "28hr": hr28, "historical": historical, "v2-28hr": v2_28hr,
            "v2-historical": v2_historical, "v2-analytics": analytics}


def step(endpoint, metrics=("impressions", "favorites"), granularity=None, windowed=True):
    return Step(id="s1", endpoint=endpoint, account="demo", ids=(A, B), metrics=metrics,
                groupings=(("per-post", ("tweet.id", "engagement.type")),
                           ("hourly", ("tweet.id", "engagement.type", "engagement.hour"))),
                start=START if windowed else None, end=END if windowed else None,
                granularity=granularity)


def test_every_endpoint_entry_point_loads_a_plugin_of_this_api_version():
    loaded = {ep.name: ep.load() for ep in entry_points(group="engagement_desktop.endpoints")
              if ep.name in BUILTINS}
    assert loaded == BUILTINS
    for name, plugin in loaded.items():
        assert isinstance(plugin, EndpointPlugin)
        assert (plugin.spec.name, plugin.api_version) == (name, API_VERSION)


def test_totals_posts_ids_as_strings_metrics_and_groupings_without_a_range():
    request = totals.build_request(step("totals", windowed=False))
    assert (request.method, request.path, request.params) == (
        "POST", "/insights/engagement/totals", {})
    assert request.json == {
        "tweet_ids": [A, B], "engagement_types": ["impressions", "favorites"],
        "groupings": {"per-post": {"group_by": ["tweet.id", "engagement.type"]},
                      "hourly": {"group_by": ["tweet.id", "engagement.type", "engagement.hour"]}}}


def test_historical_sends_its_window_in_wire_format():
    request = historical.build_request(step("historical"))
    assert request.path == "/insights/engagement/historical"
    assert (request.json["start"], request.json["end"]) == ("2026-10-01T00:00:00Z",
                                                            "2026-10-29T05:00:00Z")
    json.dumps(request.json)  # the transport sends it as JSON


def test_28hr_sends_no_range():
    request = hr28.build_request(step("28hr", windowed=False))
    assert request.path == "/insights/engagement/28hr"
    assert "start" not in request.json and "end" not in request.json


def test_v2_historical_asks_with_camel_case_metrics_and_its_window():
    request = v2_historical.build_request(step("v2-historical", granularity="Hourly"))
    assert (request.method, request.path, request.json) == ("GET", "/2/insights/historical", None)
    assert request.params == {
        "tweet_ids": f"{A},{B}", "granularity": "Hourly", "requested_metrics": "Impressions,Likes",
        "engagement.fields": "errors,measurement",
        "start_time": "2026-10-01T00:00:00Z", "end_time": "2026-10-29T05:00:00Z"}


def test_v2_28hr_has_no_time_parameters():
    request = v2_28hr.build_request(step("v2-28hr", granularity="Daily", windowed=False))
    assert request.path == "/2/insights/28hr"
    assert set(request.params) == {"tweet_ids", "granularity", "requested_metrics",
                                   "engagement.fields"}


@pytest.mark.parametrize("granularity, fields", [
    ("hourly", "impressions,likes,follows,timestamped_metrics"),
    ("total", "impressions,likes,follows"),
])
def test_analytics_asks_for_timestamped_metrics_only_for_a_series(granularity, fields):
    the_step = step("v2-analytics", metrics=("impressions", "favorites", "user_follows"),
                    granularity=granularity)
    request = analytics.build_request(the_step)
    assert request.params == {"ids": f"{A},{B}", "start_time": "2026-10-01T00:00:00Z",
                              "end_time": "2026-10-29T05:00:00Z", "granularity": granularity,
                              "analytics.fields": fields}


def test_building_a_request_twice_gives_the_same_request():
    for name, plugin in BUILTINS.items():
        the_step = step(name, granularity="Hourly" if name.startswith("v2-") else None)
        assert plugin.build_request(the_step) == plugin.build_request(the_step)


def test_each_family_reads_its_own_answer_shape():
    enterprise = {"per-post": {A: {"impressions": "5"}}, "hourly": {}}
    insights = {"data": [{"measurement": {"metrics_total": [
        {"tweet_id": A, "value": [{"metric_type": "Impressions", "metric_value": 5}]}]}}]}
    series = {"data": [{"id": A, "timestamped_metrics": [
        {"timestamp": "2026-10-01T00:00:00Z", "metrics": {"impressions": 5}}]}]}
    cases = [(totals, "totals", None, enterprise, Row(A, "impressions", None, TOTAL, 5)),
             (v2_28hr, "v2-28hr", "Total", insights, Row(A, "impressions", None, TOTAL, 5)),
             (analytics, "v2-analytics", "hourly", series,
              Row(A, "impressions", int(START.timestamp()), HOUR, 5))]
    for plugin, name, granularity, body, row in cases:
        page = plugin.parse(step(name, granularity=granularity), 200, {},
                            json.dumps(body).encode())
        assert page.rows == [row], name


# A 4xx answer as the sandbox's `garble` fault leaves it, and one cut short on the way: each
# opens like the JSON refusal it was.
GARBLED_REFUSALS = [
    pytest.param(b'{"data": [{"id": "\x00\xff<html>upstream hiccup', id="sandbox-garble"),
    pytest.param(b'{"errors": ["1 Tweet ID(s) are unavailable"], "unavailable_tweet_i',
                 id="cut-short")]
# A readable 400 in each family's dialect, and the words of it a user must read.
READABLE_400 = {
    "enterprise": ({"errors": ["Unknown metric: bogus"]}, "Unknown metric: bogus"),
    "v2": ({"title": "Invalid Request", "detail": "One or more parameters to your request was "
            "invalid.", "type": "https://api.twitter.com/2/problems/invalid-request"},
           "Invalid Request"),
}


def dialect(name: str) -> str:
    return "v2" if name.startswith("v2-") else "enterprise"


@pytest.mark.parametrize("name", BUILTINS)
@pytest.mark.parametrize("status", [400, 403, 404])
@pytest.mark.parametrize("body", GARBLED_REFUSALS)
def test_a_garbled_client_error_is_a_response_error_so_the_transport_retries_it(
        name, status, body):
    with pytest.raises(ResponseError) as caught:
        BUILTINS[name].parse(step(name), status, {"content-type": "application/json"}, body)
    assert f"HTTP {status}" in str(caught.value) and "is not JSON" in str(caught.value)


@pytest.mark.parametrize("name", BUILTINS)
def test_a_readable_400_is_reported_for_every_post_with_the_servers_words(name):
    body, words = READABLE_400[dialect(name)]
    page = BUILTINS[name].parse(step(name), 400, {"content-type": "application/json"},
                                json.dumps(body).encode())
    assert page.rows == [] and page.retry_without == frozenset()
    assert [(p.post_id, p.kind) for p in page.problems] == [(A, ERROR), (B, ERROR)]
    assert all("HTTP 400" in p.message and words in p.message for p in page.problems)


@pytest.mark.parametrize("name", BUILTINS)
@pytest.mark.parametrize("body", [b"<html><body>Not Found</body></html>", b"", b"\n"],
                         ids=["html-page", "empty", "blank-line"])
def test_a_404_without_a_json_body_is_reported_for_every_post_with_the_url_advice(name, body):
    page = BUILTINS[name].parse(step(name), 404, {"content-type": "text/html"}, body)
    url_field = "X API URL" if dialect(name) == "v2" else "Engagement API URL"
    assert [(p.post_id, p.kind) for p in page.problems] == [(A, ERROR), (B, ERROR)]
    assert all("HTTP 404" in p.message and url_field in p.message for p in page.problems)
