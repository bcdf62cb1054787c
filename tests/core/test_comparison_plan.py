"""A query's comparison is planned with it (issue 12, item 5): the baseline before the query's
range becomes extra steps of the same plan, told apart by their IDs, listed before anything is
sent; a baseline older than the API's data is cut where the data begins."""
from datetime import datetime, timedelta, timezone

import pytest
from engagement_builtins.specs import HISTORICAL, TOTALS

from engagement_desktop.core.comparison_plan import comparison_lines
from engagement_desktop.core.endpoint import OAUTH1_USER
from engagement_desktop.core.periods import DAY_SECONDS, Period
from engagement_desktop.core.plan import COMPARE_PREFIX, is_comparison_step
from engagement_desktop.core.planning import build_plan
from engagement_desktop.core.query import InvalidQuery, Query
from engagement_desktop.core.utc import epoch
from test_planning import HOURLY, ids_posted

UTC = timezone.utc
NOW = datetime(2026, 11, 23, 12, 30, tzinfo=UTC)
END = datetime(2026, 11, 23, tzinfo=UTC)
OLD = ids_posted(3, NOW - timedelta(days=200))
PER_POST = {"g": ["tweet.id", "engagement.type"]}


def query(compare, start=END - timedelta(days=28), ids=OLD, **changes) -> Query:
    return Query(name="c", endpoint=changes.pop("endpoint", "historical"), account="demo-owner",
                 ids=list(ids), metrics=["impressions", "engagements"],
                 groupings={"hourly": HOURLY}, start=start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 end=END.strftime("%Y-%m-%dT%H:%M:%SZ"), compare=compare, **changes)


def plan_of(q: Query, spec=HISTORICAL):
    return build_plan(q, spec, account_kind=OAUTH1_USER, now=NOW)


def test_last_7_days_vs_the_28_before_fetches_the_7_days_before_the_range_as_extra_steps():
    plan = plan_of(query("7:28"))
    end = epoch(END)
    comparison = plan.comparison
    assert comparison.recent == Period(end - 7 * DAY_SECONDS, end)
    assert comparison.baseline == Period(end - 35 * DAY_SECONDS, end - 7 * DAY_SECONDS)
    assert comparison.extra == Period(end - 35 * DAY_SECONDS, end - 28 * DAY_SECONDS)
    extra = plan.comparison_steps()
    assert len(extra) == 1 and extra[0].id.startswith(COMPARE_PREFIX)
    assert (extra[0].start, extra[0].end) == (END - timedelta(days=35), END - timedelta(days=28))
    assert extra[0].ids == tuple(OLD) and extra[0].metrics == ("impressions", "engagements")
    own = [s for s in plan.steps if not is_comparison_step(s.id)]
    assert own == plan_of(query(None)).steps  # the query's own requests are unchanged


def test_a_range_holding_both_periods_needs_no_extra_step():
    plan = plan_of(query("7:28", start=END - timedelta(days=56)))
    assert plan.comparison.extra is None and plan.comparison_steps() == []
    assert comparison_lines(plan)[1] == ("No extra request: the query's range holds both "
                                         "periods.")


def test_a_baseline_older_than_the_data_is_cut_where_the_data_begins_and_said_so():
    plan = plan_of(query("28:365"))
    first = epoch(datetime(2025, 11, 23, 13, tzinfo=UTC))  # 365 days before NOW, on the hour
    assert plan.comparison.cut_at == first and plan.comparison.extra.start == first
    assert all(s.start >= datetime(2025, 11, 23, 13, tzinfo=UTC)
               for s in plan.comparison_steps())
    lines = comparison_lines(plan)
    assert lines[0].startswith("Comparison: Last 28 days vs the 365 before. Recent 2026-10-26 "
                               "00:00 to 2026-11-23 00:00 UTC")
    assert lines[1] == ("Extra requests for the baseline before the query's range (2025-11-23 "
                        "13:00 to 2026-10-26 00:00 UTC): 8, counted above.")  # posts from May
    assert lines[2].startswith("The baseline starts 2025-11-23 13:00 UTC, where the API's data")


def test_posts_made_after_an_extra_window_are_not_asked_about_in_it():
    young = ids_posted(2, END - timedelta(days=30))  # made in the 7 extra days
    plan = plan_of(query("7:28", ids=OLD + young))
    assert [len(s.ids) for s in plan.comparison_steps()] == [5]
    late = ids_posted(1, END - timedelta(days=20))  # after the baseline's extra days
    assert plan_of(query("7:28", ids=late)).comparison_steps() == []


def test_the_handle_median_comparison_reads_the_query_own_numbers_on_any_endpoint():
    plan = build_plan(Query(name="t", endpoint="totals", account="demo-owner", ids=OLD,
                            metrics=["impressions"], groupings=PER_POST,
                            compare="handle-median"), TOTALS,
                      account_kind=OAUTH1_USER, now=NOW)
    assert plan.comparison.recent is None and plan.comparison_steps() == []
    assert comparison_lines(plan) == ["Comparison: Each post vs its @handle's median post, from "
                                      "the query's own numbers; no extra request."]


@pytest.mark.parametrize("compare, endpoint, said", [
    ("last week", "historical", "'last week' is not a comparison; write RECENT:BASELINE"),
    ("7:0", "historical", "'7:0' is not a comparison"),
    ("7:28", "totals", "the totals endpoint has no date range; pick a range endpoint"),
])
def test_a_comparison_that_cannot_be_planned_is_a_problem_of_the_compare_field(
        compare, endpoint, said):
    spec = {"historical": HISTORICAL, "totals": TOTALS}[endpoint]
    q = query(compare) if endpoint == "historical" else Query(
        name="t", endpoint="totals", account="demo-owner", ids=OLD, metrics=["impressions"],
        groupings=PER_POST, compare=compare)
    with pytest.raises(InvalidQuery) as raised:
        plan_of(q, spec)
    assert [p.field for p in raised.value.problems] == ["compare"]
    assert said in raised.value.problems[0].message


def test_no_comparison_plans_as_before():
    plan = plan_of(query(None))
    assert plan.comparison is None and comparison_lines(plan) == []
    assert plan_of(query("  ")).steps == plan.steps
