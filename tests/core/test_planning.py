"""Query → plan: batches × windows with stable step IDs, age pre-checks, and the estimate."""
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from engagement_builtins.specs import (HISTORICAL, HR28, TOTALS, V2_ANALYTICS_SPEC, V2_28HR,
                                       V2_HISTORICAL)

from engagement_desktop.core.endpoint import BEARER, OAUTH1_USER, OAUTH2_USER
from engagement_desktop.core.planning import build_plan, estimate
from engagement_desktop.core.query import InvalidQuery, Query
from engagement_desktop.core.rows import TOO_NEW, TOO_OLD
from engagement_desktop.core.snowflake import TWITTER_EPOCH_MS

UTC = timezone.utc
NOW = datetime(2026, 11, 23, 12, 30, tzinfo=UTC)
H = timedelta(hours=1)
HOURLY = ["tweet.id", "engagement.type", "engagement.day", "engagement.hour"]


def posted(when: datetime, sequence: int = 0) -> str:
    return str(((int(when.timestamp() * 1000) - TWITTER_EPOCH_MS) << 22) | sequence)


def ids_posted(count: int, first: datetime, every=timedelta(minutes=7)) -> list[str]:
    return [posted(first + i * every, i % 4096) for i in range(count)]


RECENT = ids_posted(3, NOW - timedelta(days=10))
BEFORE_2026 = ids_posted(3, datetime(2025, 10, 1, tzinfo=UTC))  # older than any range below


def historical(ids, **changes) -> Query:
    return replace(Query(name="h", endpoint="historical", account="demo-owner", ids=list(ids),
                         metrics=["impressions", "engagements"], groupings={"hourly": HOURLY}),
                   **changes)


def totals(ids, metrics, kind=OAUTH1_USER):
    query = Query(name="t", endpoint="totals", account="demo-owner", ids=list(ids),
                  metrics=metrics, groupings={"per-post": ["tweet.id", "engagement.type"]})
    return build_plan(query, TOTALS, account_kind=kind, now=NOW)


def test_1000_ids_over_335_days_make_40_batches_by_12_windows_that_tile_the_range():
    ids = ids_posted(1000, datetime(2025, 5, 3, tzinfo=UTC), timedelta(minutes=251))
    plan = build_plan(historical(ids, start="2025-12-01", end="2026-11-01"), HISTORICAL,
                      account_kind=OAUTH1_USER, now=NOW)
    assert len(plan.steps) == 480
    windows = sorted({(s.start, s.end) for s in plan.steps})
    assert len(windows) == 12
    assert windows[0][0] == datetime(2025, 12, 1, tzinfo=UTC)
    assert windows[-1][1] == datetime(2026, 11, 1, tzinfo=UTC)
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:]))
    assert all(e - s <= 672 * H for s, e in windows)
    for window in windows:  # every post asked exactly once per window, in batches of 25
        batches = [s.ids for s in plan.steps if (s.start, s.end) == window]
        assert len(batches) == 40 and all(len(b) == 25 for b in batches)
        assert [i for b in batches for i in b] == ids


@pytest.mark.parametrize("spec, kind, size", [
    (TOTALS, OAUTH1_USER, 250), (HR28, OAUTH1_USER, 25), (HISTORICAL, OAUTH1_USER, 25),
    (V2_28HR, OAUTH2_USER, 25), (V2_HISTORICAL, OAUTH2_USER, 25),
    (V2_ANALYTICS_SPEC, OAUTH2_USER, 100)])
def test_ids_are_batched_by_each_endpoints_limit(spec, kind, size):
    ids = ids_posted(2 * size + 1, NOW - timedelta(days=20))
    enterprise = spec.group_by != ()
    query = Query(endpoint=spec.name, account="a", ids=ids, metrics=["impressions"],
                  groupings={"g": ["tweet.id", "engagement.type"]} if enterprise else {},
                  granularity=None if enterprise else spec.granularities[0])
    plan = build_plan(query, spec, account_kind=kind, now=NOW)
    assert [len(s.ids) for s in plan.steps] == [size, size, 1]


def test_a_plan_of_an_invalid_query_raises_with_every_problem():
    with pytest.raises(InvalidQuery) as raised:
        build_plan(historical(["x"], metrics=[]), HISTORICAL, account_kind=OAUTH1_USER, now=NOW)
    assert [p.field for p in raised.value.problems] == ["ids", "ids", "metrics"]


def test_the_same_query_gives_the_same_step_ids_and_a_change_gives_new_ones():
    query = historical(BEFORE_2026, start="2026-10-01", end="2026-11-01")
    first = build_plan(query, HISTORICAL, account_kind=OAUTH1_USER, now=NOW)
    again = build_plan(query, HISTORICAL, account_kind=OAUTH1_USER, now=NOW + timedelta(hours=3))
    other = build_plan(replace(query, metrics=["impressions"]), HISTORICAL,
                       account_kind=OAUTH1_USER, now=NOW)
    assert [s.id for s in first.steps] == [s.id for s in again.steps]
    assert len({s.id for s in first.steps}) == len(first.steps) == 2
    assert not {s.id for s in first.steps} & {s.id for s in other.steps}


def test_steps_carry_canonical_metrics_groupings_and_the_wire_granularity():
    plan = build_plan(historical(BEFORE_2026,
                                 metrics=["media_clicks", "Impressions", "impressions"],
                                 groupings={"hourly": [" Tweet.ID", "engagement.type"]}),
                      HISTORICAL, account_kind=OAUTH1_USER, now=NOW)
    assert plan.steps[0].metrics == ("media_engagements", "impressions")
    assert plan.steps[0].groupings == (("hourly", ("tweet.id", "engagement.type")),)
    v2 = Query(endpoint="v2-historical", account="a", ids=RECENT, metrics=["Likes"],
               granularity="daily")
    assert build_plan(v2, V2_HISTORICAL, account_kind=OAUTH2_USER, now=NOW).steps[0].granularity \
        == "Daily"


def test_no_dates_on_historical_plan_the_four_weeks_before_now_in_one_window():
    plan = build_plan(historical(RECENT), HISTORICAL, account_kind=OAUTH1_USER, now=NOW)
    assert [(s.start, s.end) for s in plan.steps] == [
        (datetime(2026, 10, 26, 12, tzinfo=UTC), datetime(2026, 11, 23, 12, tzinfo=UTC))]


def test_ranges_snap_to_whole_hours():
    plan = build_plan(historical(BEFORE_2026, start="2026-11-01T12:24:00Z",
                                 end="2026-11-02T08:37:00Z"),
                      HISTORICAL, account_kind=OAUTH1_USER, now=NOW)
    assert (plan.steps[0].start, plan.steps[0].end) == (datetime(2026, 11, 1, 12, tzinfo=UTC),
                                                        datetime(2026, 11, 2, 9, tzinfo=UTC))


def test_endpoints_without_a_range_send_steps_without_one():
    assert all(s.start is None and s.end is None for s in totals(RECENT, ["favorites"]).steps)


def test_totals_impressions_of_posts_older_than_90_days_are_not_asked_and_noted():
    old = ids_posted(2, NOW - timedelta(days=120))
    plan = totals(RECENT + old, ["impressions", "favorites"])
    asked = {(s.ids, s.metrics) for s in plan.steps}
    assert asked == {(tuple(RECENT), ("impressions", "favorites")), (tuple(old), ("favorites",))}
    assert [(n.post_id, n.kind, n.metrics) for n in plan.notes] == [
        (old[0], TOO_OLD, ("impressions",)), (old[1], TOO_OLD, ("impressions",))]
    assert "more than 90 days ago: totals give no impressions or engagements" \
        in plan.notes[0].message


def test_a_post_with_nothing_left_to_ask_is_not_sent_at_all():
    old = ids_posted(1, NOW - timedelta(days=120))
    plan = totals(RECENT + old, ["impressions", "engagements"])
    assert [s.ids for s in plan.steps] == [tuple(RECENT)]
    assert plan.notes[0].metrics == ("impressions", "engagements")


def test_video_views_of_posts_older_than_1800_days_are_not_asked_and_noted():
    ancient = ids_posted(1, NOW - timedelta(days=2000))
    plan = totals(RECENT + ancient, ["video_views", "favorites"], kind=BEARER)
    assert {(s.ids, s.metrics) for s in plan.steps} == {
        (tuple(RECENT), ("video_views", "favorites")), (tuple(ancient), ("favorites",))}
    assert [(n.post_id, n.kind, n.metrics) for n in plan.notes] == [
        (ancient[0], TOO_OLD, ("video_views",))]
    assert "more than 1800 days ago: the API gives no video views" in plan.notes[0].message


def test_an_age_limit_keeps_a_post_of_exactly_that_age_and_drops_one_a_second_older():
    # The limits are the endpoint's declared facts: 90 days for totals' impressions, 1800 for
    # video views.
    for days, metric in ((90, "impressions"), (1800, "video_views")):
        at_limit = posted(NOW - timedelta(days=days))
        past_limit = posted(NOW - timedelta(days=days, seconds=1))
        plan = totals([at_limit, past_limit], [metric, "favorites"])
        assert {(s.ids, s.metrics) for s in plan.steps} == {
            ((at_limit,), (metric, "favorites")), ((past_limit,), ("favorites",))}
        assert [(n.post_id, n.metrics) for n in plan.notes] == [(past_limit, (metric,))]


def test_posts_are_left_out_of_windows_that_end_before_they_were_posted():
    start = datetime(2026, 1, 1, tzinfo=UTC)
    early = posted(start - timedelta(days=1))
    mid = posted(start + timedelta(days=40))  # after the first 4-week window
    plan = build_plan(historical([early, mid], start="2026-01-01", end="2026-03-01"),
                      HISTORICAL, account_kind=OAUTH1_USER, now=NOW)
    assert [s.ids for s in plan.steps] == [(early,), (early, mid), (early, mid)]
    assert plan.notes == []


def test_posts_newer_than_the_whole_range_are_not_asked_and_noted_too_new():
    newer = posted(datetime(2026, 11, 5, tzinfo=UTC))
    plan = build_plan(historical(BEFORE_2026 + [newer], start="2026-10-01", end="2026-11-01"),
                      HISTORICAL, account_kind=OAUTH1_USER, now=NOW)
    assert all(newer not in s.ids for s in plan.steps)
    assert [(n.post_id, n.kind) for n in plan.notes] == [(newer, TOO_NEW)]
    assert "after the end of the range (2026-11-01T00:00:00Z)" in plan.notes[0].message


def test_the_estimate_counts_requests_and_minutes_at_the_rate_limit():
    ids = ids_posted(60, datetime(2025, 6, 1, tzinfo=UTC))
    plan = build_plan(historical(ids, start="2026-01-01", end="2026-11-01"), HISTORICAL,
                      account_kind=OAUTH1_USER, now=NOW)
    guess = estimate(plan, 60)
    assert guess.requests == len(plan.steps) == 3 * 11  # 3 batches × 11 windows (304 days)
    assert guess.minutes == pytest.approx(33 / 60)
