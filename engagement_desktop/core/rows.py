"""The normalized fact table: what every endpoint's response becomes.

A Row is one number: a post's metric over one time bucket. `bucket` is the bucket's start in
UTC epoch seconds (ints keep millions of rows small), or None for a total over the whole
request. Rows whose `post_id` is None are aggregates over all posts of a request (a grouping
without `tweet.id`).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ..errors import AppError

# Granularities of a row's bucket.
TOTAL, HOUR, DAY, WEEK = "total", "hour", "day", "week"
GRANULARITIES = (TOTAL, HOUR, DAY, WEEK)
# A total's bucket (None in a Row) where buckets are an int64 column: below every epoch, so a
# total sorts first. Plain Python here, so parsers name it without importing numpy.
NO_BUCKET = -2**63
# SeriesRows' byte format (core/series_rows.py), also plain here: the journal opens, checks its
# format and names damaged rows before a run's first request, without importing numpy.
SERIES_FORMAT = 2  # the journal migrates blobs of format 1 (runner/journal_migration.py)


class DamagedRows(ValueError):
    """Stored bytes that are not a SeriesRows of this format (a bit flipped, a cut blob)."""


class Row(NamedTuple):
    post_id: str | None
    metric: str
    bucket: int | None
    granularity: str
    value: int

    @property
    def key(self) -> tuple:
        """Rows with equal keys describe the same number."""
        return (self.post_id, self.metric, self.bucket, self.granularity)


# Kinds of per-post problem. The GUI's Problems tab explains each one.
UNAVAILABLE = "unavailable"  # deleted, or otherwise not served (200 partial)
PROTECTED = "protected"  # protected account (400 with unavailable_tweet_ids)
FORBIDDEN = "forbidden"  # the token's user does not own the post, or the token kind may not ask
UNSUPPORTED_VIDEO_VIEWS = "unsupported_for_video_views"  # video_views on posts > 1800 days
UNSUPPORTED_IMPRESSIONS = "unsupported_for_impressions_engagements"  # posts past their age limit
TOO_OLD = "too_old"  # plan pre-check: the API would refuse, so nothing was sent
TOO_NEW = "too_new"  # plan pre-check: the post did not exist in the requested window
NOT_OWNED = "not_owned"  # owner routing: no configured account owns the post
ERROR = "error"  # anything else the server said about a post or a whole request
TOO_LARGE = "answer_too_large"  # the answer grew past the most this request can take: cut off
TOO_SLOW = "answer_too_slow"  # the answer was still arriving at its deadline: cut off
MISSING = "missing"  # the answer said nothing about a post it was asked about
NOT_REQUESTED = "not_requested"  # the answer spoke of posts it was not asked about (dropped)
PROBLEM_KINDS = (UNAVAILABLE, PROTECTED, FORBIDDEN, UNSUPPORTED_VIDEO_VIEWS,
                 UNSUPPORTED_IMPRESSIONS, TOO_OLD, TOO_NEW, NOT_OWNED, ERROR, TOO_LARGE, TOO_SLOW,
                 MISSING, NOT_REQUESTED)


@dataclass(frozen=True)
class PostProblem:
    """Something a user must be told about one post (post_id None: about a whole request)."""
    post_id: str | None
    kind: str
    message: str
    metrics: tuple[str, ...] = ()  # the metrics affected; empty means all


@dataclass
class ParsedPage:
    """What an endpoint plugin makes of one HTTP response. `rows` is any sequence of Row: a
    list, or the columns of a SeriesRows (what the built-in parsers build, with no Python
    object per value)."""
    rows: Sequence[Row] = field(default_factory=list)
    problems: list[PostProblem] = field(default_factory=list)
    # IDs the server refused as a whole (400 protected, 403 not owned): the runner sends the
    # step again without them, and their problems are already in `problems`.
    retry_without: frozenset[str] = frozenset()


class ResponseError(AppError, ValueError):
    """A response body that is not what the endpoint's contract says (garbled, truncated,
    wrong shape). The runner treats it like a server error: retried, then reported."""
