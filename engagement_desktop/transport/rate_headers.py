"""What an answer's rate-limit headers say, read defensively.

Enterprise answers carry `x-per-minute-limit`/`-remaining` (calendar minutes, no reset time);
v2 answers `x-rate-limit-limit`/`-remaining`/`-reset` (epoch seconds). A value that is not a
finite number in a sane range (`NaN`, `inf`, negative, 10^400) is ignored, as if the header
were absent: the answer itself is still good, and the pacer keeps what it knew.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

LARGEST_LIMIT = 10_000_000  # requests per window; beyond this a header is nonsense
LONGEST_WAIT = 900.0  # a reset or Retry-After further away than this is a clock mismatch


@dataclass(frozen=True)
class RateHeaders:
    limit: int | None  # requests per window
    remaining: int | None  # requests left in the window that counted this answer
    reset_in: float | None  # seconds until that window ends, when the server says
    retry_after: float | None  # seconds, from Retry-After

    @property
    def says_anything(self) -> bool:
        return self.limit is not None or self.remaining is not None


def read_rate_headers(headers: Mapping[str, str], wall_now: float) -> RateHeaders:
    """The usable rate facts of `headers` (any case), `wall_now` being epoch seconds now."""
    lowered = {str(name).lower(): value for name, value in headers.items()}
    limit = _number(lowered, "x-per-minute-limit", "x-rate-limit-limit")
    remaining = _number(lowered, "x-per-minute-remaining", "x-rate-limit-remaining")
    limit = int(limit) if limit is not None and 1 <= limit <= LARGEST_LIMIT else None
    remaining = int(remaining) if remaining is not None and remaining <= LARGEST_LIMIT else None
    if limit is not None and remaining is not None:
        remaining = min(remaining, limit)
    reset = _number(lowered, "x-rate-limit-reset")
    reset_in = reset - wall_now if reset is not None else None
    if reset_in is not None and not 0 <= reset_in <= LONGEST_WAIT:
        reset_in = None
    retry_after = _number(lowered, "retry-after")
    if retry_after is not None and retry_after > LONGEST_WAIT:
        retry_after = None
    return RateHeaders(limit, remaining, reset_in, retry_after)


def _number(headers: Mapping[str, str], *names: str) -> float | None:
    """The first of `names` holding a finite, non-negative number."""
    for name in names:
        raw = headers.get(name)
        if raw is None:
            continue
        try:
            value = float(str(raw).strip())
        except (ValueError, OverflowError):
            continue
        if math.isfinite(value) and value >= 0:
            return value
    return None
