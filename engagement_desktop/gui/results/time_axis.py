"""A UTC date axis whose x can be counted in hours from an origin, for pictures of the chart.

On screen the time chart's x is seconds since the epoch. An SVG writes coordinates with six
significant digits, which for 1.79e9 seconds is about three hours: a picture would round every
point. While a picture is taken the chart switches to x = (seconds - origin) / 3600, where
every bucket is a small whole number, and this axis keeps its ticks and labels on the dates.
"""
from __future__ import annotations

from contextlib import contextmanager

import pyqtgraph as pg

HOUR_SECONDS = 3600.0


class TimeAxis(pg.DateAxisItem):
    def __init__(self, **kwargs):
        super().__init__(utcOffset=0, **kwargs)
        self.origin, self.unit = 0.0, 1.0
        self._spacings: dict[float, float] = {}  # spacing in x units -> in seconds

    def count_from(self, origin: float, unit: float) -> None:
        """x is (seconds - origin) / unit from now on; (0, 1) is plain seconds."""
        self.origin, self.unit = float(origin), float(unit)
        self.picture = None  # the cached ticks were drawn for the old x
        self.update()

    def seconds(self, x: float) -> float:
        return self.origin + x * self.unit

    def x_of(self, seconds: float) -> float:
        return (seconds - self.origin) / self.unit

    def tickValues(self, minVal, maxVal, size):
        levels = super().tickValues(self.seconds(minVal), self.seconds(maxVal), size)
        self._spacings = {spacing / self.unit: spacing for spacing, _values in levels}
        return [(spacing / self.unit, [self.x_of(v) for v in values])
                for spacing, values in levels]

    def tickStrings(self, values, scale, spacing):
        return super().tickStrings([self.seconds(v) for v in values], scale,
                                   self._spacings.get(spacing, spacing * self.unit))


@contextmanager
def counted_in_hours(plot: pg.PlotItem, curves: list[pg.PlotDataItem]):
    """Redraw `plot` (whose bottom axis is a TimeAxis) with x in hours from its first point
    for as long as the block runs, showing the same span; then put seconds back."""
    axis: TimeAxis = plot.getAxis("bottom")
    view = plot.getViewBox()
    firsts = [float(curve.xData[0]) for curve in curves if curve.xData is not None
              and len(curve.xData)]
    seconds = {curve: curve.xData for curve in curves if curve.xData is not None}
    if not firsts:
        yield
        return
    view.prepareForPaint()  # the span as it would be painted now, not a pending autorange
    auto_x = view.state["autoRange"][0]
    (left, right) = view.viewRange()[0]
    axis.count_from(min(firsts), HOUR_SECONDS)
    try:
        for curve, xs in seconds.items():
            curve.setData(axis.x_of(xs), curve.yData)
        view.setXRange(axis.x_of(left), axis.x_of(right), padding=0)  # the span on screen
        yield
    finally:
        axis.count_from(0, 1)
        for curve, xs in seconds.items():
            curve.setData(xs, curve.yData)
        view.setXRange(left, right, padding=0)
        view.enableAutoRange(x=auto_x)
