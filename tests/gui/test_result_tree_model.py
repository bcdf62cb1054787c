"""The result tree as the user sees it: lazy pages, sums at every level, sort, filter,
regroup without fetching, copy as TSV; and a model that passes Qt's own model tester."""
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from engagement_desktop.core.tree import ResultTree
from engagement_desktop.gui.results.result_tree_model import PAGE, VALUE, ResultFilterProxy, ResultTreeModel
from engagement_desktop.gui.results.tree_tab import TreeTab
from results_samples import DAY0, daily, expected_sum, hourly

ROOT = QModelIndex()


def labels(model, parent=ROOT):
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_model_passes_the_qt_model_tester_while_fetching_sorting_and_regrouping(qtmodeltester):
    model = ResultTreeModel()
    model.set_tree(ResultTree(hourly(posts=[str(p) for p in range(1, 40)]), ["post", "metric", "hour"]))
    qtmodeltester.check(model, force_py=False)
    model.fetch_all()
    first = model.index(0, 0)
    model.fetchMore(first)
    model.sort(VALUE, Qt.SortOrder.DescendingOrder)
    model.set_tree(ResultTree(hourly(), ["day", "post"]))
    model.fetch_all()
    proxy = ResultFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=False)
    proxy.setFilterFixedString("20")
    assert proxy.rowCount() == 2  # two days, each keeping post 20


def test_every_level_shows_the_sum_of_the_rows_below_it():
    model = ResultTreeModel()
    model.set_tree(ResultTree(hourly(), ["post", "metric", "day"]))
    model.fetch_all()
    assert labels(model) == ["3", "20"]  # numeric post order, not text order
    post20 = model.index(1, 0)
    model.fetch_all(post20)
    assert labels(model, post20) == ["Impressions", "Likes"]
    likes = model.index(1, 0, post20)
    model.fetch_all(likes)
    assert labels(model, likes) == ["2026-11-01", "2026-11-02"]
    day_values = [model.node(model.index(r, 0, likes)).value for r in range(2)]
    assert day_values == [expected_sum("20", 1, range(24)), expected_sum("20", 1, range(24, 48))]
    assert model.index(1, VALUE, post20).data() == f"{expected_sum('20', 1):,}"
    assert model.node(post20).value == expected_sum("20", 0) + expected_sum("20", 1)


def test_a_long_level_arrives_in_pages_as_the_view_asks_for_more():
    model = ResultTreeModel()
    model.set_tree(ResultTree(hourly(posts=["3"], metrics=["favorites"], hours=700), ["hour"]))
    assert model.rowCount() == 0 and model.canFetchMore(ROOT)
    model.fetchMore(ROOT)
    assert model.rowCount() == PAGE
    model.fetch_all()
    assert model.rowCount() == 700 and not model.canFetchMore(ROOT)


def test_sorting_by_value_puts_the_largest_of_the_whole_level_first_not_of_the_fetched_page():
    model = ResultTreeModel()
    model.set_tree(ResultTree(hourly(posts=["3"], metrics=["favorites"], hours=700), ["hour"]))
    model.fetchMore(ROOT)  # only the first 256 hours are in the view
    model.sort(VALUE, Qt.SortOrder.DescendingOrder)
    assert model.node(model.index(0, 0)).value == 3 + 699  # the last hour: never fetched before
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.node(model.index(0, 0)).key == DAY0


def test_filtering_keeps_the_matching_post_and_everything_under_it(qtbot):
    tab = TreeTab()
    qtbot.addWidget(tab)
    tab.set_result(hourly(posts=["3", "20", "31"]))
    tab.filter.setText("31")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    post = tab.proxy.index(0, 0)
    assert post.data() == "31"
    tab.proxy.fetchMore(post)
    assert tab.proxy.rowCount(post) == 2  # both metrics of post 31 stay visible


def test_regrouping_by_day_then_post_reuses_the_rows_already_received(qtbot):
    tab = TreeTab()
    qtbot.addWidget(tab)
    result = hourly()
    before = len(result)
    tab.set_result(result)
    tab.regroup.set_dims(["day", "post"])
    tab.model.fetch_all()
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Day › Post"
    assert labels(tab.model) == ["2026-11-01", "2026-11-02"]
    total = sum(expected_sum(p, m) for p in ("3", "20") for m in (0, 1))
    assert sum(tab.model.node(tab.model.index(r, 0)).value for r in range(2)) == total
    assert len(result) == before


def test_hours_cannot_be_picked_for_daily_numbers_and_the_bar_says_why(qtbot):
    tab = TreeTab()
    qtbot.addWidget(tab)
    tab.set_result(daily())
    level = tab.regroup._levels[0]
    hour = level.model().item(level.findData("hour"))
    assert not hour.isEnabled()
    assert "hourly numbers" in hour.toolTip()
    assert "day" in tab.regroup.dims()


def test_ctrl_c_copies_the_selected_rows_as_tab_separated_paths_and_values(qtbot):
    tab = TreeTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.set_result(hourly())
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 2)
    post20 = tab.proxy.index(1, 0)
    tab.view.expand(post20)
    qtbot.waitUntil(lambda: tab.proxy.rowCount(post20) == 2)
    tab.view.selectionModel().select(
        tab.proxy.index(1, 0, post20),
        tab.view.selectionModel().SelectionFlag.Select | tab.view.selectionModel().SelectionFlag.Rows)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines == ["Post\tMetric\tDay\tValue", f"20\tLikes\t\t{expected_sum('20', 1)}"]


def test_what_was_open_stays_open_when_new_rows_arrive(qtbot):
    tab = TreeTab()
    qtbot.addWidget(tab)
    tab.show()
    result = hourly(hours=24)
    tab.set_result(result)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 2)
    tab.view.expand(tab.proxy.index(1, 0))
    result.add_rows(hourly(hours=48).rows())  # a later page of the run
    tab.rebuild()
    post20 = tab.proxy.index(1, 0)
    assert tab.view.isExpanded(post20)
    assert tab.model.node(tab.proxy.mapToSource(post20)).value > expected_sum("20", 0, range(24))


def test_a_level_above_the_metrics_shows_no_sum_of_different_metrics(qtbot):
    model = ResultTreeModel()
    model.set_tree(ResultTree(hourly(), ["post", "day", "metric"]))
    model.fetch_all()
    post20 = model.index(1, 0)
    assert model.index(1, VALUE).data() == ""  # likes + impressions means nothing
    assert "holds several metrics" in model.index(1, VALUE).data(Qt.ItemDataRole.ToolTipRole)
    model.fetch_all(post20)
    day = model.index(0, 0, post20)
    assert model.index(0, VALUE, post20).data() == ""
    model.fetch_all(day)
    likes = model.index(1, VALUE, day)  # at the metric level a sum is one metric's again
    assert likes.data() == f"{expected_sum('20', 1, range(24)):,}"
    tsv = model.to_tsv([model.index(1, 0), likes]).splitlines()
    assert tsv[1:] == ["20\t\t\t", f"20\t2026-11-01\tLikes\t{expected_sum('20', 1, range(24))}"]
    one_metric = ResultTreeModel()
    one_metric.set_tree(ResultTree(hourly(metrics=["favorites"]), ["post", "day"]))
    one_metric.fetch_all()
    assert one_metric.index(1, VALUE).data() == f"{expected_sum('20', 0):,}"
