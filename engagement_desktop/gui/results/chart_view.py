"""Charts of a result: a time series per ticked post × metric, or bars for totals.

During a run `set_result` is called for every batch of rows, but drawing happens on a 100 ms
timer and only when something changed, so the chart follows the run at most 10 times a second
whatever the row rate. Curves keep their PlotDataItem between draws (setData, not re-adding),
with pyqtgraph's peak downsampling and clip-to-view, so 8,760-hour series stay cheap.
"""
from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timezone

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QStackedWidget,
                               QVBoxLayout, QWidget)

from ...core.results import ResultSet
from ...core.rows import DAY, HOUR, WEEK
from ...core.series_rows import NO_BUCKET
from .chart_bars import LEGEND_SIZE, PALETTE, BarChart, post_title, series_label
from .time_axis import TimeAxis, counted_in_hours
from ..common.checklist import checked, new_checklist, sync_checklist, tick_only
from ..common.locale_format import number
from ..common.vocabulary import metric_label

pg.setConfigOptions(antialias=False)  # thousands of points per curve: speed over smoothness

REDRAW_MS = 100  # at most 10 redraws a second
MAX_CURVES = 24
DEFAULT_POSTS, DEFAULT_METRICS = 5, 1
BARS = "bars"
EXPORT_LEGEND_SIZE = "14pt"  # 10pt is small in a picture on a page
_VIEW_TITLES = {HOUR: QT_TRANSLATE_NOOP("ChartView", "Hourly"),
                DAY: QT_TRANSLATE_NOOP("ChartView", "Daily"),
                WEEK: QT_TRANSLATE_NOOP("ChartView", "Weekly")}
_NO_SERIES = (np.empty(0, np.int64), np.empty(0, np.int64))


class ChartView(QWidget):
    def __init__(self, parent=None, redraw_timer: QTimer | None = None):
        """`redraw_timer` paces the redraws (a QTimer of REDRAW_MS by default); tests pass one
        they fire themselves."""
        super().__init__(parent)
        self._result: ResultSet | None = None
        self._dirty = False
        self._curves: dict[tuple, pg.PlotDataItem] = {}
        self._data: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}

        self.view_picker = QComboBox(objectName="chartGranularity")
        self.view_picker.activated.connect(lambda _i: self.refresh())
        self.log_scale = QCheckBox(self.tr("Log scale"), objectName="chartLogScale")
        self.log_scale.setToolTip(
            self.tr("A logarithmic value axis, for posts of very different sizes."))
        self.log_scale.toggled.connect(self._log_toggled)
        self.posts = new_checklist("chartPosts")
        self.metrics = new_checklist("chartMetrics")
        for checklist in (self.posts, self.metrics):
            checklist.itemChanged.connect(lambda _item: self.refresh())
        self.note = QLabel(objectName="chartNote", wordWrap=True)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Show")))
        side.addWidget(self.view_picker)
        side.addWidget(self.log_scale)
        side.addWidget(QLabel(self.tr("Posts")))
        side.addWidget(self.posts, 2)
        side.addWidget(QLabel(self.tr("Metrics")))
        side.addWidget(self.metrics, 1)
        side.addWidget(self.note)

        self.time_plot = self._time_plot()
        self.bar_chart = BarChart()
        _dark_axes(self.bar_chart.plot.getPlotItem())
        self.stack = QStackedWidget()
        self.stack.addWidget(self.time_plot)
        self.stack.addWidget(self.bar_chart.plot)
        self.readout = QLabel(" ", objectName="chartReadout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plots = QVBoxLayout()
        plots.addWidget(self.stack, 1)
        plots.addWidget(self.readout)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 0)
        layout.addLayout(plots, 1)
        side_width = 220
        for widget in (self.posts, self.metrics, self.view_picker, self.note):
            widget.setFixedWidth(side_width)

        self._timer = redraw_timer or QTimer(self, interval=REDRAW_MS)
        self._timer.timeout.connect(self._redraw_if_dirty)
        self._timer.start()

    def _time_plot(self) -> pg.PlotWidget:
        """The curves over time: downsampled and clipped to view, a legend, a hover cursor."""
        plot = pg.PlotWidget(background="w", axisItems={"bottom": TimeAxis()})
        item = plot.getPlotItem()
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setLabel("bottom", self.tr("Time (UTC)"))
        item.setLabel("left", self.tr("Count"))
        _dark_axes(item)
        item.addLegend(offset=(10, 10), labelTextColor="k", labelTextSize=LEGEND_SIZE,
                       brush=pg.mkBrush(255, 255, 255, 200))
        self._cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888", width=1))
        self._cursor.setVisible(False)
        item.addItem(self._cursor, ignoreBounds=True)
        self._hover_proxy = pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=30,
                                           slot=self._hover)
        return plot

    # -- what the panel calls ---------------------------------------------------------------
    def set_result(self, result: ResultSet | None) -> None:
        """Show `result`; cheap to call for every batch of rows (drawing is throttled)."""
        self._result = result
        self.refresh()

    def refresh(self) -> None:
        self._dirty = True

    def select(self, posts: list, metrics: list) -> None:
        """Tick exactly these posts and/or metrics (an empty list leaves that list alone)."""
        self._sync_pickers()  # the lists may not know the latest rows yet (tab never shown)
        for checklist, keys in ((self.posts, posts), (self.metrics, metrics)):
            if keys:
                tick_only(checklist, set(keys))
        self.refresh()

    def metric_title(self, name: str) -> str:
        return metric_label(name, self._result.label(name) if self._result is not None else None)

    def current_plot(self) -> pg.PlotWidget:
        return self.stack.currentWidget()

    def redraw_now(self) -> None:
        self._dirty = False
        self._sync_pickers()
        view = self.view_picker.currentData()
        self.stack.setCurrentIndex(1 if view == BARS else 0)
        if view == BARS:
            shown = self.bar_chart.draw(self._result, self.checked_posts(),
                                        self.checked_metrics(), self.log_scale.isChecked(),
                                        self.metric_title)
            self._set_note(shown, len(self.checked_posts()) * len(self.checked_metrics()))
        else:
            self._draw_series(view)

    @contextmanager
    def exporting(self):
        """Draw what is pending and hide the hover cursor while a picture is taken."""
        self.redraw_now()
        visible = self._cursor.isVisible()
        self._cursor.setVisible(False)
        # Thick lines are drawn as separate segments for speed; a picture wants one path per
        # curve (an SVG of 8,760 one-segment polylines per curve is useless to edit).
        for curve in self._curves.values():
            curve.curve.setSegmentedLineMode("off")
        plot = self.current_plot()
        legend = plot.getPlotItem().legend
        _legend_text_size(legend, EXPORT_LEGEND_SIZE)
        try:
            if plot is self.time_plot:  # an SVG would round seconds since 1970 to ~3 hours
                with counted_in_hours(plot.getPlotItem(), list(self._curves.values())):
                    yield plot
            else:
                yield plot
        finally:
            _legend_text_size(legend, LEGEND_SIZE)
            self._cursor.setVisible(visible)
            for curve in self._curves.values():
                curve.curve.setSegmentedLineMode("auto")

    # -- drawing -----------------------------------------------------------------------------
    def _redraw_if_dirty(self) -> None:
        if self._dirty and self.isVisible():
            self.redraw_now()

    def _sync_pickers(self) -> None:
        result = self._result
        posts = result.post_ids() if result is not None else []
        metrics = sorted(result.metrics(), key=result.metric_rank) if result is not None else []
        sync_checklist(self.posts, posts, post_title, DEFAULT_POSTS)
        sync_checklist(self.metrics, metrics, self.metric_title, DEFAULT_METRICS)
        grains = result.granularities() if result is not None else set()
        views = [(g, QCoreApplication.translate("ChartView", _VIEW_TITLES[g]))
                 for g in (HOUR, DAY, WEEK) if g in grains]
        views.append((BARS, self.tr("Totals (bars)")))
        if [self.view_picker.itemData(i) for i in range(self.view_picker.count())] != \
                [v for v, _ in views]:
            current = self.view_picker.currentData()
            self.view_picker.clear()
            for value, title in views:
                self.view_picker.addItem(title, value)
            at = self.view_picker.findData(current)
            self.view_picker.setCurrentIndex(at if at >= 0 else 0)

    def _draw_series(self, granularity: str) -> None:
        wanted = [(p, m) for p in self.checked_posts() for m in self.checked_metrics()]
        drawn = wanted[:MAX_CURVES]
        series = self._result.series_arrays() if self._result is not None else {}
        log = self.log_scale.isChecked()
        for key in [k for k in self._curves if k not in drawn]:
            self._remove_curve(key)
        for n, (post, metric) in enumerate(drawn):
            buckets, values = series.get((post, metric, granularity), _NO_SERIES)
            timed = buckets != NO_BUCKET  # arrays come sorted by bucket; a total has no time
            xs, ys = buckets[timed].astype(float), values[timed].astype(float)
            self._data[(post, metric)] = (xs, ys)
            if log:  # log10(0) has no place on the axis: leave a gap there
                ys = np.where(ys > 0, ys, np.nan)
            curve = self._curves.get((post, metric))
            if curve is None:
                curve = pg.PlotDataItem(name=series_label(post, self.metric_title(metric)))
                self.time_plot.addItem(curve)
                self._curves[(post, metric)] = curve
            pen = pg.mkPen(PALETTE[n % len(PALETTE)], width=2)
            if curve.opts["pen"] != pen:  # setting a pen repaints the curve: only a new one
                curve.setPen(pen)
            # Only log scale puts gaps (NaN) in a line: otherwise skip the finite check.
            curve.setData(xs, ys, connect="finite" if log else "all", skipFiniteCheck=not log)
        self._set_note(len(drawn), len(wanted))

    def _remove_curve(self, key: tuple) -> None:
        curve = self._curves.pop(key)
        self._data.pop(key, None)
        self.time_plot.removeItem(curve)  # and from the legend

    def _set_note(self, shown: int, wanted: int) -> None:
        if self._result is None or not len(self._result):
            text = self.tr("No numbers yet: run a query.")
        elif wanted == 0:
            text = self.tr("Tick at least one post and one metric.")
        elif shown < wanted:
            text = self.tr("Showing {shown} of {wanted} lines: tick fewer posts or "
                           "metrics.").format(shown=shown, wanted=wanted)
        else:
            text = ""
        self.note.setText(text)

    def _log_toggled(self, on: bool) -> None:
        self.time_plot.getPlotItem().setLogMode(x=False, y=on)
        self.refresh()

    def checked_posts(self) -> list:
        return checked(self.posts)

    def checked_metrics(self) -> list:
        return checked(self.metrics)

    def _hover(self, event) -> None:
        plot = self.time_plot.getPlotItem()
        position = event[0]
        if not self._data or not plot.sceneBoundingRect().contains(position):
            self._cursor.setVisible(False)
            return
        x = plot.vb.mapSceneToView(position).x()
        # The bucket nearest the mouse among every curve's points.
        candidates = [float(xs[min(max(np.searchsorted(xs, x) - k, 0), len(xs) - 1)])
                      for xs, _ys in self._data.values() if len(xs) for k in (0, 1)]
        if not candidates:
            return
        nearest = min(candidates, key=lambda c: abs(c - x))
        self._cursor.setPos(nearest)
        self._cursor.setVisible(True)
        when = datetime.fromtimestamp(nearest, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        parts = []
        for (post, metric), (xs, ys) in self._data.items():
            hit = np.flatnonzero(xs == nearest)
            if len(hit):
                label = series_label(post, self.metric_title(metric))
                parts.append(f"{label}: {number(int(ys[hit[0]]))}")
        self.readout.setText(f"{when} — " + " | ".join(parts))


def _legend_text_size(legend: pg.LegendItem, size: str) -> None:
    legend.setLabelTextSize(size)
    for _sample, label in legend.items:  # pyqtgraph only sets the size for the next text
        label.setText(label.text)
    legend.updateSize()


def _dark_axes(item: pg.PlotItem) -> None:
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen("#444"))
        axis.setTextPen(pg.mkPen("#222"))
