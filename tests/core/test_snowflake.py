"""A post's creation time and age class, read from its ID before anything is sent."""
from datetime import datetime, timedelta, timezone

from engagement_desktop.core.snowflake import TWITTER_EPOCH_MS, age_of, created_at, created_ms

UTC = timezone.utc
NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)


def snowflake(when: datetime) -> str:
    return str((int(when.timestamp() * 1000) - TWITTER_EPOCH_MS) << 22)


def test_the_spec_example_post_reads_as_created_on_2021_11_15():
    # (1460323737035677698 >> 22) = 348168310412 ms after the epoch of 2010-11-04 01:42:54.657.
    assert created_ms("1460323737035677698") == 348168310412 + 1288834974657
    assert created_at(1460323737035677698) == datetime(2021, 11, 15, 19, 8, 5, 69000, tzinfo=UTC)


def test_the_low_22_bits_do_not_change_the_creation_time():
    base = int(snowflake(datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)))
    expected = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert created_at(base) == created_at(base | (2**22 - 1)) == expected


def test_a_post_of_exactly_90_days_still_has_totals_impressions_and_one_more_second_has_not():
    assert age_of(snowflake(NOW - timedelta(days=90)), NOW).within_90_days
    assert not age_of(snowflake(NOW - timedelta(days=90, seconds=1)), NOW).within_90_days


def test_a_post_of_1800_days_still_has_video_views_and_an_older_one_has_not():
    assert age_of(snowflake(NOW - timedelta(days=1800)), NOW).within_1800_days
    assert not age_of(snowflake(NOW - timedelta(days=1801)), NOW).within_1800_days


def test_posts_before_2014_09_01_are_before_the_historical_floor():
    assert age_of(snowflake(datetime(2014, 8, 31, 23, 59, tzinfo=UTC)), NOW).before_floor
    assert not age_of(snowflake(datetime(2014, 9, 1, tzinfo=UTC)), NOW).before_floor


def test_posts_before_2015_09_15_are_flagged_for_zero_public_counts():
    assert age_of(snowflake(datetime(2015, 9, 14, 23, tzinfo=UTC)), NOW).before_public_counts
    assert not age_of(snowflake(datetime(2015, 9, 15, tzinfo=UTC)), NOW).before_public_counts


def test_the_age_is_measured_from_the_given_now():
    post = snowflake(NOW - timedelta(hours=5))
    assert age_of(post, NOW).age == timedelta(hours=5)
    assert age_of(post, NOW).created == NOW - timedelta(hours=5)
