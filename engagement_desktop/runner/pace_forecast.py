"""How long an account's requests take under the pacer: burst into what the current window
allows, wait for the next window, burst again; a few requests in flight at once.

What the pacer knows (transport.ratelimit.RateState) is used when there is any: the server's
limit, what is left of the window and when it ends, how long an answer takes. Before the first
answer the endpoint's declared limit, a fresh window taken to be half over (where the server's
window stands is not known yet: half is the expected wait, and the estimate stays the same
from one look to the next) and GUESSED_LATENCY stand in. Plain arithmetic: no Qt, no numpy
(`engagement-desktop plan` uses it).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

WINDOW = 60.0  # per-minute limits
# Requests in flight at once: the pacer, not this, sets the rate; 8 keep a 300/min pace full
# while answers take up to 1.6 s (a large historical page on a slow link).
DEFAULT_CONCURRENCY = 8
GUESSED_LATENCY = 0.5  # seconds per answer before one was timed


@dataclass(frozen=True)
class Outlook:
    limit: int  # requests per window
    budget: int  # requests the current window still allows
    window_left: float  # seconds until the current window ends
    latency: float  # seconds an answer takes
    learned: bool  # the limit came from the server


def outlook_of(state, declared_per_minute: int) -> Outlook:
    """What the pacer's state (None before its first request) says about the time to come."""
    limit = state.limit if state is not None and state.limit else declared_per_minute
    budget = state.budget if state is not None and state.budget is not None else limit
    window_left = (state.window_left if state is not None and state.window_left is not None
                   else WINDOW / 2)
    latency = state.latency if state is not None and state.latency else GUESSED_LATENCY
    return Outlook(max(limit, 1), max(budget, 0), max(window_left, 0.0), latency,
                   state is not None and state.limit is not None)


def forecast_seconds(requests: int, outlook: Outlook, concurrency: int) -> float:
    """Seconds from the first request to the last answer."""
    if requests <= 0:
        return 0.0
    per_second = max(concurrency, 1) / outlook.latency  # when the window does not bind
    left, spent = requests, 0.0
    # The current window: its budget, or what can be sent before it ends.
    now_sent = min(left, outlook.budget, math.floor(outlook.window_left * per_second))
    if now_sent >= left:
        return _burst(left, outlook, concurrency)
    left -= now_sent
    spent = outlook.window_left
    # Full windows: each sends the limit, or what its minute has time for.
    per_window = max(1, min(outlook.limit, math.floor(WINDOW * per_second)))
    full = (left - 1) // per_window
    spent += full * WINDOW
    left -= full * per_window
    return spent + _burst(left, outlook, concurrency)


def _burst(requests: int, outlook: Outlook, concurrency: int) -> float:
    """Seconds for `requests` sent at once, `concurrency` in flight."""
    return math.ceil(requests / max(concurrency, 1)) * outlook.latency
