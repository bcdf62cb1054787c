"""What frames a chart's data: a legend beside the plot, never over it, and a second value axis
on the right for rates, whose scale (a few percent) has nothing to do with the counts'.

pyqtgraph anchors a legend inside the view box, where it hides the lines under it; here it is a
cell of the plot item's own grid, right of the right axis, so the layout makes room for it. On a
narrow chart (a long legend beside it would leave the data a sliver) it moves below the plot.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy

# Cells of the plot item's grid: the view box is (2, 1), the right axis (2, 2), the bottom axis
# (3, 1).
BESIDE = (2, 3)
BELOW = (4, 1)
LEGEND_SHARE = 0.4  # beside the plot while the legend needs at most this share of the width
GRID_COLOUR = "#dcdcdc"  # about what a quarter of the axes' grey gives on white


def light_grid(item: pg.PlotItem, x: bool = True, y: bool = True) -> None:
    """Grid lines in an opaque light grey. pyqtgraph draws its grid in the axis colour made
    translucent, and blending those lines across the whole plot was a third of every paint
    while a run streams in; opaque lines draw without blending, and look the same."""
    item.showGrid(x=x, y=y)
    for side, shown in (("bottom", x), ("left", y)):
        if shown:
            axis = item.getAxis(side)
            axis.setTickPen(pg.mkPen(GRID_COLOUR))
            axis.setStyle(tickAlpha=255, maxTickLevel=1)
            axis.setZValue(-1)  # opaque lines go under the data, not across it


class SideLegend(pg.LegendItem):
    """A legend laid out by its parent's grid: its size is a hint, not a geometry it sets; the
    cell (beside or below the plot) is chosen again whenever its entries or the chart's width
    change."""

    def __init__(self, item: pg.PlotItem, text_size: str):
        super().__init__(offset=None, labelTextColor="k", labelTextSize=text_size,
                         brush=pg.mkBrush(255, 255, 255, 200))
        self._item = item
        self._cell: tuple[int, int] | None = None
        # As large as its entries, at the top of its cell: not stretched down the plot's height.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        item.geometryChanged.connect(self.place)

    def updateSize(self):
        self.updateGeometry()  # the grid asks for the new size hint at its next layout
        self.place()

    @property
    def below(self) -> bool:
        return self._cell == BELOW

    def place(self) -> None:
        needed = self.effectiveSizeHint(Qt.SizeHint.PreferredSize).width()
        room = self._item.size().width()
        cell = BELOW if room > 0 and needed > LEGEND_SHARE * room else BESIDE
        if cell == self._cell:
            return
        layout = self._item.layout
        if self._cell is not None:
            layout.removeItem(self)
        layout.addItem(self, *cell)
        layout.setAlignment(self, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._cell = cell


def legend_beside(item: pg.PlotItem, text_size: str) -> SideLegend:
    """A legend right of `item`'s plot area (below it on a narrow chart); curves added with a
    name appear in it."""
    legend = SideLegend(item, text_size)
    legend.place()
    item.legend = legend  # what PlotItem.addItem/removeItem keep in step
    return legend


class RateAxis:
    """A right-hand axis in percent with a view box of its own whose x follows the plot's.
    Hidden until a rate is drawn."""

    def __init__(self, item: pg.PlotItem, label: str):
        self._item = item
        self.view = pg.ViewBox(enableMenu=False)
        self.view.setMouseEnabled(x=False, y=False)
        self.view.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the plot's view pans
        item.scene().addItem(self.view)
        self.axis = item.getAxis("right")
        self.axis.linkToView(self.view)
        self.axis.setLabel(label)
        self.axis.setGrid(False)  # the counts' grid is the one drawn
        self.view.setXLink(item.vb)
        item.vb.sigResized.connect(self._follow)
        self.set_shown(False)

    def set_shown(self, shown: bool) -> None:
        self._item.showAxis("right", shown)
        self.view.setVisible(shown)
        if shown:
            self._follow()

    @property
    def shown(self) -> bool:
        return self.view.isVisible()

    def _follow(self) -> None:
        self.view.setGeometry(self._item.vb.sceneBoundingRect())
        self.view.linkedViewChanged(self._item.vb, self.view.XAxis)
