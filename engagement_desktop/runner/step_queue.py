"""The steps a run still has to send, one queue per (account, endpoint).

A free worker takes a step of the pair whose rate window lets a request leave soonest (the
least used of them when several can): when one account has spent its window's budget, the
workers go on with another account's steps instead of all waiting on the first one, so a plan
spread over several accounts runs at the sum of their limits.
"""
from __future__ import annotations

import threading
from collections import Counter, deque

from ..core.plan import Step
from ..transport.ratelimit import RateLimits


class StepQueue:
    def __init__(self, steps: list[Step], limits: RateLimits):
        self._limits = limits
        self._lock = threading.Lock()
        self._queues: dict[tuple[str, str], deque[Step]] = {}
        for step in steps:
            self._queues.setdefault((step.account, step.endpoint), deque()).append(step)
        self._taken: Counter[tuple[str, str]] = Counter()

    def take(self) -> Step | None:
        """The next step to send, or None when every step has been taken."""
        with self._lock:
            pairs = [pair for pair, waiting in self._queues.items() if waiting]
            if not pairs:
                return None
            pair = pairs[0] if len(pairs) == 1 else min(
                pairs, key=lambda p: (self._held_for(p), self._taken[p]))
            self._taken[pair] += 1
            return self._queues[pair].popleft()

    def waiting(self) -> int:
        """How many steps are still to be taken."""
        with self._lock:
            return sum(len(waiting) for waiting in self._queues.values())

    def _held_for(self, pair: tuple[str, str]) -> float:
        state = self._limits.peek(*pair)
        return state.held_for if state is not None else 0.0
