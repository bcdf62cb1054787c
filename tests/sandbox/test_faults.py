"""Faults switched per test: latency, 429 bursts, 5xx, dropped connections, bad bodies."""
from __future__ import annotations


import pytest
import requests

from engagement_desktop.sandbox import accounts
from engagement_desktop.sandbox.faults import FaultSpecError, parse
from engagement_desktop.sandbox.server import SandboxServer
from sandbox_fixtures import PER_POST, bearer, body, post

REQUEST = body(accounts.sample_posts(0)["recent"], ["favorites"], PER_POST)


@pytest.fixture
def faulty():
    with SandboxServer() as running:
        yield running


def test_a_429_fault_comes_in_bursts_of_the_asked_length_with_rate_headers(faulty):
    faulty.set_faults("429=1,burst=3,seed=1")
    first = [post(faulty, "totals", REQUEST, headers=bearer(faulty)) for _ in range(3)]
    assert [r.status_code for r in first] == [429, 429, 429]
    assert all("x-per-minute-remaining" in r.headers for r in first)
    assert faulty.stats["rate_limited"] == 3


def test_a_burst_continues_after_the_first_429_even_at_a_low_rate():
    faults = parse("429=0.5,burst=4,seed=3")
    picks = [faults.pick() for _ in range(40)]
    first = picks.index("429")
    assert picks[first:first + 4] == ["429"] * 4


def test_a_dropped_connection_reaches_the_client_as_a_connection_error(faulty):
    faulty.set_faults("drop=1")
    with pytest.raises(requests.ConnectionError):
        post(faulty, "totals", REQUEST, headers=bearer(faulty))
    faulty.set_faults(None)
    assert post(faulty, "totals", REQUEST, headers=bearer(faulty)).status_code == 200


def test_a_truncated_gzip_body_cannot_be_read_as_json(faulty):
    faulty.set_faults("truncate=1")
    with pytest.raises((requests.RequestException, ValueError)):
        post(faulty, "totals", REQUEST, headers=bearer(faulty)).json()


def test_a_garbled_answer_is_a_200_that_is_not_json(faulty):
    faulty.set_faults("garble=1")
    answer = post(faulty, "totals", REQUEST, headers=bearer(faulty))
    assert answer.status_code == 200
    with pytest.raises(ValueError):
        answer.json()


def test_latency_delays_every_answer(faulty):
    faulty.set_faults("latency=150ms")
    waited = []
    faulty.app.sleep = waited.append
    assert post(faulty, "totals", REQUEST, headers=bearer(faulty)).status_code == 200
    assert post(faulty, "totals", REQUEST, headers=bearer(faulty)).status_code == 200
    assert waited == [0.15, 0.15]


def test_v2_endpoints_get_the_v2_problem_for_a_429_fault(faulty):
    faulty.set_faults("429=1")
    answer = requests.get(f"{faulty.base_url}/2/tweets", params={"ids": "20"},
                          headers=bearer(faulty), timeout=10)
    assert answer.status_code == 429
    assert answer.json() == {"title": "Too Many Requests", "detail": "Too Many Requests",
                             "type": "about:blank", "status": 429}


def test_a_share_of_faults_leaves_the_other_requests_served():
    with SandboxServer(faults="500=0.3,seed=7") as server:
        statuses = [post(server, "totals", REQUEST, headers=bearer(server)).status_code
                    for _ in range(30)]
    assert set(statuses) == {200, 500}
    assert server.stats["by_status"] == {200: statuses.count(200), 500: statuses.count(500)}


@pytest.mark.parametrize("spec, says", [
    ("latency", "NAME=VALUE"), ("boom=0.1", "unknown fault 'boom'"),
    ("500=2", "between 0 and 1"), ("latency=fast", "duration"),
    ("500=0.7,503=0.7", "more than 1"), ("burst=0", "at least 1"),
])
def test_a_bad_faults_spec_says_what_to_write(spec, says):
    with pytest.raises(FaultSpecError, match=says):
        parse(spec)


def test_fault_specs_read_milliseconds_seconds_and_bare_milliseconds():
    assert [parse(f"latency={v}").latency for v in ("200ms", "1.5s", "250")] == [0.2, 1.5, 0.25]
    assert parse("") is None and parse(None) is None
