"""A group's sums per metric, from the facts' two small tables rather than from every value.

A selection of values is a set of series (posts, @handles) and a set of time slots (hours,
days), since every dimension is an attribute of one or the other. Grouping it by a series
dimension adds up per-series totals; by a time dimension, rows of the slots × metrics matrix.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from .dimensions import SERIES, KeyColumn
from .facts import Facts


class Selection(NamedTuple):
    series: np.ndarray | None = None  # series indices; None: every series
    slots: np.ndarray | None = None  # a mask over the time slots; None: every slot

    def narrowed(self, facts: Facts, column: KeyColumn, code: int) -> Selection:
        """The values of this selection whose key in `column` is `code`."""
        if column.of == SERIES:
            series = np.arange(len(facts.series_post)) if self.series is None else self.series
            return Selection(series[column.codes[series] == code], self.slots)
        slots = column.codes == code
        return Selection(self.series, slots if self.slots is None else slots & self.slots)


def grouped(facts: Facts, selection: Selection, column: KeyColumn
            ) -> tuple[np.ndarray, np.ndarray]:
    """Per code of `column` and metric: the sum and the count of the selected values
    (two arrays of shape codes × metrics)."""
    metrics = len(facts.metrics)
    if column.of == SERIES:
        sums, counts = facts.series_totals(selection.series, selection.slots)
        cells = column.codes * metrics + facts.series_metric
        length = column.size * metrics
        return (np.bincount(cells, sums, length).reshape(column.size, metrics),
                np.bincount(cells, counts, length).astype(np.int64)
                .reshape(column.size, metrics))
    sums, counts = facts.slot_matrix(selection.series)
    codes = column.codes
    if selection.slots is not None:
        sums, counts, codes = (sums[selection.slots], counts[selection.slots],
                               codes[selection.slots])
    out_sums = np.zeros((column.size, metrics))
    out_counts = np.zeros((column.size, metrics), np.int64)
    np.add.at(out_sums, codes, sums)
    np.add.at(out_counts, codes, counts)
    return out_sums, out_counts


def totals(facts: Facts) -> tuple[np.ndarray, np.ndarray]:
    """Every value's sum and count per metric, as one group (shape 1 × metrics)."""
    sums, counts = facts.series_totals()
    metrics = len(facts.metrics)
    return (np.bincount(facts.series_metric, sums, metrics).reshape(1, metrics),
            np.bincount(facts.series_metric, counts, metrics).astype(np.int64)
            .reshape(1, metrics))
