"""Issue 7, fault matrix: under every sandbox fault, alone and mixed, a run either reproduces the
clean run's result or lists every failure per post — never a silent gap.

The retry budget is small on purpose (2 tries per request, short backoff): at these fault rates
some requests exhaust it, so both outcomes — retried to the clean result, and given up with a
listed problem — are exercised in one matrix.
"""
from collections import defaultdict
from datetime import timedelta

import pytest
from e2e.e2e_fixtures import TODAY, collect, day, make_service, owned_ids

from engagement_desktop.core.query import Query
from engagement_desktop.core.rows import ERROR
from engagement_desktop.transport.retry import RetryPolicy

pytestmark = [pytest.mark.slow, pytest.mark.bad_input]

DAILY = {"daily": ["tweet.id", "engagement.type", "engagement.day"]}
# 100 posts in 4 batches × 2 four-week windows: 8 requests per run, ~5,000 rows.
QUERY = Query(name="matrix", endpoint="historical", account="demo-owner",
              ids=owned_ids(100, TODAY - timedelta(days=60), with_problems=True),
              metrics=["impressions", "favorites"], groupings=DAILY,
              start=day(TODAY - timedelta(days=40)), end=day(TODAY - timedelta(days=1)))
SEED = 1  # repeatable fault choices
FAST_RETRIES = RetryPolicy(max_attempts=2, max_rate_limited=2, base_delay=0.01, max_delay=0.02)
MATRIX = {
    "latency": "latency=50ms",
    "429": "429=0.4",
    "500": "500=0.4",
    "502": "502=0.4",
    "503": "503=0.4",
    "drop": "drop=0.4",
    "truncate": "truncate=0.4",
    "garble": "garble=0.4",
    "429-burst": "429=0.2,burst=3",
    "mixed": "latency=10ms,429=0.1,500=0.08,502=0.05,503=0.05,drop=0.05,truncate=0.05,"
             "garble=0.05,burst=2",
}


@pytest.fixture(scope="module")
def clean(server, tmp_path_factory):
    service = make_service(tmp_path_factory.mktemp("clean"), server)
    result, _ = collect(service, QUERY)
    service.close()
    return result


def rows_by_post(result) -> dict[str, list]:
    by_post = defaultdict(list)
    for row in result.rows():
        by_post[row.post_id].append(row)
    return by_post


@pytest.mark.parametrize("fault", list(MATRIX))
def test_under_each_fault_every_post_has_its_clean_rows_or_a_listed_problem(
        fault, server, clean, tmp_path):
    service = make_service(tmp_path, server)
    service.transport.policy = FAST_RETRIES
    before = server.stats["faults"]
    server.set_faults(f"{MATRIX[fault]},seed={SEED}")
    try:
        faulted, events = collect(service, QUERY)
    finally:
        server.set_faults(None)
        service.close()
    injected = {k: n - before.get(k, 0) for k, n in server.stats["faults"].items()}
    assert sum(injected.values()) > 0 or fault == "latency"

    clean_rows, faulted_rows = rows_by_post(clean), rows_by_post(faulted)
    listed = {p.post_id for p in faulted.problems} - {p.post_id for p in clean.problems}
    silent = [post for post in QUERY.ids
              if faulted_rows.get(post, []) != clean_rows.get(post, []) and post not in listed]
    assert silent == []
    # A post whose request for one window gave up keeps the other window's rows: each of them
    # is a clean row, never a value made up from a damaged answer.
    assert set(faulted.rows()) <= set(clean.rows())
    assert all(p.kind == ERROR and p.message for p in faulted.problems if p.post_id in listed)
    # A deleted or protected post stays listed, though a damaged answer may list it as an error.
    assert {p.post_id for p in clean.problems} <= {p.post_id for p in faulted.problems}
    finished = events[-1]
    assert not finished.cancelled and finished.steps_done + finished.steps_failed == 8
    if not listed:
        assert list(faulted.rows()) == list(clean.rows()) and faulted.problems == clean.problems
