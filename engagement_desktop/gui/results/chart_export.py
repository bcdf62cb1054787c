"""PNG and SVG pictures of a chart plot: the one rendering path of the chart renderers.

The plot's graphics scene is painted with a QPainter onto a QImage (PNG) or a QSvgGenerator
(SVG). pyqtgraph's own SVG exporter is broken on PySide6 ≥ 6.11, and painting the scene keeps
the two files identical in content. The caller (an exporter plugin) owns the file: it hands a
temporary path and moves it into place.
"""
from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ...core.results import ResultSet
from ...errors import AppError

FORMATS = ("png", "svg")
DEFAULT_SIZE = QSize(1200, 700)
PNG_SCALE = 2  # crisp on high-density screens and in documents
TITLE_BAND, TITLE_PIXELS = 40, 18  # the title's strip above the plot, in picture pixels


translate = QCoreApplication.translate  # the window's language; the CLI has no translator


class ChartExportError(AppError, ValueError):
    """A picture that cannot be made; the message says what to do."""


def check_format(format: str) -> None:
    if format not in FORMATS:
        raise ChartExportError(translate("ChartExport", "Cannot draw the chart as '{format}': "
                                         "pictures of the chart are .png or .svg.").format(
                                             format=format))


def write_picture(plot: pg.PlotWidget, path: str | Path, format: str, title: str = "") -> None:
    """Write the plot as it is on screen (its current size), under `title`, to `path` as
    "png" or "svg"."""
    check_format(format)
    plot.scene().prepareForPaint()  # let pyqtgraph finish lazy range and axis updates
    size = plot.viewport().size()
    if size.isEmpty():
        size = DEFAULT_SIZE
    (_write_png if format == "png" else _write_svg)(plot, str(path), size, title)


def _paint(plot: pg.PlotWidget, painter: QPainter, size: QSize, title: str,
           scale: float = 1) -> None:
    """The one rendering path: a title band, then the visible part of the scene below it."""
    source = plot.mapToScene(plot.viewport().rect()).boundingRect()
    band = TITLE_BAND * scale if title else 0
    target = QRectF(0, band, size.width() * scale, size.height() * scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, target.width(), target.bottom()), QColor("white"))
    if title:
        font = QFont(painter.font())
        font.setPixelSize(round(TITLE_PIXELS * scale))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#222"))
        painter.drawText(QRectF(0, 0, target.width(), band), Qt.AlignmentFlag.AlignCenter, title)
    plot.scene().render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)


def _picture_size(size: QSize, title: str) -> QSize:
    return QSize(size.width(), size.height() + (TITLE_BAND if title else 0))


def _write_png(plot: pg.PlotWidget, path: str, size: QSize, title: str) -> None:
    image = QImage(_picture_size(size, title) * PNG_SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _paint(plot, painter, size, title, PNG_SCALE)
    finally:
        painter.end()
    if not image.save(path, "PNG"):
        raise ChartExportError(translate("ChartExport", "Could not write the PNG file "
                                                        "'{path}'.").format(path=path))


def _write_svg(plot: pg.PlotWidget, path: str, size: QSize, title: str) -> None:
    generator = QSvgGenerator()
    generator.setFileName(path)
    picture = _picture_size(size, title)
    generator.setSize(picture)
    # At the generator's default 72 dpi the axes (cached as QPictures at the screen's dpi)
    # came out at 75 % while the data stayed at full scale.
    generator.setResolution(plot.logicalDpiX())
    generator.setViewBox(QRect(0, 0, picture.width(), picture.height()))
    generator.setTitle(title or "Engagement chart")
    generator.setDescription("Made by Engagement Desktop")
    painter = QPainter()
    if not painter.begin(generator):
        raise ChartExportError(translate("ChartExport", "Could not write the SVG file "
                                                        "'{path}'.").format(path=path))
    try:
        _paint(plot, painter, size, title)
    finally:
        painter.end()


def chart_title(result: ResultSet | None) -> str:
    query = result.query if result is not None else None
    name = query.name if query is not None else ""
    return f"Engagement — {name}" if name else "Engagement chart"

