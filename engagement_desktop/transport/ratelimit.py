"""Pacing per (account, endpoint): as fast as the server's window allows, never a 429.

A limiter learns from every answer's headers (rate_headers.py) how many requests the current
window has left and when it ends. While that budget lasts, requests leave at once: a job that
fits in the window bursts, as a plain loop would, instead of being spread over the minute. With
the budget spent, senders wait for the window's end and then burst into the next one. Before
the first answer nothing is known: the first request goes alone and the others wait for its
answer (at most one interval of the endpoint's declared pace), not a minute's even spacing. A
server that sends no rate headers is paced evenly at its declared (or announced) limit.
Windows are a minute long until reset headers tell otherwise: the step between the window ends
two answers name is a window's length (or several, after an idle spell: the shortest is kept).

When the server still says 429 the limiter holds every sender of the pair until the window
opens; a 429 while the headers say the window has room is a burst, and gets a short, growing
wait instead. Requests are numbered (tickets), so an answer's `remaining` is read against the
requests sent after it, which the server may not have counted yet.
"""
from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .cancel import Cancelled, wait
from .rate_headers import LONGEST_WAIT, RateHeaders, read_rate_headers

# Even spacing (only without a known budget) 60·MARGIN/limit seconds apart overflows a server
# minute only if arrival times shift by more than 60·(MARGIN − 1) = 0.6 s.
MARGIN = 1.01
BURST_WAIT = 0.25  # a 429 while the window has room: wait this long, doubling up to a minute
NAP = 0.1  # seconds a waiter sleeps before looking at the limiter again
PROBE_NAP = 0.01  # shorter while an answer that tells the budget is awaited
WINDOW_SLACK = 0.2  # seconds past a window's end before its budget is trusted again
RECENT = 1.0  # requests sent this close to a window's end may count in the next one
WINDOW = 60.0  # per-minute limits, and any window until reset headers say its length


@dataclass(frozen=True)
class RateState:
    limit: int | None  # the server's per-minute limit, once learned
    remaining: int | None
    per_minute: float  # the even pace, used while no budget is known
    held_for: float = 0.0  # seconds the server's window (a 429, an empty budget) still holds
    refused: bool = False  # the hold follows a 429
    budget: int | None = None  # requests the current window still allows, when known
    window_left: float | None = None  # seconds until the current window ends, when known
    latency: float | None = None  # seconds an answer takes, smoothed over the last ones
    window: float = WINDOW  # seconds a rate window lasts


class RateLimiter:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time,
                 sleep: Callable[[threading.Event, float], None] = wait):
        self._clock, self._wall, self._sleep = clock, wall, sleep
        self._lock = threading.Lock()
        self._per_minute = float(max(per_minute, 1))
        self._limit: int | None = None
        self._remaining: int | None = None
        self._budget: int | None = None  # requests this window still allows, when known
        self._window_end: float | None = None  # on `clock`, once an answer told it
        self._window_first = 0  # the first ticket sent in the current window
        self._told_end: float | None = None  # the last window end a reset header named
        self._length: float | None = None  # a window's length, once two reset headers told it
        self._tickets = 0  # the next request's number
        self._open: dict[int, tuple[int, float]] = {}  # unanswered → (how many were open, when)
        self._latency: float | None = None  # seconds from sending to an answer, smoothed
        self._recent: deque[float] = deque(maxlen=64)  # when the last requests left
        self._last = float("-inf")  # when the last evenly paced request left
        self._hold_until = 0.0  # set by a 429
        self._refusals = 0  # 429s in a row
        self._refused_since: float | None = None  # the first 429 of the current streak

    @property
    def state(self) -> RateState:
        with self._lock:
            now = self._clock()
            self._roll(now)
            until = self._hold_until
            if self._budget is not None and self._budget <= 0 and self._window_end is not None:
                until = max(until, self._window_end)
            window_left = None if self._window_end is None else self._window_end - now
            return RateState(self._limit, self._remaining, self._per_minute,
                             max(0.0, until - now), self._refusals > 0, self._budget,
                             window_left, self._latency, self._length or WINDOW)

    def refused_for(self) -> float:
        """Seconds since the first 429 of an unbroken streak of them (0 without one)."""
        with self._lock:
            since = self._refused_since
            return 0.0 if since is None else self._clock() - since

    def acquire(self, cancel: threading.Event) -> int:
        """Wait for this caller's turn and return its ticket; raises Cancelled as soon as
        `cancel` is set. Waiters nap and look again, so an answer that arrives while they
        sleep (a budget, a 429) applies to them at once."""
        while True:
            if cancel.is_set():
                raise Cancelled()
            with self._lock:
                now = self._clock()
                self._roll(now)
                at, probing = self._next(now)
                if at <= now:
                    return self._take(now, at)
            self._sleep(cancel, min(at - now, PROBE_NAP if probing else NAP))

    def release(self, ticket: int) -> None:
        """The request got no answer (connection lost): it no longer awaits one."""
        with self._lock:
            self._open.pop(ticket, None)

    def observe(self, status: int, headers: Mapping[str, str], ticket: int | None = None) -> None:
        """Learn from an answer to request `ticket` (None: the latest one sent)."""
        with self._lock:
            now = self._clock()
            ticket = self._tickets - 1 if ticket is None else ticket
            open_before, sent_at = self._open.pop(ticket, (0, None))
            if sent_at is not None:
                took = now - sent_at
                self._latency = took if self._latency is None else 0.8 * self._latency + 0.2 * took
            self._roll(now)
            said = read_rate_headers(headers, self._wall())
            if said.limit:
                self._limit = said.limit
                self._per_minute = float(said.limit)
            if said.remaining is not None:
                self._remaining = said.remaining
            if ticket >= self._window_first:
                self._learn_window(now, said, self._tickets - 1 - ticket + open_before, status)
            if status == 429:
                self._refusals += 1
                if self._refused_since is None:
                    self._refused_since = now
                pause = self._refused_wait(said)
                if pause > 0:
                    self._hold_until = max(self._hold_until, now + pause)
            else:
                self._refusals = 0
                self._refused_since = None

    def _next(self, now: float) -> tuple[float, bool]:
        """When the next request may leave, and whether that waits on an answer."""
        if self._budget is not None:
            if self._budget > 0:
                return self._hold_until, False
            return max(self._hold_until, self._window_end or now + NAP), False
        interval = 60.0 * MARGIN / self._per_minute
        probing = bool(self._open) and self._limit is None
        return max(self._last + interval, self._hold_until), probing

    def _take(self, now: float, at: float) -> int:
        if self._budget is not None:
            self._budget -= 1
        else:
            # Slots stay on their grid: a waiter woken a little late takes its slot's time, so
            # lateness does not add up; after an idle spell (or a hold) the grid starts again
            # now, with no burst to catch up.
            interval = 60.0 * MARGIN / self._per_minute
            self._last = at if now - at < interval else now
        ticket = self._tickets
        self._tickets += 1
        self._open[ticket] = (len(self._open), now)
        self._recent.append(now)
        return ticket

    def _learn_window(self, now: float, said: RateHeaders, uncounted: int, status: int) -> None:
        """The budget and the window's end from an answer counted in the current window;
        `uncounted`: the requests the server may not have counted when it answered (those
        sent after this one, and those still unanswered when it left)."""
        if said.reset_in is not None:
            self._window_end = now + said.reset_in + WINDOW_SLACK
            self._learn_length(self._window_end)
        elif self._window_end is None and said.says_anything:
            wall = self._wall()  # per-minute limits without a reset count calendar minutes
            self._window_end = now + WINDOW - wall % WINDOW + WINDOW_SLACK
        if self._window_end is None:
            return
        if status == 429 and (said.remaining is None or said.retry_after is not None):
            self._budget = 0  # the server's word, whatever was counted here
            return
        if said.remaining is None:
            return
        # Each answer so gives a budget that is never too high; the best of them is kept, and
        # every request sent lowers it.
        left = said.remaining - uncounted
        self._budget = left if self._budget is None else max(self._budget, left)

    def _learn_length(self, end: float) -> None:
        told, self._told_end = self._told_end, end
        step = end - told if told is not None else 0.0
        if 1.0 < step <= LONGEST_WAIT:  # the server's window moved on (by one or several)
            self._length = step if self._length is None else min(self._length, step)

    def _roll(self, now: float) -> None:
        """Start the next window once the current one is over: its budget is the limit, less
        the requests that may have been counted in it already."""
        end = self._window_end
        if end is None or now < end:
            return
        length = self._length or WINDOW
        self._window_end = end + length * math.ceil((now - end + 1e-9) / length)
        self._window_first = self._tickets
        uncertain = len(self._open) + sum(1 for sent in self._recent if sent >= end - RECENT)
        self._budget = None if self._limit is None else max(self._limit - uncertain, 0)

    def _refused_wait(self, said: RateHeaders) -> float:
        if said.remaining and said.retry_after is None and said.reset_in is None:
            # The server refused yet says the window has room: a burst, not the window.
            # Back off briefly, longer with each refusal in a row.
            return min(BURST_WAIT * 2 ** (self._refusals - 1), 60.0)
        return self._window_wait(said)

    def _window_wait(self, said: RateHeaders) -> float:
        """Seconds until the window opens: Retry-After, else the reset time, else the next
        calendar minute."""
        if said.retry_after is not None:
            return said.retry_after
        if said.reset_in is not None:
            return said.reset_in
        return WINDOW - self._wall() % WINDOW + WINDOW_SLACK


class RateLimits:
    """The limiters of a transport, one per (account, endpoint), created on first use."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time,
                 sleep: Callable[[threading.Event, float], None] = wait):
        self.clock, self.wall, self._sleep = clock, wall, sleep
        self._lock = threading.Lock()
        self._limiters: dict[tuple[str, str], RateLimiter] = {}

    def get(self, account: str, endpoint: str, default_per_minute: int) -> RateLimiter:
        with self._lock:
            key = (account, endpoint)
            if key not in self._limiters:
                self._limiters[key] = RateLimiter(default_per_minute, self.clock, self.wall,
                                                  self._sleep)
            return self._limiters[key]

    def peek(self, account: str, endpoint: str) -> RateState | None:
        """The pair's state, or None before its first request."""
        with self._lock:
            limiter = self._limiters.get((account, endpoint))
        return limiter.state if limiter else None


__all__ = ["Cancelled", "LONGEST_WAIT", "RateLimiter", "RateLimits", "RateState"]
