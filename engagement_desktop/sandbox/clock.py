"""The sandbox's notion of "now": real time, or a time a test sets and moves.

The clock drives the synthetic data, the time windows and the rate-limit minutes. OAuth 1.0a
timestamps are checked against the machine's real time instead (see oauth_verify.py), because
every OAuth library signs with real time.
"""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone


class Clock:
    def __init__(self, now: datetime | None = None):
        self._lock = threading.Lock()
        self._fixed: datetime | None = None
        if now is not None:
            self.set(now)

    def now(self) -> datetime:
        with self._lock:
            fixed = self._fixed
        return fixed if fixed is not None else datetime.now(timezone.utc)

    def set(self, instant: datetime | None) -> None:
        """Freeze the clock at `instant` (naive means UTC); None returns to real time."""
        if instant is not None and instant.tzinfo is None:
            instant = instant.replace(tzinfo=timezone.utc)
        with self._lock:
            self._fixed = instant.astimezone(timezone.utc) if instant is not None else None

    def advance(self, delta: timedelta) -> None:
        """Move a frozen clock forward (a real-time clock moves by itself)."""
        with self._lock:
            if self._fixed is None:
                raise RuntimeError("the clock runs in real time; set() it before advancing it")
            self._fixed += delta

    @property
    def frozen(self) -> bool:
        return self._fixed is not None
