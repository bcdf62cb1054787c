"""Enterprise groupings: validation of `groupings`, and the nesting of counts they ask for.

`engagement.hour` makes two key levels, day then hour, even when `engagement.day` is not
listed; the day level sits where the first of the two appears (sandbox rule, matching SPEC.md).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

POST, METRIC, DAY, HOUR = "tweet.id", "engagement.type", "engagement.day", "engagement.hour"
WINDOW = "window"  # a Table's counts for its whole window (totals, or no time grouping)
VALUES = (POST, METRIC, DAY, HOUR)
FOUR = ((POST, METRIC, DAY, HOUR), (METRIC, POST, DAY, HOUR))
MAX_GROUPINGS = 3


class GroupingError(ValueError):
    pass


def validate(groupings: object, series: bool) -> list[tuple[str, tuple[str, ...]]]:
    """[(name, group_by)] or GroupingError saying what to fix."""
    if not isinstance(groupings, dict) or not groupings:
        raise GroupingError("'groupings' must be an object with 1 to 3 named groupings")
    if len(groupings) > MAX_GROUPINGS:
        raise GroupingError(f"Too many groupings: {len(groupings)} (at most {MAX_GROUPINGS})")
    out = []
    for name, spec in groupings.items():
        group_by = spec.get("group_by") if isinstance(spec, dict) else None
        if not isinstance(group_by, list) or not group_by or not all(
                isinstance(v, str) for v in group_by):
            raise GroupingError(f"Grouping '{name}' needs a 'group_by' list of values")
        values = tuple(v.strip().lower() for v in group_by)
        for value in values:
            if value not in VALUES:
                raise GroupingError(f"Grouping '{name}': '{value}' is not a group_by value; "
                                    "use " + ", ".join(VALUES if series else VALUES[:2]))
            if not series and value in (DAY, HOUR):
                raise GroupingError(f"Grouping '{name}': '{value}' is only supported by the "
                                    "28hr and historical endpoints")
        if len(set(values)) != len(values):
            raise GroupingError(f"Grouping '{name}' repeats a group_by value")
        if len(values) == 4 and values not in FOUR:
            raise GroupingError(f"Grouping '{name}': 4 group_by values must be ordered "
                                "[tweet.id, engagement.type, engagement.day, engagement.hour] or "
                                "[engagement.type, tweet.id, engagement.day, engagement.hour]")
        out.append((str(name), values))
    if sum(len(v) == 4 for _, v in out) > 1:
        raise GroupingError("At most one grouping per request may have 4 group_by values")
    return out


def levels(group_by: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for value in group_by:
        if value in (DAY, HOUR) and DAY not in out:
            out.append(DAY)
        if value != DAY:
            out.append(value)
    return tuple(out)


@dataclass(frozen=True)
class Table:
    """Counts by post × metric × bucket, and which cells exist. The buckets are `per` the
    finest time level a request's groupings ask for: HOUR, DAY or the WINDOW (one bucket)."""
    posts: list[str]
    metrics: list[str]
    values: np.ndarray  # int64 (P, M, buckets)
    present: np.ndarray  # bool (P, M)
    days: tuple[str, ...]  # the window's UTC days, "YYYY-MM-DD"
    day_starts: tuple[int, ...]  # the index of each day's first hour
    hours: tuple[str, ...]  # per hour: "00".."23"
    per: str


def nest(table: Table, group_by: tuple[str, ...]) -> dict | str:
    return _Nester(table, levels(group_by)).build(0, None, None, None, None)


class _Nester:
    def __init__(self, table: Table, lv: tuple[str, ...]):
        values, present = table.values, table.present
        self.posts, self.metrics = table.posts, table.metrics
        if POST not in lv:  # summed over posts
            values, present = values.sum(0, keepdims=True), present.any(0, keepdims=True)
            self.posts = [""]
        if METRIC not in lv:  # summed over metrics
            values, present = values.sum(1, keepdims=True), present.any(1, keepdims=True)
            self.metrics = [""]
        starts = list(table.day_starts)
        self.day_keys = table.days
        self.day_spans = list(zip(starts, starts[1:] + [len(table.hours)]))
        self.hour_keys = table.hours
        if DAY not in lv:
            values = values.sum(2, keepdims=True)
        elif HOUR not in lv and table.per == HOUR:  # another grouping of the request has hours
            values = np.add.reduceat(values, starts, axis=2)
        # Every count as the text it is sent as, each converted once (each is sent once).
        self.text = [[list(map(str, series)) for series in post] for post in values.tolist()]
        self.present = present.tolist()
        self.lv = lv
        self.fixed_post = POST not in lv
        self.fixed_metric = METRIC not in lv

    def _exists(self, p, m) -> bool:
        if p is None:
            return any(row[m] for row in self.present)
        if m is None:
            return any(self.present[p])
        return self.present[p][m]

    def build(self, i: int, p, m, d, t):
        p = 0 if self.fixed_post else p
        m = 0 if self.fixed_metric else m
        if i == len(self.lv):
            return self.text[p][m][t if t is not None else 0]
        level = self.lv[i]
        if level == POST:
            return {key: self.build(i + 1, j, m, d, t) for j, key in enumerate(self.posts)
                    if self._exists(j, m)}
        if level == METRIC:
            return {key: self.build(i + 1, p, j, d, t) for j, key in enumerate(self.metrics)
                    if self._exists(p, j)}
        # The bulk, a series' days or a day's hours under one post and metric: one slice.
        series = i + 1 == len(self.lv) and p is not None and m is not None
        if level == DAY:
            if series:  # days without hours: the counts were summed per day above
                return dict(zip(self.day_keys, self.text[p][m]))
            hourly = HOUR in self.lv
            return {key: self.build(i + 1, p, m, j, None if hourly else j)
                    for j, key in enumerate(self.day_keys)}
        start, stop = self.day_spans[d]
        if series:
            return dict(zip(self.hour_keys[start:stop], self.text[p][m][start:stop]))
        return {self.hour_keys[h]: self.build(i + 1, p, m, d, h) for h in range(start, stop)}
