"""While rows stream in, the window does the least it can per turn of the event loop: the
chart adds a curve per turn and re-sets only the curves whose series grew, and
the analysis tabs are refreshed only when they are on screen (a hidden one when it is
opened)."""
from engagement_desktop.core.rows import HOUR, Row
from engagement_desktop.gui.results.chart_view import LIVE_NEW_CURVES, ChartView
from engagement_desktop.gui.results.results_panel import ResultsPanel
from results_samples import DAY0, H, hourly, run_into
from test_chart_view import Ticks

POSTS = ["3", "20", "31", "42", "57"]


def live_chart(qtbot, result):
    ticks = Ticks()
    chart = ChartView(redraw_timer=ticks)
    qtbot.addWidget(chart)
    chart.resize(1000, 600)
    chart.show()
    chart.set_result(result)
    return chart, ticks


def test_a_live_chart_adds_one_curve_per_redraw_the_rest_at_the_next_turns_not_ticks(qtbot):
    result = hourly(posts=POSTS, metrics=["impressions"], hours=24)
    chart, ticks = live_chart(qtbot, result)
    drawn = []
    draw = chart.lines.draw
    chart.lines.draw = lambda *args: (complete := draw(*args), drawn.append(len(chart._curves)))[0]
    ticks.tick()
    assert LIVE_NEW_CURVES == 1 and drawn == [1]
    qtbot.waitUntil(lambda: len(chart._curves) == 5)  # no further tick
    assert drawn == [1, 2, 3, 4, 5]
    chart.select(["3"], [])  # fewer posts, then all again, drawn at once when asked
    chart.redraw_now()
    chart.select(POSTS, [])
    chart.redraw_now()
    assert len(chart._curves) == 5
    assert [label.text.split(" · ")[0] for _s, label in
            chart.time_plot.getPlotItem().legend.items] == POSTS


def test_a_timed_redraw_sets_only_the_curves_whose_series_grew(qtbot):
    result = hourly(posts=POSTS[:3], metrics=["impressions"], hours=24)
    chart, ticks = live_chart(qtbot, result)
    for _ in range(3):
        ticks.tick()
    set_again = []
    for key, curve in chart._curves.items():
        original = curve.setData
        curve.setData = lambda *a, _key=key, _set=original, **k: (set_again.append(_key),
                                                                   _set(*a, **k))
    result.add_rows([Row("20", "impressions", DAY0 + 24 * H, HOUR, 99)])
    chart.set_result(result)
    ticks.tick()
    assert set_again == [("20", "impressions")]
    xs, ys = chart._curves[("20", "impressions")].getData()
    assert len(xs) == 25 and ys[-1] == 99


def test_a_hidden_analysis_tab_is_refreshed_when_it_is_opened_not_before(qtbot):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.show()
    run_into(panel, hourly(posts=["3"]))
    table = panel.analysis.view("table")  # built while the Tree tab is on screen
    fed = []
    original = table.set_result
    table.set_result = lambda result, handles: (fed.append(result), original(result, handles))
    run_into(panel, hourly(posts=["3", "20"]))  # a second run, the table hidden
    assert fed == []
    panel.tabs.setCurrentWidget(table)
    assert fed == [panel.current_result()] and len(fed[0].post_ids()) == 2
    assert panel.analysis.view("table") is table and len(fed) == 1  # not stale: not fed again
    run_into(panel, hourly(posts=["3", "20", "31"]))  # shown: refreshed as the result changes
    assert fed[-1] is panel.current_result()
