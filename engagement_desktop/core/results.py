"""A run's merged result: the fact table of every step, plus the per-post problems.

Merging rule: one step's page is already free of duplicates (the parser keeps one value per row
key even when several groupings carry it); different steps never describe the same thing
(batches hold different posts, windows different hours), so values of equal keys from
different steps add up. That is what makes a day or a per-window total straddling two
4-week windows come out right.

Values are stored per series — (post, metric, granularity) → int64 arrays of buckets and
values — which keeps millions of hourly values compact (16 bytes each). Adding rows only
appends arrays; a series' pieces are merged (sorted by bucket, equal buckets summed) the first
time it is read after a change, so a year of hourly values replayed from a journal costs a
few numpy calls per series rather than Python work per value.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import numpy as np

from .plan import is_comparison_step
from ..i18n import glossary
from .query import Query
from .rate_specs import RateSpec
from .rows import PostProblem, Row
from .series_rows import NO_BUCKET, SeriesKey, SeriesRows

Arrays = tuple[np.ndarray, np.ndarray]  # buckets ascending (NO_BUCKET for a total), values


@dataclass(eq=False)  # compared by identity: nothing compares results by value
class ResultSet:
    query: Query | None = None
    # Where the numbers came from: endpoint, account, base_url, job id, times, app version...
    provenance: dict = field(default_factory=dict)
    # metric → label, as the endpoint declares them and in its order (EndpointSpec.metric_labels):
    # how the tree, charts, problems and exports name and order metrics.
    metric_labels: dict[str, str] = field(default_factory=dict)
    # The endpoint's own rates (EndpointSpec.rates): the analyst views offer them beside the
    # built-in ones.
    rates: tuple[RateSpec, ...] = ()
    problems: list[PostProblem] = field(default_factory=list)
    # The rows a comparison fetched before the query's range (its baseline's extra steps):
    # only the comparison reads them, through `with_earlier`; every other view shows the query.
    earlier: ResultSet | None = None
    # Each series' pieces as added; a merged series is a single piece.
    _pieces: dict[SeriesKey, list[Arrays]] = field(default_factory=dict, repr=False)
    _unmerged: set[SeriesKey] = field(default_factory=set, repr=False)
    # Reads merge, so two readers (an export thread and the window) must not merge at once.
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    _problem_keys: set = field(default_factory=set, repr=False)
    # The count of values, kept as pieces arrive so that counting merges nothing: each
    # counted series' bucket span and size, and the series whose pieces may overlap.
    _count: int = field(default=0, repr=False)
    _spans: dict[SeriesKey, tuple[int, int]] = field(default_factory=dict, repr=False)
    _sizes: dict[SeriesKey, int] = field(default_factory=dict, repr=False)
    _uncounted: set[SeriesKey] = field(default_factory=set, repr=False)

    def add_rows(self, rows: Iterable[Row]) -> None:
        """Merge rows; a SeriesRows (what parsers build and the journal replays) is merged
        without a per-row step: each series is kept as a view of its columns."""
        rows = SeriesRows.from_rows(rows)
        ascending = rows.ascending()
        with self._lock:
            for key, buckets, values in rows.parts:
                if len(buckets):
                    self._pieces.setdefault(key, []).append((buckets, values))
                    self._unmerged.add(key)
                    self._count_piece(key, buckets, ascending)

    def _count_piece(self, key: SeriesKey, buckets: np.ndarray, ascending: bool) -> None:
        """Keep the count of values current without merging: a piece whose buckets rise and
        lie outside its series' span so far (another window, another step) adds its length;
        any other (a day shared by two windows) leaves its series to be counted by merging."""
        low, high = int(buckets[0]), int(buckets[-1])
        span = self._spans.get(key)
        if key in self._uncounted or not ascending or (
                span is not None and not (high < span[0] or low > span[1])):
            self._count -= self._sizes.pop(key, 0)
            self._uncounted.add(key)
            return
        self._spans[key] = (low, high) if span is None else (min(low, span[0]), max(high, span[1]))
        self._sizes[key] = self._sizes.get(key, 0) + len(buckets)
        self._count += len(buckets)

    def add_problems(self, problems: Iterable[PostProblem]) -> None:
        for problem in problems:
            if problem not in self._problem_keys:
                self._problem_keys.add(problem)
                self.problems.append(problem)

    def rows(self) -> Iterator[Row]:
        """Every value, ordered by post, metric, granularity and bucket (no bucket first)."""
        arrays = self.series_arrays()
        for key in sorted(arrays, key=_series_order):
            buckets, values = arrays[key]
            yield from SeriesRows([key], [len(buckets)], buckets, values)

    def series_arrays(self, keys: Iterable[SeriesKey] | None = None) -> dict[SeriesKey, Arrays]:
        """The fast read for trees and charts: (post, metric, granularity) → (buckets, values),
        read-only int64 arrays, buckets ascending and distinct; a total's bucket is NO_BUCKET.
        With `keys`, only those series that exist (a live chart merges what it shows, not
        every series that grew)."""
        with self._lock:
            wanted = self._pieces.keys() if keys is None else self._pieces.keys() & set(keys)
            for key in self._unmerged & wanted:
                self._pieces[key] = [_merged(self._pieces[key])]
            self._unmerged -= wanted
            return {key: self._pieces[key][0] for key in wanted}

    def series(self) -> Mapping[SeriesKey, dict[int | None, int]]:
        """(post, metric, granularity) → {bucket: value}, each dict made when it is read."""
        return _SeriesDicts(self.series_arrays())

    def post_ids(self) -> list[str | None]:
        return sorted({k[0] for k in self._pieces}, key=lambda p: (p is None, len(p or ""), p))

    def metrics(self) -> list[str]:
        return sorted({k[1] for k in self._pieces})

    def label(self, metric: str, language: str | None = None) -> str:
        """What a metric is called on screen and in files: its declared label, else its name;
        with a `language`, the glossary's label in it when the glossary knows the metric."""
        if language is not None and glossary.knows(metric):
            return glossary.label(metric, language)
        return self.metric_labels.get(metric, metric)

    def metric_rank(self, metric: str) -> tuple[int, str]:
        """Sort key: metrics in their declared order (as menus list them), unknown ones last."""
        order = list(self.metric_labels)
        return (order.index(metric) if metric in self.metric_labels else len(order)), metric

    def granularities(self) -> set[str]:
        return {k[2] for k in self._pieces}

    def __len__(self) -> int:
        """The values held; only series whose pieces may share buckets are merged to count."""
        with self._lock:
            for key in self._uncounted:
                self._pieces[key] = [_merged(self._pieces[key])]
                self._unmerged.discard(key)
                buckets = self._pieces[key][0][0]
                self._spans[key] = (int(buckets[0]), int(buckets[-1]))
                self._sizes[key] = len(buckets)
                self._count += len(buckets)
            self._uncounted.clear()
            return self._count


    def part_for(self, step_id: str) -> ResultSet:
        """Where a step's rows go: this result, or its `earlier` part for a step fetching the
        comparison's baseline before the query's range."""
        if not is_comparison_step(step_id):
            return self
        if self.earlier is None:
            self.earlier = ResultSet(query=self.query, metric_labels=self.metric_labels,
                                     rates=self.rates)
        return self.earlier

    def with_earlier(self) -> ResultSet:
        """This result and its `earlier` rows as one (itself when there are none): what a
        comparison of periods reads."""
        if self.earlier is None:
            return self
        joined = ResultSet(query=self.query, provenance=self.provenance,
                           metric_labels=self.metric_labels, rates=self.rates,
                           problems=self.problems)
        for part in (self.earlier, self):
            for key, arrays in part.series_arrays().items():
                joined._pieces.setdefault(key, []).append(arrays)
                joined._unmerged.add(key)
                joined._uncounted.add(key)
        return joined


class _SeriesDicts(Mapping):
    """series() as the plain dicts the exporters read, without holding millions of them."""

    def __init__(self, arrays: dict[SeriesKey, Arrays]):
        self._arrays = arrays

    def __getitem__(self, key: SeriesKey) -> dict[int | None, int]:
        buckets, values = self._arrays[key]
        keys = buckets.tolist()
        if len(keys) and keys[0] == NO_BUCKET:  # sorted: a total comes first
            keys[0] = None
        return dict(zip(keys, values.tolist()))

    def __iter__(self) -> Iterator[SeriesKey]:
        return iter(self._arrays)

    def __len__(self) -> int:
        return len(self._arrays)


def _merged(pieces: list[Arrays]) -> Arrays:
    """One series' pieces as one: buckets ascending, the values of equal buckets summed."""
    if len(pieces) == 1:  # a view of its page's columns, kept as it is when in order
        buckets, values = pieces[0]
    else:  # windows in time order, so that their series usually need no sort
        pieces = sorted(pieces, key=lambda piece: int(piece[0][0]))
        buckets = np.concatenate([b for b, _ in pieces])
        values = np.concatenate([v for _, v in pieces])
    if len(buckets) > 1 and not (buckets[1:] > buckets[:-1]).all():
        order = np.argsort(buckets, kind="stable")
        buckets, values = buckets[order], values[order]
        starts = np.flatnonzero(np.r_[True, buckets[1:] != buckets[:-1]])
        buckets, values = buckets[starts], np.add.reduceat(values, starts)
    buckets.flags.writeable = values.flags.writeable = False
    return buckets, values


def _series_order(key: SeriesKey):
    post_id, metric, granularity = key
    # Numeric post order (IDs are digit strings of varying length); aggregates last.
    return (post_id is None, len(post_id or ""), post_id or "", metric, granularity)
