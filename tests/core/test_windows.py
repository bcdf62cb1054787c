"""Ranges snapped to hours and cut into request windows with no gap and no overlap."""
from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from engagement_desktop.core.windows import snap, split

UTC = timezone.utc
H = timedelta(hours=1)


def test_the_start_floors_and_the_end_ceils_to_the_hour():
    start, end = datetime(2026, 3, 1, 12, 24, tzinfo=UTC), datetime(2026, 3, 2, 8, 37, tzinfo=UTC)
    assert snap(start, end) == (datetime(2026, 3, 1, 12, tzinfo=UTC),
                                datetime(2026, 3, 2, 9, tzinfo=UTC))


def test_whole_hours_stay_as_they_are():
    start, end = datetime(2026, 3, 1, 12, tzinfo=UTC), datetime(2026, 3, 2, 9, tzinfo=UTC)
    assert snap(start, end) == (start, end)


def test_a_range_within_the_limit_is_one_window():
    start = datetime(2026, 3, 1, tzinfo=UTC)
    assert split(start, start + 672 * H, 672) == [(start, start + 672 * H)]


def test_335_days_make_12_four_week_windows_the_last_one_shorter():
    start, end = datetime(2025, 12, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC)
    windows = split(start, end, 672)
    assert len(windows) == 12
    assert windows[0] == (start, start + 672 * H)
    assert windows[-1] == (start + 11 * 672 * H, end)


def test_without_a_limit_the_whole_range_is_one_window():
    start = datetime(2026, 3, 1, 0, 30, tzinfo=UTC)
    assert split(start, start + 4000 * H, None) == [(datetime(2026, 3, 1, tzinfo=UTC),
                                                     datetime(2026, 3, 1, tzinfo=UTC) + 4001 * H)]


def test_an_empty_or_backwards_range_has_no_windows():
    start = datetime(2026, 3, 1, tzinfo=UTC)
    assert split(start, start, 672) == []
    assert split(start, start - H, 672) == []


@given(st.datetimes(min_value=datetime(2014, 9, 1), max_value=datetime(2030, 1, 1),
                    timezones=st.just(UTC)),
       st.timedeltas(min_value=timedelta(seconds=1), max_value=timedelta(days=400)),
       st.integers(min_value=1, max_value=2000))
def test_windows_tile_the_snapped_range_exactly_on_hour_boundaries(start, length, max_hours):
    windows = split(start, start + length, max_hours)
    first, last = snap(start, start + length)
    assert windows[0][0] == first and windows[-1][1] == last
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:]))  # no gap, no overlap
    assert all(s < e <= s + max_hours * H for s, e in windows)
    assert all(s.minute == s.second == s.microsecond == 0 for w in windows for s in w)
