"""Charts of a result: lines over time for series, bars for totals, rates on their own axis.

The chart type follows the data: a result of series opens on lines at its finest grain, a
result of totals on bars; hourly series can be shown per day or per week (summed). During a
run `set_result` is called for every batch of rows, but drawing happens on a 100 ms timer and
only when something changed and the chart is on screen, so it follows the run at most 10 times
a second whatever the row rate, and a draw only touches the curves whose series grew.
"""
from __future__ import annotations

from contextlib import contextmanager

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QStackedWidget,
                               QVBoxLayout, QWidget)

from ...core.analysis.rates import RateSpec, applicable, rate_table
from ...core.results import ResultSet
from ...core.rows import DAY, HOUR, WEEK
from .chart_bars import LEGEND_SIZE, BarChart, post_id_text
from .chart_lines import LineChart
from .chart_series import STEPS, views
from .time_axis import counted_in_hours
from ..common.checklist import checked, new_checklist, sync_checklist, tick_only
from ..common.vocabulary import metric_label

pg.setConfigOptions(antialias=False)  # thousands of points per curve: speed over smoothness

REDRAW_MS = 100  # at most 10 redraws a second
LIVE_NEW_CURVES = 1  # curves a timed redraw adds at most (the rest at the next turns)
MAX_CURVES = 24
DEFAULT_POSTS, DEFAULT_METRICS = 5, 1
BARS = "bars"
EXPORT_LEGEND_SIZE = "14pt"  # 10pt is small in a picture on a page
_VIEW_TITLES = {HOUR: QT_TRANSLATE_NOOP("ChartView", "Hourly"),
                DAY: QT_TRANSLATE_NOOP("ChartView", "Daily"),
                WEEK: QT_TRANSLATE_NOOP("ChartView", "Weekly")}


class ChartView(QWidget):
    def __init__(self, parent=None, redraw_timer: QTimer | None = None):
        """`redraw_timer` paces the redraws (a QTimer of REDRAW_MS by default); tests pass one
        they fire themselves."""
        super().__init__(parent)
        self._result: ResultSet | None = None
        self._rates: dict[str, RateSpec] = {}
        self._dirty = False
        self._live = False  # a timed redraw is under way

        self.view_picker = QComboBox(objectName="chartGranularity")
        self.view_picker.setToolTip(self.tr("Hourly numbers can be shown summed per day or per "
                                            "week; totals are shown as bars."))
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
        self.readout = QLabel(" ", objectName="chartReadout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rate_label = "Rate (%)"
        self.lines = LineChart(self.readout, rate_label)
        self.bar_chart = BarChart(rate_label)
        self._lay_out()

        self._timer = redraw_timer or QTimer(self, interval=REDRAW_MS)
        self._timer.timeout.connect(self._redraw_if_dirty)
        self._timer.start()
        # A live redraw that left curves to add goes on at the next turn of the event loop,
        # not the next tick: each turn pays for one new curve, and all are on screen soon.
        self._more = QTimer(self, singleShot=True, interval=0)
        self._more.timeout.connect(self._redraw_if_dirty)

    def _lay_out(self) -> None:
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Show")))
        side.addWidget(self.view_picker)
        side.addWidget(self.log_scale)
        side.addWidget(QLabel(self.tr("Posts")))
        side.addWidget(self.posts, 2)
        side.addWidget(QLabel(self.tr("Metrics")))
        side.addWidget(self.metrics, 1)
        side.addWidget(self.note)
        time_item = self.time_plot.getPlotItem()
        time_item.setLabel("bottom", self.tr("Time (UTC)"))
        time_item.setLabel("left", self.tr("Count"))
        for item in (time_item, self.bar_chart.plot.getPlotItem()):
            _dark_axes(item)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.time_plot)
        self.stack.addWidget(self.bar_chart.plot)
        plots = QVBoxLayout()
        plots.addWidget(self.stack, 1)
        plots.addWidget(self.readout)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 0)
        layout.addLayout(plots, 1)
        for widget in (self.posts, self.metrics, self.view_picker, self.note):
            widget.setFixedWidth(220)

    @property
    def time_plot(self) -> pg.PlotWidget:
        return self.lines.plot

    @property
    def _curves(self) -> dict:
        return self.lines.curves

    def _hover(self, event) -> None:
        self.lines.hover(event)

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
        if name in self._rates:
            return metric_label(name, self._rates[name].label)
        return metric_label(name, self._result.label(name) if self._result is not None else None)

    def current_plot(self) -> pg.PlotWidget:
        return self.stack.currentWidget()

    def redraw_now(self) -> None:
        self._dirty = False
        self._sync_pickers()
        view = self.view_picker.currentData()
        self.stack.setCurrentIndex(1 if view == BARS else 0)
        wanted = len(self.checked_posts()) * len(self.checked_metrics())
        if view == BARS:
            shown = self.bar_chart.draw(self._result, self.checked_posts(),
                                        self.checked_metrics(), self.log_scale.isChecked(),
                                        self.metric_title, self._rates)
        else:
            keys = [(p, m) for p in self.checked_posts() for m in self.checked_metrics()]
            arrays = self._arrays(keys[:MAX_CURVES])
            shown = min(len(keys), MAX_CURVES)
            complete = self.lines.draw(arrays, keys[:MAX_CURVES], view,
                                       self.log_scale.isChecked(), self.metric_title,
                                       self._rates, LIVE_NEW_CURVES if self._live else None)
            self._dirty = not complete  # the next tick adds the next few
        self._set_note(shown, wanted)

    @contextmanager
    def exporting(self):
        """Draw what is pending and hide the hover cursor while a picture is taken."""
        self.redraw_now()
        cursor = self.lines.cursor
        visible = cursor.isVisible()
        cursor.setVisible(False)
        curves = list(self._curves.values())
        plot = self.current_plot()
        legend = plot.getPlotItem().legend
        _legend_text_size(legend, EXPORT_LEGEND_SIZE)
        try:
            if plot is self.time_plot:  # an SVG would round seconds since 1970 to ~3 hours
                with counted_in_hours(plot.getPlotItem(), curves):
                    yield plot
            else:
                yield plot
        finally:
            _legend_text_size(legend, LEGEND_SIZE)
            cursor.setVisible(visible)

    # -- drawing -----------------------------------------------------------------------------
    def _redraw_if_dirty(self) -> None:
        if self._dirty and self.isVisible():
            self._live = True
            try:
                self.redraw_now()
            finally:
                self._live = False
            if self._dirty:
                self._more.start()

    def _arrays(self, keys: list) -> dict:
        """The result's series these curves draw (a rate's metrics, every grain a view may
        sum up), merged now; the other series that grew wait until something reads them."""
        if self._result is None:
            return {}
        return self._result.series_arrays(
            (post, metric, grain) for post, name in keys
            for metric in (self._rates[name].needs if name in self._rates else (name,))
            for grain in STEPS)

    def _sync_pickers(self) -> None:
        result = self._result
        posts = result.post_ids() if result is not None else []
        metrics = sorted(result.metrics(), key=result.metric_rank) if result is not None else []
        self._rates = {spec.name: spec for spec in applicable(
            metrics, rate_table(result.rates if result is not None else ()))}
        sync_checklist(self.posts, posts, post_id_text, DEFAULT_POSTS)
        sync_checklist(self.metrics, metrics + list(self._rates), self.metric_title,
                       DEFAULT_METRICS)
        self._sync_views(result.granularities() if result is not None else set())

    def _sync_views(self, grains: set[str]) -> None:
        """The views these numbers can give; when they change (other data), the chart type
        follows: lines at the finest grain for series, bars for totals only."""
        shown = [(grain, QCoreApplication.translate("ChartView", _VIEW_TITLES[grain]))
                 for grain in views(grains)]
        shown.append((BARS, self.tr("Totals (bars)")))
        if [self.view_picker.itemData(i) for i in range(self.view_picker.count())] == \
                [value for value, _title in shown]:
            return
        self.view_picker.clear()
        for value, title in shown:
            self.view_picker.addItem(title, value)
        self.view_picker.setCurrentIndex(0)

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
        self.lines.rate_axis.axis.setLogMode(False, False)  # rates stay linear, in percent
        self.refresh()

    def checked_posts(self) -> list:
        return checked(self.posts)

    def checked_metrics(self) -> list:
        return checked(self.metrics)


def _legend_text_size(legend: pg.LegendItem, size: str) -> None:
    legend.setLabelTextSize(size)
    for _sample, label in legend.items:  # pyqtgraph only sets the size for the next text
        label.setText(label.text)
    legend.updateSize()
    # Lay the plot out now: a picture taken before the next event loop turn would otherwise
    # paint the larger legend into the room of the smaller one, cut at the picture's edge.
    legend.parentItem().layout.activate()


def _dark_axes(item: pg.PlotItem) -> None:
    for side in ("left", "bottom", "right"):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen("#444"))
        axis.setTextPen(pg.mkPen("#222"))
