"""Relative ranges ("last 28 days", "yesterday", "this month") become dates when a plan is made,
so a workspace written once plans the same way every day after."""
from datetime import datetime, timedelta, timezone

import pytest

from engagement_desktop.core import relative_range
from engagement_desktop.core.endpoint import LIFETIME, RANGE
from engagement_desktop.core.query import Query
from engagement_desktop.core.relative_range import (describe, problem, range_problems, resolve,
                                                      resolved)

NOW = datetime(2026, 12, 4, 16, 23, 30, tzinfo=timezone.utc)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, start, end", [
    ("last 28 days", utc(2026, 11, 6, 17), utc(2026, 12, 4, 16)),
    ("Last  335 Days", utc(2026, 1, 3, 17), utc(2026, 12, 4, 16)),
    ("last 1 day", utc(2026, 12, 3, 17), utc(2026, 12, 4, 16)),
    ("yesterday", utc(2026, 12, 3), utc(2026, 12, 4)),
    ("this month", utc(2026, 12, 1), utc(2026, 12, 4, 16)),
    ("last month", utc(2026, 11, 1), utc(2026, 12, 1)),
])
def test_each_relative_range_means_whole_utc_hours_ending_no_later_than_now(text, start, end):
    assert resolve(text, NOW) == (start, end)


def test_last_365_days_starts_inside_the_365_days_the_api_keeps():
    start, end = resolve("last 365 days", NOW)
    assert NOW - timedelta(days=365) <= start and end <= NOW


def test_last_month_in_january_is_december_of_the_year_before():
    assert resolve("last month", utc(2027, 1, 15, 9)) == (utc(2026, 12, 1), utc(2027, 1, 1))


def test_the_same_words_move_with_the_day_they_are_planned_on():
    assert resolve("last 335 days", NOW + timedelta(days=400))[0] == utc(2027, 2, 7, 17)


@pytest.mark.parametrize("text, words", [
    ("last fortnight", "is not a relative range"),
    ("2026-01-01", "is not a relative range"),
    ("last 0 days", "is an empty range"),
    ("last 400 days", "use at most 'last 365 days'"),
])
def test_words_that_mean_no_range_are_refused_with_the_forms_that_work(text, words):
    assert words in problem(text)
    with pytest.raises(ValueError):
        resolve(text, NOW)


def test_every_preset_the_window_offers_is_a_relative_range():
    assert all(problem(preset) is None for preset in relative_range.PRESETS)


def test_the_plan_shows_the_dates_a_range_stands_for():
    assert describe("last 28 days", NOW) == "last 28 days: 2026-11-06 17:00 → 2026-12-04 16:00 UTC"


class Spec:
    def __init__(self, time):
        self.name, self.time = "historical", time


def test_a_query_with_a_range_gets_its_dates_at_plan_time_and_keeps_the_range():
    query = Query(endpoint="historical", range="yesterday")
    planned = resolved(query, Spec(RANGE), NOW)
    assert (planned.start, planned.end, planned.range) == (
        "2026-12-03T00:00:00Z", "2026-12-04T00:00:00Z", "yesterday")
    assert query.start is None  # the workspace's query is left as written
    assert resolved(Query(start="2026-01-01", end="2026-02-01"), Spec(RANGE), NOW).start == "2026-01-01"


def test_a_bad_range_or_a_range_on_an_endpoint_without_one_is_a_problem_of_the_range_field():
    bad = Query(range="last fortnight")
    assert [p.field for p in range_problems(bad, Spec(RANGE))] == ["range"]
    assert resolved(bad, Spec(RANGE), NOW) == bad  # left for validation to report
    lifetime = range_problems(Query(range="last 28 days"), Spec(LIFETIME))
    assert "has no date range; clear the range" in lifetime[0].message
    assert range_problems(Query(range="  "), Spec(RANGE)) == []
