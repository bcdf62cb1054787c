"""The .xlsx of analyst views (`report`, the window): a sheet per view, its notes above its
header.

Every text cell goes in with `write_string` (a label such as "@name" or "=x" stays text),
numbers with `write_number`, blanks stay empty. The heatmap's cells carry a three-colour scale;
the table and the comparison get native charts (view_charts.py).
"""
from __future__ import annotations

from pathlib import Path

from ...i18n.glossary import SOURCE_LANGUAGE, heading
from ...storage.atomic import atomic_path
from .view_charts import comparison_chart, table_charts
from .view_files import headings
from .views import COMPARISON, HEATMAP, TABLE, View


def write_workbook(views: list[View], target: Path, language: str | None = None) -> None:
    """The sheets, their headers and charts' titles in `language` (None: the columns' names
    under English sheet names)."""
    import xlsxwriter

    with atomic_path(target) as temp:
        workbook = xlsxwriter.Workbook(str(temp), {"strings_to_formulas": False,
                                                   "strings_to_urls": False})
        formats = {"bold": workbook.add_format({"bold": True}),
                   "note": workbook.add_format({"italic": True, "font_color": "#555555"}),
                   "percent": workbook.add_format({"num_format": "0.00%"})}
        for view in views:
            _write_sheet(workbook, view, formats, language)
        workbook.close()


def _write_sheet(workbook, view: View, formats: dict, language: str | None) -> None:
    words = language or SOURCE_LANGUAGE
    sheet = workbook.add_worksheet(heading(view.kind, words))
    titles = headings(view, language)
    for row, note in enumerate(view.notes):
        sheet.write_string(row, 0, note, formats["note"])
    top = len(view.notes) + 1  # a blank line between the notes and the header
    for col, name in enumerate(titles):
        sheet.write_string(top, col, name, formats["bold"])
    percent = [name in view.fractions for name in view.header]
    for r, cells in enumerate(view.rows, start=top + 1):
        for c, cell in enumerate(cells):
            if isinstance(cell, str):
                sheet.write_string(r, c, cell)
            elif cell is not None:
                sheet.write_number(r, c, cell, formats["percent"] if percent[c] else None)
    sheet.set_column(0, max(view.labels - 1, 0), 18)
    sheet.freeze_panes(top + 1, view.labels)
    last = top + len(view.rows)
    if view.kind == HEATMAP and view.rows:
        sheet.conditional_format(top + 1, 1, last, len(view.header) - 1,
                                 {"type": "3_color_scale"})
    elif view.kind == TABLE:
        table_charts(workbook, sheet, view, top, titles, words, formats)
    elif view.kind == COMPARISON and view.rows:
        comparison_chart(workbook, sheet, view, top, titles, words)
