"""Lines over time: a curve per post × metric at the grain picked (hourly values summed per day
or week when asked), rates dashed on their own right-hand axis in percent, the legend beside
the plot, and the values under the mouse in a readout line.

Curves keep their PlotDataItem between draws, and a curve whose series has not changed since
the last draw is left alone: while a run streams in, a draw costs the series that grew, not
every curve. pyqtgraph's peak downsampling and clip-to-view keep 8,760-hour series cheap.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ...core.analysis.rates import RateSpec
from .chart_bars import LEGEND_SIZE, PALETTE, PERCENT, series_label, value_text
from .chart_frame import RateAxis, legend_beside, light_grid
from .chart_series import STEPS, counts, rate
from .time_axis import TimeAxis

Key = tuple  # (post, metric or rate name)


class LineChart:
    def __init__(self, readout: QLabel, rate_label: str):
        self.readout = readout
        self.plot = pg.PlotWidget(background="w", axisItems={"bottom": TimeAxis()})
        item = self.plot.getPlotItem()
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        light_grid(item)
        self.legend = legend_beside(item, LEGEND_SIZE)
        self.rate_axis = RateAxis(item, rate_label)
        self.curves: dict[Key, pg.PlotDataItem] = {}
        self.data: dict[Key, tuple[np.ndarray, np.ndarray]] = {}  # as drawn, rates as fractions
        self._drawn_from: dict[Key, tuple] = {}  # the arrays and settings each curve shows
        self._rates: dict[str, RateSpec] = {}
        self._title: Callable[[str], str] = str
        self.cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888", width=1))
        self.cursor.setVisible(False)
        item.addItem(self.cursor, ignoreBounds=True)
        self._hover_proxy = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30,
                                           slot=self.hover)

    def draw(self, arrays: dict, keys: list[Key], grain: str, log: bool,
             title: Callable[[str], str], rates: dict[str, RateSpec],
             new_curves: int | None = None) -> bool:
        """Show `keys` (in legend order) from the result's `arrays` at `grain`, adding at most
        `new_curves` curves not drawn yet (None: all). True when every key is drawn.

        A new curve costs its legend entry and a layout of the plot: a live chart adds a few
        per draw, so no single turn of the event loop pays for all of them."""
        self._rates, self._title = rates, title
        for key in [k for k in self.curves if k not in keys]:
            self._remove(key)
        complete = True
        for n, (post, name) in enumerate(keys):
            if (post, name) not in self.curves and new_curves is not None:
                if new_curves == 0:
                    complete = False
                    continue
                new_curves -= 1
            spec = rates.get(name)
            needs = spec.needs if spec is not None else (name,)
            source = (grain, log, n, *(arrays.get((post, m, g)) for m in needs for g in STEPS))
            drawn = self._drawn_from.get((post, name))
            if drawn is not None and drawn[:3] == source[:3] and all(
                    a is b for a, b in zip(drawn[3:], source[3:])):
                continue  # nothing new in this series since it was drawn
            self._drawn_from[(post, name)] = source
            xs, ys = (rate(arrays, post, spec, grain) if spec is not None
                      else counts(arrays, post, name, grain))
            self.data[(post, name)] = (xs, ys)
            self._set_curve((post, name), n, xs, ys, log)
        self.rate_axis.set_shown(any(name in rates for _post, name in keys))
        return complete

    def _set_curve(self, key: Key, n: int, xs: np.ndarray, ys: np.ndarray, log: bool) -> None:
        spec = self._rates.get(key[1])
        if spec is not None:
            ys = ys * PERCENT
        elif log:  # log10(0) has no place on the axis: leave a gap there
            ys = np.where(ys > 0, ys, np.nan)
        curve = self.curves.get(key) or self._new_curve(key, spec is not None)
        style = Qt.PenStyle.DashLine if spec is not None else Qt.PenStyle.SolidLine
        # One pixel wide: Qt's fast path. Wider lines are stroked, which made the plot's paint
        # four times slower while a run streams in (and pyqtgraph cut them into segments, one
        # polyline each in an SVG).
        pen = pg.mkPen(PALETTE[n % len(PALETTE)], width=1, style=style)
        if curve.opts["pen"] != pen:  # setting a pen repaints the curve: only a new one
            curve.setPen(pen)
        gaps = log or spec is not None  # only these put NaN in a line: else skip the check
        curve.setData(xs, ys, connect="finite" if gaps else "all", skipFiniteCheck=not gaps)

    def _new_curve(self, key: Key, is_rate: bool) -> pg.PlotDataItem:
        name = series_label(key[0], self._title(key[1]))
        curve = pg.PlotDataItem(name=name)
        if is_rate:
            self.rate_axis.view.addItem(curve)
            self.legend.addItem(curve, name)
        else:
            self.plot.addItem(curve)  # and to the legend, by its name
        self.curves[key] = curve
        return curve

    def _remove(self, key: Key) -> None:
        curve = self.curves.pop(key)
        self.data.pop(key, None)
        self._drawn_from.pop(key, None)
        if curve.getViewBox() is self.rate_axis.view:
            self.rate_axis.view.removeItem(curve)
            self.legend.removeItem(curve)
        else:
            self.plot.removeItem(curve)  # and from the legend

    def hover(self, event) -> None:
        plot = self.plot.getPlotItem()
        position = event[0]
        if not self.data or not plot.sceneBoundingRect().contains(position):
            self.cursor.setVisible(False)
            return
        x = plot.vb.mapSceneToView(position).x()
        # The bucket nearest the mouse among every curve's points.
        candidates = [float(xs[min(max(np.searchsorted(xs, x) - k, 0), len(xs) - 1)])
                      for xs, _ys in self.data.values() if len(xs) for k in (0, 1)]
        if not candidates:
            return
        nearest = min(candidates, key=lambda c: abs(c - x))
        self.cursor.setPos(nearest)
        self.cursor.setVisible(True)
        when = datetime.fromtimestamp(nearest, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        parts = []
        for (post, name), (xs, ys) in self.data.items():
            hit = np.flatnonzero(xs == nearest)
            if len(hit):
                parts.append(f"{series_label(post, self._title(name))}: "
                             f"{value_text(ys[hit[0]], name in self._rates)}")
        self.readout.setText(f"{when} — " + " | ".join(parts))

