"""What every built-in response parser needs beyond the API's refusal reader: counts, instants, post IDs, and a
page that keeps one value per row key.

Everything that is not what the contract says raises ResponseError with a sentence naming the
place in the body, so a garbled or truncated answer is retried and then reported, never
half-read.
"""
from __future__ import annotations

from array import array
from collections.abc import Iterable

from engagement_desktop.plugins.api import (FORBIDDEN, NO_BUCKET, PROTECTED, UNAVAILABLE,
                                            UNSUPPORTED_IMPRESSIONS, UNSUPPORTED_VIDEO_VIEWS,
                                            ParsedPage, PostProblem, ResponseError, Step, epoch,
                                            expect, parse_instant, quoted, shown, translate)

from . import catalog

# What is wrong at a place of an answer (`where`: its path in the JSON), in the host's words.
EXPECTED = translate("Answers", "{where}: expected {kind}, got {found}.")
IS_NOT = translate("Answers", "{where}: {found} is not {kind}.")
A_COUNT = translate("Answers", "a count")
A_TIME = translate("Answers", "a time")
AN_ISO_TIME = translate("Answers", "an ISO 8601 time")
A_POST_ID = translate("Answers", "a post ID")
A_METRIC = translate("Answers", "a metric")

# What a user is told about each kind of per-post answer, whichever API family gave it.
EXPLAIN = {
    UNAVAILABLE: "The server has no data for this post: it was deleted or is unavailable.",
    PROTECTED: "The post is from a protected account; the API serves no metrics for protected "
               "posts, not even to their owner.",
    FORBIDDEN: "This account may not read this post's metrics: run the query with the post "
               "owner's user-context account.",
    UNSUPPORTED_VIDEO_VIEWS: "Video views exist only for posts at most 1800 days old.",
    UNSUPPORTED_IMPRESSIONS: "Impressions and engagements totals exist only for posts at most "
                             "90 days old; the historical endpoint covers the last 365 days.",
}


MAX_COUNT = 2**63 - 1  # what the result cache and the tree's int64 columns hold


def as_count(value: object) -> int | None:
    """A count as the APIs write it — an ASCII digit string ("551") or a whole number (551,
    551.0) — or None for anything else (negative, fractional, too large, "1_000", "٣")."""
    kind = type(value)
    if kind is str:
        if not (value.isascii() and value.isdigit()):
            return None
        try:
            number = int(value)
        except ValueError:  # more digits than int() converts (sys.get_int_max_str_digits)
            return None
    elif kind is int:
        number = value
    elif kind is float and value.is_integer():
        number = int(value)
    else:
        return None
    return number if 0 <= number <= MAX_COUNT else None


def count(value: object, where: str) -> int:
    number = as_count(value)
    if number is None:
        raise ResponseError(EXPECTED.format(where=where, kind=A_COUNT, found=shown(value)))
    return number


def bucket_of(text: object, where: str) -> int:
    """An ISO 8601 instant → its UTC epoch seconds."""
    if not isinstance(text, str):
        raise ResponseError(EXPECTED.format(where=where, kind=A_TIME, found=shown(text)))
    try:
        return epoch(parse_instant(text))
    except (ValueError, OverflowError):  # overflow: year 1 or 9999 shifted out of range
        raise ResponseError(IS_NOT.format(where=where, found=quoted(text),
                                          kind=AN_ISO_TIME)) from None


def known_metric(name: str) -> str | None:
    """The catalog name of a metric the server named (any spelling), or None for a name the
    catalog lacks: a row of an unknown metric would be a fact no query asked for."""
    metric = catalog.canonical(name)
    return metric if metric in catalog.METRICS else None


def post_ids(value: object, where: str) -> list[str]:
    """A list of post IDs, written as strings or numbers."""
    ids = []
    for item in expect(value, list, where):
        text = str(item) if type(item) in (str, int) else ""
        if not (text.isascii() and text.isdigit()):
            raise ResponseError(IS_NOT.format(where=where, found=shown(item), kind=A_POST_ID))
        ids.append(text)
    return ids


def every_post(step: Step, kind: str, message: str) -> list[PostProblem]:
    """The same problem for each post of a step (the server refused the request as a whole)."""
    return [PostProblem(post_id, kind, message) for post_id in step.ids]


class PageBuilder:
    """Collects one response's values as columns, and its problems. The first value of a row
    key wins: several groupings (or a renamed metric beside its new name) may carry the same
    number, and a page must hold it once (see core/results.py)."""

    def __init__(self) -> None:
        self._keys: dict[tuple, int] = {}  # (post, metric, granularity) → series number
        self._chunks: list[tuple] = []  # (series, buckets, values) columns read in bulk
        # Values added one at a time (the v2 answers: a few per point), as C arrays.
        self._series, self._buckets, self._values = array("q"), array("q"), array("q")
        self._problems: dict[PostProblem, None] = {}
        self._dropped: set[tuple[str, str]] = set()

    def series(self, post_id: str | None, metric: str, granularity: str) -> int:
        """The number of a series, for the columns handed to add_columns."""
        return self._keys.setdefault((post_id, metric, granularity), len(self._keys))

    def add(self, post_id: str | None, metric: str, bucket: int | None, granularity: str,
            value: int) -> None:
        self._series.append(self.series(post_id, metric, granularity))
        self._buckets.append(NO_BUCKET if bucket is None else bucket)
        self._values.append(value)

    def add_columns(self, series, buckets, values) -> None:
        """Values read in bulk: int64 arrays of series numbers, buckets and values."""
        self._chunks.append((series, buckets, values))

    def add_problems(self, problems: Iterable[PostProblem]) -> None:
        for problem in problems:
            self._problems.setdefault(problem)

    def drop_rows(self, post_ids: Iterable[str], metrics: Iterable[str]) -> None:
        """Forget placeholder values the server sent for metrics it does not support."""
        self._dropped.update((post, metric) for post in post_ids for metric in metrics)

    def page(self, retry_without: Iterable[str] = ()) -> ParsedPage:
        from .parse_columns import np, page_rows  # numpy when a page is read, not on planning

        chunks = self._chunks + [tuple(np.frombuffer(column, np.int64) for column in
                                       (self._series, self._buckets, self._values))]
        dropped = {n for (post, metric, _), n in self._keys.items()
                   if (post, metric) in self._dropped}
        return ParsedPage(page_rows(list(self._keys), chunks, dropped), list(self._problems),
                          frozenset(retry_without))
