"""PNG and SVG pictures of a chart plot: the one rendering path of the chart renderers.

The plot's graphics scene is painted with a QPainter onto a QImage (PNG) or a QSvgGenerator
(SVG). pyqtgraph's own SVG exporter is broken on PySide6 ≥ 6.11, and painting the scene keeps
the two files identical in content. The caller (an exporter plugin) owns the file: it hands a
temporary path and moves it into place.
"""
from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ...core.results import ResultSet
from ...errors import AppError

FORMATS = ("png", "svg")
DEFAULT_SIZE = QSize(1200, 700)
PNG_SCALE = 2  # crisp on high-density screens and in documents


class ChartExportError(AppError, ValueError):
    """A picture that cannot be made; the message says what to do."""


def check_format(format: str) -> None:
    if format not in FORMATS:
        raise ChartExportError(f"Cannot draw the chart as '{format}': pictures of the chart "
                               "are .png or .svg.")


def write_picture(plot: pg.PlotWidget, path: str | Path, format: str, title: str = "") -> None:
    """Write the plot as it is on screen (its current size) to `path` as "png" or "svg"."""
    check_format(format)
    plot.scene().prepareForPaint()  # let pyqtgraph finish lazy range and axis updates
    size = plot.viewport().size()
    if size.isEmpty():
        size = DEFAULT_SIZE
    (_write_png if format == "png" else _write_svg)(plot, str(path), size, title)


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


def chart_title(result: ResultSet | None) -> str:
    query = result.query if result is not None else None
    name = query.name if query is not None else ""
    return f"Engagement — {name}" if name else "Engagement chart"

