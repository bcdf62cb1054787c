"""The Table tab's column widths from font metrics, not by measuring every painted cell.

`QTreeView.resizeColumnToContents` asks the delegate for the size of every visible cell (a
dozen roles and a text layout each): that was most of the Table tab's first fill while a run
streams in. Here a column is as wide as its header's size hint or its widest text, found
without formatting every cell: a number column's widest texts are the totals row's (bold) and
the first level's largest magnitude among SAMPLE rows (a metric's total holds every row, a
rate's widest value is its largest); the label column's are the first level's labels (a
sample) plus the indentation of the levels a user may open below them.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTreeView

SAMPLE = 200  # first-level rows a width is fitted to


def fitted_widths(view: QTreeView) -> list[int]:
    """Each column's width for what `view`'s AnalysisTableModel shows at its first level."""
    model = view.model()
    if model.table is None:
        return []
    plain = QFontMetrics(view.font())
    bold_font = QFont(view.font())
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    # The delegate's text margin on each side (QCommonStyle: the focus frame's margin + 1).
    pad = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    total = model.total_index()
    rows = [model.index(row, 0) for row in range(min(total.row(), SAMPLE))]
    labels = max((plain.horizontalAdvance(index.data()) for index in rows), default=0)
    levels = len(model.table.dims)  # the branch mark, then one indentation per level below
    widths = [max(labels, bold.horizontalAdvance(total.data())) + pad
              + view.indentation() * max(levels, 1)]
    values = np.abs(np.array([model.node(index).values for index in rows]))
    for column in range(1, model.columnCount()):
        texts = [(bold, total.siblingAtColumn(column).data())]
        if rows and not np.isnan(values[:, column - 1]).all():
            widest = rows[int(np.nanargmax(values[:, column - 1]))]
            texts.append((plain, widest.siblingAtColumn(column).data()))
        widths.append(max(metrics.horizontalAdvance(text) for metrics, text in texts) + pad)
    header = view.header()
    return [max(width, header.sectionSizeHint(column)) for column, width in enumerate(widths)]
