"""Per-minute request limits per (token, endpoint), on the sandbox clock's minutes."""
from __future__ import annotations

import threading
from dataclasses import dataclass

from .clock import Clock

DEFAULT_PER_MINUTE = 300


@dataclass(frozen=True)
class Quota:
    limit: int
    remaining: int
    reset: int  # epoch seconds when the minute ends
    allowed: bool

    def enterprise_headers(self) -> dict[str, str]:
        return {"x-per-minute-limit": str(self.limit),
                "x-per-minute-remaining": str(self.remaining)}

    def v2_headers(self) -> dict[str, str]:
        return {"x-rate-limit-limit": str(self.limit),
                "x-rate-limit-remaining": str(self.remaining),
                "x-rate-limit-reset": str(self.reset)}


class RateLimiter:
    def __init__(self, clock: Clock, per_minute: int | None = None):
        self._clock = clock
        self.per_minute = DEFAULT_PER_MINUTE if per_minute is None else per_minute
        self._counts: dict[tuple[str, str], tuple[int, int]] = {}
        self._lock = threading.Lock()

    def take(self, key: str, endpoint: str) -> Quota:
        """Count one request; `allowed` is False once the minute's limit is used up."""
        minute = int(self._clock.now().timestamp() // 60)
        with self._lock:
            seen_minute, used = self._counts.get((key, endpoint), (minute, 0))
            if seen_minute != minute:
                used = 0
            allowed = used < self.per_minute
            used += allowed
            self._counts[(key, endpoint)] = (minute, used)
        return Quota(self.per_minute, self.per_minute - used, (minute + 1) * 60, allowed)

    def peek(self, key: str, endpoint: str) -> Quota:
        """The quota without counting a request (for answers refused before counting)."""
        minute = int(self._clock.now().timestamp() // 60)
        with self._lock:
            seen_minute, used = self._counts.get((key, endpoint), (minute, 0))
        used = used if seen_minute == minute else 0
        return Quota(self.per_minute, self.per_minute - used, (minute + 1) * 60, True)
