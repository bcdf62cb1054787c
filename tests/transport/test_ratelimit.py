"""The limiter paces requests at the limit the server announces, and holds them after a 429."""
import threading

import pytest

from engagement_desktop.transport.cancel import Cancelled
from engagement_desktop.transport.ratelimit import MARGIN, WINDOW_SLACK, RateLimiter


class FakeTime:
    """A clock that moves only when the limiter sleeps, so slots can be read exactly."""

    def __init__(self):
        self.now = 1000.0
        self.wall = 1_700_000_000.0

    def clock(self):
        return self.now

    def wall_clock(self):
        return self.wall + self.now

    def sleep(self, cancel, seconds):
        if cancel.is_set():
            raise Cancelled()
        self.now += max(seconds, 0)


def limiter(per_minute):
    fake = FakeTime()
    return RateLimiter(per_minute, fake.clock, fake.wall_clock, fake.sleep), fake


def send_times(limiter_, fake, count):
    cancel, times = threading.Event(), []
    for _ in range(count):
        limiter_.acquire(cancel)
        times.append(fake.now)
    return times


def test_requests_start_at_the_endpoints_default_pace():
    paced, fake = limiter(60)
    times = send_times(paced, fake, 4)
    gaps = {round(b - a, 6) for a, b in zip(times, times[1:])}
    assert gaps == {round(1.0 * MARGIN, 6)}


def test_the_pace_follows_the_limit_the_server_announces():
    # A server that announces its limit but not what is left of it is paced evenly at that
    # limit (one that says what is left gets a burst instead: tests/transport/test_pacing.py).
    paced, fake = limiter(60)
    send_times(paced, fake, 1)
    paced.observe(200, {"x-per-minute-limit": "600"})
    times = send_times(paced, fake, 5)
    gaps = [round(b - a, 6) for a, b in zip(times[1:], times[2:])]
    assert gaps == [round(0.1 * MARGIN, 6)] * 3
    paced.observe(200, {"x-per-minute-limit": "600", "x-per-minute-remaining": "599"})
    assert (paced.state.limit, paced.state.remaining) == (600, 599)


class LateWaker(FakeTime):
    """Every nap overshoots by 30 ms, like a busy interpreter waking a thread late."""

    def sleep(self, cancel, seconds):
        super().sleep(cancel, seconds)
        self.now += 0.03


def test_late_wake_ups_do_not_slow_the_pace_down():
    fake = LateWaker()
    paced = RateLimiter(60, fake.clock, fake.wall_clock, fake.sleep)
    times = send_times(paced, fake, 61)
    # Each send is late, but the slots stay on the grid: 60 intervals take 60 intervals.
    assert times[-1] - times[0] < 60 * MARGIN + 0.1


def test_after_an_idle_spell_the_pace_starts_again_without_a_burst():
    paced, fake = limiter(60)
    send_times(paced, fake, 2)
    fake.now += 30  # nothing to send for half a minute
    times = send_times(paced, fake, 3)
    gaps = {round(b - a, 6) for a, b in zip(times, times[1:])}
    assert gaps == {round(1.0 * MARGIN, 6)}


def test_v2_rate_headers_are_learned_too():
    paced, _ = limiter(300)
    paced.observe(200, {"x-rate-limit-limit": "450", "x-rate-limit-remaining": "12",
                        "x-rate-limit-reset": "1700000100"})
    assert (paced.state.limit, paced.state.remaining) == (450, 12)


def test_sixty_seconds_of_pacing_never_exceed_the_limit():
    paced, fake = limiter(600)
    times = send_times(paced, fake, 1500)
    most_in_a_minute = max(sum(1 for t in times if start <= t < start + 60) for start in times)
    assert most_in_a_minute <= 600


def test_a_429_holds_the_next_request_for_the_retry_after_window():
    paced, fake = limiter(6000)
    send_times(paced, fake, 1)
    refused_at = fake.now
    paced.observe(429, {"Retry-After": "7"})
    assert send_times(paced, fake, 1)[0] >= refused_at + 7


def test_a_429_with_a_reset_time_waits_until_that_time():
    paced, fake = limiter(6000)
    send_times(paced, fake, 1)
    reset = fake.wall_clock() + 12
    paced.observe(429, {"x-rate-limit-reset": str(int(reset))})
    assert fake.wall + send_times(paced, fake, 1)[0] >= int(reset)


def test_a_429_with_no_room_left_and_no_reset_waits_for_the_next_minute():
    paced, fake = limiter(6000)
    fake.wall -= fake.wall_clock() % 60 - 30  # the wall clock now reads hh:mm:30
    send_times(paced, fake, 1)
    paced.observe(429, {"x-per-minute-limit": "6000", "x-per-minute-remaining": "0"})
    sent = send_times(paced, fake, 1)[0]
    assert (fake.wall + sent) % 60 < 1 and sent - 1000 >= 30


def test_a_200_that_leaves_no_room_holds_the_next_request_until_the_window_resets():
    paced, fake = limiter(6000)
    send_times(paced, fake, 1)
    reset = fake.wall_clock() + 20
    paced.observe(200, {"x-rate-limit-limit": "6000", "x-rate-limit-remaining": "0",
                        "x-rate-limit-reset": str(reset)})
    assert fake.wall + send_times(paced, fake, 1)[0] >= reset


def test_429s_while_the_window_has_room_wait_briefly_then_longer_each_time():
    paced, fake = limiter(6000)
    waits = []
    for _ in range(10):
        before = fake.now
        paced.observe(429, {"x-per-minute-limit": "6000", "x-per-minute-remaining": "5000"})
        send_times(paced, fake, 1)
        waits.append(fake.now - before)
    assert waits[0] < 1 and waits == sorted(waits) and waits[-1] == pytest.approx(60, abs=0.1)
    paced.observe(200, {"x-per-minute-remaining": "4999"})  # an answer ends the streak
    before = fake.now
    paced.observe(429, {"x-per-minute-remaining": "4998"})
    send_times(paced, fake, 1)
    assert fake.now - before < 1


def test_acquire_raises_cancelled_when_the_run_is_cancelled():
    paced, _ = limiter(60)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        paced.acquire(cancel)


def test_a_window_s_length_is_learned_from_the_reset_times_the_server_names():
    paced, fake = limiter(60)
    cancel, reset = threading.Event(), int(fake.wall_clock()) + 100

    def answer_past(window_end, next_reset):
        """One answer just after `window_end` (epoch seconds), naming the next window's end."""
        fake.now = window_end - fake.wall + 1
        paced.acquire(cancel)
        paced.observe(200, {"x-rate-limit-limit": "450", "x-rate-limit-remaining": "400",
                            "x-rate-limit-reset": str(next_reset)})

    answer_past(reset - 100, reset)
    assert paced.state.window == 60.0  # one reset time tells no length
    answer_past(reset + 300, reset + 600)  # idle for a window: the step is two lengths
    assert paced.state.window == 600.0
    answer_past(reset + 600, reset + 900)
    assert paced.state.window == 300.0  # the shortest step is one window
    fake.now = reset + 900 - fake.wall + WINDOW_SLACK + 1  # a second into the next window
    assert paced.state.window_left == pytest.approx(300 - 1)
