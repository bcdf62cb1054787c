"""Faults switched on per run or per test: `latency=200ms,429=0.1,500=0.05,drop=0.02,garble=0.01`.

Keys: `latency` (ms or s added to every answer), `429`, `500`, `502`, `503` (share of requests
answered with that status), `drop` (connection closed without an answer), `truncate` (gzip body
cut short), `garble` (body that is not JSON), `burst` (each 429 fault lasts this many requests,
default 1) and `seed` (makes the random choices repeatable).
"""
from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field

from ..errors import InvalidInput

STATUSES = ("429", "500", "502", "503")
BODY_FAULTS = ("drop", "truncate", "garble")
_RATES = STATUSES + BODY_FAULTS


class FaultSpecError(InvalidInput, ValueError):
    """A faults string that cannot be read; the message says what to write instead."""


@dataclass
class Faults:
    latency: float = 0.0  # seconds
    rates: dict[str, float] = field(default_factory=dict)
    burst: int = 1
    seed: int | None = None

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self._burst_left = 0
        self._lock = threading.Lock()

    def pick(self) -> str | None:
        """The fault for the next request (a status string or a body fault), or None."""
        with self._lock:
            if self._burst_left:
                self._burst_left -= 1
                return "429"
            roll = self._random.random()
        for name in _RATES:
            roll -= self.rates.get(name, 0.0)
            if roll < 0:
                if name == "429":
                    with self._lock:
                        self._burst_left = self.burst - 1
                return name
        return None


def parse(spec: str | None) -> Faults | None:
    """`None`/empty → no faults; otherwise Faults, or FaultSpecError."""
    if spec is None or not spec.strip():
        return None
    faults = {"latency": 0.0, "rates": {}, "burst": 1, "seed": None}
    for part in spec.split(","):
        name, sep, value = (s.strip() for s in part.partition("="))
        if not sep or not value:
            raise FaultSpecError(f"'{part.strip()}' is not NAME=VALUE; write e.g. "
                                 "latency=200ms,429=0.1,500=0.05,drop=0.02,garble=0.01")
        if name == "latency":
            faults["latency"] = _duration(value)
        elif name in _RATES:
            faults["rates"][name] = _share(name, value)
        elif name in ("burst", "seed"):
            if not value.isdigit() or (name == "burst" and int(value) < 1):
                raise FaultSpecError(f"'{name}' must be a whole number (at least 1 for burst)")
            faults[name] = int(value)
        else:
            raise FaultSpecError(f"unknown fault '{name}'; use latency, "
                                 + ", ".join(_RATES) + ", burst or seed")
    if sum(faults["rates"].values()) > 1:
        raise FaultSpecError("the fault shares add up to more than 1")
    return Faults(**faults)


def _share(name: str, value: str) -> float:
    try:
        share = float(value)
    except ValueError:
        share = -1.0
    if not 0 <= share <= 1:
        raise FaultSpecError(f"'{name}' must be a share between 0 and 1, like {name}=0.05")
    return share


def _duration(value: str) -> float:
    text = value.lower()
    scale = 0.001 if text.endswith("ms") else 1.0
    number = text[:-2] if text.endswith("ms") else text[:-1] if text.endswith("s") else text
    try:
        seconds = float(number) * (scale if text.endswith(("ms", "s")) else 0.001)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 60:
        raise FaultSpecError(f"latency '{value}' must be a duration up to 60 s, like 200ms or 1.5s")
    return seconds
