"""The Best time tab: weekday × hour of day of a chosen metric or rate, from hourly numbers, in
the time zone the user picks; a colour bar, and the cell under the pointer written out.

The cells come from `build_heatmap` (core/analysis, shared with the CLI and the exports); this
widget only draws them. pyqtgraph is imported with the tab (it costs ~0.3 s at start).
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from ...core.analysis import Heatmap, build_heatmap
from ...core.analysis.columns import RATE, choose_columns
from ...core.analysis.facts import metrics_of
from ...core.analysis.heatmap import HOURS_OF_DAY
from ...core.results import ResultSet
from ...core.rows import HOUR
from .analysis_table_model import cell_text
from ..common.locale_format import weekday_names
from ..common.vocabulary import metric_label, said, said_error
from .analysis_zone_picker import ZonePicker
from .bar_layout import lay_out


class HeatmapView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._result: ResultSet | None = None
        self.heatmap: Heatmap | None = None
        self.measure = QComboBox(objectName="heatmapMeasure")
        self.measure.activated.connect(lambda _i: self.refresh())
        self.zone = ZonePicker(object_name="heatmapZone")
        self.zone.zone_changed.connect(lambda _z: self.refresh())
        self.message = QLabel(objectName="heatmapMessage", wordWrap=True)
        self.hover = QLabel(objectName="heatmapHover")
        self.export_button = QPushButton(self.tr("Export…"), objectName="heatmapExport")
        self.plot = pg.PlotWidget(background="w")
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.invertY(True)  # Monday on top, as a calendar reads
        item.getAxis("left").setTicks([list(enumerate(weekday_names()))])
        # Wide enough for every weekday from the first paint (an export may come before the
        # axis would have widened itself).
        longest = max(QFontMetrics(self.font()).horizontalAdvance(d) for d in weekday_names())
        item.getAxis("left").setWidth(longest + 16)
        item.getAxis("bottom").setTicks([[(h, HOURS_OF_DAY[h]) for h in range(0, 24, 3)],
                                        list(enumerate(HOURS_OF_DAY))])
        for axis in ("left", "bottom"):
            item.getAxis(axis).setTextPen("k")
        self.image = pg.ImageItem(axisOrder="row-major")
        item.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"),
                                          interactive=False, width=18)
        self.colour_bar.setImageItem(self.image, insert_in=item)
        self.plot.scene().sigMouseMoved.connect(self._pointer_moved)
        lay_out(self, [self.tr("Show"), (self.measure, 1), self.tr("Time zone"), self.zone,
                       self.export_button],
                self.message, self.plot, self.hover)

    def set_result(self, result: ResultSet | None) -> None:
        self._result = result
        chosen = self.measure.currentData()
        self.measure.clear()
        metrics = metrics_of(result, HOUR) if result is not None else []
        for column in choose_columns(metrics, extra_rates=result.rates if result else ()):
            self.measure.addItem(metric_label(column.name, result.metric_labels.get(
                column.name, column.label)), column.name)
        self.measure.setCurrentIndex(max(self.measure.findData(chosen), 0))
        self.refresh()

    def set_measure(self, name: str) -> None:
        self.measure.setCurrentIndex(max(self.measure.findData(name), 0))
        self.refresh()

    def refresh(self) -> None:
        self.heatmap = None
        self.image.clear()
        self.hover.clear()
        if self._result is None or self.measure.count() == 0:
            self.message.setText(self.tr("The best-time heatmap needs hourly numbers: run a "
                                         "series query with hourly granularity."))
            return
        try:
            self.heatmap = build_heatmap(self._result, self.measure.currentData(),
                                         tz=self.zone.zone())
        except ValueError as error:
            self.message.setText(said_error(error))
            return
        self.message.setText(" ".join(map(said, self.heatmap.notes())))
        rate = self.heatmap.measure.kind == RATE
        cells = self.heatmap.cells * (100 if rate else 1)  # a rate's colour bar reads percent
        self.colour_bar.axis.setLabel("%" if rate else self.measure.currentText())
        shown = np.nan_to_num(cells, nan=np.nanmin(cells) if np.isfinite(cells).any() else 0)
        self.image.setImage(shown, autoLevels=False)
        self.image.setRect(-0.5, -0.5, 24, 7)
        low, high = (float(np.nanmin(cells)), float(np.nanmax(cells))) \
            if np.isfinite(cells).any() else (0.0, 1.0)
        self.colour_bar.setLevels((low, high if high > low else low + 1))

    def cell_text(self, weekday: int, hour: int) -> str:
        """What hovering a cell says: the weekday, the hour, the value and the hours counted."""
        value = float(self.heatmap.cells[weekday, hour])
        shown = cell_text(self.heatmap.measure, value) if not math.isnan(value) \
            else self.tr("no data")
        return self.tr("{weekday} {hour}: {measure} {value} ({hours} hours of data)").format(
            weekday=weekday_names()[weekday], hour=HOURS_OF_DAY[hour],
            measure=metric_label(self.heatmap.measure.name, self.heatmap.measure.label),
            value=shown,
            hours=int(self.heatmap.hours[weekday, hour]))

    def _pointer_moved(self, position) -> None:
        if self.heatmap is None:
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        hour, weekday = round(point.x()), round(point.y())
        if 0 <= hour < 24 and 0 <= weekday < 7:
            self.hover.setText(self.cell_text(weekday, hour))

