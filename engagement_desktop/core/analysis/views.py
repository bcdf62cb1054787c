"""The analyst views as plain tables a file writer can take (`report` and the window's exports).

Each analysis object (table, heatmap, comparison) becomes a `View`: a header, rows of
text / numbers / None (blank), the notes saying how its numbers are computed, and which
columns are fractions (shown as percentages). The writers in view_files.py know nothing
of the analysis; the numbers are the analysis's own, never recomputed here.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from .columns import RATE
from .compare import Comparison
from .heatmap import HOURS_OF_DAY, WEEKDAYS, Heatmap
from .records import header, records
from .table import AnalysisTable

TABLE, HEATMAP, COMPARISON = "table", "heatmap", "comparison"


@dataclass(frozen=True)
class View:
    kind: str  # TABLE, HEATMAP or COMPARISON: the file or sheet it goes to
    title: str
    header: list[str]
    rows: list[list]  # text, int, float or None (blank)
    notes: list[str]
    fractions: frozenset[str] = field(default_factory=frozenset)  # columns shown as %
    labels: int = 1  # how many leading columns are row labels (the rest are numbers)


def table_view(table: AnalysisTable, title: str, notes: list[str] = ()) -> View:
    names = header(table)
    rates = frozenset(c.name for c in table.columns if c.kind == RATE)
    return View(TABLE, title, names, records(table), [*table.notes(), *notes], rates, len(table.dims))


def heatmap_view(heatmap: Heatmap, title: str) -> View:
    rate = heatmap.measure.kind == RATE
    rows = [[day, *(_number(v, whole=not rate) for v in heatmap.cells[i].tolist())]
            for i, day in enumerate(WEEKDAYS)]
    fractions = frozenset(HOURS_OF_DAY) if rate else frozenset()
    return View(HEATMAP, title, ["weekday", *HOURS_OF_DAY], rows, heatmap.notes(), fractions)


def comparison_view(comparison: Comparison, title: str) -> View:
    rows = [[row.label, _number(row.value), _number(row.baseline), _number(row.change),
             _number(row.change_pct), row.flag or ""] for row in comparison.rows]
    fractions = {"change_pct"}
    if comparison.measure.kind == RATE:
        fractions |= {"value", "baseline", "change"}
    notes = [f"Measure: {comparison.measure.label}.", *comparison.notes()]
    return View(COMPARISON, title,
                [comparison.by, "value", "baseline", "change", "change_pct", "flag"], rows,
                notes, frozenset(fractions))


def _number(value: float, whole: bool = False) -> float | int | None:
    """A cell's number; None for a blank; a metric's sum as the integer it is."""
    if math.isnan(value):
        return None
    return int(value) if whole else value
