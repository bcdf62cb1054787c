"""The best-time heatmap: weekday × hour of day of a metric or a rate, in the user's zone.

Each cell sums every hourly value whose hour starts on that local weekday and hour (a metric's
cells add up to its hourly total); a rate's cell is the ratio of its metrics' cell sums. A cell
no hour of the data falls in is blank, and `hours` says how many hours each cell holds, since
a range of 10 days covers some weekdays twice and others once.

Only the measure's metrics are read, and zone conversion is done per distinct hour, not per
value: 5.7M values span at most a few thousand hours, each converted once.
"""
from __future__ import annotations

import calendar
from collections.abc import Collection
from dataclasses import dataclass
from datetime import tzinfo

import numpy as np

from ...i18n.phrases import Term, translate
from ..results import ResultSet
from ..rows import HOUR
from . import local_time
from .columns import RATE, Column, column_values, measure_column
from .facts import facts_of, finest_granularity, metrics_of

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
        measure = Term(self.measure.name, self.measure.label)
        notes = [translate("AnalysisNotes", "{measure} by weekday and hour of day, {zone} "
                                            "time.").format(measure=measure, zone=zone)]
        if self.measure.kind == RATE:
            notes.append(translate("AnalysisNotes", "{measure} = {numerator} / {denominator}, "
                                   "the ratio of the cell's sums; blank where the denominator "
                                   "is zero.").format(measure=measure,
                                                      numerator=self.measure.needs[0],
                                                      denominator=self.measure.needs[1]))
        else:
            notes.append(translate("AnalysisNotes", "Each cell is the sum of its hours; the "
                                                    "cells add up to the total."))
        return notes


def build_heatmap(result: ResultSet, measure: str, *, tz: str | tzinfo | None = None,
                  posts: Collection[str] | None = None) -> Heatmap:
    """The heatmap of `measure` (a metric or rate name) over the hourly values of `result`,
    of every post or only of `posts`. ValueError with a plain message when it cannot be made."""
    if finest_granularity(result) not in (HOUR, None):
        raise ValueError(translate("AnalysisErrors", "The best-time heatmap needs hourly "
                                   "numbers; these results have none. Run a series query with "
                                   "hourly granularity."))
    zone = local_time.zone(tz)
    column = measure_column(measure, metrics_of(result, HOUR), result.rates)
    facts = facts_of(result, HOUR, column.needs or (column.name,))
    series = None if posts is None else np.flatnonzero(
        np.isin(facts.series_post, [i for i, p in enumerate(facts.posts) if p in set(posts)]))
    slot_sums, slot_counts = facts.slot_matrix(series)
    cell = _cell_of_slot(facts.slot_start, zone)
    sums = np.zeros((_CELLS, len(facts.metrics)))
    counts = np.zeros((_CELLS, len(facts.metrics)), np.int64)
    np.add.at(sums, cell, slot_sums)
    np.add.at(counts, cell, slot_counts)
    hours = np.bincount(cell[slot_counts.sum(axis=1) > 0], minlength=_CELLS)
    cells = column_values([column], facts.metrics, sums, counts)[:, 0]
    cells[hours == 0] = np.nan
    total = column_values([column], facts.metrics, sums.sum(axis=0, keepdims=True),
                          counts.sum(axis=0, keepdims=True))[0, 0]
    return Heatmap(column, zone, cells.reshape(7, 24), hours.reshape(7, 24), float(total))


def _cell_of_slot(starts: np.ndarray, tz: tzinfo) -> np.ndarray:
    """Each hour's cell: its local weekday × 24 + its local hour of day."""
    local = local_time.local_seconds(starts, tz)
    return local_time.weekday(local_time.local_days(local)) * 24 + local_time.hour_of_day(local)
