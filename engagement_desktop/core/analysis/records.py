"""An analysis table as flat records: what the CSV, JSON and XLSX exports and the CLI write.

One record per shown row, depth-first, with a column per grouping dimension (a deeper row
repeats its parents' keys, so every record stands alone), then the metric columns (integers)
and the rate columns (fractions). A blank cell is None here, since files have no NaN; the
totals row comes last with "Total" in its first dimension column.
"""
from __future__ import annotations

import math
from datetime import datetime

from ..rows import HOUR
from .columns import METRIC
from .local_time import UTC
from .table import AnalysisTable, TableNode


def header(table: AnalysisTable) -> list[str]:
    return [*table.dims, *(column.name for column in table.columns)]


def records(table: AnalysisTable, totals: bool = True) -> list[list]:
    """Every shown row of every level as a record, then (if asked) the totals row."""
    out = [[*_keys(table, node), *_cells(table, node)] for node in table.walk()]
    if totals:
        blank_dims = [None] * max(len(table.dims) - 1, 0)
        out.append([*(["Total"] + blank_dims if table.dims else []), *_cells(table, table.total)])
    return out


def _keys(table: AnalysisTable, node: TableNode) -> list:
    """The row's key in each dimension, down to its own level; None below it."""
    chain = []
    while node.parent is not None:
        chain.append(node)
        node = node.parent
    keys = [_key_text(table, n) for n in reversed(chain)]
    return keys + [None] * (len(table.dims) - len(keys))


def _key_text(table: AnalysisTable, node: TableNode) -> str:
    if node.dimension == HOUR:  # local time with its offset: the repeated DST hour stays apart
        zone = table.tz if table.dimensions.zone_applies else UTC
        return datetime.fromtimestamp(node.key, zone).isoformat()
    return node.label  # a post ID, "@handle", a date, "week of …", "Monday", "13:00"


def _cells(table: AnalysisTable, node: TableNode) -> list:
    cells = []
    for column, value in zip(table.columns, node.values.tolist()):
        if math.isnan(value):
            cells.append(None)
        else:
            cells.append(int(value) if column.kind == METRIC else value)
    return cells
