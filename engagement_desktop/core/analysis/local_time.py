"""UTC bucket starts as wall-clock time in a user's time zone, for millions of values at once.

The API speaks UTC; an analyst thinks in their own days and hours, which move against UTC at
every daylight-saving change. Asking zoneinfo once per value would cost seconds, so the zone's
offset changes inside the data's range are found first (a handful per year), and every bucket
is then shifted by the offset in force at its instant with one vectorised lookup.
"""
from __future__ import annotations

from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np

UTC = timezone.utc
# Offsets are sampled this far apart and each change is then found to the second; every zone
# in the tz database keeps an offset for far longer than this between two changes.
_SAMPLE_STEP = 6 * 3600
_MONDAY_OFFSET = 3  # 1970-01-01 was a Thursday: (days + 3) % 7 is 0 on a Monday


def zone(tz: str | tzinfo | None) -> tzinfo:
    """A tzinfo for an IANA name ("Europe/Madrid"), a tzinfo, or None (UTC); ValueError with a
    plain message for a name the system does not know."""
    if tz is None:
        return UTC
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(str(tz).strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"'{tz}' is not a time zone this computer knows; use an IANA name such "
                         "as Europe/Madrid or America/New_York (on a system without a time zone "
                         "database, install the tzdata package).") from None


def offset_at(tz: tzinfo, instant: int) -> int:
    """The zone's UTC offset (seconds) at an epoch instant."""
    return int(datetime.fromtimestamp(instant, tz).utcoffset().total_seconds())


def local_seconds(buckets: np.ndarray, tz: tzinfo) -> np.ndarray:
    """Each UTC epoch instant as local wall-clock seconds (still counted from 1970-01-01)."""
    if len(buckets) == 0:
        return buckets.astype(np.int64)
    lo, hi = int(buckets.min()), int(buckets.max())
    edges, offsets = _offset_changes(tz, lo, hi)
    if not edges:
        return buckets + offsets[0]
    return buckets + np.asarray(offsets, np.int64)[np.searchsorted(edges, buckets, side="right")]


def _offset_changes(tz: tzinfo, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """The instants in (lo, hi] where the offset changes, and the offset before, between and
    after them (one more offset than instants)."""
    edges, offsets = [], [offset_at(tz, lo)]
    previous = lo
    for sample in [*range(lo + _SAMPLE_STEP, hi, _SAMPLE_STEP), hi]:
        if sample <= previous:
            continue
        now = offset_at(tz, sample)
        if now != offsets[-1]:
            edges.append(_first_instant_with(tz, now, previous, sample))
            offsets.append(now)
        previous = sample
    return edges, offsets


def _first_instant_with(tz: tzinfo, offset: int, before: int, at: int) -> int:
    """Bisect (before, at] for the first second whose offset is `offset`."""
    while at - before > 1:
        middle = (before + at) // 2
        if offset_at(tz, middle) == offset:
            at = middle
        else:
            before = middle
    return at


def local_days(local: np.ndarray) -> np.ndarray:
    """Local wall-clock seconds → local day numbers (days since 1970-01-01)."""
    return local // 86400


def weekday(days: np.ndarray) -> np.ndarray:
    """Day numbers → 0 for Monday … 6 for Sunday."""
    return (days + _MONDAY_OFFSET) % 7


def hour_of_day(local: np.ndarray) -> np.ndarray:
    """Local wall-clock seconds → the hour of the day it falls in, 0…23. In a zone whose offset
    is not whole hours (Asia/Kolkata) an hour bucket counts in the local hour it starts in."""
    return local % 86400 // 3600
