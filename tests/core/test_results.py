"""A run's merged result: how steps add up, the order rows come out in, problems kept once."""
import random
import threading

import numpy as np
import pytest

from engagement_desktop.core import utc
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import DAY, HOUR, TOTAL, UNAVAILABLE, PostProblem, Row
from engagement_desktop.core.series_rows import NO_BUCKET, SeriesRows

DAY0 = utc.epoch(utc.parse_instant("2026-11-20"))
H = 3600


def merged(*steps) -> ResultSet:
    result = ResultSet()
    for rows in steps:
        result.add_rows(rows)
    return result


def test_a_day_straddling_two_windows_is_the_sum_of_both_steps():
    first_window = [Row("3", "impressions", DAY0, DAY, 40), Row("3", "impressions", None, TOTAL, 40)]
    second_window = [Row("3", "impressions", DAY0, DAY, 2), Row("3", "impressions", None, TOTAL, 2)]
    result = merged(first_window, second_window)
    assert list(result.rows()) == [Row("3", "impressions", DAY0, DAY, 42),
                                   Row("3", "impressions", None, TOTAL, 42)]
    assert len(result) == 2


def test_different_hours_of_one_series_from_two_steps_come_out_in_time_order():
    later = [Row("3", "favorites", DAY0 + h * H, HOUR, h) for h in (5, 4, 3)]
    earlier = [Row("3", "favorites", DAY0 + h * H, HOUR, h) for h in (0, 2, 1)]
    result = merged(later, earlier)
    assert [r.bucket for r in result.rows()] == [DAY0 + h * H for h in range(6)]
    assert result.series()[("3", "favorites", HOUR)] == {DAY0 + h * H: h for h in range(6)}


def test_rows_are_ordered_by_post_number_then_metric_granularity_and_bucket_with_totals_first():
    rows = [Row(None, "impressions", DAY0, HOUR, 1),  # an aggregate over all posts: last
            Row("20", "favorites", DAY0, HOUR, 2),
            Row("3", "impressions", DAY0 + H, HOUR, 3), Row("3", "impressions", DAY0, HOUR, 4),
            Row("3", "impressions", None, TOTAL, 5), Row("3", "favorites", DAY0, DAY, 6),
            Row("100", "favorites", DAY0, HOUR, 7)]
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    result = merged(shuffled)
    assert list(result.rows()) == [
        Row("3", "favorites", DAY0, DAY, 6),
        Row("3", "impressions", DAY0, HOUR, 4), Row("3", "impressions", DAY0 + H, HOUR, 3),
        Row("3", "impressions", None, TOTAL, 5),
        Row("20", "favorites", DAY0, HOUR, 2), Row("100", "favorites", DAY0, HOUR, 7),
        Row(None, "impressions", DAY0, HOUR, 1)]
    assert result.post_ids() == ["3", "20", "100", None]
    assert result.metrics() == ["favorites", "impressions"]
    assert result.granularities() == {DAY, HOUR, TOTAL}


def test_a_total_reads_back_with_no_bucket_in_series_and_rows():
    result = merged([Row("3", "replies", None, TOTAL, 9)])
    assert result.series() == {("3", "replies", TOTAL): {None: 9}}
    buckets, values = result.series_arrays()[("3", "replies", TOTAL)]
    assert buckets.tolist() == [NO_BUCKET] and values.tolist() == [9]


def test_a_journaled_step_merges_exactly_like_the_same_rows_one_by_one():
    rng = random.Random(3)
    steps = [[Row(str(p), m, DAY0 + h * H, HOUR, rng.randrange(1000))
              for p in (3, 20) for m in ("favorites", "impressions") for h in range(w, w + 30)]
             + [Row(None, "favorites", None, TOTAL, rng.randrange(1000))]
             for w in (0, 20)]  # the two windows overlap by 10 hours: those add up
    by_row, in_bulk = ResultSet(), ResultSet()
    for rows in steps:
        for row in rows:
            by_row.add_rows([row])
        in_bulk.add_rows(SeriesRows.from_bytes(SeriesRows.from_rows(rows).to_bytes()))
    assert list(in_bulk.rows()) == list(by_row.rows())
    assert len(in_bulk) == 2 * 2 * 50 + 1


def test_rows_added_after_a_read_are_in_the_next_read():
    result = merged([Row("3", "favorites", DAY0, HOUR, 1)])
    assert len(result) == 1
    result.add_rows([Row("3", "favorites", DAY0 + H, HOUR, 2), Row("3", "favorites", DAY0, HOUR, 3)])
    assert result.series()[("3", "favorites", HOUR)] == {DAY0: 4, DAY0 + H: 2}
    assert len(result) == 2


def test_the_arrays_a_chart_reads_cannot_be_changed_behind_the_results_back():
    result = merged([Row("3", "favorites", DAY0, HOUR, 1)])
    buckets, values = result.series_arrays()[("3", "favorites", HOUR)]
    with pytest.raises(ValueError):
        values[0] = 99
    assert list(result.rows()) == [Row("3", "favorites", DAY0, HOUR, 1)]


def test_reading_some_series_merges_those_and_leaves_the_rest_for_a_later_read():
    first = [Row(p, "favorites", DAY0 + h * H, HOUR, h) for p in ("3", "20") for h in (1, 0)]
    second = [Row(p, "favorites", DAY0 + h * H, HOUR, 10) for p in ("3", "20") for h in (0, 2)]
    result = merged(first, second)
    some = result.series_arrays([("3", "favorites", HOUR), ("99", "favorites", HOUR)])
    assert list(some) == [("3", "favorites", HOUR)]  # a series the result lacks is left out
    buckets, values = some[("3", "favorites", HOUR)]
    assert (buckets - DAY0).tolist() == [0, H, 2 * H] and values.tolist() == [10, 1, 10]
    everything = result.series_arrays()
    assert everything[("3", "favorites", HOUR)][0] is buckets  # merged once, kept
    assert everything[("20", "favorites", HOUR)][1].tolist() == [10, 1, 10]
    assert list(result.rows()) == list(merged(first + second).rows())


def test_two_readers_at_once_see_the_same_complete_result():
    result = ResultSet()
    for p in range(40):
        result.add_rows([Row(str(p), "favorites", DAY0 + h * H, HOUR, 1) for h in range(50)])
    lengths = []
    readers = [threading.Thread(target=lambda: lengths.append(len(result))) for _ in range(4)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join(timeout=10)
    assert lengths == [40 * 50] * 4


def test_a_problem_reported_twice_is_kept_once_in_first_seen_order():
    gone = PostProblem("3", UNAVAILABLE, "The post was deleted or is not served.")
    other = PostProblem("20", UNAVAILABLE, "The post was deleted or is not served.")
    result = ResultSet()
    result.add_problems([gone, other])
    result.add_problems([gone])
    assert result.problems == [gone, other]


def test_an_empty_result_has_nothing_to_show():
    result = ResultSet()
    result.add_rows([])
    assert len(result) == 0 and list(result.rows()) == [] and result.series() == {}
    assert result.post_ids() == [] and result.metrics() == [] and result.granularities() == set()


def test_a_year_of_hourly_values_is_held_at_sixteen_bytes_a_value():
    hours = np.arange(DAY0, DAY0 + 8760 * H, H)
    result = ResultSet()
    result.add_rows(SeriesRows.from_parts([(("3", m, HOUR), hours, hours % 97) for m in ("a", "b")]))
    held = sum(b.nbytes + v.nbytes for b, v in result.series_arrays().values())
    assert len(result) == 2 * 8760 and held == 16 * len(result)


def test_a_comparison_step_s_rows_go_to_the_earlier_part_which_only_with_earlier_joins():
    result = ResultSet()
    result.part_for("a1b2").add_rows([Row("3", "impressions", DAY0 + 7 * 86400, DAY, 5)])
    assert result.earlier is None  # a step of the query's own range
    result.part_for("compare-c3d4").add_rows([Row("3", "impressions", DAY0, DAY, 40),
                                              Row("3", "impressions", DAY0 + 86400, DAY, 2)])
    assert list(result.rows()) == [Row("3", "impressions", DAY0 + 7 * 86400, DAY, 5)]
    joined = result.with_earlier()
    assert list(joined.rows()) == [Row("3", "impressions", DAY0, DAY, 40),
                                   Row("3", "impressions", DAY0 + 86400, DAY, 2),
                                   Row("3", "impressions", DAY0 + 7 * 86400, DAY, 5)]
    assert len(joined) == 3 and len(result) == 1
    assert ResultSet().with_earlier().earlier is None
