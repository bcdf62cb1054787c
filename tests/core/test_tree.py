"""The result tree: rows grouped by any order of dimensions, with sums at every level."""
import gc
import weakref

import pytest
from engagement_builtins.specs import HISTORICAL

from engagement_desktop.core import utc
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import DAY, HOUR, TOTAL, WEEK, Row
from engagement_desktop.core.tree import DIMENSIONS, ResultTree, available_dimensions

SUN = utc.epoch(utc.parse_instant("2026-11-15"))  # a Sunday
MON = SUN + 86400
H = 3600
EVERYTHING = (100 + 101 + 102 + 103) + (10 + 11 + 12 + 13) + 8  # all values of hourly_result


def hourly_result():
    """Post 3 and post 20; impressions and likes; Sunday 22:00 to Monday 01:00 (4 hours)."""
    result = ResultSet(metric_labels=HISTORICAL.metric_labels)
    for post_id, base in (("20", 100), ("3", 10)):
        for i in range(4):
            bucket = SUN + (22 + i) * H
            result.add_rows([Row(post_id, "impressions", bucket, HOUR, base + i),
                             Row(post_id, "favorites", bucket, HOUR, 1)])
    return result


def labels(nodes):
    return [(n.label, n.value) for n in nodes]


def test_every_level_shows_the_sum_of_what_is_below_it():
    tree = ResultTree(hourly_result(), ["post", "metric", "hour"])
    assert tree.root.value == EVERYTHING
    for post in tree.root.children():
        assert post.value == sum(m.value for m in post.children())
        for metric in post.children():
            assert metric.value == sum(h.value for h in metric.children())


def test_posts_sort_numerically_and_metrics_in_catalog_order():
    tree = ResultTree(hourly_result(), ["post", "metric"])
    assert [n.key for n in tree.root.children()] == ["3", "20"]
    # The endpoint lists impressions before favorites (shown as "Likes").
    assert labels(tree.root.children()[0].children()) == [("Impressions", 46), ("Likes", 4)]


def test_days_and_hours_roll_up_from_hour_rows_in_time_order():
    tree = ResultTree(hourly_result(), ["day", "hour", "post"])
    days = tree.root.children()
    assert labels(days) == [("2026-11-15", 100 + 101 + 10 + 11 + 4),
                            ("2026-11-16", 102 + 103 + 12 + 13 + 4)]
    assert [n.label for n in days[1].children()] == ["00:00", "01:00"]
    assert [n.key for n in days[1].children()] == [MON, MON + H]


def test_weeks_start_on_monday_utc():
    tree = ResultTree(hourly_result(), ["week"])
    assert labels(tree.root.children()) == [("week of 2026-11-09", 100 + 101 + 10 + 11 + 4),
                                            ("week of 2026-11-16", 102 + 103 + 12 + 13 + 4)]


def test_an_hour_without_its_day_above_it_shows_the_date():
    tree = ResultTree(hourly_result(), ["hour"])
    assert tree.root.children()[0].label == "2026-11-15 22:00"


def test_the_finest_granularity_is_used_so_totals_never_add_to_series():
    result = hourly_result()
    result.add_rows([Row("3", "impressions", None, TOTAL, 5000)])
    assert ResultTree(result, ["post"]).root.value == EVERYTHING
    assert ResultTree(result, ["post"], granularity=TOTAL).root.value == 5000


def test_aggregate_rows_beside_per_post_rows_are_not_counted_twice():
    result = hourly_result()
    result.add_rows([Row(None, "impressions", SUN + 22 * H, HOUR, 110)])
    assert ResultTree(result, ["metric"]).root.value == EVERYTHING


def test_results_with_only_aggregate_rows_show_one_all_posts_node():
    result = ResultSet()
    result.add_rows([Row(None, "impressions", None, TOTAL, 7)])
    assert labels(ResultTree(result, ["post"]).root.children()) == [("All posts", 7)]


def test_server_weekly_buckets_keep_their_own_start():
    result = ResultSet()
    wednesday = MON + 2 * 86400
    result.add_rows([Row("3", "impressions", wednesday, WEEK, 4),
                     Row("3", "impressions", wednesday + 7 * 86400, WEEK, 6)])
    assert labels(ResultTree(result, ["week"]).root.children()) == [
        ("week of 2026-11-18", 4), ("week of 2026-11-25", 6)]


def test_week_rolls_up_from_day_rows():
    result = ResultSet()
    result.add_rows([Row("3", "impressions", SUN, DAY, 1), Row("3", "impressions", MON, DAY, 2),
                     Row("3", "impressions", MON + 86400, DAY, 3)])
    assert labels(ResultTree(result, ["week"]).root.children()) == [
        ("week of 2026-11-09", 1), ("week of 2026-11-16", 5)]


@pytest.mark.parametrize("granularity, dim", [(DAY, "hour"), (WEEK, "day"), (TOTAL, "week")])
def test_asking_for_a_dimension_the_rows_cannot_give_says_so_plainly(granularity, dim):
    result = ResultSet()
    result.add_rows([Row("3", "impressions", None if granularity == TOTAL else MON, granularity,
                         1)])
    with pytest.raises(ValueError, match=f"cannot be grouped by {dim}"):
        ResultTree(result, ["post", dim])


def test_hours_from_daily_rows_are_refused_in_words_that_fit_every_endpoint():
    result = ResultSet()
    result.add_rows([Row("3", "impressions", MON, DAY, 1)])
    with pytest.raises(ValueError) as refused:
        ResultTree(result, ["hour"])
    assert str(refused.value) == (
        "These results have daily numbers, so they cannot be grouped by hour: that needs hourly "
        "numbers (a query grouped by the hour, or with an hourly granularity). Pick another "
        "grouping or run a query that asks for them.")


@pytest.mark.parametrize("dims, message", [(["post", "month"], "'month' is not a dimension"),
                                           (["post", "post"], "listed twice")])
def test_unknown_or_repeated_dimensions_are_refused(dims, message):
    with pytest.raises(ValueError, match=message):
        ResultTree(hourly_result(), dims)


def test_asking_for_a_granularity_the_result_lacks_is_refused():
    with pytest.raises(ValueError, match="no day rows"):
        ResultTree(hourly_result(), ["post"], granularity=DAY)


def test_available_dimensions_follow_the_finest_rows():
    assert available_dimensions(hourly_result()) == list(DIMENSIONS)
    daily = ResultSet()
    daily.add_rows([Row("3", "impressions", MON, DAY, 1)])
    assert available_dimensions(daily) == ["post", "metric", "day", "week"]
    totals = ResultSet()
    totals.add_rows([Row("3", "impressions", None, TOTAL, 1)])
    assert available_dimensions(totals) == ["post", "metric"]


def test_an_empty_result_gives_an_empty_tree_for_any_dimensions():
    tree = ResultTree(ResultSet(), ["day", "post"])
    assert tree.root.value == 0 and tree.root.children() == []
    assert not tree.root.has_children()


def test_nodes_know_their_place_path_and_parent():
    tree = ResultTree(hourly_result(), ["post", "metric", "day"])
    post = tree.root.children()[1]
    metric = post.children()[1]
    day = metric.children()[0]
    assert (post.dimension, post.row_in_parent, post.parent) == ("post", 1, tree.root)
    assert (metric.key, metric.row_in_parent) == ("favorites", 1)
    assert day.path() == ("20", "favorites", SUN)
    assert tree.root.dimension is None and tree.root.path() == ()


def test_leaves_have_no_children_and_children_are_built_once():
    tree = ResultTree(hourly_result(), ["post", "metric"])
    assert tree.root.children() is tree.root.children()
    leaf = tree.root.children()[0].children()[0]
    assert not leaf.has_children() and leaf.children() == []


def test_a_dropped_tree_frees_its_columns_without_waiting_for_garbage_collection():
    tree = ResultTree(hourly_result(), ["post", "metric", "hour"])
    tree.root.children()[0].children()[0].children()
    columns = weakref.ref(tree.root._table)
    gc.disable()
    try:
        del tree
        assert columns() is None
    finally:
        gc.enable()
