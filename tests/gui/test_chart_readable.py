"""Charts people can read (issue 12, item 6): bar labels that never overlap (short, the full ID
in the tooltip), legends beside the plot rather than over it, hourly series summed per day or
week, the chart type following the data, and a rate on its own right-hand axis."""
import numpy as np
from hypothesis import given, settings, strategies as st
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from engagement_builtins.specs import TOTALS
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import DAY, HOUR, TOTAL, WEEK, Row
from engagement_desktop.gui.results.chart_labels import ELLIPSIS, tick_labels
from engagement_desktop.gui.results.chart_series import MONDAY, resampled
from engagement_desktop.gui.results.chart_view import BARS, ChartView
from results_samples import DAY0, H, hourly, totals

LONG_IDS = [str(1_860_000_000_000_000_000 + p * 7_919_113) for p in range(30)]


def shown_chart(qtbot, result, width=1000):
    chart = ChartView()
    qtbot.addWidget(chart)
    chart.resize(width, 600)
    chart.show()
    chart.set_result(result)
    chart.redraw_now()
    return chart


def long_id_totals() -> ResultSet:
    result = ResultSet(metric_labels=TOTALS.metric_labels)
    for n, post in enumerate(LONG_IDS):
        result.add_rows([Row(post, "impressions", None, TOTAL, 1000 + n),
                         Row(post, "engagements", None, TOTAL, 10 * (n % 3))])
    return result


def label_spans(chart) -> list[tuple[float, float, str]]:
    """Each group label's left and right edge in scene pixels, as the axis centres it."""
    item = chart.bar_chart.plot.getPlotItem()
    metrics = QFontMetricsF(chart.bar_chart.plot.font())
    spans = []
    for index, text in chart.bar_chart.group_labels():
        centre = item.vb.mapViewToScene(QPointF(index, 0)).x()
        half = metrics.horizontalAdvance(text) / 2
        spans.append((centre - half, centre + half, text))
    return spans


def test_labels_are_cut_to_the_room_of_their_slot_keeping_the_end_of_the_id(qtbot):
    measure = QFontMetricsF(QApplication.font()).horizontalAdvance
    roomy = tick_labels(["3", "20"], 200, measure)
    assert roomy == [(0, "3"), (1, "20")]  # short IDs are shown whole
    tight = tick_labels(LONG_IDS[:10], 60, measure)
    assert [i for i, _ in tight] == list(range(10))  # every group still labelled
    for index, label in tight:
        assert label.startswith(ELLIPSIS) and LONG_IDS[index].endswith(label[1:])
        assert measure(label) <= 60 * 0.9
    sparse = tick_labels(LONG_IDS, 12, measure)  # slots too narrow for "…123": every k-th
    stride = sparse[1][0] - sparse[0][0]
    assert stride > 1 and [i for i, _ in sparse] == list(range(0, 30, stride))
    assert all(measure(label) <= stride * 12 * 0.9 for _i, label in sparse)


def test_bar_labels_never_overlap_and_the_tooltip_names_the_post_in_full(qtbot):
    for width, at_least in ((500, 2), (800, 5), (1400, 10)):
        chart = shown_chart(qtbot, long_id_totals(), width)
        chart.select(LONG_IDS, ["impressions"])
        chart.redraw_now()
        qtbot.wait(20)
        spans = label_spans(chart)
        assert len(spans) >= at_least
        for (_l, right, _t), (left, _r, _t2) in zip(spans, spans[1:]):
            assert right < left  # a gap between neighbours
        assert all(len(text) < len(LONG_IDS[0]) for _l, _r, text in spans)
    item = chart.bar_chart.plot.getPlotItem()
    chart.bar_chart._hover(item.vb.mapViewToScene(QPointF(7, 500)))
    assert f"{LONG_IDS[7]} · Impressions: 1,007" in chart.bar_chart.plot.toolTip()


def test_the_legends_sit_beside_the_plot_area_never_inside_it(qtbot):
    for result in (hourly(), totals()):
        chart = shown_chart(qtbot, result)
        qtbot.wait(20)
        item = chart.current_plot().getPlotItem()
        legend = item.legend
        assert legend.items  # it names what is drawn
        assert legend.parentItem() is item and legend.parentItem() is not item.vb
        plot_area = item.vb.sceneBoundingRect()
        beside = legend.sceneBoundingRect()
        assert beside.left() >= plot_area.right() - 1  # (a pen's half-width of contact)
        assert beside.width() > 20 and beside.bottom() <= plot_area.bottom()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 24 * 60), st.integers(0, 10_000)), min_size=1,
                max_size=300, unique_by=lambda hv: hv[0]),
       st.sampled_from([DAY, WEEK]))
def test_resampled_sums_equal_the_hourly_sums_of_each_day_or_week(hours, grain):
    hours.sort()
    buckets = np.array([DAY0 + h * H for h, _v in hours], np.int64)
    values = np.array([v for _h, v in hours], np.int64)
    starts, sums = resampled(buckets, values, grain)
    assert sums.sum() == values.sum() and (np.diff(starts) > 0).all()
    length = 86_400 if grain == DAY else 7 * 86_400
    for start, total in zip(starts, sums):
        inside = (buckets >= start) & (buckets < start + length)
        assert total == values[inside].sum()
        assert start % 86_400 == 0
        if grain == WEEK:
            assert (start - MONDAY) % length == 0  # weeks start on Monday


def test_hourly_series_can_be_shown_per_day_and_per_week_from_a_control_in_the_chart(qtbot):
    chart = shown_chart(qtbot, hourly(posts=["3"], metrics=["impressions"], hours=24 * 9))
    picker = chart.view_picker
    assert [picker.itemData(i) for i in range(picker.count())] == [HOUR, DAY, WEEK, BARS]
    hourly_x, hourly_y = chart._curves[("3", "impressions")].getData()
    for grain, length in ((DAY, 86_400), (WEEK, 7 * 86_400)):
        picker.setCurrentIndex(picker.findData(grain))
        chart.redraw_now()
        xs, ys = chart._curves[("3", "impressions")].getData()
        assert ys.sum() == hourly_y.sum()
        for start, total in zip(xs, ys):
            assert total == hourly_y[(hourly_x >= start) & (hourly_x < start + length)].sum()
    # 2026-11-01 is a Sunday: its week (from Monday 26 October), 2-8 November, then the 9th.
    assert len(xs) == 3 and list(np.diff(xs)) == [7 * 86_400] * 2


def test_the_chart_type_follows_the_data_shown(qtbot):
    chart = shown_chart(qtbot, totals())
    assert chart.view_picker.currentData() == BARS
    assert chart.current_plot() is chart.bar_chart.plot
    chart.set_result(hourly())
    chart.redraw_now()
    assert chart.view_picker.currentData() == HOUR
    assert chart.current_plot() is chart.time_plot
    chart.set_result(totals())
    chart.redraw_now()
    assert chart.current_plot() is chart.bar_chart.plot


def rates_result() -> ResultSet:
    result = hourly(posts=["3"], metrics=["impressions"], hours=4)  # 3, 4, 5, 6
    result.add_rows([Row("3", "engagements", DAY0 + h * H, HOUR, h) for h in range(4)])
    result.add_rows([Row("3", "impressions", DAY0 + 4 * H, HOUR, 0),
                     Row("3", "engagements", DAY0 + 4 * H, HOUR, 0)])
    return result


def test_a_rate_is_drawn_on_its_own_right_hand_axis_in_percent(qtbot):
    chart = shown_chart(qtbot, rates_result())
    assert "engagement_rate" in [chart.metrics.item(i).data(256)
                                 for i in range(chart.metrics.count())]
    chart.select(["3"], ["impressions", "engagement_rate"])
    chart.redraw_now()
    item = chart.time_plot.getPlotItem()
    counts = chart._curves[("3", "impressions")]
    rate = chart._curves[("3", "engagement_rate")]
    assert counts.getViewBox() is item.vb
    assert rate.getViewBox() is chart.lines.rate_axis.view is not item.vb
    assert item.getAxis("right").isVisible() and item.getAxis("right").linkedView() is \
        rate.getViewBox()
    _xs, ys = rate.getData()
    assert np.allclose(ys[:4], [0, 100 / 4, 200 / 5, 300 / 6]) and np.isnan(ys[4])
    assert "Engagement rate" in [label.text.split(" · ")[1] for _s, label in item.legend.items]
    chart.select([], ["impressions"])
    chart.redraw_now()
    assert not item.getAxis("right").isVisible()


def test_rate_bars_are_ratios_of_totals_on_the_right_axis(qtbot):
    chart = shown_chart(qtbot, long_id_totals())
    chart.select(LONG_IDS[:3], ["impressions", "engagement_rate"])
    chart.redraw_now()
    impressions, rate = chart.bar_chart._bars
    assert impressions.getViewBox() is chart.bar_chart.plot.getPlotItem().vb
    assert rate.getViewBox() is chart.bar_chart.rate_axis.view
    assert np.allclose(rate.opts["height"], [0, 100 * 10 / 1001, 100 * 20 / 1002])


def test_every_group_is_in_view_with_its_label_rate_bars_included(qtbot):
    chart = shown_chart(qtbot, long_id_totals(), 1400)
    chart.select(LONG_IDS[:6], ["impressions", "engagements", "engagement_rate"])
    chart.redraw_now()
    qtbot.wait(20)
    (left, right), _ = chart.bar_chart.plot.getPlotItem().vb.viewRange()
    rate_bars = chart.bar_chart._bars[-1]
    last_edge = rate_bars.opts["x"][-1] + rate_bars.opts["width"] / 2
    assert left <= -0.4 and right >= last_edge
    assert [i for i, _t in chart.bar_chart.group_labels()] == list(range(6))


def test_a_narrow_chart_moves_its_legend_below_the_plot_and_back_beside_when_widened(qtbot):
    chart = shown_chart(qtbot, hourly(), width=360)
    qtbot.wait(20)
    item = chart.current_plot().getPlotItem()
    legend = item.legend
    plot_area = item.vb.sceneBoundingRect()
    under = legend.sceneBoundingRect()
    assert legend.items and legend.below
    assert under.top() >= plot_area.bottom() - 1  # under the plot, not over the data
    assert plot_area.width() > 0.5 * item.size().width()  # the data keeps most of the width
    chart.resize(1400, 600)
    qtbot.waitUntil(lambda: legend.sceneBoundingRect().left()
                    >= item.vb.sceneBoundingRect().right() - 1)
    assert not legend.below
