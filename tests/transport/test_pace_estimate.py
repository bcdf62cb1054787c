"""The estimate against the time a run takes, on the simulated per-minute server: a fresh
session knows only the endpoint's declared limit, so its first estimate against a slower server
is far off; what the pacer learned is kept in the data folder, and the next session's estimate
comes within 10 % of its run."""
import pytest
from engagement_builtins.enterprise import historical, totals
from pacing_sim import SimulatedServer

from engagement_desktop.core.endpoint import BEARER
from engagement_desktop.credentials.account import Account
from engagement_desktop.runner.pace_forecast import (MAX_IN_FLIGHT, forecast_seconds,
                                                     outlook_of)
from engagement_desktop.runner.pace_memory import PaceMemory

SPEC = historical.spec  # declares 60/min
ACCOUNT = Account("analyst", BEARER, base_url="https://enterprise.test")


def estimate(server, memory, requests):
    """What a new session estimates for `requests` before its first request, in seconds."""
    learned = memory.recall(ACCOUNT, SPEC) if memory is not None else None
    return forecast_seconds(requests, outlook_of(None, SPEC.default_per_minute, learned,
                                                 server.wall()), MAX_IN_FLIGHT)


def test_a_first_run_against_a_30_per_minute_server_is_estimated_at_the_declared_limit():
    server = SimulatedServer(limit=30, latency=0.2, concurrency=MAX_IN_FLIGHT)
    guess = estimate(server, None, 40)
    took = server.run(40)
    # The row: "about 1.5 s" (60/min: all 40 in the first window, the first alone, then
    # 32 at a time) for a run of 50.4 s (the last 10 wait for the next minute, then leave at once).
    assert guess == pytest.approx(0.5 + 2 * 0.5) and took == pytest.approx(50.401)


@pytest.mark.parametrize("limit, requests", [(30, 40), (30, 75), (300, 40), (300, 700)])
@pytest.mark.parametrize("idle", [0.0, 7.3, 41.0, 3600.0])
def test_the_next_session_is_estimated_within_10_percent_of_its_run(tmp_path, limit, requests,
                                                                     idle):
    server = SimulatedServer(limit=limit, latency=0.2, concurrency=MAX_IN_FLIGHT)
    server.run(requests)
    PaceMemory(tmp_path).remember(ACCOUNT, SPEC, server.limiter.state, server.wall())
    server.advance(server.now + idle)  # the app closed; another session starts later
    server.limiter = server.new_limiter()
    guess = estimate(server, PaceMemory(tmp_path), requests)
    took = server.run(requests)
    assert server.refused == 0
    assert abs(guess - took) <= 0.10 * took, (guess, took)


def test_what_was_learned_is_kept_per_account_endpoint_and_base_url(tmp_path):
    server = SimulatedServer(limit=30, latency=0.2, concurrency=MAX_IN_FLIGHT)
    server.run(5)
    PaceMemory(tmp_path).remember(ACCOUNT, SPEC, server.limiter.state, server.wall())
    memory = PaceMemory(tmp_path)
    kept = memory.recall(ACCOUNT, SPEC)
    assert (kept.limit, kept.window, kept.remaining) == (30, 60.0, 25)
    assert kept.window_end == pytest.approx(server.wall() + server.limiter.state.window_left)
    elsewhere = Account("analyst", BEARER, base_url="https://other.test")
    assert memory.recall(elsewhere, SPEC) is None
    assert memory.recall(Account("other", BEARER, base_url="https://enterprise.test"),
                         SPEC) is None
    assert memory.recall(ACCOUNT, totals.spec) is None  # the same server, another endpoint
