"""The chart renderers a host lends to exporter plugins that declare `needs = ("chart_renderer",)`.

- ScreenChartRenderer: the window's. The picture shows the Chart tab as the user set it up
  (ticked posts and metrics, log scale, bars); when the tab is on screen, exactly as shown.
- OffscreenChartRenderer: a chart that is never shown, for the CLI and for a window whose
  Chart tab is not on screen. `offscreen_chart_renderer()` starts Qt (offscreen) for a process
  that has no QApplication yet; nothing here starts Qt on import.

Both paint through `chart_export.write_picture` and must be called on the GUI thread.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from ...core.results import ResultSet
from ...plugins.api import ChartChoices
from .chart_export import DEFAULT_SIZE, FORMATS, chart_title, check_format, write_picture

if TYPE_CHECKING:
    from .chart_view import ChartView


class OffscreenChartRenderer:
    """Draws on a chart of its own, never shown; unset choices take the chart's defaults."""
    formats = FORMATS

    def render(self, result: ResultSet, path: Path, format: str, choices: ChartChoices) -> None:
        from .chart_view import BARS, ChartView

        check_format(format)
        chart = ChartView()
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        chart.set_result(result)
        chart.redraw_now()  # fills the pickers so the selection below can apply
        chart.select(list(choices.posts or ()), list(choices.metrics or ()))
        chart.log_scale.setChecked(bool(choices.log_scale))
        if choices.bars:
            chart.view_picker.setCurrentIndex(chart.view_picker.findData(BARS))
        size = QSize(choices.width or DEFAULT_SIZE.width(),
                     choices.height or DEFAULT_SIZE.height())
        for plot in (chart.time_plot, chart.bar_chart.plot):
            plot.setFixedSize(size)  # the window grows around it
        chart.show()
        QApplication.processEvents()
        try:
            with chart.exporting() as plot:
                QApplication.processEvents()
                write_picture(plot, path, format, title=chart_title(result))
        finally:
            chart.close()
            chart.deleteLater()


class ScreenChartRenderer:
    """The window's renderer: unset choices are taken from its Chart tab."""
    formats = FORMATS

    def __init__(self, chart: Callable[[], ChartView]):
        self._chart = chart  # the tab's view, built on first use

    def render(self, result: ResultSet, path: Path, format: str, choices: ChartChoices) -> None:
        from .chart_view import BARS

        check_format(format)
        chart = self._chart()
        if choices == ChartChoices() and chart.current_plot().isVisible():
            with chart.exporting() as plot:
                write_picture(plot, path, format, title=chart_title(result))
            return
        # The tab is not on screen (or the caller chose something else): draw offscreen.
        own = ChartChoices(posts=tuple(chart.checked_posts()),
                           metrics=tuple(chart.checked_metrics()),
                           log_scale=chart.log_scale.isChecked(),
                           bars=chart.view_picker.currentData() == BARS)
        chosen = {key: value for key, value in vars(choices).items() if value is not None}
        OffscreenChartRenderer().render(result, path, format, replace(own, **chosen))


def offscreen_chart_renderer() -> OffscreenChartRenderer:
    """A renderer for a process without a window (the CLI): starts Qt offscreen if needed."""
    if QApplication.instance() is None:
        # Nothing is ever shown, so no display is needed.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app_keepalive.append(QApplication([]))
        _app_keepalive.append(qInstallMessageHandler(_without_offscreen_notes))
    return OffscreenChartRenderer()


_app_keepalive: list = []  # a QApplication made here must outlive the call


def _without_offscreen_notes(kind, context, message: str) -> None:
    """Qt's messages on stderr, less the offscreen platform's note about every window shown
    ("does not support propagateSizeHints()"), which a CLI user cannot act on."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)
