"""The time rules of SPEC.md shared by every endpoint: 28-hour and historical windows, and
the floors below which series read zero."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import lru_cache

from ..core.utc import ceil_hour, floor_hour, parse_instant, to_wire

EARLIEST = datetime(2014, 9, 1, tzinfo=timezone.utc)
LIKES_SINCE = datetime(2015, 9, 15, tzinfo=timezone.utc)  # favorites/replies/retweets before: 0
LIKES_FAMILY = ("favorites", "replies", "retweets")
MAX_HOURS = 672  # 4 weeks
READ_BACK = timedelta(days=365)
IMPRESSIONS_DAYS, VIDEO_DAYS = 90, 1800  # age limits of totals impressions and video views


class WindowError(ValueError):
    """A start/end the API refuses; the message says what is wrong."""


def last_28h(now: datetime) -> tuple[datetime, datetime]:
    """Sandbox rule: (now − 28 h) floored, now ceiled."""
    return floor_hour(now - timedelta(hours=28)), ceil_hour(now)


def historical(start: str | None, end: str | None, now: datetime, *,
               start_name: str = "start", end_name: str = "end") -> tuple[datetime, datetime]:
    """The snapped window of a historical request, or WindowError."""
    if start is None and end is None:
        stop = ceil_hour(now)
        return stop - timedelta(hours=MAX_HOURS), stop
    if start is None or end is None:
        given, missing = (start_name, end_name) if start is not None else (end_name, start_name)
        raise WindowError(f"'{given}' was given without '{missing}'; give both or neither")
    begin, stop = floor_hour(_instant(start, start_name)), ceil_hour(_instant(end, end_name))
    if begin < EARLIEST:
        raise WindowError(f"'{start_name}' {to_wire(begin)} is before the earliest start "
                          f"{to_wire(EARLIEST)}")
    if stop > ceil_hour(now):
        raise WindowError(f"'{end_name}' {to_wire(stop)} is in the future")
    if stop <= begin:
        raise WindowError(f"'{end_name}' must be after '{start_name}'")
    if stop - begin > timedelta(hours=MAX_HOURS):
        raise WindowError(f"'{start_name}' to '{end_name}' spans {_hours(stop - begin)} hours; "
                          f"at most {MAX_HOURS} (4 weeks)")
    return begin, stop


def floors(metrics: list[str], now: datetime) -> dict[str, float]:
    """Epoch seconds before which each metric's hours read zero: 365 days back for all, and
    2015-09-15 for favorites, replies and retweets."""
    back = floor_hour(now - READ_BACK)
    return {m: max(back, LIKES_SINCE if m in LIKES_FAMILY else back).timestamp()
            for m in metrics}


def hour_starts(start: datetime, end: datetime) -> list[datetime]:
    return [start + timedelta(hours=h) for h in range(_hours(end - start))]


@lru_cache(maxsize=64)  # a run asks the same few windows of every batch of posts
def hour_labels(start: datetime, end: datetime) -> tuple[tuple[str, ...], tuple[int, ...],
                                                          tuple[str, ...]]:
    """The keys of a window's hours as an answer nests them: its UTC days ("YYYY-MM-DD"), the
    index of each day's first hour, and each hour's "HH"."""
    days, firsts, hours = [], [], []
    for index, at in enumerate(hour_starts(start, end)):
        if index == 0 or at.hour == 0:
            days.append(at.strftime("%Y-%m-%d"))
            firsts.append(index)
        hours.append(f"{at.hour:02d}")
    return tuple(days), tuple(firsts), tuple(hours)


def _hours(span: timedelta) -> int:
    return int(span.total_seconds() // 3600)


def _instant(text: object, name: str) -> datetime:
    if not isinstance(text, str):
        raise WindowError(f"'{name}' must be a string like 2026-10-01 or 2026-10-01T00:00:00Z")
    try:
        return parse_instant(text)
    except ValueError as err:
        raise WindowError(f"'{name}': {err}") from None


def bucket_spans(start: datetime, end: datetime,
                 granularity: str) -> list[tuple[datetime, int, int]]:
    """(bucket start, first hour index, hour index past the end) over the window's hours.

    hourly: each hour; daily: UTC calendar days, stamped at 00:00; weekly: 7-day buckets from
    the window start (sandbox rule); total: one bucket stamped at the start.
    """
    hours = _hours(end - start)
    if granularity == "hourly":
        return [(start + timedelta(hours=h), h, h + 1) for h in range(hours)]
    if granularity == "total":
        return [(start, 0, hours)]
    out = []
    h = 0
    while h < hours:
        at = start + timedelta(hours=h)
        if granularity == "daily":
            stamp = at.replace(hour=0)
            stop = min(hours, h + 24 - at.hour)
        else:
            stamp, stop = at, min(hours, h + 7 * 24)
        out.append((stamp, h, stop))
        h = stop
    return out
