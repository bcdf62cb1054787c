"""The best-time heatmap: weekday × hour of day of a metric or a rate, in the user's zone.

Each cell sums every hourly value whose hour starts on that local weekday and hour (a metric's
cells add up to its hourly total); a rate's cell is the ratio of its metrics' cell sums. A cell
no hour of the data falls in is blank, and `hours` says how many hours each cell holds, since
a range of 10 days covers some weekdays twice and others once.

Zone conversion is done per distinct hour, not per value: 5.7M values span at most a few
thousand hours, each converted once and then looked up.
"""
from __future__ import annotations

import calendar
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import tzinfo

import numpy as np

from ..results import ResultSet
from ..rows import HOUR
from . import local_time
from .columns import RATE, Column, choose_columns, column_values, grouped_sums
from .facts import facts_of, finest_granularity
from .rates import RateSpec

WEEKDAYS = tuple(calendar.day_name)  # Monday first, as the rows
HOURS_OF_DAY = tuple(f"{h:02d}:00" for h in range(24))  # the columns
_CELLS = 7 * 24


@dataclass(frozen=True)
class Heatmap:
    measure: Column  # the metric or rate shown
    tz: tzinfo
    cells: np.ndarray  # 7 × 24 float64, [weekday (Monday 0), hour of day]; NaN is blank
    hours: np.ndarray  # 7 × 24 int64: the distinct hours of data in each cell
    total: float  # the metric's hourly total, or the rate over every hour

    def notes(self) -> list[str]:
        zone = getattr(self.tz, "key", None) or str(self.tz)
        notes = [f"{self.measure.label} by weekday and hour of day, {zone} time."]
        if self.measure.kind == RATE:
            notes.append(f"{self.measure.label} = {self.measure.needs[0]} / "
                         f"{self.measure.needs[1]}, the ratio of the cell's sums; blank where "
                         "the denominator is zero.")
        else:
            notes.append("Each cell is the sum of its hours; the cells add up to the total.")
        return notes


def build_heatmap(result: ResultSet, measure: str, *, tz: str | tzinfo | None = None,
                  extra_rates: Iterable[RateSpec] = (),
                  posts: Collection[str] | None = None) -> Heatmap:
    """The heatmap of `measure` (a metric or rate name) over the hourly values of `result`,
    of every post or only of `posts`. ValueError with a plain message when it cannot be made."""
    if finest_granularity(result) not in (HOUR, None):
        raise ValueError("The best-time heatmap needs hourly numbers; these results have none. "
                         "Run a series query with hourly granularity.")
    zone = local_time.zone(tz)
    facts = facts_of(result, HOUR)
    column = _measure(measure, facts.metrics, extra_rates)
    keep = _selected(facts.post, facts.posts, posts)
    metric, value, bucket = facts.metric[keep], facts.value[keep], facts.bucket[keep]
    cell, hours = _cells(bucket, zone)
    sums, counts = grouped_sums(cell, _CELLS, metric, value, len(facts.metrics))
    cells = column_values([column], facts.metrics, sums, counts)[:, 0]
    cells[hours == 0] = np.nan
    total_sums, total_counts = sums.sum(axis=0, keepdims=True), counts.sum(axis=0, keepdims=True)
    total = column_values([column], facts.metrics, total_sums, total_counts)[0, 0]
    return Heatmap(column, zone, cells.reshape(7, 24), hours.reshape(7, 24), float(total))


def _measure(name: str, metrics: list[str], extra_rates: Iterable[RateSpec]) -> Column:
    if name in metrics:
        return choose_columns([name], rates=False)[0]
    known = choose_columns(metrics, True, extra_rates)
    for column in known:
        if column.name == name:
            return column
    raise ValueError(f"'{name}' is neither a metric of these results nor a rate they allow; "
                     f"choose from {', '.join(c.name for c in known)}.")


def _selected(post: np.ndarray, names: list[str | None], wanted: Collection[str] | None):
    if wanted is None:
        return slice(None)
    wanted = set(wanted)
    return np.array([p in wanted for p in names] or [False], bool)[post]


def _cells(bucket: np.ndarray, tz: tzinfo) -> tuple[np.ndarray, np.ndarray]:
    """Each value's cell (weekday × 24 + hour of day), and the distinct hours in each cell."""
    if len(bucket) == 0:
        return bucket.astype(np.int64), np.zeros(_CELLS, np.int64)
    origin = int(bucket.min()) // 3600 * 3600
    slot = (bucket - origin) // 3600  # hourly buckets start on the hour
    starts = origin + np.arange(int(slot.max()) + 1, dtype=np.int64) * 3600
    local = local_time.local_seconds(starts, tz)
    cell_of_slot = local_time.weekday(local_time.local_days(local)) * 24 \
        + local_time.hour_of_day(local)
    observed = np.bincount(slot, minlength=len(starts)) > 0
    hours = np.bincount(cell_of_slot[observed], minlength=_CELLS)
    return cell_of_slot[slot], hours
