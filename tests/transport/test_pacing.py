"""The pacer bursts into the budget the server reports, then waits for the next window; it never
holds the start for a guessed pace, and odd rate headers never cost an answer. All on a fake
clock, against a simulated server that counts requests per calendar minute on arrival."""
import math
import threading

import pytest
from pacing_sim import MINUTE_WALL, SimulatedServer

from engagement_desktop.runner.pace_forecast import MAX_IN_FLIGHT
from engagement_desktop.transport.ratelimit import MARGIN, WINDOW_SLACK, RateLimiter

START_WALL = MINUTE_WALL + 10  # ten seconds into a calendar minute


def test_a_job_that_fits_in_the_reported_budget_bursts_without_spacing():
    server = SimulatedServer(limit=300, latency=0.2, concurrency=8)
    took = server.run(200)
    # 200 requests, 8 at a time, 0.2 s each: 25 rounds; the first waits for its answer alone.
    assert took == pytest.approx(0.201 + 25 * 0.201, abs=0.05)
    assert server.refused == 0


def test_past_the_budget_it_waits_for_the_next_minute_then_bursts_again():
    server = SimulatedServer(limit=30, latency=0.2, concurrency=8)
    took = server.run(75)
    # 30 in the first minute (which has 50 s left), 30 in the next, 15 in the third.
    assert server.refused == 0
    assert sorted(server.counted.values()) == [15, 30, 30]
    assert took == pytest.approx(50 + 60 + WINDOW_SLACK + 0.2 + 2 * 0.201, abs=0.6)


# (limit, requests the current minute had counted before, seconds into it, requests): the last
# window starts where the floor formula puts it, every window before it full.
PARTLY_USED = [(30, 10, 0, 80), (30, 10, 30, 65), (300, 100, 0, 800), (300, 100, 30, 650)]
LATENCY = 0.2
ANSWERED = LATENCY + 0.001  # the simulated server answers 1 ms after a request arrives


def floor_seconds(requests, budget, limit, latency):
    """The physical floor: (requests − the budget left in the current window) ÷ the rate limit,
    plus one latency."""
    return max(requests - budget, 0) / limit * 60 + latency


@pytest.mark.parametrize("limit, used, start, requests", PARTLY_USED)
def test_with_a_whole_window_in_flight_the_run_ends_at_the_floor(limit, used, start, requests):
    server = SimulatedServer(limit, LATENCY, concurrency=limit, start=start, used=used)
    simulated = server.run(requests)  # seconds on the fake clock: exact, whatever the machine
    floor = floor_seconds(requests, limit - used, limit, LATENCY)
    # Nothing but the slack the pacer leaves the server's clock past a window's end.
    assert simulated == pytest.approx(floor - LATENCY + WINDOW_SLACK + ANSWERED, abs=1e-6)
    assert simulated / floor <= 1.02  # the goal, as a ratio of simulated times
    assert server.refused == 0


@pytest.mark.parametrize("limit, used, start, requests", PARTLY_USED)
def test_with_the_runners_requests_in_flight_the_run_ends_within_two_percent_of_the_floor(
        limit, used, start, requests):
    server = SimulatedServer(limit, LATENCY, concurrency=MAX_IN_FLIGHT, start=start, used=used)
    simulated = server.run(requests)  # seconds on the fake clock
    floor = floor_seconds(requests, limit - used, limit, LATENCY)
    last = (requests - (limit - used)) % limit or limit  # the last window's share
    # The last window leaves MAX_IN_FLIGHT at a time: 30/min, one round (as with the whole
    # window in flight); 300/min, 5-10 rounds of one latency.
    rounds = math.ceil(last / MAX_IN_FLIGHT)
    assert simulated == pytest.approx(floor - LATENCY + WINDOW_SLACK + rounds * ANSWERED,
                                      abs=1e-6)
    assert simulated / floor <= 1.02
    # Nothing past a window's budget: no 429, no minute counted beyond the limit, and never
    # more in flight than the runner's cap.
    assert server.refused == 0 and max(server.counted.values()) <= limit
    assert server.most_in_flight == min(MAX_IN_FLIGHT, limit)


def test_with_eight_in_flight_as_before_300_a_minute_ends_4_to_6_percent_above_the_floor():
    """The runner's fixed 8 before issue 15: the last window's 150-300 requests in 19-38
    rounds, which the test above brings down to 5-10."""
    ratios = []
    for limit, used, start, requests in PARTLY_USED[2:]:
        server = SimulatedServer(limit, LATENCY, concurrency=8, start=start, used=used)
        ratios.append(server.run(requests) / floor_seconds(requests, limit - used, limit, LATENCY))
    assert [round(r, 3) for r in ratios] == [1.064, 1.042]


@pytest.mark.parametrize("seed", range(5))
def test_answers_out_of_order_never_overrun_a_minute(seed):
    server = SimulatedServer(limit=40, latency=0.3, concurrency=8, jitter=0.5, seed=seed)
    server.run(300)
    assert server.refused == 0
    assert max(server.counted.values()) <= 40


def test_before_the_first_answer_the_second_request_waits_for_that_answer_not_a_guessed_pace():
    server = SimulatedServer(limit=300, latency=0.2, concurrency=8)
    cancel = threading.Event()
    server.send(server.limiter.acquire(cancel))
    second = server.limiter.acquire(cancel)
    # The endpoint's declared 60/min would hold it a whole second; the answer came at 0.2 s.
    assert second == 1 and server.now == pytest.approx(0.21, abs=0.02)


def test_without_budget_headers_the_declared_pace_is_kept():
    fake_now = [0.0]
    paced = RateLimiter(120, lambda: fake_now[0], lambda: START_WALL + fake_now[0],
                        lambda cancel, s: fake_now.__setitem__(0, fake_now[0] + s))
    cancel, times = threading.Event(), []
    for _ in range(4):
        paced.acquire(cancel)
        paced.observe(200, {"content-type": "application/json"})
        times.append(fake_now[0])
    assert [round(b - a, 6) for a, b in zip(times, times[1:])] == [round(0.5 * MARGIN, 6)] * 3


@pytest.mark.parametrize("odd", ["NaN", "inf", "-inf", "-5", "1e400", "9" * 5000, "12abc", ""])
def test_odd_rate_headers_are_ignored_and_what_was_known_is_kept(odd):
    server = SimulatedServer(limit=300, latency=0.2, concurrency=8)
    cancel = threading.Event()
    server.limiter.observe(200, server.headers_of(200), server.limiter.acquire(cancel))
    before = server.limiter.state
    for header in ("x-per-minute-limit", "x-per-minute-remaining", "x-rate-limit-limit",
                   "x-rate-limit-remaining", "x-rate-limit-reset", "retry-after"):
        server.limiter.observe(200, {header: odd}, server.limiter.acquire(cancel))
    after = server.limiter.state
    assert (after.limit, after.remaining) == (before.limit, before.remaining) == (300, 300)
    assert after.held_for == 0
    server.limiter.observe(429, {"retry-after": odd, "x-rate-limit-reset": odd})
    assert 0 < server.limiter.state.held_for <= 60 + WINDOW_SLACK  # the calendar minute


def test_a_hold_and_a_429_streak_are_reported():
    server = SimulatedServer(limit=300, latency=0.2, concurrency=8)
    cancel = threading.Event()
    server.limiter.acquire(cancel)
    server.limiter.observe(429, {"retry-after": "30"})
    server.now += 10
    assert server.limiter.state.held_for == pytest.approx(20)
    assert server.limiter.state.refused and server.limiter.refused_for() == pytest.approx(10)
    server.limiter.observe(200, {"x-per-minute-remaining": "5"})
    assert server.limiter.refused_for() == 0 and not server.limiter.state.refused
