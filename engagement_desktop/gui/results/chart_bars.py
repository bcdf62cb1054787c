"""Bars for totals: one group per post, one bar per metric, with the values on hover.

A result with lifetime totals (the totals endpoint) shows those; a result of series shows
each series summed, so "how much did each post get in the range" is one click away. A rate is
a bar too, measured on the right-hand axis in percent: Σ numerator / Σ denominator per post.
Labels under the groups are shortened to fit (chart_labels); the full ID is in the tooltip.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetricsF

from ...core.analysis.rates import RateSpec
from ...core.results import ResultSet
from ...core.rows import DAY, HOUR, TOTAL, WEEK
from .chart_frame import RateAxis, legend_beside, light_grid
from .chart_labels import tick_labels
from ..common.locale_format import number, percent

# Distinguishable on white, in order (Tableau 10).
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#bab0ac")
MAX_GROUPS = 40
LEGEND_SIZE = "10pt"  # on screen; pictures use a larger one
PERCENT = 100.0


def series_label(post_id: str | None, metric_title: str) -> str:
    return f"{post_id_text(post_id)} · {metric_title}"


def post_id_text(post_id: str | None) -> str:
    """A post as the chart names it: its ID, or the posts' total in the window's language."""
    return QCoreApplication.translate("Chart", "All posts") if post_id is None else post_id


def totals(result: ResultSet | None, posts: list, metrics: list,
           rates: dict[str, RateSpec] | None = None) -> np.ndarray:
    """values[post, metric]: the lifetime total when the result has one, else the sum of the
    finest series (never both, which would count twice); a rate's column is the ratio of its
    metrics' totals (NaN where the denominator is 0)."""
    rates = rates or {}
    values = np.zeros((len(posts), len(metrics)))
    if result is None:
        return values
    series = result.series_arrays()
    grains = result.granularities()
    grain = TOTAL if TOTAL in grains else next((g for g in (HOUR, DAY, WEEK) if g in grains),
                                               None)

    def total(post, metric) -> float:
        found = series.get((post, metric, grain))
        return found[1].sum() if found is not None else 0

    for i, post in enumerate(posts):
        for j, metric in enumerate(metrics):
            spec = rates.get(metric)
            if spec is None:
                values[i, j] = total(post, metric)
            else:
                denominator = total(post, spec.denominator)
                values[i, j] = total(post, spec.numerator) / denominator if denominator \
                    else np.nan
    return values


class BarChart:
    def __init__(self, rate_label: str):
        self.plot = pg.PlotWidget(background="w")
        item = self.plot.getPlotItem()
        light_grid(item, x=False)
        item.setLabel("left", QCoreApplication.translate("Chart", "Total"))
        item.setMouseEnabled(x=True, y=False)
        self._legend = legend_beside(item, LEGEND_SIZE)
        self.rate_axis = RateAxis(item, rate_label)
        self._bars: list[pg.BarGraphItem] = []
        self._groups: list[str] = []  # the full text of each group, left to right
        self._tips: list[str] = []  # each group's values, one line per bar
        item.vb.sigResized.connect(self._label_groups)
        item.vb.sigXRangeChanged.connect(self._label_groups)
        self.plot.scene().sigMouseMoved.connect(self._hover)

    def draw(self, result: ResultSet | None, posts: list, metrics: list, log: bool,
             metric_title=str, rates: dict[str, RateSpec] | None = None) -> int:
        """Draw the totals of posts × metrics (rates among them on the right axis); returns
        how many bars are shown."""
        rates = rates or {}
        item = self.plot.getPlotItem()
        for bars in self._bars:
            (self.rate_axis.view if bars.rate else item).removeItem(bars)
            self._legend.removeItem(bars)
        self._bars = []
        posts = posts[:MAX_GROUPS]
        values = totals(result, posts, metrics, rates)
        width = 0.8 / max(len(metrics), 1)
        for j, metric in enumerate(metrics):
            heights = values[:, j]
            rate = metric in rates
            if rate:
                heights = np.nan_to_num(heights * PERCENT)  # a blank rate is an empty slot
            elif log:  # the axis shows powers of ten; a zero stays an empty slot
                heights = np.log10(np.maximum(heights, 1))
            bars = self._add_bars(item, j, len(posts), heights, width, metric_title(metric), rate)
            bars.setToolTip("\n".join(f"{series_label(p, metric_title(metric))}: "
                                      f"{value_text(v, rate)}"
                                      for p, v in zip(posts, values[:, j])))
        self.rate_axis.set_shown(any(metric in rates for metric in metrics))
        self._groups = [post_id_text(p) for p in posts]
        self._tips = ["\n".join(f"{series_label(p, metric_title(m))}: "
                                f"{value_text(values[i, j], m in rates)}"
                                for j, m in enumerate(metrics)) for i, p in enumerate(posts)]
        item.setLogMode(x=False, y=False)
        item.getAxis("left").setLogMode(False, log)
        item.enableAutoRange(y=True)
        # Every group in view, its rate bars too (they are not in this view box's bounds).
        item.setXRange(-0.5, max(len(posts), 1) - 0.5, padding=0.02)
        self.rate_axis.view.enableAutoRange(y=True)
        self._label_groups()
        return len(posts) * len(metrics)

    def _add_bars(self, item: pg.PlotItem, slot: int, groups: int, heights: np.ndarray,
                  width: float, name: str, rate: bool) -> pg.BarGraphItem:
        x = np.arange(groups) - 0.4 + width * (slot + 0.5)
        bars = pg.BarGraphItem(x=x, height=heights, width=width * 0.95,
                               brush=PALETTE[slot % len(PALETTE)], pen=None, name=name)
        bars.rate = rate
        if rate:
            self.rate_axis.view.addItem(bars)
            self._legend.addItem(bars, name)
        else:
            item.addItem(bars)  # and to the legend, by its name
        self._bars.append(bars)
        return bars

    def group_labels(self) -> list[tuple[int, str]]:
        """The labels under the groups as drawn: (group index, text)."""
        ticks = self.plot.getPlotItem().getAxis("bottom")._tickLevels
        return [(int(x), text) for x, text in ticks[0]] if ticks else []

    def _label_groups(self) -> None:
        item = self.plot.getPlotItem()
        (left, right), _ = item.vb.viewRange()
        group_px = item.vb.width() / (right - left) if right > left else 0
        axis = item.getAxis("bottom")
        metrics = QFontMetricsF(axis.style.get("tickFont") or self.plot.font())
        axis.setTicks([tick_labels(self._groups, group_px, metrics.horizontalAdvance)])

    def _hover(self, position) -> None:
        """Over a group: every bar's tooltip names that post in full, with its values."""
        item = self.plot.getPlotItem()
        if not self._tips or not item.vb.sceneBoundingRect().contains(position):
            return
        group = int(round(item.vb.mapSceneToView(position).x()))
        if 0 <= group < len(self._tips):
            for bars in self._bars:
                bars.setToolTip(self._tips[group])
            self.plot.setToolTip(self._tips[group])


def value_text(value: float, rate: bool) -> str:
    """A count, or a rate as a percentage (blank where it has no denominator), in the
    window's locale."""
    if rate:
        return "" if np.isnan(value) else percent(value * PERCENT, 2)
    return number(int(value))
