"""A post's creation time and age, read from its ID; the age limits are endpoint facts
(MetricSpec.max_age_days).

Post IDs are snowflakes: the top bits count milliseconds since Twitter's epoch, so the
client knows a post's age before sending anything (SPEC.md §1, "Post IDs"). IDs from before
snowflakes (November 2010) read as that epoch, older than any age limit an API has.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

TWITTER_EPOCH_MS = 1288834974657


def created_ms(post_id: str | int) -> int:
    return (int(post_id) >> 22) + TWITTER_EPOCH_MS


def created_at(post_id: str | int) -> datetime:
    return datetime.fromtimestamp(created_ms(post_id) / 1000, timezone.utc)


@dataclass(frozen=True)
class PostAge:
    created: datetime
    age: timedelta  # at the time it was measured


def age_of(post_id: str | int, now: datetime) -> PostAge:
    created = created_at(post_id)
    return PostAge(created, now - created)
