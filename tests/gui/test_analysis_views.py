"""The analyst's tabs on sample results: the table model passes Qt's model tester while it is
expanded, sorted, filtered and cut to a top-N; its cells are `build_table`'s; the heatmap and
the comparison show what core/analysis computes, and flag a planted outlier."""
import math

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, Qt

from engagement_desktop.core.analysis import build_heatmap, build_table
from engagement_desktop.core.analysis.dimensions import UNKNOWN_HANDLE
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import HOUR, Row
from engagement_desktop.gui.common import locale_format
from engagement_desktop.gui.results.analysis_table_model import AnalysisTableModel, cell_text
from engagement_desktop.gui.results.analysis_table_view import AnalysisTableView
from engagement_desktop.gui.results.results_panel import ResultsPanel
from results_samples import DAY0, H, hourly, run_into

ROOT = QModelIndex()


def engagement_sample() -> ResultSet:
    """Hourly impressions and engagements of posts 1-4 over 40 days; post 4 is seen ten times
    as often in the last 7 days as before (the planted outlier)."""
    result = ResultSet()
    for post in ("1", "2", "3", "4"):
        for hour in range(40 * 24):
            recent = hour >= 33 * 24
            boost = 10 if post == "4" and recent else 1
            result.add_rows([Row(post, "impressions", DAY0 + hour * H, HOUR,
                                 (100 + int(post) + hour % 24) * boost),
                             Row(post, "engagements", DAY0 + hour * H, HOUR,
                                 (int(post) + hour % 5) * boost)])
    return result


def texts(model, column, parent=ROOT):
    return [model.index(r, column, parent).data() for r in range(model.rowCount(parent))]


def test_the_table_model_passes_the_qt_model_tester_while_expanded_sorted_and_cut(qtmodeltester):
    model = AnalysisTableModel()
    result = hourly(posts=[str(p) for p in range(1, 30)])
    rebuild = lambda sort: build_table(result, ["post", "day", "hour_of_day"], sort=sort)
    model.set_table(rebuild(None), rebuild)
    qtmodeltester.check(model, force_py=False)
    first = model.index(0, 0)
    day = model.index(0, 0, first)
    assert model.rowCount(first) == 2 and model.rowCount(day) == 24
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert texts(model, 0)[:2] == ["29", "28"]
    model.set_table(build_table(result, ["post"], sort="impressions", top=3,
                                filters=["impressions >= 1000"]))
    qtmodeltester.check(model, force_py=False)
    assert texts(model, 0) == ["29", "28", "27", "Total"]


def test_cells_are_the_tables_numbers_as_the_locale_writes_them_and_rates_say_their_definition():
    result = engagement_sample()
    table = build_table(result, ["post"])
    model = AnalysisTableModel()
    model.set_table(table)
    rate, impressions = table.index("engagement_rate") + 1, table.index("impressions") + 1
    assert model.headerData(rate, Qt.Orientation.Horizontal) == "Engagement rate"
    tip = model.headerData(rate, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "engagements / impressions" in tip
    for row, node in enumerate(table.rows()):
        assert model.index(row, rate).data() == locale_format.percent(
            node["engagement_rate"] * 100, 2)
        assert model.index(row, impressions).data() == locale_format.number(node["impressions"])
    total = model.total_index()
    assert total.data() == "Total" and model.rowCount(total) == 0
    assert model.index(total.row(), impressions).data() == locale_format.number(
        table.total["impressions"])


def test_a_blank_rate_is_shown_blank_not_zero():
    result = ResultSet()
    result.add_rows([Row("1", "impressions", DAY0, HOUR, 0),
                     Row("1", "engagements", DAY0, HOUR, 0)])
    table = build_table(result, ["post"])
    assert math.isnan(table.rows()[0]["engagement_rate"])
    rate = table.index("engagement_rate")
    assert cell_text(table.columns[rate], table.rows()[0]["engagement_rate"]) == ""


def test_the_table_tab_rolls_posts_up_to_handles_and_says_what_a_bad_filter_is(qtbot):
    # The handles are passed explicitly: a sample result has no run to record its owners.
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    result = engagement_sample()
    run_into(panel, result)
    handles = {"1": "@alpha", "2": "@alpha", "3": "@beta"}  # post 4: unknown owner
    panel.analysis.set_handles(handles)
    view = panel.analysis.view("table")
    view.set_grouping(["handle"])
    model = view.model
    expected = build_table(panel.current_result(), ["handle"], handles=handles)
    assert texts(model, 0) == ["@alpha", "@beta", UNKNOWN_HANDLE, "Total"]
    rate = expected.index("engagement_rate") + 1
    assert texts(model, rate) == [cell_text(expected.columns[rate - 1], n["engagement_rate"])
                                  for n in [*expected.rows(), expected.total]]
    view.filter.setText("impressions >>= 3")
    view.refresh()
    assert "not a filter" in view.message.text()
    assert model.rowCount() == 4  # the table keeps what it showed


def test_the_table_tab_says_which_metrics_its_rates_need_when_it_can_show_none(qtbot):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    run_into(panel, hourly(metrics=("favorites",)))
    view = panel.analysis.view("table")
    view.refresh()
    assert [c.name for c in view.model.table.columns] == ["favorites"]
    assert ("No rate can be computed from these numbers. Like rate: needs Impressions. Add the "
            "missing metrics to the query (the query editor offers to) and run it again."
            ) in view.message.text()


def test_the_best_time_tab_shows_build_heatmaps_cells_in_the_chosen_zone(qtbot):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    run_into(panel, engagement_sample())
    view = panel.analysis.view("heatmap")
    view.zone.setCurrentText("America/New_York")
    view.set_measure("engagement_rate")
    expected = build_heatmap(panel.current_result(), "engagement_rate", tz="America/New_York")
    np.testing.assert_array_equal(view.heatmap.cells, expected.cells)
    assert view.image.image.shape == (7, 24)
    assert "engagement" in view.cell_text(0, 13).lower()
    view.set_measure("impressions")
    assert view.heatmap.cells.sum() == pytest.approx(
        build_table(panel.current_result(), []).total["impressions"])


def test_the_compare_tab_flags_the_planted_outlier_in_colour_and_words(qtbot):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    run_into(panel, engagement_sample())
    view = panel.analysis.view("compare")
    view.choose("7:28", "post", "impressions")
    flagged = [(view.rows.item(r, 0).text(), view.rows.item(r, 5).text(),
                view.rows.item(r, 0).background().color().name())
               for r in range(view.rows.rowCount()) if view.rows.item(r, 5).text()]
    assert flagged == [("4", "above baseline", "#c8f0c8")]
    assert [row.key for row in view.comparison.outliers()] == ["4"]
    assert "1 flagged" in view.message.text()


def test_the_table_filter_takes_a_column_by_the_header_it_shows_or_its_api_name(qtbot):
    # Likes of post 3: Σ(3 + 1 + h) over 48 hours = 1,320; of post 20: 2,136.
    view = AnalysisTableView()
    qtbot.addWidget(view)
    view.set_result(hourly(posts=("3", "20")), {})
    for written in ("Likes >= 2000", "LIKES>=2,000", "favorites >= 2000"):
        view.filter.setText(written)
        view.refresh()
        assert texts(view.model, 0) == ["20", "Total"], view.message.text()
    view.filter.setText("Saves >= 1")
    view.refresh()
    assert "'Saves' is not a column of this table" in view.message.text()
