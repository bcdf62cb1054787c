"""The best-time heatmap: cells add up to the hourly total, rates are ratios of cell sums."""
import math
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engagement_desktop.core import utc
from engagement_desktop.core.analysis.heatmap import build_heatmap
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import DAY, HOUR, Row

H = 3600
START = utc.epoch(utc.parse_instant("2026-10-20"))  # a week before Madrid's fall-back


def result_of(rows):
    result = ResultSet()
    result.add_rows(rows)
    return result


rows_strategy = st.lists(
    st.tuples(st.sampled_from(["1", "2"]), st.sampled_from(["impressions", "engagements"]),
              st.integers(0, 24 * 20), st.integers(0, 5) | st.integers(0, 10**7)),
    min_size=1, max_size=120).map(
        lambda cells: [Row("1", "impressions", START, HOUR, 1)]
        + [Row(p, m, START + h * H, HOUR, v) for p, m, h, v in cells])


@settings(max_examples=60, deadline=None)
@given(rows=rows_strategy, zone=st.sampled_from(["Europe/Madrid", "America/New_York"]))
def test_metric_cells_add_up_to_the_hourly_total_and_rate_cells_are_ratios_of_sums(rows, zone):
    result, tz = result_of(rows), ZoneInfo(zone)
    impressions = build_heatmap(result, "impressions", tz=zone)
    rate = build_heatmap(result, "engagement_rate", tz=zone) \
        if {r.metric for r in rows} == {"impressions", "engagements"} else None
    cell_rows = {}
    for row in rows:
        local = datetime.fromtimestamp(row.bucket, tz)
        cell_rows.setdefault((local.weekday(), local.hour), []).append(row)
    total = sum(r.value for r in rows if r.metric == "impressions")
    assert np.nansum(impressions.cells) == total == impressions.total
    for (weekday, hour), here in cell_rows.items():
        # A cell's hours are those with a value of the metrics the heatmap shows.
        assert impressions.hours[weekday, hour] == \
            len({r.bucket for r in here if r.metric == "impressions"})
        sums = {m: sum(r.value for r in here if r.metric == m)
                for m in ("impressions", "engagements")}
        if rate is not None:
            assert rate.hours[weekday, hour] == len({r.bucket for r in here})
            cell = rate.cells[weekday, hour]
            fetched = {r.metric for r in here} == {"impressions", "engagements"}
            if sums["impressions"] and fetched:
                assert math.isclose(cell, sums["engagements"] / sums["impressions"])
            else:
                assert math.isnan(cell)
    assert impressions.hours.sum() == len({r.bucket for r in rows if r.metric == "impressions"})
    assert np.isnan(impressions.cells[impressions.hours == 0]).all()


def test_the_repeated_fall_back_hour_fills_one_cell_twice():
    fall_back = utc.epoch(utc.parse_instant("2026-10-25T00:00:00Z"))
    heatmap = build_heatmap(result_of([Row("1", "impressions", fall_back + i * H, HOUR, 10 + i)
                                       for i in range(3)]), "impressions", tz="Europe/Madrid")
    assert heatmap.hours[6, 2] == 2 and heatmap.cells[6, 2] == 10 + 11
    assert heatmap.cells[6, 3] == 12
    assert np.isnan(heatmap.cells[6, 1])


def test_a_heatmap_can_show_only_some_posts():
    rows = [Row("1", "impressions", START, HOUR, 5), Row("2", "impressions", START, HOUR, 7)]
    assert build_heatmap(result_of(rows), "impressions", posts=["2"]).total == 7


@pytest.mark.parametrize("rows, measure, message", [
    ([Row("1", "impressions", START, DAY, 5)], "impressions", "needs hourly numbers"),
    ([Row("1", "impressions", START, HOUR, 5)], "engagement_rate", "neither a metric"),
])
def test_a_heatmap_it_cannot_draw_is_refused_plainly(rows, measure, message):
    with pytest.raises(ValueError, match=message):
        build_heatmap(result_of(rows), measure)
