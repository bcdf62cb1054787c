"""Pacing per (account, endpoint) so that the server's per-minute limit is never hit.

A limiter starts from the endpoint's declared default and learns the real limit from the
headers of every answer: `x-per-minute-limit`/`-remaining` (enterprise) or
`x-rate-limit-limit`/`-remaining`/`-reset` (v2). Requests are spaced evenly at the learned rate
(with a small margin for network jitter), which keeps a sliding or a fixed minute window from
ever overflowing in steady state. When the server still says 429, or that nothing remains, the
limiter holds every sender of that pair until the window opens again; a 429 while the headers
say the window has room is a burst, and gets a short, growing wait instead.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .cancel import Cancelled, wait

# Spacing slack: requests 60·MARGIN/limit seconds apart overflow a server minute only if their
# arrival times shift by more than 60·(MARGIN − 1) = 0.6 s; the cost is 1 % of the ceiling.
MARGIN = 1.01
LONGEST_WAIT = 900.0  # a reset further away than this is a clock mismatch, not a window
BURST_WAIT = 0.25  # a 429 while the window has room: wait this long, doubling up to a minute
NAP = 0.1  # seconds a waiter sleeps before looking at the limiter again
MINUTE_SLACK = 0.5  # seconds past the minute, for clocks a little apart


@dataclass(frozen=True)
class RateState:
    limit: int | None  # the server's per-minute limit, once learned
    remaining: int | None
    per_minute: float  # the pace in use


class RateLimiter:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time,
                 sleep: Callable[[threading.Event, float], None] = wait):
        self._clock, self._wall, self._sleep = clock, wall, sleep
        self._lock = threading.Lock()
        self._per_minute = float(max(per_minute, 1))
        self._limit: int | None = None
        self._remaining: int | None = None
        self._last = float("-inf")  # when the last request left
        self._hold_until = 0.0  # set by a 429 or an exhausted window
        self._refusals = 0  # 429s in a row

    @property
    def state(self) -> RateState:
        return RateState(self._limit, self._remaining, self._per_minute)

    def acquire(self, cancel: threading.Event) -> None:
        """Wait for this caller's slot; raises Cancelled as soon as `cancel` is set.

        Waiters sleep in short naps and look again, so a limit learned (or a 429 seen) while
        they sleep re-spaces them at once."""
        while True:
            if cancel.is_set():
                raise Cancelled()
            with self._lock:
                now = self._clock()
                interval = 60.0 * MARGIN / self._per_minute
                at = max(self._last + interval, self._hold_until)
                if at <= now:
                    # Slots stay on their grid: a waiter woken a little late takes its slot's
                    # time, so lateness does not add up; after an idle spell (or a hold) the
                    # grid starts again now, with no burst to catch up.
                    self._last = at if now - at < interval else now
                    return
            self._sleep(cancel, min(at - now, NAP))

    def observe(self, status: int, headers: Mapping[str, str]) -> None:
        """Learn from an answer's headers; a 429 holds every sender until the window opens."""
        headers = {str(name).lower(): value for name, value in headers.items()}
        limit = _int(headers, "x-per-minute-limit", "x-rate-limit-limit")
        remaining = _int(headers, "x-per-minute-remaining", "x-rate-limit-remaining")
        with self._lock:
            now = self._clock()
            if limit:
                self._limit = limit
                self._per_minute = float(limit)
            if remaining is not None:
                self._remaining = remaining
            pause = 0.0
            if status == 429:
                self._refusals += 1
                pause = self._refused_wait(headers, remaining)
            else:
                self._refusals = 0
                if remaining == 0:  # the next request would be refused: wait for the window
                    pause = self._window_wait(headers)
            if pause > 0:
                self._hold_until = max(self._hold_until, now + pause)

    def _refused_wait(self, headers: Mapping[str, str], remaining: int | None) -> float:
        if remaining and _float(headers, "retry-after", "x-rate-limit-reset") is None:
            # The server refused yet says the window has room: a burst, not the window.
            # Back off briefly, longer with each refusal in a row.
            return min(BURST_WAIT * 2 ** (self._refusals - 1), 60.0)
        return self._window_wait(headers)

    def _window_wait(self, headers: Mapping[str, str]) -> float:
        """Seconds until the window opens: Retry-After, else the reset time, else the next
        minute (per-minute limits without a reset count calendar minutes)."""
        retry_after = _float(headers, "retry-after")
        if retry_after is not None and 0 <= retry_after <= LONGEST_WAIT:
            return retry_after
        reset = _float(headers, "x-rate-limit-reset")
        wall = self._wall()
        if reset is not None and 0 <= reset - wall <= LONGEST_WAIT:
            return reset - wall
        return 60.0 - wall % 60.0 + MINUTE_SLACK


class RateLimits:
    """The limiters of a transport, one per (account, endpoint), created on first use."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time):
        self._clock, self._wall = clock, wall
        self._lock = threading.Lock()
        self._limiters: dict[tuple[str, str], RateLimiter] = {}

    def get(self, account: str, endpoint: str, default_per_minute: int) -> RateLimiter:
        with self._lock:
            key = (account, endpoint)
            if key not in self._limiters:
                self._limiters[key] = RateLimiter(default_per_minute, self._clock, self._wall)
            return self._limiters[key]

    def peek(self, account: str, endpoint: str) -> RateState | None:
        """The pair's state, or None before its first request."""
        with self._lock:
            limiter = self._limiters.get((account, endpoint))
        return limiter.state if limiter else None

    def learned(self, account: str, endpoint: str) -> int | None:
        """The per-minute limit the server announced for this pair, if any answer came yet."""
        state = self.peek(account, endpoint)
        return state.limit if state else None


def _int(headers: Mapping[str, str], *names: str) -> int | None:
    value = _float(headers, *names)
    return None if value is None else int(value)


def _float(headers: Mapping[str, str], *names: str) -> float | None:
    for name in names:
        raw = headers.get(name)
        if raw is not None:
            try:
                return float(str(raw).strip())
            except ValueError:
                continue
    return None


__all__ = ["Cancelled", "RateLimiter", "RateLimits", "RateState"]
