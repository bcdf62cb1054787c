"""The metrics-as-columns table: every node's numbers against a plain-Python recount."""
import math
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_desktop.core import utc
from engagement_desktop.core.analysis.dimensions import DIMENSIONS, UNKNOWN_HANDLE
from engagement_desktop.core.analysis.records import header, records
from engagement_desktop.core.analysis.table import build_table
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import DAY, HOUR, TOTAL, WEEK, Row

H = 3600
METRICS = ("impressions", "engagements", "favorites", "video_starts", "video_completions")
RATES = {"engagement_rate": ("engagements", "impressions"),
         "like_rate": ("favorites", "impressions"),
         "video_completion_rate": ("video_completions", "video_starts")}
# Starts 36 h before each 2026 DST change of the two zones the tests use.
SWITCHES = [utc.epoch(utc.parse_instant(t)) - 36 * H for t in (
    "2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z",  # Europe/Madrid
    "2026-03-08T07:00:00Z", "2026-11-01T06:00:00Z")]  # America/New_York
HANDLES = {"1": "@Alpha", "2": "alpha", "3": "beta"}  # post 40 has no known owner


def oracle_key(dim, post, bucket, tz):
    """A row's key in a dimension, written the slow, obvious way."""
    local = datetime.fromtimestamp(bucket, tz)
    return {"post": post,
            "handle": HANDLES[post].lstrip("@").lower() if post in HANDLES else None,
            "day": local.date(), "week": local.date() - timedelta(days=local.weekday()),
            "hour": bucket, "weekday": local.weekday(), "hour_of_day": local.hour}[dim]


def expected(rows, column):
    """A metric's sum, or a rate's Σnumerator / Σdenominator, over `rows`; None is blank."""
    def total(metric):
        values = [r.value for r in rows if r.metric == metric]
        return sum(values) if values else None
    if column in RATES:
        num, den = (total(m) for m in RATES[column])
        return None if num is None or not den else num / den
    return total(column)


def assert_cell(actual, wanted):
    if wanted is None:
        assert math.isnan(actual)
    else:
        assert math.isclose(actual, wanted, rel_tol=1e-12)


rows_strategy = st.builds(
    lambda start, cells: [Row(p, m, start + h * H, HOUR, v) for p, m, h, v in cells],
    st.sampled_from(SWITCHES),
    st.lists(st.tuples(st.sampled_from(["1", "2", "3", "40"]), st.sampled_from(METRICS),
                       st.integers(0, 72), st.integers(0, 3) | st.integers(0, 10**6)),
             min_size=1, max_size=80))


@settings(max_examples=60, deadline=None)
@given(rows=rows_strategy, order=st.permutations(DIMENSIONS), depth=st.integers(1, 3),
       zone=st.sampled_from(["Europe/Madrid", "America/New_York", "UTC"]))
def test_every_node_holds_the_sums_and_ratio_of_sums_of_its_values(rows, order, depth, zone):
    result = ResultSet()
    result.add_rows(rows)
    dims = list(order[:depth])
    table = build_table(result, dims, tz=zone, handles=HANDLES)
    tz = ZoneInfo(zone)
    keyed = [(tuple(oracle_key(d, r.post_id, r.bucket, tz) for d in dims), r) for r in rows]
    for node in [table.total, *table.walk()]:
        path = node.path()
        below = [r for keys, r in keyed if keys[:len(path)] == path]
        assert node.count == len({(r.post_id, r.metric, r.bucket) for r in below})
        for column in table.columns:
            assert_cell(node[column.name], expected(below, column.name))
    # Each level lists every key present once, with the handle-less post in its own bucket.
    assert sorted(map(str, (n.key for n in table.rows()))) == \
        sorted({str(keys[0]) for keys, _ in keyed})


def hourly(values_by_post):
    """{post: {metric: value}} as rows of one hour."""
    result = ResultSet()
    start = SWITCHES[0]
    result.add_rows([Row(p, m, start, HOUR, v) for p, metrics in values_by_post.items()
                     for m, v in metrics.items()])
    return result


def test_columns_are_the_metrics_present_then_the_rates_they_allow():
    table = build_table(hourly({"1": {"impressions": 10, "engagements": 2, "favorites": 1}}))
    assert [c.name for c in table.columns] == ["engagements", "favorites", "impressions",
                                               "engagement_rate", "like_rate"]
    assert table.total["engagement_rate"] == 0.2
    assert [c.name for c in build_table(hourly({"1": {"impressions": 1}}), rates=False)
            .columns] == ["impressions"]


def test_rates_the_metrics_cannot_give_are_said_with_the_metrics_they_need_and_how_to_add_them():
    likes = hourly({"1": {"favorites": 3, "retweets": 1}})
    [note] = [n for n in build_table(likes).notes() if "rate" in n]
    assert note == ("No rate can be computed from these numbers. Like rate, Repost rate: needs "
                    "Impressions (impressions). Add the missing metrics to the query (the query "
                    "editor offers to) and run it again.")
    assert build_table(likes, rates=False).notes() == []  # none asked for: nothing to say
    assert not any("No rate" in n for n in build_table(hourly({"1": {
        "favorites": 3, "impressions": 9}})).notes())
    with pytest.raises(ValueError, match=r"cannot give a rate asked for. Engagement rate: needs "
                                         r"Engagements \(engagements\), Impressions"):
        build_table(likes, rates=["engagement_rate"])


def test_zero_or_missing_denominators_give_blank_rates_not_zero():
    table = build_table(hourly({"1": {"impressions": 0, "engagements": 0},
                                "2": {"engagements": 5}, "3": {"impressions": 8}}),
                        ["post"], rates=["engagement_rate"])
    rates = {n.key: n["engagement_rate"] for n in table.rows()}
    assert math.isnan(rates["1"]) and math.isnan(rates["2"]) and math.isnan(rates["3"])
    assert table.total["engagement_rate"] == 5 / 8  # the sums over every post


def test_a_handle_rollup_has_one_row_per_handle_and_an_unknown_bucket():
    table = build_table(hourly({"1": {"impressions": 100, "engagements": 5},
                                "2": {"impressions": 300, "engagements": 15},
                                "3": {"impressions": 50, "engagements": 1},
                                "40": {"impressions": 10, "engagements": 1}}),
                        ["handle"], handles=HANDLES)
    assert [(n.label, n["impressions"], n["engagement_rate"]) for n in table.rows()] == [
        ("@alpha", 400, 20 / 400), ("@beta", 50, 1 / 50), (UNKNOWN_HANDLE, 10, 0.1)]


def test_filter_sort_and_top_choose_rows_without_changing_any_number():
    result = hourly({p: {"impressions": i * 1000, "engagements": 10 * (5 - i)}
                     for i, p in enumerate(["1", "2", "3", "4"], start=1)})
    table = build_table(result, ["post"], sort="engagement_rate",
                        filters=["impressions >= 2,000"], top=2)
    assert [n.key for n in table.rows()] == ["2", "3"]
    assert table.total["impressions"] == 10_000  # every post, shown or not
    ascending = build_table(result, ["post"], sort="impressions asc")
    assert [n.key for n in ascending.rows()] == ["1", "2", "3", "4"]
    assert any("impressions >= 2000" in note for note in table.notes())


def test_blank_cells_fail_filters_and_sort_last():
    result = hourly({"1": {"impressions": 0, "engagements": 0},
                     "2": {"impressions": 10, "engagements": 1},
                     "3": {"impressions": 10, "engagements": 3}})
    for descending in ("desc", "asc"):
        table = build_table(result, ["post"], sort=f"engagement_rate {descending}")
        assert table.rows()[-1].key == "1"
    assert [n.key for n in build_table(result, ["post"],
                                       filters=["engagement_rate < 20%"]).rows()] == ["2"]


def test_hours_in_a_zone_are_labelled_with_the_zone_and_the_repeated_hour_stays_two_rows():
    fall_back = utc.epoch(utc.parse_instant("2026-10-25T00:00:00Z"))  # 02:00 CEST
    result = ResultSet()
    result.add_rows([Row("1", "impressions", fall_back + i * H, HOUR, 1) for i in range(2)])
    table = build_table(result, ["day", "hour"], tz="Europe/Madrid")
    (day,) = table.rows()
    assert str(day.key) == "2026-10-25"
    assert [n.label for n in day.children()] == ["02:00 CEST", "02:00 CET"]


@pytest.mark.parametrize("dims, granularity, message", [
    (["metric"], HOUR, "not a dimension"),
    (["post", "post"], HOUR, "listed twice"),
    (["hour_of_day"], DAY, "cannot be grouped by hour of day"),
    (["day"], TOTAL, "cannot be grouped by day"),
])
def test_groupings_the_values_cannot_give_are_refused_plainly(dims, granularity, message):
    result = ResultSet()
    result.add_rows([Row("1", "impressions", None if granularity == TOTAL else SWITCHES[0],
                         granularity, 5)])
    with pytest.raises(ValueError, match=message):
        build_table(result, dims)


@pytest.mark.parametrize("options, message", [
    ({"top": 3}, "needs a column to rank by"),
    ({"sort": "clicks"}, "not a column"),
    ({"filters": ["impressions >> 3"]}, "not a filter"),
    ({"rates": ["like_rate"]}, r"Like rate: needs Likes \(favorites\)"),
    ({"tz": "Mars/Olympus"}, "not a time zone"),
])
def test_bad_view_options_get_a_plain_message(options, message):
    with pytest.raises(ValueError, match=message):
        build_table(hourly({"1": {"impressions": 1}}), ["post"], **options)


def test_daily_numbers_keep_their_utc_days_and_the_notes_say_so():
    result = ResultSet()
    day = utc.epoch(utc.parse_instant("2026-11-16"))
    result.add_rows([Row("1", "impressions", day, DAY, 7)])
    table = build_table(result, ["day", "weekday"], tz="America/New_York")
    assert str(table.rows()[0].key) == "2026-11-16"
    assert table.rows()[0].children()[0].label == "Monday"
    assert any("UTC days" in note for note in table.notes())


def test_aggregate_rows_beside_per_post_rows_are_not_counted_twice():
    result = hourly({"1": {"impressions": 10}})
    result.add_rows([Row(None, "impressions", SWITCHES[0], HOUR, 10)])
    assert build_table(result).total["impressions"] == 10


def test_a_result_that_grows_is_read_again_not_from_an_old_copy():
    result = hourly({"1": {"impressions": 10}})
    assert build_table(result).total["impressions"] == 10
    result.add_rows([Row("2", "impressions", SWITCHES[0], HOUR, 5)])
    assert build_table(result, ["post"]).total["impressions"] == 15
    assert [n.key for n in build_table(result, ["post"]).rows()] == ["1", "2"]


def test_hours_years_apart_and_server_weeks_off_the_monday_grid_group_right():
    far = [SWITCHES[0], SWITCHES[0] + 10 * 365 * 86400]  # too sparse for a dense slot grid
    result = ResultSet()
    result.add_rows([Row("1", "impressions", t, HOUR, v) for t, v in zip(far, (3, 4))])
    assert [(str(n.key), n["impressions"]) for n in build_table(result, ["day"]).rows()] == \
        [("2026-03-27", 3), ("2036-03-24", 4)]
    weeks = ResultSet()  # a server's weekly buckets keep their own start, here a Wednesday
    wednesday = utc.epoch(utc.parse_instant("2026-11-18"))
    weeks.add_rows([Row("1", "impressions", wednesday + i * 7 * 86400, WEEK, i + 1)
                    for i in range(3)])
    assert [(n.label, n["impressions"]) for n in build_table(weeks, ["week"]).rows()] == [
        ("week of 2026-11-18", 1), ("week of 2026-11-25", 2), ("week of 2026-12-02", 3)]


def test_records_carry_each_rows_keys_metrics_and_rates_with_blanks_as_none():
    table = build_table(hourly({"1": {"impressions": 100, "engagements": 5},
                                "3": {"impressions": 0, "engagements": 0}}),
                        ["handle", "post"], handles=HANDLES, rates=["engagement_rate"])
    assert header(table) == ["handle", "post", "engagements", "impressions", "engagement_rate"]
    assert records(table) == [
        ["@alpha", None, 5, 100, 0.05], ["@alpha", "1", 5, 100, 0.05],
        ["@beta", None, 0, 0, None], ["@beta", "3", 0, 0, None],
        ["Total", None, 5, 100, 0.05]]


def test_records_write_hours_as_local_times_with_their_offset():
    fall_back = utc.epoch(utc.parse_instant("2026-10-25T00:00:00Z"))
    result = ResultSet()
    result.add_rows([Row("1", "impressions", fall_back + i * H, HOUR, 1) for i in range(2)])
    table = build_table(result, ["hour"], tz="Europe/Madrid")
    assert [r[0] for r in records(table, totals=False)] == ["2026-10-25T02:00:00+02:00",
                                                            "2026-10-25T02:00:00+01:00"]
