"""A post's creation time and age, read from its ID; the age limits are endpoint facts
(MetricSpec.max_age_days).

Post IDs are snowflakes: the top bits count milliseconds since Twitter's epoch, so the
client knows a post's age before sending anything (SPEC.md §1, "Post IDs"). IDs from before
snowflakes (November 2010) read as that epoch, older than any age limit an API has.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

TWITTER_EPOCH_MS = 1288834974657
UNIX_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def created_ms(post_id: str | int) -> int:
    return (int(post_id) >> 22) + TWITTER_EPOCH_MS


def created_us(post_id: str | int) -> int:
    """Microseconds since 1970, to compare with `micros` of a time: a plan of 10,000 posts
    compares integers instead of making a datetime per post."""
    return created_ms(post_id) * 1000


def micros(when: datetime) -> int:
    return (when - UNIX_EPOCH) // timedelta(microseconds=1)


def created_at(post_id: str | int) -> datetime:
    return datetime.fromtimestamp(created_ms(post_id) / 1000, timezone.utc)
