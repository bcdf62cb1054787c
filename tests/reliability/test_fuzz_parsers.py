"""Hypothesis fuzzing of every parser: post IDs, queries, workspace files and each endpoint
plugin's response parser. Whatever comes in, the only exceptions out are the documented ones:
ResponseError for a response, WorkspaceError for a workspace; IDs and query checks never raise.
"""
from __future__ import annotations

import copy
import json
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from engagement_builtins import catalog as metrics
from engagement_desktop.core.endpoint import ENTERPRISE, RANGE, V2_ANALYTICS, EndpointSpec
from engagement_desktop.core.ids import MAX_ID, parse_ids
from engagement_builtins.parse_enterprise import levels
from engagement_desktop.core.plan import Step
from engagement_desktop.core.planning import build_plan
from engagement_desktop.core.query import InvalidQuery, Query
from engagement_desktop.core.rows import GRANULARITIES, ParsedPage, ResponseError
from engagement_desktop.core.validation import validate
from engagement_desktop.core.workspace import QUERY_FIELDS, WorkspaceError, from_dict, load, loads
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.registry import ENDPOINTS, load_registry

pytestmark = pytest.mark.bad_input

# Derandomized: the same examples on every run, so CI is repeatable; raise max_examples locally
# (or pass --hypothesis-seed) to search further.
FUZZ = settings(max_examples=120, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2026, 11, 23, 12, 30, tzinfo=timezone.utc)
A, B = "2109646518481850368", "2109646518481850369"
T = "2026-11-02T13:00:00.000Z"
STATUSES = st.sampled_from([200, 200, 400, 403, 404, 406])


@pytest.fixture(scope="module")
def plugins(tmp_path_factory) -> dict:
    """Every endpoint plugin the registry loads (built-in ones come from entry points)."""
    paths = AppPaths.under(tmp_path_factory.mktemp("app"))
    found = load_registry(paths, kinds=(ENDPOINTS,)).endpoints
    assert {"totals", "28hr", "historical", "v2-28hr", "v2-historical", "v2-analytics"} <= set(found)
    return found


# -- values a server, a file or a user might write -------------------------------------------
TRICKY_TEXT = st.sampled_from(["", " ", "0", "-1", "1.5", "551", "1e400", A, "9" * 25, "null",
                               "2026-11-02", "13", "24", "impressions", "Impressions", "bogus",
                               "tweet.id", "engagement.type", "engagement.hour", T, "\u0663",
                               "https://x.com/a/status/" + A, "\x00", "\ufeff"])
KEYS = st.text(max_size=8) | TRICKY_TEXT | st.sampled_from(
    ["data", "errors", "measurement", "metrics_time_series", "metrics_total", "value",
     "metric_values", "metric_type", "metric_value", "timestamp", "iso8601_time", "tweet_id",
     "id", "timestamped_metrics", "metrics", "unavailable_tweet_ids", "tweets", "title",
     "type", "detail", "format_version", "queries", "name", *QUERY_FIELDS])
SCALARS = (st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12) | TRICKY_TEXT)
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(KEYS, inner, max_size=4), max_leaves=16)


# -- IDs and queries -------------------------------------------------------------------------
@FUZZ
@given(st.text(max_size=300) | st.lists(TRICKY_TEXT | st.text(max_size=30)).map(",".join))
@example("tweet_id,title\n\r0")  # a stray carriage return in a pasted table (found by this test)
def test_any_text_gives_ids_and_reasons_never_an_exception(text):
    parsed = parse_ids(text)
    for post_id in parsed.ids:
        assert post_id.isascii() and post_id.isdigit() and int(post_id) <= MAX_ID
        assert post_id == "0" or not post_id.startswith("0")
    assert len(set(parsed.ids)) == len(parsed.ids)
    assert all(r.token and r.reason for r in parsed.rejected)


@FUZZ
@given(st.lists(st.text(max_size=20) | TRICKY_TEXT, max_size=4), st.lists(st.text(max_size=12),
       max_size=4).map(lambda cells: "\n".join(["tweet_id,title", *cells])))
def test_a_csv_with_any_cells_gives_ids_and_reasons_never_an_exception(cells, table):
    for text in (",".join(cells), table):
        parsed = parse_ids(text)
        assert all(i.isdigit() for i in parsed.ids)


QUERY_TEXT = st.one_of(st.none(), st.text(max_size=25), TRICKY_TEXT,
                       st.sampled_from(["2026-11-01", "2026-11-20T00:00:00Z", "2013-01-01",
                                        "9999-12-31T23:59:59-12:00", "0001-01-01", "Daily",
                                        "hourly", "Total"]))


@FUZZ
@given(st.data())
def test_validating_any_query_gives_field_problems_never_an_exception(plugins, data):
    spec: EndpointSpec = plugins[data.draw(st.sampled_from(sorted(plugins)))].spec
    values = st.lists(st.text(max_size=20) | TRICKY_TEXT, max_size=4)
    query = Query(name="fuzz", endpoint=spec.name,
                  account=data.draw(st.sampled_from(["demo-owner", "demo-app", "", "auto"])),
                  ids=data.draw(values), metrics=data.draw(values | st.just(list(spec.metric_names[:2]))),
                  groupings=data.draw(st.dictionaries(st.text(max_size=6), values, max_size=4)),
                  start=data.draw(QUERY_TEXT), end=data.draw(QUERY_TEXT),
                  granularity=data.draw(QUERY_TEXT))
    kind = data.draw(st.sampled_from([None, *sorted(spec.auth_kinds)]))
    found = validate(query, spec, account_kind=kind, now=NOW)
    assert all(p.field and p.message for p in found)
    try:
        plan = build_plan(query, spec, account_kind=kind, now=NOW)
    except InvalidQuery as invalid:
        assert invalid.problems == found
    else:
        assert found == [] and all(set(step.ids) <= set(plan.post_ids) for step in plan.steps)


# -- workspaces ------------------------------------------------------------------------------
def assert_loads_or_workspace_error(read) -> None:
    try:
        workspace = read()
    except WorkspaceError as err:
        assert str(err)
    else:
        assert all(isinstance(q, Query) for q in workspace.queries)


@FUZZ
@given(st.binary(max_size=400) | JSON.map(lambda v: json.dumps(v).encode()))
def test_any_bytes_in_a_workspace_file_load_or_give_a_workspace_error(tmp_path_factory, body):
    path = tmp_path_factory.mktemp("ws") / "w.json"
    path.write_bytes(body)
    assert_loads_or_workspace_error(lambda: load(path))
    assert path.read_bytes() == body


WORKSPACE_LIKE = st.fixed_dictionaries(
    {"format_version": st.sampled_from([1, 1, 0, 2, "1", None, True, 1.0])},
    optional={"name": JSON, "queries": st.lists(st.dictionaries(
        st.sampled_from(list(QUERY_FIELDS)) | KEYS, JSON | st.lists(st.text(max_size=8)),
        max_size=9), max_size=3) | JSON})


@FUZZ
@given(JSON | WORKSPACE_LIKE)
def test_any_json_value_loads_as_a_workspace_or_gives_a_workspace_error(value):
    assert_loads_or_workspace_error(lambda: from_dict(value))
    assert_loads_or_workspace_error(lambda: loads(json.dumps(value)))


# -- responses -------------------------------------------------------------------------------
def step_for(spec: EndpointSpec, granularity: str | None) -> Step:
    groupings = ()
    if spec.group_by:
        groupings = (("per-post", ("tweet.id", "engagement.type")),
                     ("hourly", spec.group_by) if len(spec.group_by) == 4 else
                     ("per-type", ("engagement.type",)))
    start, end = (datetime(2026, 11, 1, tzinfo=timezone.utc), NOW) if spec.time == RANGE \
        else (None, None)
    return Step("fuzz", spec.name, "demo-owner", (A, B), spec.metric_names[:2], groupings, start, end,
                granularity)


def valid_answer(step: Step, family: str) -> dict:
    """What a server that follows SPEC.md answers to `step`: one post read, one unavailable."""
    if family == ENTERPRISE:
        answer = {"start": T, "end": T, "unavailable_tweet_ids": [B],
                  "errors": ["1 Tweet ID(s) are unavailable"]}
        for name, group_by in step.groupings:
            keys = {"post": A, "metric": None, "day": "2026-11-02", "hour": "13"}
            tree: object = "7"
            for level in reversed(levels(group_by)):
                tree = {m: copy.deepcopy(tree) for m in step.metrics} if level == "metric" \
                    else {keys[level]: tree}
            answer[name] = tree
        return answer
    if family == V2_ANALYTICS:
        fields = {metrics.METRICS[m].analytics_field: 3 for m in step.metrics}
        return {"data": [{"id": A, **fields, "timestamped_metrics": [
                    {"timestamp": T, "metrics": fields}]}],
                "errors": [{"title": "Not Found Error", "resource_id": B, "detail": "gone",
                            "type": "https://api.x.com/2/problems/resource-not-found"}]}
    values = [{"metric_type": metrics.METRICS[m].v2_name, "metric_value": 4} for m in step.metrics]
    measurement = {"metrics_total": [{"tweet_id": A, "value": values}]}
    if (step.granularity or "Total").lower() != "total":
        measurement["metrics_time_series"] = [
            {"tweet_id": A, "value": {"metric_values": values, "timestamp": {"iso8601_time": T}}}]
    return {"data": [{"measurement": measurement,
                      "errors": [{"error": "Tweet ID(s) are unavailable", "tweets": [B]}]}]}


def cases(plugins) -> list[tuple[object, Step, dict]]:
    out = []
    for plugin in plugins.values():
        for granularity in plugin.spec.granularities or (None,):
            step = step_for(plugin.spec, granularity)
            out.append((plugin, step, valid_answer(step, plugin.spec.family)))
    return out


def parse_or_response_error(plugin, step: Step, status: int, body: bytes) -> ParsedPage | None:
    headers = {"content-type": "application/json", "x-per-minute-remaining": "59"}
    try:
        page = plugin.parse(step, status, headers, body)
    except ResponseError as err:
        assert str(err)
        return None
    assert isinstance(page, ParsedPage)
    for row in page.rows:  # what did parse is a fact the result table can hold
        assert row.post_id is None or row.post_id.isdigit()
        assert row.metric in metrics.METRICS, row
        assert type(row.value) is int and 0 <= row.value < 2**63
        assert row.granularity in GRANULARITIES
    return page


def test_every_plugin_reads_its_valid_answer_into_rows_and_problems(plugins):
    for plugin, step, answer in cases(plugins):
        page = parse_or_response_error(plugin, step, 200, json.dumps(answer).encode())
        assert page is not None and page.rows, plugin.spec.name
        assert any(p.post_id == B for p in page.problems), plugin.spec.name


@FUZZ
@given(st.data(), STATUSES, st.binary(max_size=300) | JSON.map(lambda v: json.dumps(v).encode()))
def test_any_body_parses_or_is_a_response_error(plugins, data, status, body):
    plugin, step, _ = data.draw(st.sampled_from(cases(plugins)))
    parse_or_response_error(plugin, step, status, body)


@st.composite
def mutated(draw, document):
    """`document` with 1–3 nodes replaced by any JSON, deleted, or their key renamed."""
    document = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_paths(document))
        path = draw(st.sampled_from(paths))
        if not path:
            document = draw(JSON)
            continue
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "delete", "rename"]))
        if action == "replace":
            parent[path[-1]] = draw(JSON)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(KEYS)] = parent.pop(path[-1])
    return document


def _paths(node, path=()):
    yield path
    children = node.items() if isinstance(node, dict) else \
        enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield from _paths(child, path + (key,))


@FUZZ
@given(st.data(), STATUSES)
def test_a_mutated_valid_answer_parses_or_is_a_response_error(plugins, data, status):
    plugin, step, answer = data.draw(st.sampled_from(cases(plugins)))
    parse_or_response_error(plugin, step, status, json.dumps(data.draw(mutated(answer))).encode())


@FUZZ
@given(st.data(), st.integers(0, 10_000), st.binary(min_size=1, max_size=8))
def test_a_truncated_or_byte_garbled_valid_answer_parses_or_is_a_response_error(
        plugins, data, cut, noise):
    plugin, step, answer = data.draw(st.sampled_from(cases(plugins)))
    body = json.dumps(answer).encode()
    cut %= len(body)
    for broken in (body[:cut], body[:cut] + noise + body[cut + len(noise):]):
        parse_or_response_error(plugin, step, 200, broken)
