"""The Chart tab: curves per ticked post × metric, live at most 10 times a second, legend,
hover values, log scale, bars for totals, and the tree's selection driving what is drawn."""
import os
import subprocess
import sys

import numpy as np
from PySide6.QtCore import QObject, QPointF, Signal

from engagement_desktop.core.rows import HOUR, Row
from engagement_desktop.gui.results import chart_view
from engagement_desktop.gui.results.chart_view import BARS, ChartView
from engagement_desktop.gui.results.results_panel import ResultsPanel
from results_samples import DAY0, H, expected_sum, hourly, run_into, totals


def shown_chart(qtbot, result):
    chart = ChartView()
    qtbot.addWidget(chart)
    chart.resize(1000, 600)
    chart.show()
    chart.set_result(result)
    chart.redraw_now()
    return chart


def legend_names(chart):
    legend = chart.time_plot.getPlotItem().legend
    return [label.text for _sample, label in legend.items]


def test_each_ticked_post_and_metric_gets_a_curve_named_in_the_legend(qtbot):
    chart = shown_chart(qtbot, hourly())
    assert legend_names(chart) == ["3 · Impressions", "20 · Impressions"]
    chart.select(["20"], ["impressions", "favorites"])
    chart.redraw_now()
    assert legend_names(chart) == ["20 · Impressions", "20 · Likes"]
    xs, ys = chart._curves[("20", "favorites")].getData()
    assert xs[0] == DAY0 and len(xs) == 48 and ys.sum() == expected_sum("20", 1)


class Ticks(QObject):
    """A redraw timer the test fires itself: one `tick()` is one REDRAW_MS interval."""
    timeout = Signal()

    def start(self) -> None:
        pass

    def tick(self) -> None:
        self.timeout.emit()


def test_the_chart_redraws_on_a_timer_of_a_tenth_of_a_second():
    chart = ChartView()
    assert chart_view.REDRAW_MS == 100
    assert chart._timer.interval() == chart_view.REDRAW_MS and chart._timer.isActive()
    chart.deleteLater()


def test_the_chart_follows_a_run_but_redraws_at_most_once_per_tick(qtbot, monkeypatch):
    """59 pages arrive, six to a tick: one redraw per tick that saw new rows, none for a tick
    that saw nothing, and the last redraw shows every row."""
    ticks = Ticks()
    chart = ChartView(redraw_timer=ticks)
    qtbot.addWidget(chart)
    chart.show()
    result = hourly(hours=1)
    chart.set_result(result)
    drawn_rows = []
    redraw = chart.redraw_now
    monkeypatch.setattr(chart, "redraw_now", lambda: (drawn_rows.append(len(result)), redraw()))
    for h in range(1, 60):
        result.add_rows([Row("3", "impressions", DAY0 + h * H, HOUR, h)])
        chart.set_result(result)
        if h % 6 == 0:
            ticks.tick()
    assert len(drawn_rows) == 9  # ticks after pages 6, 12, ..., 54
    ticks.tick()  # pages 55-59
    ticks.tick()  # nothing new
    assert len(drawn_rows) == 10 and drawn_rows[-1] == len(result)
    xs, _ys = chart._curves[("3", "impressions")].getData()
    assert len(xs) == 60


def test_hovering_shows_the_values_of_every_curve_at_the_nearest_hour(qtbot):
    chart = shown_chart(qtbot, hourly())
    qtbot.wait(50)
    vb = chart.time_plot.getPlotItem().vb
    scene_pos = vb.mapViewToScene(QPointF(DAY0 + 5 * H + 600, 60))  # 10 minutes past 05:00
    chart._hover((scene_pos,))
    text = chart.readout.text()
    assert text.startswith("2026-11-01 05:00 UTC")
    assert "3 · Impressions: 8" in text and "20 · Impressions: 25" in text


def test_log_scale_switches_the_value_axis_and_leaves_zeros_out(qtbot):
    result = hourly(posts=["3"], metrics=["impressions"], hours=3)
    result.add_rows([Row("3", "impressions", DAY0 + 3 * H, HOUR, 0)])
    chart = shown_chart(qtbot, result)
    chart.log_scale.setChecked(True)
    chart.redraw_now()
    assert chart.time_plot.getPlotItem().getAxis("left").logMode
    _xs, ys = chart._curves[("3", "impressions")].getData()
    assert np.isnan(ys[-1]) and np.allclose(ys[:3], np.log10([3, 4, 5]))


def test_totals_are_drawn_as_bars_one_group_per_post(qtbot):
    chart = shown_chart(qtbot, totals())
    assert chart.view_picker.currentData() == BARS
    assert chart.current_plot() is chart.bar_chart.plot
    chart.select(["3", "20"], ["favorites", "retweets"])
    chart.redraw_now()
    likes, reposts = chart.bar_chart._bars
    assert list(likes.opts["height"]) == [7, 11] and list(reposts.opts["height"]) == [2, 0]
    assert "20 · Likes: 11" in likes.toolTip()


def test_selecting_a_post_in_the_tree_charts_that_post(qtbot):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.show()
    run_into(panel, hourly(posts=["3", "20", "31"]))
    view = panel.tree.view
    qtbot.waitUntil(lambda: panel.tree.proxy.rowCount() == 3)
    view.setCurrentIndex(panel.tree.proxy.index(2, 0))
    assert panel.chart.checked_posts() == ["31"]


def test_the_chart_is_built_on_first_use_with_the_result_so_far(qtbot):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.show()
    chart_tab = panel.tabs.widget(1)
    assert not isinstance(chart_tab, ChartView)  # an empty panel has nothing to draw yet
    run_into(panel, hourly(), finished=False)  # rows arrive while the Tree tab is open
    panel.tabs.setCurrentIndex(1)
    assert isinstance(panel.tabs.widget(1), ChartView) and panel.tabs.currentIndex() == 1
    assert panel.tabs.tabText(1) == "Chart"
    qtbot.waitUntil(lambda: panel.chart.checked_posts() == ["3", "20"])


def test_starting_the_app_does_not_import_pyqtgraph(tmp_path):
    # pyqtgraph costs about 0.3 s to import: the first run pays it, not the start.
    code = ("import sys; from engagement_desktop.app import build; "
            "app, window, stop = build(['--home', sys.argv[1]]); "
            "print('pyqtgraph' in sys.modules); window.workbench.files.dirty = False; "
            "window.close(); stop()")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    ran = subprocess.run([sys.executable, "-c", code, str(tmp_path / "home")], env=env,
                         capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["False"]
