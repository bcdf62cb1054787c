"""A post's creation time and age, read from its ID before anything is sent."""
from datetime import datetime, timedelta, timezone

from engagement_desktop.core.snowflake import (TWITTER_EPOCH_MS, created_at, created_ms,
                                              created_us, micros)

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


def test_creation_compares_with_a_time_as_the_datetimes_do_to_the_microsecond():
    # The plan compares integers; a post made at the cutoff's millisecond is not before it.
    post = snowflake(NOW - timedelta(days=30))
    assert created_us(post) == micros(created_at(post)) == micros(NOW - timedelta(days=30))
    assert not created_us(post) < micros(NOW - timedelta(days=30))
    assert created_us(post) < micros(NOW - timedelta(days=30, microseconds=-1))
    assert micros(datetime(1970, 1, 1, 0, 0, 1, 5, tzinfo=UTC)) == 1_000_005
