"""Recent vs baseline: values, scaled baselines, changes and outlier flags against a recount."""
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_desktop.core import utc
from engagement_desktop.core.analysis.compare import (
    ABOVE, BELOW, compare_periods, compare_to_handle_median, result_end)
from engagement_desktop.core.periods import PRESETS, Period, parse_preset
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import DAY, TOTAL, WEEK, Row

D = 86400
T0 = utc.epoch(utc.parse_instant("2026-10-01"))
HANDLES = {"1": "alpha", "2": "alpha", "3": "beta"}


def result_of(rows):
    result = ResultSet()
    result.add_rows(rows)
    return result


def close(actual, wanted):
    return math.isnan(actual) if wanted is None else math.isclose(actual, wanted,
                                                                  rel_tol=1e-9, abs_tol=1e-12)


def recount(rows, keys_of, measure, recent, baseline):
    """Per key: (value, baseline) the slow way; None is blank."""
    data_end = max(r.bucket for r in rows) + D
    out = {}
    for key in {keys_of(r) for r in rows}:
        mine = [r for r in rows if keys_of(r) == key]
        # Counted from its first value other than zero (none: from the data's last bucket).
        first = min((r.bucket for r in mine if r.value), default=data_end - D)
        figures = []
        for period in (recent, baseline):
            inside = [r for r in mine if period.start <= r.bucket < period.end]
            days = max(0, min(period.end, data_end) - max(period.start, first))
            figures.append((inside, days))
        (now, now_days), (then, then_days) = figures
        if measure == "engagement_rate":
            out[key] = (rate(now), rate(then))
        else:
            value = sum_of(now, measure)
            base = sum_of(then, measure)
            out[key] = (value, None if base is None or not then_days
                        else base / then_days * now_days)
    return out


def sum_of(rows, metric):
    values = [r.value for r in rows if r.metric == metric]
    return sum(values) if values else None


def rate(rows):
    num, den = sum_of(rows, "engagements"), sum_of(rows, "impressions")
    return None if num is None or not den else num / den


rows_strategy = st.lists(
    st.tuples(st.sampled_from(["1", "2", "3", "4"]), st.sampled_from(["impressions",
                                                                      "engagements"]),
              st.integers(0, 40), st.integers(0, 3) | st.integers(0, 10**6)),
    min_size=1, max_size=60).map(lambda cells: [Row(p, m, T0 + d * D, DAY, v)
                                                for p, m, d, v in cells])


@settings(max_examples=80, deadline=None)
@given(rows=rows_strategy, by=st.sampled_from(["post", "handle"]),
       measure=st.sampled_from(["impressions", "engagement_rate"]),
       end_day=st.integers(20, 45), low=st.floats(0.1, 0.9), high=st.floats(1.1, 5))
def test_deltas_and_flags_match_a_recount(rows, by, measure, end_day, low, high):
    rows = rows + [Row("1", "impressions", T0, DAY, 1), Row("1", "engagements", T0, DAY, 0)]
    recent, baseline = PRESETS["7:28"].periods(T0 + end_day * D)
    comparison = compare_periods(result_of(rows), measure, recent, baseline, by=by,
                                 handles=HANDLES, high=high, low=low)

    def keys_of(row):
        return row.post_id if by == "post" else HANDLES.get(row.post_id)

    wanted = recount(rows, keys_of, measure, recent, baseline)
    assert {row.key for row in comparison.rows} == {
        k for k in wanted if any(keys_of(r) == k and (recent.start <= r.bucket < recent.end or
                                 baseline.start <= r.bucket < baseline.end) for r in rows)}
    for row in comparison.rows:
        value, base = wanted[row.key]
        assert close(row.value, value) and close(row.baseline, base)
        usable = value is not None and base is not None and base > 0
        assert close(row.change_pct, (value - base) / base if usable else None)
        assert row.flag == (None if not usable else ABOVE if value > high * base
                            else BELOW if value < low * base else None)
    assert [row.key for row in comparison.outliers()] == \
        [row.key for row in comparison.rows if row.flag]


def daily(values_by_post, metric="impressions", days=35):
    """{post: (baseline value per day, recent value per day)} for 28 + 7 days."""
    return result_of([Row(p, metric, T0 + d * D, DAY, old if d < days - 7 else new)
                      for p, (old, new) in values_by_post.items() for d in range(days)])


def test_a_planted_outlier_is_flagged_and_a_steady_post_is_not():
    recent, baseline = PRESETS["7:28"].periods(T0 + 35 * D)
    comparison = compare_periods(daily({"1": (100, 100), "2": (100, 250), "3": (100, 40),
                                        "4": (100, 200), "5": (100, 50)}),
                                 "impressions", recent, baseline)
    rows = {row.key: row for row in comparison.rows}
    assert (rows["1"].value, rows["1"].baseline, rows["1"].flag) == (700, 700, None)
    assert (rows["2"].change, rows["2"].change_pct, rows["2"].flag) == (1050, 1.5, ABOVE)
    assert (rows["3"].change_pct, rows["3"].flag) == (-0.6, BELOW)
    assert rows["4"].flag is None and rows["5"].flag is None  # exactly 2 × and 0.5 ×


def test_presets_end_where_the_results_last_bucket_ends():
    assert result_end(daily({"1": (1, 1)}, days=35)) == T0 + 35 * D
    assert result_end(result_of([Row("1", "impressions", None, TOTAL, 5)])) is None


def test_a_post_younger_than_the_baseline_is_scaled_by_the_days_it_existed():
    rows = [Row("1", "impressions", T0 + d * D, DAY, 10) for d in range(25, 35)]  # 10 days
    recent, baseline = PRESETS["7:28"].periods(T0 + 35 * D)
    (row,) = compare_periods(result_of(rows), "impressions", recent, baseline).rows
    assert (row.value, row.baseline, row.flag) == (70, 70, None)  # 30 over 3 days, × 7


def test_a_zero_baseline_gets_no_flag_and_no_percentage():
    recent, baseline = PRESETS["7:28"].periods(T0 + 35 * D)
    seen = daily({"1": (5, 5)}).series_arrays()  # the post lived through both periods
    result = daily({"1": (0, 9)}, metric="engagements")
    result.add_rows(Row("1", "impressions", int(b), DAY, int(v))
                    for b, v in zip(*seen[("1", "impressions", DAY)]))
    (row,) = compare_periods(result, "engagements", recent, baseline).rows
    assert row.baseline == 0 and row.change == 63
    assert math.isnan(row.change_pct) and row.flag is None


def test_each_post_is_compared_with_its_handles_median_post():
    result = result_of([Row(p, "impressions", None, TOTAL, v)
                        for p, v in {"1": 100, "2": 300, "5": 120, "3": 40, "9": 7}.items()])
    handles = {"1": "alpha", "2": "alpha", "5": "alpha", "3": "beta"}
    comparison = compare_to_handle_median(result, "impressions", handles)
    rows = {row.key: row for row in comparison.rows}
    assert [(rows[p].baseline, rows[p].flag) for p in ("1", "2", "5", "3")] == [
        (120, None), (120, ABOVE), (120, None), (40, None)]
    assert math.isnan(rows["9"].baseline)  # owner unknown: nothing to compare with
    assert "median post" in comparison.notes()[0]


def test_presets_and_written_comparisons_give_the_periods_they_name():
    end = T0 + 400 * D
    assert PRESETS["7:28"].periods(end) == (Period(end - 7 * D, end),
                                            Period(end - 35 * D, end - 7 * D))
    assert PRESETS["28:365"].covering(end) == Period(end - 393 * D, end)
    assert parse_preset("14:56").periods(end)[1].days == 56
    with pytest.raises(ValueError, match="RECENT:BASELINE"):
        parse_preset("7:0")


@pytest.mark.parametrize("granularity, options, message", [
    (WEEK, {}, "needs hourly or daily numbers"),
    (DAY, {"by": "day"}, "per post or per handle"),
    (DAY, {"high": 0.8}, "thresholds"),
    (DAY, {"measure": "like_rate"}, "neither a metric"),
])
def test_comparisons_that_cannot_be_made_are_refused_plainly(granularity, options, message):
    result = result_of([Row("1", "impressions", T0, granularity, 5)])
    recent, baseline = PRESETS["7:28"].periods(T0 + 35 * D)
    options = {"measure": "impressions", **options}
    with pytest.raises(ValueError, match=message):
        compare_periods(result, options.pop("measure"), recent, baseline, **options)


def test_zeros_before_a_post_existed_do_not_lengthen_its_baseline():
    """The server answers zeros for the hours before a post was made: a post launched two
    days before the recent week has a 2-day baseline, not a 28-day one."""
    rows = [Row("9", "impressions", T0 + d * D, DAY, 0 if d < 26 else 2000 if d < 28 else 80)
            for d in range(35)]
    recent, baseline = PRESETS["7:28"].periods(T0 + 35 * D)
    row = compare_periods(result_of(rows), "impressions", recent, baseline).rows[0]
    assert (row.value, row.baseline, row.flag) == (560, 4000 / 2 * 7, BELOW)
