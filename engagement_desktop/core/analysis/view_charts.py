"""The native charts of the views' sheets (view_workbook.py writes their cells).

The table charts its first number column once per grouping level, so a nested table
(@handle, then post) shows its @handles and its posts each on their own chart. A chart series
is one range, and the table interleaves a level's rows with the rows below them, so each
level's rows are copied, in the table's order, into a helper range beside the table (the
level's key and the number) that its chart reads. A chart holds at most CHART_ROWS bars and
its title says when the level has more.
"""
from __future__ import annotations

from ...i18n.glossary import heading
from .views import View

CHART_ROWS = 50  # a column chart stays readable up to about this many bars
CHART_SPAN = 16  # rows between stacked charts: a default chart (288 px) is ~15 rows
TOTAL = "Total"  # the totals row's first cell (records.py): never charted


def table_charts(workbook, sheet, view: View, top: int, titles: list[str], words: str,
                 formats: dict) -> None:
    """A column chart per grouping level of the first number column, beside the table."""
    if view.labels == 0 or len(view.header) <= view.labels:
        return  # no level to chart, or no number to chart
    column = view.labels
    levels = [(depth, rows) for depth in range(view.labels)
              if (rows := _level_rows(view, depth))]
    first_helper = len(view.header) + 1  # a blank column after the table
    charts_at = first_helper + 3 * len(levels)  # each helper: key, number, blank
    number = formats["percent"] if view.header[column] in view.fractions else None
    for place, (depth, rows) in enumerate(levels):
        left, shown = first_helper + 3 * place, rows[:CHART_ROWS]
        sheet.write_string(top, left, titles[depth], formats["bold"])
        sheet.write_string(top, left + 1, titles[column], formats["bold"])
        for r, (key, cells) in enumerate(zip(_keys(shown, depth), shown), start=top + 1):
            sheet.write_string(r, left, key)
            if cells[column] is not None:
                sheet.write_number(r, left + 1, cells[column], number)
        last = top + len(shown)
        chart = workbook.add_chart({"type": "column"})
        chart.add_series({"name": [sheet.name, top, left + 1],
                          "categories": [sheet.name, top + 1, left, last, left],
                          "values": [sheet.name, top + 1, left + 1, last, left + 1]})
        title = heading("view_chart", words).format(measure=titles[column], by=titles[depth])
        chart.set_title({"name": _capped(title, len(shown), len(rows), words)})
        chart.set_legend({"none": True})  # one series, named by the title
        sheet.insert_chart(top + CHART_SPAN * place, charts_at, chart)


def comparison_chart(workbook, sheet, view: View, top: int, titles: list[str],
                     words: str) -> None:
    """Each row's value against its baseline, for the first CHART_ROWS rows."""
    shown = min(len(view.rows), CHART_ROWS)
    chart = workbook.add_chart({"type": "column"})
    for column in (1, 2):  # value, baseline
        chart.add_series({"name": titles[column],
                          "categories": [sheet.name, top + 1, 0, top + shown, 0],
                          "values": [sheet.name, top + 1, column, top + shown, column]})
    chart.set_title({"name": _capped(heading("comparison_chart", words), shown,
                                     len(view.rows), words)})
    chart.set_legend({"position": "bottom"})
    sheet.insert_chart(top, len(view.header) + 1, chart)


def _level_rows(view: View, depth: int) -> list[list]:
    """The rows of grouping level `depth`, in the table's order: a key down to that level,
    none below it (a deeper row repeats its parents' keys); not the totals row."""
    return [cells for cells in view.rows
            if cells[0] != TOTAL and cells[depth] is not None
            and all(key is None for key in cells[depth + 1:view.labels])]


def _keys(rows: list[list], depth: int) -> list[str]:
    """Each row's own key, or its whole path ("@ana · 2026-03-02") where the own keys repeat
    under different parents, so no two bars share a label."""
    own = [str(cells[depth]) for cells in rows]
    if len(set(own)) == len(own):
        return own
    return [" · ".join(str(key) for key in cells[:depth + 1]) for cells in rows]


def _capped(title: str, shown: int, total: int, words: str) -> str:
    if shown == total:
        return title
    return heading("chart_first_rows", words).format(title=title, shown=shown, total=total)
