"""The bad-input corpus: every kind of bad input a user (or a server) can hand the app, each
with the field it must name and the words it must say — queries (IDs, URLs, groupings, dates,
metrics, accounts, v2 parameters), workspace files, server bodies of each endpoint family, and
a few through the real `engagement-desktop plan` command.

The query cases live in corpus/queries.json (one line each); the rest are below."""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from engagement_builtins.enterprise import historical, totals
from engagement_builtins.specs import ALL
from engagement_builtins.v2_analytics import analytics
from engagement_builtins.v2_insights import v2_historical
from reliability_fixtures import files_in, raw_text_in

from engagement_desktop.core.endpoint import BEARER, OAUTH1_USER, OAUTH2_USER
from engagement_desktop.core.ids import parse_ids
from engagement_desktop.core.plan import Step
from engagement_desktop.core.planning import build_plan
from engagement_desktop.core.query import InvalidQuery, Query
from engagement_desktop.core.rows import ERROR, FORBIDDEN, ResponseError
from engagement_desktop.core.validation import validate
from engagement_desktop.core.workspace import WorkspaceError, load

pytestmark = pytest.mark.bad_input

NOW = datetime(2026, 11, 23, 12, 30, tzinfo=timezone.utc)
SPECS = {spec.name: spec for spec in ALL}
KINDS = {"demo-app": BEARER, "demo-owner": OAUTH1_USER, "demo-owner-oauth2": OAUTH2_USER}
A, B = "2109646518481850368", "2109646518481850369"  # demo-owner posts of 2026-10-12
HOURLY = ["tweet.id", "engagement.type", "engagement.day", "engagement.hour"]
BASES = {
    "totals": Query("t", "totals", "demo-app", [A], ["favorites"],
                    {"per-post": ["tweet.id", "engagement.type"]}),
    "historical": Query("h", "historical", "demo-owner", [A], ["impressions"], {"hourly": HOURLY},
                        "2026-11-01", "2026-11-20"),
    "28hr": Query("d", "28hr", "demo-owner", [A], ["impressions"], {"hourly": HOURLY}),
    "v2-historical": Query("v", "v2-historical", "demo-owner-oauth2", [A], ["Impressions"], {},
                           "2026-11-01", "2026-11-20", "Daily"),
    "v2-28hr": Query("w", "v2-28hr", "demo-owner-oauth2", [A], ["Impressions"], granularity="Hourly"),
    "v2-analytics": Query("a", "v2-analytics", "demo-owner-oauth2", [A], ["impressions"], {},
                          "2026-11-01", "2026-11-20", "daily"),
}
QUERY_CASES = json.loads((Path(__file__).parent / "corpus" / "queries.json").read_text())["cases"]


def problems_of(query: Query):
    return validate(query, SPECS.get(query.endpoint), account_kind=KINDS.get(query.account),
                    now=NOW, endpoints=ALL)


def assert_plain_sentence(message: str) -> None:
    """One or more sentences a user can act on: starts like a sentence, ends with a stop."""
    assert message[:1].isupper() or message[:1] in "'“", message
    assert message.rstrip().endswith((".", "?")), message
    assert raw_text_in(message) == [], message


@pytest.mark.parametrize("base", BASES)
def test_every_corpus_query_starts_from_a_valid_query(base):
    assert problems_of(BASES[base]) == []


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in QUERY_CASES])
def test_a_bad_query_names_the_field_and_says_what_to_change(case):
    query = replace(BASES[case["base"]], **case["changes"])
    found = problems_of(query)
    named = [p.message for p in found if p.field == case["field"]]
    assert any(all(words in m for words in case["says"]) for m in named), (case["says"], found)
    for problem in found:
        assert_plain_sentence(problem.message)
    with pytest.raises(InvalidQuery):  # nothing is planned, so nothing is sent
        build_plan(query, SPECS.get(query.endpoint), account_kind=KINDS.get(query.account),
                   now=NOW, endpoints=ALL)


@pytest.mark.parametrize("text", [
    pytest.param("\u200b" + A, id="zero-width-space-copied-from-a-web-page"),
    pytest.param(A[:5] + "\u2060" + A[5:], id="word-joiner-inside-the-id"),
    pytest.param(A.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"}),
                 id="full-width-digits"),
])
def test_an_id_written_with_invisible_or_full_width_characters_is_read_not_rejected(text):
    # The user sees the digits of a post ID; "a post ID has digits only" would mislead.
    assert parse_ids(text).ids == (A,), parse_ids(text)


def test_an_id_line_longer_than_csvs_field_limit_is_read_not_a_traceback():
    """csv refuses a cell over 131,072 characters; such a line (a paste, a workspace) is free
    text: the IDs in it are read and the rest is named."""
    parsed = parse_ids(f"{A}," + "7" * 140_000)
    assert parsed.ids == (A,) and len(parsed.rejected) == 1


# -- workspace files -------------------------------------------------------------------------
GOOD_QUERY = {"name": "q", "endpoint": "totals", "account": "demo-app", "ids": [A],
              "metrics": ["favorites"], "groupings": {"g": ["tweet.id", "engagement.type"]}}


def workspace(**changes) -> bytes:
    document = {"format_version": 1, "name": "w", "queries": [GOOD_QUERY], **changes}
    return json.dumps({k: v for k, v in document.items() if v is not ...}).encode()


def with_query(**changes) -> bytes:
    return workspace(queries=[{**GOOD_QUERY, **changes}])


WORKSPACE_CASES = {
    "empty-file": (b"", ["is empty"]),
    "only-whitespace": (b"  \n\t\n", ["is empty"]),
    "not-json": (b"hello, this is not a workspace", ["is not valid JSON", "line 1, column 1"]),
    "truncated-json": (workspace()[:60], ["is not valid JSON", "line 1, column 61"]),
    "json-with-trailing-garbage": (workspace() + b"}}", ["is not valid JSON"]),
    "nul-bytes": (b"\x00" * 64, ["is not valid JSON"]),
    "deeply-nested-json": (b"[" * 100_000, ["is not valid JSON"]),
    "json-array": (b"[]", ["is not a workspace: it holds a list"]),
    "json-array-of-queries": (json.dumps([GOOD_QUERY]).encode(), ["it holds a list"]),
    "json-null": (b"null", ["it holds null"]),
    "json-number": (b"42", ["it holds the number 42"]),
    "json-string": (b'"w.json"', ["it holds a text"]),
    "newer-format-version": (workspace(format_version=4),
                             ["written by a newer Engagement Desktop", "Update Engagement Desktop",
                              "left as it is"]),
    "format-version-missing": (workspace(format_version=...), ["format_version"]),
    "format-version-as-text": (workspace(format_version="1"), ["format_version"]),
    "format-version-zero": (workspace(format_version=0), ["workspace format 0"]),
    "name-is-a-number": (workspace(name=5), ["name must be a text, not the number 5"]),
    "queries-is-an-object": (workspace(queries={"q": GOOD_QUERY}),
                             ["queries must be a list of queries, not an object"]),
    "queries-missing-misspelled-key": (workspace(queries=..., querys=[GOOD_QUERY]), ["queries"]),
    "query-is-a-number": (workspace(queries=[1]), ["queries[0] must be an object"]),
    "ids-is-one-text": (with_query(ids=f"{A},{B}"),
                        ["queries[0].ids must be a list of texts, not a text"]),
    "ids-are-numbers": (with_query(ids=[int(A)]), ["queries[0].ids[0] must be a text, not the number"]),
    "ids-hold-null": (with_query(ids=[None]), ["queries[0].ids[0] must be a text, not null"]),
    "groupings-is-a-list": (with_query(groupings=[["tweet.id"]]), ["queries[0].groupings must be an object"]),
    "grouping-is-a-text": (with_query(groupings={"g": "tweet.id"}),
                           ["queries[0].groupings['g'] must be a list of texts"]),
    "start-is-a-number": (with_query(start=20261101), ["queries[0].start must be a text or null"]),
    "binary-garbage": (bytes(range(256)) * 4, ["is not a workspace: it is not UTF-8 text"]),
    "png-image": (b"\x89PNG\r\n\x1a\n" + bytes(200), ["not UTF-8 text"]),
    "utf16-json": (workspace().decode().encode("utf-16"), ["UTF-8"]),
    "format-version-of-5000-digits": (b'{"format_version": ' + b"9" * 5000 + b', "queries": []}',
                                      ["is not valid JSON", "a number with thousands of digits"]),
    "lone-surrogate-in-a-query-name": (with_query(name="q\udcff"),
                                       ["queries[0].name holds a character that is not text"]),
    "lone-surrogate-in-the-name": (workspace(name="\ud800w"),
                                   ["name holds a character that is not text"]),
}


@pytest.mark.parametrize("body, says", [pytest.param(*v, id=k) for k, v in WORKSPACE_CASES.items()])
def test_a_bad_workspace_file_says_why_and_is_left_byte_for_byte(tmp_path, body, says):
    path = tmp_path / "work.json"
    path.write_bytes(body)
    with pytest.raises(WorkspaceError) as caught:
        load(path)
    message = str(caught.value)
    assert str(path) in message
    for words in says:
        assert words in message, message
    assert raw_text_in(message) == [], message
    assert path.read_bytes() == body and files_in(tmp_path) == {"work.json"}


@pytest.mark.parametrize("make, says", [
    pytest.param(lambda p: None, "There is no workspace file", id="missing-file"),
    pytest.param(lambda p: p.mkdir(), "cannot be read", id="a-folder-not-a-file"),
    pytest.param(os.mkfifo, "not a regular file", id="a-fifo-that-would-block"),
    pytest.param(lambda p: p.symlink_to("/dev/zero"), "not a regular file",
                 id="a-symlink-to-dev-zero-that-never-ends"),
])
def test_a_workspace_path_that_is_not_a_file_says_so(tmp_path, make, says):
    path = tmp_path / "work.json"
    make(path)
    with pytest.raises(WorkspaceError, match=says) as caught:
        load(path)
    assert raw_text_in(str(caught.value)) == []


# -- server bodies ---------------------------------------------------------------------------
# What reaches a plugin's parse: 2xx, and 4xx other than 401/429 (the transport retries the rest).
S, E = datetime(2026, 11, 1, tzinfo=timezone.utc), datetime(2026, 11, 20, tzinfo=timezone.utc)
PER_POST = ("per-post", ("tweet.id", "engagement.type"))
ENTERPRISE = Step("e", "historical", "demo-owner", (A, B), ("impressions",), (PER_POST,), S, E)
ENTERPRISE_HOURLY = replace(ENTERPRISE, groupings=(("hourly", tuple(HOURLY)),))
TOTALS = Step("t", "totals", "demo-app", (A, B), ("favorites",), (PER_POST,))
V2 = Step("v", "v2-historical", "demo-owner-oauth2", (A, B), ("impressions",), (), S, E, "Daily")
ANALYTICS = Step("a", "v2-analytics", "demo-owner-oauth2", (A, B), ("impressions",), (), S, E,
                 "daily")
T = "2026-11-02T00:00:00.000Z"


def js(value) -> bytes:
    return json.dumps(value).encode()


def per_post(leaf, key="impressions", post=A) -> bytes:
    return js({"per-post": {post: {key: leaf}}})


def v2_point(value=1, metric="Impressions", post=A, stamp=T) -> bytes:
    return js({"data": [{"measurement": {"metrics_time_series": [{"tweet_id": post, "value": {
        "metric_values": [{"metric_type": metric, "metric_value": value}],
        "timestamp": {"iso8601_time": stamp}}}]}}]})


def v2_total(value=1, metric="Impressions") -> bytes:
    return js({"data": [{"measurement": {"metrics_total": [
        {"tweet_id": A, "value": [{"metric_type": metric, "metric_value": value}]}]}}]})


def analytics_point(metrics, stamp: object = T, post: object = A) -> bytes:
    return js({"data": [{"id": post, "timestamped_metrics": [{"timestamp": stamp,
                                                               "metrics": metrics}]}]})


GOOD_ENTERPRISE = per_post("5")
NOT_JSON = "is not JSON"


@dataclass(frozen=True)
class Body:
    plugin: object
    step: Step
    body: bytes
    status: int = 200
    error: tuple[str, ...] = ()  # ResponseError with these words...
    refused: tuple[str, str] | None = None  # ...or (kind, words) for every post of the step
    metrics: frozenset[str] | None = None  # ...or rows of exactly these metrics


BODY_CASES = {
    # enterprise (totals, 28hr, historical)
    "ent-html-error-page": Body(historical, ENTERPRISE, b"<html><body><h1>502 Bad Gateway</h1>",
                                error=("HTTP 200", NOT_JSON)),
    "ent-404-html-page": Body(historical, ENTERPRISE, b"<html>Not Found</html>", 404,
                              refused=(ERROR, "HTTP 404")),
    "ent-406-empty-body": Body(historical, ENTERPRISE, b"", 406, refused=(ERROR, "HTTP 406")),
    "ent-empty-body": Body(historical, ENTERPRISE, b"", error=("HTTP 200", NOT_JSON)),
    "ent-truncated-json": Body(historical, ENTERPRISE, GOOD_ENTERPRISE[:25], error=(NOT_JSON,)),
    "ent-gzip-not-decompressed": Body(historical, ENTERPRISE, gzip.compress(GOOD_ENTERPRISE),
                                      error=(NOT_JSON,)),
    "ent-truncated-gzip": Body(historical, ENTERPRISE, gzip.compress(GOOD_ENTERPRISE)[:20],
                               error=(NOT_JSON,)),
    "ent-deeply-nested-json": Body(historical, ENTERPRISE, b"[" * 100_000, error=(NOT_JSON,)),
    "ent-json-array": Body(historical, ENTERPRISE, b"[]", error=("JSON but not an object",)),
    "ent-json-null": Body(totals, TOTALS, b"null", error=("JSON but not an object",)),
    "ent-missing-grouping": Body(historical, ENTERPRISE, b"{}",
                                 error=("lacks the grouping 'per-post'",)),
    "ent-other-grouping-only": Body(totals, TOTALS, js({"other": {A: {"favorites": "1"}}}),
                                    error=("lacks the grouping 'per-post'",)),
    "ent-grouping-is-a-list": Body(historical, ENTERPRISE, js({"per-post": []}),
                                   error=("grouping 'per-post'", "expected an object", "a list")),
    "ent-count-negative-text": Body(historical, ENTERPRISE, per_post("-5"),
                                    error=("expected a count", "-5")),
    "ent-count-negative-number": Body(totals, TOTALS, per_post(-5, "favorites"),
                                      error=("expected a count",)),
    "ent-count-fraction": Body(historical, ENTERPRISE, per_post(1.5), error=("expected a count",)),
    "ent-count-fraction-text": Body(historical, ENTERPRISE, per_post("2.5"),
                                    error=("expected a count",)),
    "ent-count-too-large": Body(historical, ENTERPRISE, per_post(str(2**64)),
                                error=("expected a count",)),
    "ent-count-true": Body(historical, ENTERPRISE, per_post(True), error=("expected a count",)),
    "ent-count-object": Body(historical, ENTERPRISE, per_post({"n": 1}),
                             error=("expected a count",)),
    "ent-count-underscored": Body(historical, ENTERPRISE, per_post("1_000"),
                                  error=("expected a count",)),
    "ent-count-arabic-indic-digit": Body(historical, ENTERPRISE, per_post("\u0663"),
                                         error=("expected a count",)),
    "ent-unknown-metric-key": Body(historical, ENTERPRISE, per_post("5", key="bogus"),
                                   error=("'bogus' is not a metric",)),
    "ent-post-key-not-an-id": Body(historical, ENTERPRISE, per_post("5", post="abc"),
                                   error=("'abc' is not a post ID",)),
    "ent-impossible-day": Body(historical, ENTERPRISE_HOURLY, js({"hourly": {A: {"impressions": {
        "2026-13-01": {"01": "1"}}}}}), error=("not a YYYY-MM-DD day",)),
    "ent-hour-24": Body(historical, ENTERPRISE_HOURLY, js({"hourly": {A: {"impressions": {
        "2026-11-02": {"24": "1"}}}}}), error=("not an hour",)),
    "ent-missing-hour-level": Body(historical, ENTERPRISE_HOURLY, js({"hourly": {A: {
        "impressions": {"2026-11-02": "1"}}}}), error=("expected an object",)),
    "ent-errors-not-a-list": Body(historical, ENTERPRISE, js({"per-post": {}, "errors": "oops"}),
                                  error=("errors: expected a list",)),
    "ent-errors-hold-an-object": Body(historical, ENTERPRISE,
                                      js({"per-post": {}, "errors": [{"code": 1}]}),
                                      error=("errors[0]", "expected a string")),
    "ent-unavailable-not-a-list": Body(historical, ENTERPRISE, js({"unavailable_tweet_ids": A}),
                                       error=("unavailable_tweet_ids: expected a list",)),
    "ent-unavailable-not-ids": Body(historical, ENTERPRISE, js({"unavailable_tweet_ids": [1.5]}),
                                    error=("1.5 is not a post ID",)),
    "ent-400-errors-not-a-list": Body(historical, ENTERPRISE, js({"errors": "bad"}), 400,
                                      refused=(ERROR, "HTTP 400")),
    "ent-403-no-ids": Body(historical, ENTERPRISE, js({"errors": ["Forbidden"]}), 403,
                           refused=(FORBIDDEN, "user-context account")),
    # X API v2 insights
    "v2-html-error-page": Body(v2_historical, V2, b"<!DOCTYPE html><title>Error</title>",
                               error=(NOT_JSON,)),
    "v2-404-empty-body": Body(v2_historical, V2, b"", 404, refused=(ERROR, "HTTP 404")),
    "v2-truncated-json": Body(v2_historical, V2, v2_point()[:40], error=(NOT_JSON,)),
    "v2-neither-data-nor-errors": Body(v2_historical, V2, js({"meta": {}}),
                                       error=("neither 'data' nor 'errors'",)),
    "v2-data-null": Body(v2_historical, V2, js({"data": None}),
                         error=("data: expected a list, got null",)),
    "v2-data-item-a-number": Body(v2_historical, V2, js({"data": [1]}),
                                  error=("data[0]: expected an object",)),
    "v2-count-negative": Body(v2_historical, V2, v2_point(-1), error=("expected a count",)),
    "v2-count-fraction": Body(v2_historical, V2, v2_total(2.5), error=("expected a count",)),
    "v2-count-text": Body(v2_historical, V2, v2_point("many"), error=("expected a count",)),
    "v2-unknown-metric-type": Body(v2_historical, V2, v2_point(metric="Bogus"),
                                   error=("'Bogus' is not a metric",)),
    "v2-bad-timestamp": Body(v2_historical, V2, v2_point(stamp="yesterday"),
                             error=("not an ISO 8601 time",)),
    "v2-tweet-id-null": Body(v2_historical, V2, v2_point(post=None),
                             error=("null is not a post ID",)),
    "v2-series-for-total": Body(v2_historical, replace(V2, granularity="Total"), v2_point(),
                                error=("granularity Total",)),
    "v2-errors-hold-a-number": Body(v2_historical, V2, js({"data": [], "errors": [1]}),
                                    error=("errors[0]: expected an object",)),
    "v2-403-app-only": Body(v2_historical, V2, js({
        "title": "Unsupported Authentication", "status": 403,
        "type": "https://api.twitter.com/2/problems/unsupported-authentication"}), 403,
        refused=(FORBIDDEN, "needs a user-context account")),
    # /2/tweets/analytics
    "analytics-garbled": Body(analytics, ANALYTICS, b"\x00garbled\xff", error=(NOT_JSON,)),
    "analytics-empty-body": Body(analytics, ANALYTICS, b"", error=(NOT_JSON,)),
    "analytics-wrong-top-level": Body(analytics, ANALYTICS, js({"result": []}),
                                      error=("neither 'data' nor 'errors'",)),
    "analytics-missing-id": Body(analytics, ANALYTICS, js({"data": [{"impressions": 1}]}),
                                 error=("not a post ID",)),
    "analytics-count-negative": Body(analytics, ANALYTICS, analytics_point({"impressions": -4}),
                                     error=("expected a count",)),
    "analytics-count-fraction": Body(analytics, ANALYTICS, analytics_point({"impressions": 2.5}),
                                     error=("expected a count",)),
    "analytics-count-huge": Body(analytics, ANALYTICS, analytics_point({"impressions": 1e300}),
                                 error=("expected a count",)),
    "analytics-series-an-object": Body(analytics, ANALYTICS, js({"data": [
        {"id": A, "timestamped_metrics": {}}]}), error=("timestamped_metrics: expected a list",)),
    "analytics-missing-timestamp": Body(analytics, ANALYTICS,
                                        analytics_point({"impressions": 1}, stamp=None),
                                        error=("expected a time",)),
    "analytics-metrics-missing": Body(analytics, ANALYTICS, js({"data": [
        {"id": A, "timestamped_metrics": [{"timestamp": T}]}]}), error=("expected an object",)),
    # Documented: fields the catalog does not know yet are skipped, not failed on.
    "analytics-unknown-field-skipped": Body(analytics, ANALYTICS, analytics_point(
        {"bogus": 3, "impressions": 4}), metrics=frozenset({"impressions"})),
}


@pytest.mark.parametrize("case", [pytest.param(v, id=k) for k, v in BODY_CASES.items()])
def test_a_bad_server_body_is_a_response_error_or_a_problem_per_post(case):
    headers = {"content-type": "application/json"}
    if case.error:
        with pytest.raises(ResponseError) as caught:
            case.plugin.parse(case.step, case.status, headers, case.body)
        message = str(caught.value)
        for words in case.error:
            assert words in message, message
        assert raw_text_in(message) == [] and "\ufffd" not in message, message
        return
    page = case.plugin.parse(case.step, case.status, headers, case.body)
    if case.metrics is not None:
        assert {row.metric for row in page.rows} == case.metrics
        return
    kind, words = case.refused
    assert page.rows == []
    assert {p.post_id for p in page.problems if p.kind == kind and words in p.message} == \
        set(case.step.ids), page.problems


# -- the real command ------------------------------------------------------------------------
PLAN_CASES = {
    "workspace-not-json": (b"hello", (), ["is not valid JSON"]),
    "workspace-newer-format": (workspace(format_version=9), (), ["newer Engagement Desktop"]),
    "workspace-wrong-types": (with_query(ids=A), (), ["queries[0].ids must be a list of texts"]),
    "workspace-binary": (bytes(range(256)), (), ["not UTF-8 text"]),
    "bad-id": (with_query(ids=["abc"]), (), ["ids: “abc” is not a post ID"]),
    "unknown-account": (with_query(account="nobody"), (), ["There is no account named 'nobody'"]),
    "unknown-endpoint": (with_query(endpoint="hourly"), (), ["There is no endpoint named 'hourly'"]),
    "bad-grouping-order": (with_query(endpoint="historical", account="demo-owner", metrics=[
        "impressions"], groupings={"g": HOURLY[::-1]}), (), ["in an order the API refuses"]),
    "future-end": (with_query(endpoint="historical", account="demo-owner", metrics=["impressions"],
                              start="2026-11-01", end="2027-01-01"), (), ["is in the future"]),
    "bad-now": (workspace(), ("--now", "soon"), ["'soon' is not a date"]),
    "unknown-query-name": (workspace(), ("--query", "nope"), ["has no query named 'nope'"]),
    # One line longer than csv's field limit (131,072 characters), with a comma that makes it
    # look like a table's header.
    "id-line-over-the-csv-field-limit": (with_query(ids=["1," + "7" * 140_000 + "x"]), (),
                                         ["is not a post ID"]),
    "lone-surrogate-in-a-name": (with_query(name="q\udcff"), (), ["not text"]),
}


@pytest.mark.parametrize("body, args, says", [pytest.param(*v, id=k) for k, v in PLAN_CASES.items()])
def test_plan_refuses_bad_input_with_exit_2_and_a_message_not_a_traceback(home, body, args, says):
    path = home.root / "work.json"
    path.write_bytes(body)
    result = home.cli("plan", "--now", "2026-11-23T12:30:00Z", str(path), *args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and raw_text_in(result.stderr) == []
    for words in says:
        assert words in result.stderr
    assert result.stdout == ""
    assert path.read_bytes() == body


def test_plan_of_a_missing_workspace_file_exits_2_with_a_message(home):
    result = home.cli("plan", str(home.root / "nowhere.json"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "There is no workspace file" in result.stderr


@pytest.mark.parametrize("command", ["plan", "run"])
@pytest.mark.parametrize("make", [
    pytest.param(os.mkfifo, id="a-fifo-that-would-block"),
    pytest.param(lambda p: p.symlink_to("/dev/zero"), id="a-symlink-to-dev-zero-that-never-ends"),
])
def test_plan_and_run_of_a_workspace_that_is_not_a_file_exit_2_without_hanging(home, command,
                                                                                make):
    path = home.root / "work.json"
    make(path)
    result = home.cli(command, str(path), timeout=60)  # a hang fails here, not in CI's limit
    assert result.returncode == 2, result.stderr
    assert "not a regular file" in result.stderr and raw_text_in(result.stderr) == []
