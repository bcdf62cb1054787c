"""Excel export with XlsxWriter in constant-memory mode (rows go straight to disk, so a run of
millions of values needs little memory; the price is that each sheet is written top to bottom).

Sheets: "Data" (one line per post × metric × bucket; continued on "Data 2", ... past Excel's
1,048,576 lines), "Totals" (post × metric, with a column chart) when the result has totals,
"Hourly" / "Daily" / "Weekly" (bucket × metric summed over posts, with a line chart) for each
series granularity present, "Problems", and "Query" (the query and its provenance).

Option `language="es"` names the sheets, headers, chart titles and metrics in the glossary's
Spanish ("Datos", "Por hora", "Me gusta"); English is the default. Values (post IDs, dates,
numbers, problem kinds and messages, the query) are written as they are in either language.

Every text goes in with `write_string`, never `write`: a name beginning with `=`, `+`, `-` or
`@` (a workspace, query, grouping or account name, a server's message) stays text and never
becomes a live formula. XlsxWriter is imported when an export runs, not when plugins are listed.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from engagement_desktop.plugins.api import (DAY, HOUR, LANGUAGE, TOTAL, WEEK, Progress,
                                            heading)

from .export_io import BuiltinExporter, reporting
from .pivots import Table, series_tables, totals_table
from .result_facts import problem_facts, provenance_facts, query_facts

if TYPE_CHECKING:  # numpy comes with it: loaded when a result is exported, not with the plugin
    from engagement_desktop.plugins.api import ResultSet

EXCEL_ROWS = 1_048_576
EPOCH_DAYS = 25569  # Excel's serial day number of 1970-01-01
DATE_FORMAT = "yyyy-mm-dd hh:mm"
CHART_POSTS = 50  # a column chart stays readable up to about this many posts
# The glossary's heading keys of the pivot sheets, the data sheet's and the problems' columns.
SHEET_TITLES = {TOTAL: "totals", HOUR: "hourly", DAY: "daily", WEEK: "weekly"}
DATA_HEADER = ("post_id", "metric", "granularity", "bucket_start", "value")
PROBLEMS_HEADER = ("post_id", "kind", "message", "metrics")


class XlsxExporter(BuiltinExporter):
    def write(self, result: ResultSet, path: Path, progress: Progress | None,
              language: str = "en") -> None:
        # Not closed on error: nothing reaches the file before close(), and the temporary
        # row files of constant-memory mode go away with the workbook object.
        import xlsxwriter

        workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
        _Book(workbook, result, language).write(progress)
        workbook.close()


class _Book:
    def __init__(self, workbook, result: ResultSet, language: str):
        self.workbook, self.result, self.language = workbook, result, language
        self.bold = workbook.add_format({"bold": True})
        self.date = workbook.add_format({"num_format": DATE_FORMAT})

    def write(self, progress: Progress | None) -> None:
        result = self.result
        totals, series = totals_table(result), series_tables(result)
        # Sheets appear in the order they are added; constant memory lets us fill them in any order.
        data_sheet_count = max(1, -(-len(result) // (EXCEL_ROWS - 1)))
        data_sheets = [self._sheet(self._word("data") if i == 0 else
                                   self._word("data_more").format(number=i + 1),
                                   self._words(DATA_HEADER), (20, 22, 12, 18, 12))
                       for i in range(data_sheet_count)]
        pivot_sheets = [(table, self._pivot_sheet(table))
                        for table in ([totals] if totals else []) + series]
        problems = self._sheet(self._word("problems"), self._words(PROBLEMS_HEADER),
                               (20, 28, 80, 30))
        query = self._sheet(self._word("query"), (), (18, 60))
        self._write_data(data_sheets, reporting(result.rows(), len(result), progress))
        for table, sheet in pivot_sheets:
            self._write_pivot(sheet, table)
        self._write_problems(problems)
        self._write_query(query)

    def _word(self, key: str) -> str:
        return heading(key, self.language)

    def _words(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(map(self._word, keys))

    def _sheet(self, name: str, header, widths):
        sheet = self.workbook.add_worksheet(name)
        for column, width in enumerate(widths):
            sheet.set_column(column, column, width)
        if header:
            sheet.freeze_panes(1, 0)
        for column, text in enumerate(header):
            sheet.write_string(0, column, text, self.bold)
        return sheet

    def _write_data(self, sheets, rows) -> None:
        display = {m: self.result.label(m, self.language) for m in self.result.metrics()}
        all_posts = self._word("all_posts")
        date, last = self.date, EXCEL_ROWS - 1
        sheet_index, line = 0, 0
        sheet = sheets[0]
        write_string, write_number = sheet.write_string, sheet.write_number
        for post_id, metric, bucket, granularity, value in rows:
            line += 1
            if line > last:
                sheet.autofilter(0, 0, last, 4)
                sheet_index, line = sheet_index + 1, 1
                sheet = sheets[sheet_index]
                write_string, write_number = sheet.write_string, sheet.write_number
            write_string(line, 0, post_id if post_id is not None else all_posts)
            write_string(line, 1, display[metric])
            write_string(line, 2, granularity)
            if bucket is not None:
                write_number(line, 3, bucket / 86400 + EPOCH_DAYS, date)
            write_number(line, 4, value)
        sheet.autofilter(0, 0, line, 4)
        for each in sheets:
            each.ignore_errors({"number_stored_as_text": f"A1:A{EXCEL_ROWS}"})

    def _pivot_sheet(self, table: Table):
        first = self._word("post_id" if table.granularity == TOTAL else "bucket_start")
        header = (first, *(self.result.label(m, self.language) for m in table.metrics))
        title = SHEET_TITLES.get(table.granularity)
        name = self._word(title) if title else table.granularity.title()
        return self._sheet(name, header, (20, *(14,) * len(table.metrics)))

    def _write_pivot(self, sheet, table: Table) -> None:
        is_totals = table.granularity == TOTAL
        for line, (key, values) in enumerate(table.lines, 1):
            if is_totals:
                sheet.write_string(line, 0, key if key is not None else self._word("all_posts"))
            else:
                sheet.write_number(line, 0, key / 86400 + EPOCH_DAYS, self.date)
            for column, value in enumerate(values, 1):
                if value is not None:
                    sheet.write_number(line, column, value)
        sheet.insert_chart(1, len(table.metrics) + 2, self._chart(sheet.name, table))

    def _chart(self, sheet_name: str, table: Table):
        is_totals = table.granularity == TOTAL
        chart = self.workbook.add_chart({"type": "column" if is_totals else "line"})
        last = min(len(table.lines), CHART_POSTS) if is_totals else len(table.lines)
        for column, metric in enumerate(table.metrics, 1):
            chart.add_series({"name": [sheet_name, 0, column],
                              "categories": [sheet_name, 1, 0, last, 0],
                              "values": [sheet_name, 1, column, last, column]})
        if is_totals:
            title = "totals_chart" if len(table.lines) <= CHART_POSTS else "totals_chart_first"
            chart.set_title({"name": self._word(title).format(count=CHART_POSTS)})
            chart.set_x_axis({"name": self._word("post_id")})
        else:
            chart.set_title({"name": self._word("series_chart").format(sheet=sheet_name)})
            chart.set_x_axis({"name": "UTC", "date_axis": True, "num_format": DATE_FORMAT})
        chart.set_size({"width": 720, "height": 400})
        return chart

    def _write_problems(self, sheet) -> None:
        for line, problem in enumerate(self.result.problems, 1):
            facts = problem_facts(problem)
            sheet.write_string(line, 0, facts["post_id"] or self._word("whole_request"))
            sheet.write_string(line, 1, facts["kind"])
            sheet.write_string(line, 2, facts["message"])
            sheet.write_string(line, 3, ", ".join(facts["metrics"]) or self._word("all_metrics"))

    def _write_query(self, sheet) -> None:
        line = -2
        for section, facts in (("query", query_facts(self.result) or {}),
                               ("provenance", provenance_facts(self.result))):
            line += 2
            sheet.write_string(line, 0, self._word(section), self.bold)
            for field, value in facts.items():
                # Lists go one item a line: 10,000 IDs would not fit in one cell; nor would
                # the provenance's owners (post → @handle), which go one post a line.
                items = value if isinstance(value, list) else [value]
                if section == "provenance" and isinstance(value, dict):
                    items = [f"{key}: {item}" for key, item in value.items()]
                for index, item in enumerate(items or [""]):
                    line += 1
                    if index == 0:
                        sheet.write_string(line, 0, field)
                    cell = _cell_value(item)
                    if isinstance(cell, str):
                        sheet.write_string(line, 1, cell)
                    else:
                        sheet.write_number(line, 1, cell)


def _cell_value(value) -> str | int | float:
    """A number stays a number (a finite one: Excel has no NaN); everything else is text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return value
    return _cell_text(value)


def _cell_text(value) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell_text(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_cell_text(v) for v in value)
    return "" if value is None else str(value)


exporter = XlsxExporter("xlsx", "Excel workbook (data, pivots, charts)", (".xlsx",),
                        options=(LANGUAGE,))
