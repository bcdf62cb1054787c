"""A post's creation time, read from its ID, and the age rules the APIs apply.

Post IDs are snowflakes: the top bits count milliseconds since Twitter's epoch, so the
client knows a post's age before sending anything (SPEC.md §1, "Post IDs"). IDs from before
snowflakes (November 2010) read as that epoch, which is still older than every limit here.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

TWITTER_EPOCH_MS = 1288834974657
TOTALS_IMPRESSIONS_DAYS = 90  # totals: impressions and engagements only up to this age
VIDEO_VIEWS_DAYS = 1800  # video_views only up to this age
HISTORY_FLOOR = datetime(2014, 9, 1, tzinfo=timezone.utc)  # the earliest historical start
PUBLIC_COUNTS_FROM = datetime(2015, 9, 15, tzinfo=timezone.utc)  # likes/replies/reposts before: 0


def created_ms(post_id: str | int) -> int:
    return (int(post_id) >> 22) + TWITTER_EPOCH_MS


def created_at(post_id: str | int) -> datetime:
    return datetime.fromtimestamp(created_ms(post_id) / 1000, timezone.utc)


@dataclass(frozen=True)
class PostAge:
    created: datetime
    age: timedelta  # at the time it was measured

    @property
    def within_90_days(self) -> bool:
        """Totals still give impressions and engagements."""
        return self.age <= timedelta(days=TOTALS_IMPRESSIONS_DAYS)

    @property
    def within_1800_days(self) -> bool:
        """Video views are still given."""
        return self.age <= timedelta(days=VIDEO_VIEWS_DAYS)

    @property
    def before_floor(self) -> bool:
        """Posted before 2014-09-01, the earliest hour the historical endpoint knows."""
        return self.created < HISTORY_FLOOR

    @property
    def before_public_counts(self) -> bool:
        """Posted before 2015-09-15: historical likes, replies and reposts read zero before."""
        return self.created < PUBLIC_COUNTS_FROM


def age_of(post_id: str | int, now: datetime) -> PostAge:
    created = created_at(post_id)
    return PostAge(created, now - created)
