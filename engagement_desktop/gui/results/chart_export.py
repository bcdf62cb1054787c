"""PNG and SVG pictures of a chart, for the Export menu and the image exporter plugins.

One rendering path for both formats: the plot's graphics scene is painted with a QPainter onto
a QImage (PNG) or a QSvgGenerator (SVG). pyqtgraph's own SVG exporter is broken on
PySide6 ≥ 6.11, and painting the scene keeps the two files identical in content. Files are
written to a temporary name and moved into place, so a failed export leaves no half file.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ...core.results import ResultSet

FORMATS = (".png", ".svg")
DEFAULT_SIZE = QSize(1200, 700)
PNG_SCALE = 2  # crisp on high-density screens and in documents


class ChartExportError(ValueError):
    """An export that cannot be done; the message says what to do."""


def export_plot(plot: pg.PlotWidget, target: Path, title: str = "") -> None:
    """Write the plot as it is on screen (its current size) to `target` (.png or .svg)."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ChartExportError(f"'{target.name}' is not a picture name: end it with .png "
                               "or .svg.")
    plot.scene().prepareForPaint()  # let pyqtgraph finish lazy range and axis updates
    size = plot.viewport().size()
    if size.isEmpty():
        size = DEFAULT_SIZE
    _atomic_write(target, lambda path: (_write_png if suffix == ".png" else _write_svg)(
        plot, path, size, title))


def _paint(plot: pg.PlotWidget, painter: QPainter, size: QSize, scale: float = 1) -> None:
    """The one rendering path: the visible part of the scene, onto any paint device."""
    source = plot.mapToScene(plot.viewport().rect()).boundingRect()
    target = QRectF(0, 0, size.width() * scale, size.height() * scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, QColor("white"))
    plot.scene().render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)


def _write_png(plot: pg.PlotWidget, path: str, size: QSize, _title: str) -> None:
    image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _paint(plot, painter, size, PNG_SCALE)
    finally:
        painter.end()
    if not image.save(path, "PNG"):
        raise ChartExportError(f"Could not write the PNG file '{path}'.")


def _write_svg(plot: pg.PlotWidget, path: str, size: QSize, title: str) -> None:
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title or "Engagement chart")
    generator.setDescription("Made by Engagement Desktop")
    painter = QPainter()
    if not painter.begin(generator):
        raise ChartExportError(f"Could not write the SVG file '{path}'.")
    try:
        _paint(plot, painter, size)
    finally:
        painter.end()


def _atomic_write(target: Path, write: Callable[[str], None]) -> None:
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise ChartExportError(f"The folder '{directory}' does not exist: pick another place "
                               "to save the picture.")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=target.suffix,
                                         dir=directory)
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_result_chart(result: ResultSet, target: Path, *, posts: list | None = None,
                        metrics: list | None = None, log_scale: bool = False,
                        bars: bool = False, size: QSize = DEFAULT_SIZE) -> None:
    """Render a chart of `result` offscreen (no window appears) and write it to `target`.
    Without posts/metrics the chart's defaults apply (the first posts, the first metric)."""
    from PySide6.QtWidgets import QApplication

    from .chart_view import BARS, ChartView

    if QApplication.instance() is None:
        # Headless use (the CLI): nothing is ever shown, so no display is needed.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app_keepalive.append(QApplication([]))
    chart = ChartView()
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    chart.set_result(result)
    chart.redraw_now()  # fills the pickers so the selection below can apply
    chart.select(posts or [], metrics or [])
    chart.log_scale.setChecked(log_scale)
    if bars:
        chart.view_picker.setCurrentIndex(chart.view_picker.findData(BARS))
    for plot in (chart.time_plot, chart.bar_chart.plot):
        plot.setFixedSize(size)  # the window grows around it
    chart.show()
    QApplication.processEvents()
    try:
        with chart.exporting() as plot:
            QApplication.processEvents()
            export_plot(plot, target, title=chart_title(result))
    finally:
        chart.close()
        chart.deleteLater()


def chart_title(result: ResultSet | None) -> str:
    query = result.query if result is not None else None
    name = query.name if query is not None else ""
    return f"Engagement — {name}" if name else "Engagement chart"


_app_keepalive: list = []  # a QApplication made here must outlive the call
