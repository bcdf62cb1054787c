"""How long an account's requests take under the pacer: the first request alone (its answer
tells the budget), then burst into what the current window allows, wait for the next window,
burst again; up to MAX_IN_FLIGHT requests in flight at once.

What the pacer knows (transport.ratelimit.RateState) is used when there is any: the server's
limit, what is left of the window and when it ends, how long an answer takes. Before the first
answer of this session, what an earlier run learned from the same server (a LearnedPace, kept
by runner.pace_memory) stands in: its limit, its window's length and where its windows start,
its latency. With neither, the endpoint's declared limit, a fresh window taken to be half over
(half is the expected wait, and the estimate stays the same from one look to the next) and
GUESSED_LATENCY. Plain arithmetic: no Qt, no numpy (`engagement-desktop plan` uses it).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

WINDOW = 60.0  # per-minute limits, unless the server told a window's length
# The most requests in flight at once (the runner starts workers only as the pacer lets requests
# leave, so fewer when the window's budget is smaller): with 32, the last window of a 300/min
# plan leaves in ceil(300 / 32) = 10 rounds of one latency, not 38 (1.1-1.7 % above the floor
# at 200 ms, against 4-6 % with 8).
MAX_IN_FLIGHT = 32
GUESSED_LATENCY = 0.5  # seconds per answer before one was timed


@dataclass(frozen=True)
class LearnedPace:
    """What the pacer learned of one server for one account and endpoint, kept across runs."""
    limit: int  # requests per window
    window: float  # seconds a window lasts
    window_end: float  # epoch seconds: the end of the last window an answer was counted in
    remaining: int | None  # requests that window still allowed after the last answer
    latency: float | None  # seconds an answer took


@dataclass(frozen=True)
class Outlook:
    limit: int  # requests per window
    budget: int  # requests the current window still allows
    window_left: float  # seconds until the current window ends
    latency: float  # seconds an answer takes
    learned: bool  # the limit came from the server (in this session or an earlier run)
    window: float = WINDOW  # seconds a window lasts
    probe: bool = False  # the first request goes alone: the pacer awaits what its answer says


def outlook_of(state, declared_per_minute: int, learned: LearnedPace | None = None,
               wall: float = 0.0) -> Outlook:
    """What the pacer's state (None before its first request) says about the time to come;
    without a limit in it, what an earlier run `learned`, seen at `wall` (epoch seconds)."""
    if (state is None or not state.limit) and learned is not None:
        return _remembered(learned, wall)
    limit = state.limit if state is not None and state.limit else declared_per_minute
    budget = state.budget if state is not None and state.budget is not None else limit
    window_left = (state.window_left if state is not None and state.window_left is not None
                   else WINDOW / 2)
    latency = state.latency if state is not None and state.latency else GUESSED_LATENCY
    window = state.window if state is not None else WINDOW
    return Outlook(max(limit, 1), max(budget, 0), max(window_left, 0.0), latency,
                   state is not None and state.limit is not None, window,
                   probe=state is None or state.limit is None)


def _remembered(learned: LearnedPace, wall: float) -> Outlook:
    """The windows keep their rhythm: the current one ends a whole number of windows after the
    remembered end; a window that has ended since has its whole limit again."""
    if wall < learned.window_end:
        left = min(learned.window_end - wall, learned.window)
        budget = learned.limit if learned.remaining is None else learned.remaining
    else:
        left = learned.window - (wall - learned.window_end) % learned.window
        budget = learned.limit
    return Outlook(learned.limit, budget, left, learned.latency or GUESSED_LATENCY, True,
                   learned.window, probe=True)


def forecast_seconds(requests: int, outlook: Outlook, concurrency: int) -> float:
    """Seconds from the first request to the last answer."""
    if requests <= 0:
        return 0.0
    if outlook.probe:  # the first answer, alone, before anything else leaves
        rest = replace(outlook, budget=max(outlook.budget - 1, 0), probe=False,
                       window_left=max(outlook.window_left - outlook.latency, 0.0))
        return outlook.latency + forecast_seconds(requests - 1, rest, concurrency)
    per_second = max(concurrency, 1) / outlook.latency  # when the window does not bind
    left = requests
    # The current window: its budget, or what can be sent before it ends.
    now_sent = min(left, outlook.budget, math.floor(outlook.window_left * per_second))
    if now_sent >= left:
        return _burst(left, outlook, concurrency)
    left -= now_sent
    spent = outlook.window_left
    # Full windows: each sends the limit, or what its length has time for.
    per_window = max(1, min(outlook.limit, math.floor(outlook.window * per_second)))
    full = (left - 1) // per_window
    spent += full * outlook.window
    left -= full * per_window
    return spent + _burst(left, outlook, concurrency)


def _burst(requests: int, outlook: Outlook, concurrency: int) -> float:
    """Seconds for `requests` sent at once, `concurrency` in flight."""
    return math.ceil(requests / max(concurrency, 1)) * outlook.latency
