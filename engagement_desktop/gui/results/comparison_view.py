"""The Compare tab: each post's (or @handle's) recent numbers against its baseline — the
period before, or its @handle's median post — with the change and the outliers flagged by
colour and by word.

The comparison is computed by core/analysis (`compare_periods`, `compare_to_handle_median`),
shared with the CLI and the exports; this widget picks the preset and shows the rows.
"""
from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem

from ...core.analysis import (HANDLE_MEDIAN, PRESETS, Comparison, compare_periods,
                              compare_to_handle_median, parse_preset, result_end)
from ...core.analysis.columns import choose_columns
from ...core.analysis.compare import ABOVE, BELOW
from ...core.analysis.dimensions import HANDLE, POST
from ...core.analysis.facts import metrics_of
from ...core.results import ResultSet
from ..common import locale_format
from .analysis_table_model import cell_text
from ..common.vocabulary import metric_label, said, said_error
from .bar_layout import lay_out
from .handles_view import HandlesView

FLAG_COLOURS = {ABOVE: QColor("#c8f0c8"), BELOW: QColor("#f6c8c8")}


class ComparisonView(HandlesView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._query_seen = None  # the query whose own comparison was last chosen
        self.preset = QComboBox(objectName="comparePreset")
        for name, preset in PRESETS.items():
            self.preset.addItem(said(preset.label), name)
        self.by = QComboBox(objectName="compareBy")
        self.by.addItem(self.tr("per post"), POST)
        self.by.addItem(self.tr("per @handle"), HANDLE)
        self.measure = QComboBox(objectName="compareMeasure")
        for combo in (self.preset, self.by, self.measure):
            combo.activated.connect(lambda _i: self.refresh())
        self.message = QLabel(objectName="compareMessage", wordWrap=True)
        self.export_button = QPushButton(self.tr("Export…"), objectName="compareExport")
        self.rows = QTableWidget(0, 6, objectName="compareRows")
        self.rows.setHorizontalHeaderLabels([self.tr("Post or @handle"), self.tr("Value"),
                                             self.tr("Baseline"), self.tr("Change"),
                                             self.tr("Change %"), self.tr("Outlier")])
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay_out(self, [self.tr("Compare"), self.preset, self.by, self.tr("of"), (self.measure, 1),
                       self.export_button], self.message, self.rows)

    def set_result(self, result: ResultSet | None,
                   handles: Mapping[str, str] | None = None) -> None:
        self._keep(result, handles)
        self._choose_query_preset(result)
        chosen = self.measure.currentData()
        self.measure.clear()
        for column in choose_columns(metrics_of(result) if result is not None else [],
                                     extra_rates=result.rates if result is not None else ()):
            self.measure.addItem(metric_label(column.name, result.metric_labels.get(
                column.name, column.label)), column.name)
        self.measure.setCurrentIndex(max(self.measure.findData(chosen), 0))
        self.refresh()

    def _choose_query_preset(self, result: ResultSet | None) -> None:
        """A query carrying a comparison opens on it (its baseline was fetched for it); any
        other preset stays one pick away."""
        query = result.query if result is not None else None
        if query is None or not (query.compare or "").strip():
            return
        preset = parse_preset(query.compare)
        if self.preset.findData(preset.name) < 0:  # e.g. 14:56, written in the workspace
            self.preset.addItem(said(preset.label), preset.name)
        if query is not self._query_seen:  # once per result: the user's pick is kept after
            self._query_seen = query
            self.preset.setCurrentIndex(self.preset.findData(preset.name))

    def choose(self, preset: str, by: str = POST, measure: str | None = None) -> None:
        self.preset.setCurrentIndex(max(self.preset.findData(preset), 0))
        self.by.setCurrentIndex(max(self.by.findData(by), 0))
        if measure is not None:
            self.measure.setCurrentIndex(max(self.measure.findData(measure), 0))
        self.refresh()

    def refresh(self) -> None:
        self.comparison = None
        self.rows.setRowCount(0)
        if self._result is None or self.measure.count() == 0:
            self.message.setText(self.tr("Run a query to compare its posts with their "
                                         "baseline."))
            return
        try:
            self.comparison = self._compare()
        except ValueError as error:
            self.message.setText(said_error(error))
            return
        flagged = len(self.comparison.outliers())
        self.message.setText(" ".join([*map(said, self.comparison.notes()),
                                       self.tr("{count} flagged.").format(count=flagged)]))
        self._fill()

    def _compare(self) -> Comparison:
        preset, measure = parse_preset(self.preset.currentData()), self.measure.currentData()
        if preset.name == HANDLE_MEDIAN:
            return compare_to_handle_median(self._result, measure, self._handles)
        end = result_end(self._result)
        if end is None:
            raise ValueError(self.tr("Comparing periods needs hourly or daily numbers; run a "
                                     "series query over both periods."))
        recent, baseline = preset.periods(end)
        return compare_periods(self._result, measure, recent, baseline,
                               by=self.by.currentData(), handles=self._handles)

    def _fill(self) -> None:
        words = {ABOVE: self.tr("above baseline"), BELOW: self.tr("below baseline")}
        column = self.comparison.measure
        self.rows.setRowCount(len(self.comparison.rows))
        for r, row in enumerate(self.comparison.rows):
            pct = "" if math.isnan(row.change_pct) else \
                locale_format.percent(row.change_pct * 100, 1)
            texts = [said(row.label), cell_text(column, row.value), cell_text(column, row.baseline),
                     cell_text(column, row.change), pct, words.get(row.flag, "")]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if row.flag:
                    item.setBackground(QBrush(FLAG_COLOURS[row.flag]))
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
