"""Bars for totals: one group per post, one bar per metric, with the value on hover.

A result with lifetime totals (the totals endpoint) shows those; a result of series shows
each series summed, so "how much did each post get in the range" is one click away.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from ...core.results import ResultSet
from ...core.rows import DAY, HOUR, TOTAL, WEEK
from ..common.locale_format import number

# Distinguishable on white, in order (Tableau 10).
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#bab0ac")
MAX_GROUPS = 40
LEGEND_SIZE = "10pt"  # on screen; pictures use a larger one


def post_title(post_id: str | None) -> str:
    """A post as the chart names it: its ID, or the posts' total in the window's language."""
    return QCoreApplication.translate("Chart", "All posts") if post_id is None else post_id


def series_label(post_id: str | None, metric_title: str) -> str:
    return f"{post_title(post_id)} · {metric_title}"


def totals(result: ResultSet | None, posts: list, metrics: list) -> np.ndarray:
    """values[post, metric]: the lifetime total when the result has one, else the sum of the
    finest series (never both, which would count twice)."""
    values = np.zeros((len(posts), len(metrics)))
    if result is None:
        return values
    series = result.series_arrays()
    grains = result.granularities()
    grain = TOTAL if TOTAL in grains else next((g for g in (HOUR, DAY, WEEK) if g in grains),
                                               None)
    for i, post in enumerate(posts):
        for j, metric in enumerate(metrics):
            found = series.get((post, metric, grain))
            values[i, j] = found[1].sum() if found is not None else 0
    return values


class BarChart:
    def __init__(self):
        self.plot = pg.PlotWidget(background="w")
        item = self.plot.getPlotItem()
        item.showGrid(y=True, alpha=0.25)
        item.setLabel("left", QCoreApplication.translate("Chart", "Total"))
        item.setMouseEnabled(x=True, y=False)
        self._legend = item.addLegend(offset=(10, 10), labelTextColor="k", labelTextSize=LEGEND_SIZE,
                                      brush=pg.mkBrush(255, 255, 255, 200))
        self._bars: list[pg.BarGraphItem] = []

    def draw(self, result: ResultSet | None, posts: list, metrics: list, log: bool,
             metric_title=str) -> int:
        """Draw the totals of posts × metrics; returns how many bars are shown."""
        item = self.plot.getPlotItem()
        for bars in self._bars:
            item.removeItem(bars)
        self._bars = []
        posts = posts[:MAX_GROUPS]
        values = totals(result, posts, metrics)
        width = 0.8 / max(len(metrics), 1)
        for j, metric in enumerate(metrics):
            heights = values[:, j]
            if log:  # the axis shows powers of ten; a zero stays an empty slot
                heights = np.log10(np.maximum(heights, 1))
            x = np.arange(len(posts)) - 0.4 + width * (j + 0.5)
            bars = pg.BarGraphItem(x=x, height=heights, width=width * 0.95,
                                   brush=PALETTE[j % len(PALETTE)], pen=None,
                                   name=metric_title(metric))
            bars.setToolTip("\n".join(f"{series_label(p, metric_title(metric))}: {number(v)}"
                                      for p, v in zip(posts, values[:, j])))
            item.addItem(bars)
            self._bars.append(bars)
        item.setLogMode(x=False, y=False)
        item.getAxis("left").setLogMode(False, log)
        item.getAxis("bottom").setTicks([[(i, post_title(p)) for i, p in enumerate(posts)]])
        item.enableAutoRange()
        return len(posts) * len(metrics)
