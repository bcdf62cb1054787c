"""A time range as the requests that cover it: snapped to whole hours, cut into windows no
longer than one request may span, with no gap and no overlap between them."""
from __future__ import annotations

from datetime import datetime, timedelta

from .utc import ceil_hour, floor_hour

Window = tuple[datetime, datetime]


def snap(start: datetime, end: datetime) -> Window:
    """What the server does to a range: the start floors, the end ceils to the hour."""
    return floor_hour(start), ceil_hour(end)


def split(start: datetime, end: datetime, max_window_hours: int | None) -> list[Window]:
    """The snapped range as consecutive windows of `max_window_hours` (the last one shorter);
    one window when there is no limit. Each window's end is the next one's start."""
    start, end = snap(start, end)
    if end <= start:
        return []
    if not max_window_hours:
        return [(start, end)]
    step = timedelta(hours=max_window_hours)
    windows = []
    at = start
    while at < end:
        windows.append((at, min(at + step, end)))
        at += step
    return windows

