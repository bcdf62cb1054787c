"""What analysis rows can be grouped by, and each value's key in every dimension as codes.

A dimension turns every value of the facts into a small non-negative code (so a group's sums
are one `bincount`), and a code back into the key and label a row shows. Time dimensions read
hourly values in the user's time zone (DST-correct); daily and weekly values are the server's
UTC days and weeks, which no zone can split, so they keep their UTC dates.
"""
from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import NamedTuple

import numpy as np

from ...i18n.phrases import translate
from ..rows import DAY, HOUR, TOTAL, WEEK
from . import local_time
from .facts import Facts

POST, HANDLE, WEEKDAY, HOUR_OF_DAY = "post", "handle", "weekday", "hour_of_day"
DIMENSIONS = (POST, HANDLE, DAY, WEEK, HOUR, WEEKDAY, HOUR_OF_DAY)
# The time dimensions each granularity of values can give.
TIME_DIMENSIONS = {HOUR: {DAY, WEEK, HOUR, WEEKDAY, HOUR_OF_DAY}, DAY: {DAY, WEEK, WEEKDAY},
                   WEEK: {WEEK}, TOTAL: set()}
# The label of posts whose owner is not known.
UNKNOWN_HANDLE = translate("AnalysisLabels", "unknown @handle")
ALL_POSTS = translate("AnalysisLabels", "All posts")  # an aggregate over every post
_EPOCH = date(1970, 1, 1)


SERIES, SLOT = "series", "slot"  # what a dimension's codes are given for


class KeyColumn(NamedTuple):
    of: str  # SERIES: a code per series (post, handle); SLOT: a code per time slot
    codes: np.ndarray  # non-negative int64 codes
    size: int  # every code is below this
    key: Callable[[int], object]  # code → the key a row holds


def check_dimensions(dims: Sequence[str], granularity: str) -> None:
    """ValueError with a plain message when `dims` ask for what the values cannot give."""
    for i, dim in enumerate(dims):
        if dim not in DIMENSIONS:
            raise ValueError(f"'{dim}' is not a dimension; choose from {', '.join(DIMENSIONS)}.")
        if dim in dims[:i]:
            raise ValueError(f"The dimension '{dim}' is listed twice; list it once.")
        if dim not in (POST, HANDLE) and dim not in TIME_DIMENSIONS[granularity]:
            have = {HOUR: translate("AnalysisErrors", "hourly"),
                    DAY: translate("AnalysisErrors", "daily"),
                    WEEK: translate("AnalysisErrors", "weekly"),
                    TOTAL: translate("AnalysisErrors", "only total")}
            raise ValueError(translate("AnalysisErrors", "These results have {have} numbers, so "
                                       "they cannot be grouped by {dimension}; run a query with "
                                       "finer numbers (hourly for weekday or hour of day) or "
                                       "pick another.").format(have=have[granularity],
                                                               dimension=dim.replace("_", " ")))


def handle_key(handle: str | None) -> str | None:
    """A handle as written ('@Name ', 'name') → its key ('name'); None when unknown."""
    cleaned = (handle or "").strip().lstrip("@").strip().lower()
    return cleaned or None


class Dimensions:
    """The key columns of one set of facts, each computed once, on first use."""

    def __init__(self, facts: Facts, tz: tzinfo, handles: Mapping[str, str] | None = None):
        self.facts, self.tz = facts, tz
        self._handles = {p: handle_key(h) for p, h in (handles or {}).items()}
        self._columns: dict[str, KeyColumn] = {}
        self._local: np.ndarray | None = None

    @property
    def zone_applies(self) -> bool:
        return self.facts.granularity == HOUR

    def column(self, dim: str) -> KeyColumn:
        if dim not in self._columns:
            self._columns[dim] = getattr(self, "_" + dim)()
        return self._columns[dim]

    def label(self, dim: str, key, above: Sequence[str] = ()) -> str:
        if dim == POST:
            return ALL_POSTS if key is None else key
        if dim == HANDLE:
            return UNKNOWN_HANDLE if key is None else "@" + key
        if dim == DAY:
            return key.isoformat()
        if dim == WEEK:
            return translate("AnalysisLabels", "week of {date}").format(date=key.isoformat())
        if dim == WEEKDAY:
            return calendar.day_name[key]
        if dim == HOUR_OF_DAY:
            return f"{key:02d}:00"
        when = datetime.fromtimestamp(key, self.tz if self.zone_applies else local_time.UTC)
        # An hour under its day reads "13:00 CET"; anywhere else it needs its date too.
        return when.strftime("%H:%M %Z" if DAY in above else "%Y-%m-%d %H:%M %Z")

    def local(self) -> np.ndarray:
        """Each time slot's start as wall-clock seconds (UTC for daily and weekly values)."""
        if self._local is None:
            starts = self.facts.slot_start
            self._local = local_time.local_seconds(starts, self.tz) if self.zone_applies \
                else starts
        return self._local

    # -- one builder per dimension (named "_" + the dimension) ----------------------------------
    def _post(self) -> KeyColumn:
        posts = self.facts.posts
        return KeyColumn(SERIES, self.facts.series_post, len(posts), posts.__getitem__)

    def _handle(self) -> KeyColumn:
        per_post = [self._handles.get(p) for p in self.facts.posts]
        names = sorted({h for h in per_post if h is not None})
        code_of = {h: i for i, h in enumerate(names)}
        unknown = len(names)  # the unknown bucket sorts last
        post_to_handle = np.array([code_of.get(h, unknown) for h in per_post] or [0], np.int64)
        keys = [*names, None]
        return KeyColumn(SERIES, post_to_handle[self.facts.series_post], len(keys),
                         keys.__getitem__)

    def _day(self) -> KeyColumn:
        return _days(local_time.local_days(self.local()), 1)

    def _week(self) -> KeyColumn:
        days = local_time.local_days(self.local())
        if self.facts.granularity == WEEK:  # the server's own weeks keep their start
            return _days(days, 1)
        return _days(days - local_time.weekday(days), 7)  # weeks start on Monday, local time

    def _weekday(self) -> KeyColumn:
        return KeyColumn(SLOT, local_time.weekday(local_time.local_days(self.local())), 7, int)

    def _hour_of_day(self) -> KeyColumn:
        return KeyColumn(SLOT, local_time.hour_of_day(self.local()), 24, int)

    def _hour(self) -> KeyColumn:
        """Hours keep their UTC start as key: the repeated hour of a DST fall-back is two rows."""
        starts = self.facts.slot_start
        return KeyColumn(SLOT, np.arange(len(starts), dtype=np.int64), len(starts),
                         lambda code: int(starts[code]))


def _days(days: np.ndarray, step: int) -> KeyColumn:
    """Day numbers spaced by whole steps, as codes counted from the first."""
    origin = int(days.min())
    return KeyColumn(SLOT, (days - origin) // step, int(days.max() - origin) // step + 1,
                     lambda code: _EPOCH + timedelta(days=origin + code * step))
