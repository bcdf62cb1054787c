"""Rows held as columns: how a page's rows travel from the parser to the journal and a result.

A year-long hourly step carries hundreds of thousands of values, and a year-long job millions; a
Python object per value makes parsing, journaling or merging a page cost seconds. SeriesRows
keeps one int64 column of buckets and one of values for the whole page, each series
(post, metric, granularity) a run of it, so the parser builds it once, the journal stores and
loads it without touching each value, and a ResultSet takes each series as a view. It is still a
sequence of Row for anything that reads rows one by one (or slices them, as the window does
while it merges a page a few thousand rows at a time).
"""
from __future__ import annotations

import bisect
import itertools
import json
import struct
import zlib
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter

import numpy as np

from .rows import NO_BUCKET, SERIES_FORMAT, DamagedRows, Row

SeriesKey = tuple[str | None, str, str]  # (post_id, metric, granularity)
Part = tuple[SeriesKey, np.ndarray, np.ndarray]  # a key, its buckets, its values (int64)

_HEADER_SIZE = struct.Struct("<I")
_VALUE_WIDTHS = ("<i1", "<i2", "<i4", "<i8")  # the narrowest that holds a step's values is stored
_SERIES_KEY, _BUCKET, _VALUE = itemgetter(0, 1, 3), itemgetter(2), itemgetter(4)  # of a Row


class SeriesRows(Sequence[Row]):
    """keys[i]'s rows are buckets[a:b] and values[a:b], a and b its run's bounds: the series
    one after another, in the order of `keys`."""
    __slots__ = ("keys", "buckets", "values", "_ends")

    def __init__(self, keys: list[SeriesKey], sizes: Iterable[int], buckets: np.ndarray,
                 values: np.ndarray):
        self.keys, self.buckets, self.values = keys, buckets, values
        self._ends = list(itertools.accumulate(int(size) for size in sizes))
        if len(self._ends) != len(keys) or (self._ends[-1] if keys else 0) != len(buckets):
            raise ValueError("series sizes do not match the columns")

    @classmethod
    def from_parts(cls, parts: Iterable[Part]) -> SeriesRows:
        parts = list(parts)
        return cls([key for key, _, _ in parts], [len(b) for _, b, _ in parts],
                   _joined([b for _, b, _ in parts]), _joined([v for _, _, v in parts]))

    @classmethod
    def from_rows(cls, rows: Iterable[Row]) -> SeriesRows:
        """Rows in any order, grouped by series (each series in the order its rows came): how
        a plugin's list of Row becomes columns, once per page."""
        if isinstance(rows, SeriesRows):
            return rows
        rows = rows if isinstance(rows, (list, tuple)) else list(rows)
        # Each row's series, named by the position of the series' first row: a stable sort
        # on it gathers the series in first-seen order without a Python step per row.
        first_row: dict[SeriesKey, int] = {}
        series_of = np.fromiter(map(first_row.setdefault, map(_SERIES_KEY, rows),
                                    itertools.count()), np.int64, len(rows))
        _, series = np.unique(series_of, return_inverse=True)
        order = np.argsort(series, kind="stable")
        buckets = _bucket_column(rows)
        values = np.fromiter(map(_VALUE, rows), np.int64, len(rows))
        return cls(list(first_row), np.bincount(series, minlength=len(first_row)),
                   buckets[order], values[order])

    @classmethod
    def from_columns(cls, keys: list[SeriesKey], series: np.ndarray, buckets: np.ndarray,
                     values: np.ndarray) -> SeriesRows:
        """One page read as columns (`series` indexes `keys`): each series' values ordered by
        bucket, one value per bucket, the first one read where a bucket repeats (several
        groupings may carry the same number). Keys without values are left out."""
        steps, rises = np.diff(series), np.diff(buckets)
        if not ((steps > 0) | ((steps == 0) & (rises > 0))).all():  # a page is mostly in order
            order = np.lexsort((buckets, series))  # stable: the first read stays first
            series, buckets, values = series[order], buckets[order], values[order]
            first = np.r_[True, (np.diff(series) != 0) | (np.diff(buckets) != 0)]
            series, buckets, values = series[first], buckets[first], values[first]
        sizes = np.bincount(series, minlength=len(keys))
        held = np.flatnonzero(sizes)
        return cls([keys[i] for i in held.tolist()], sizes[held], buckets, values)

    @classmethod
    def joined(cls, pages: Sequence[SeriesRows]) -> SeriesRows:
        """Several pages' rows as one (a step re-sent without the posts the server refused)."""
        if len(pages) == 1:
            return pages[0]
        return cls([key for page in pages for key in page.keys],
                   [size for page in pages for size in page.sizes()],
                   _joined([page.buckets for page in pages]),
                   _joined([page.values for page in pages]))

    def sizes(self) -> list[int]:
        return [b - a for a, b in zip([0, *self._ends], self._ends)]

    @property
    def parts(self) -> list[Part]:
        """Each series with its buckets and values: views into the columns, not copies."""
        return [(key, self.buckets[a:b], self.values[a:b])
                for key, a, b in zip(self.keys, [0, *self._ends], self._ends)]

    def ascending(self) -> bool:
        """Whether each series' buckets rise strictly (true of every parsed page)."""
        if len(self) < 2:
            return True
        rises = np.diff(self.buckets) > 0
        rises[[end - 1 for end in self._ends[:-1]]] = True  # where one series ends
        return bool(rises.all())

    # -- storage (the job journal) ------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """Compact bytes: the format, then compressed: a JSON list of series and their sizes,
        the buckets as differences (a series' hours differ by 3600: they compress to little),
        the values in the narrowest width that holds them."""
        width = next(w for w in _VALUE_WIDTHS if _holds(w, self.values))
        header = json.dumps({"series": [[*key, size] for key, size in zip(self.keys, self.sizes())],
                             "values": width}, separators=(",", ":")).encode()
        # Differences wrap around in int64 (a total's NO_BUCKET before an epoch); the running
        # sum that reads them back wraps the same way, so every bucket comes back exactly.
        rises = np.diff(self.buckets, prepend=np.int64(0)).astype("<i8")
        payload = b"".join([_HEADER_SIZE.pack(len(header)), header, rises.tobytes(),
                            self.values.astype(width).tobytes()])
        return bytes([SERIES_FORMAT]) + zlib.compress(payload, 1)  # level 1: most of the gain, fast

    @classmethod
    def from_bytes(cls, blob: bytes) -> SeriesRows:
        """The rows of to_bytes(). A cut or damaged zlib stream raises zlib.error, anything
        else not as written DamagedRows."""
        if not blob or blob[0] != SERIES_FORMAT:
            raise DamagedRows("not a step's rows of this format")
        payload = zlib.decompress(blob[1:])
        try:
            (size,) = _HEADER_SIZE.unpack_from(payload)
            header = json.loads(payload[_HEADER_SIZE.size:_HEADER_SIZE.size + size])
            keys = [tuple(key) for *key, _ in header["series"]]
            sizes = [count for *_, count in header["series"]]
            if header["values"] not in _VALUE_WIDTHS:
                raise DamagedRows("the values' width is not one this format stores")
            total, width, at = sum(sizes), np.dtype(header["values"]), _HEADER_SIZE.size + size
            if len(payload) != at + total * (8 + width.itemsize):
                raise DamagedRows("the columns are not the size the header says")
            buckets = np.cumsum(np.frombuffer(payload, "<i8", total, at), dtype=np.int64)
            values = np.frombuffer(payload, width, total, at + 8 * total).astype(np.int64)
            return cls(keys, sizes, buckets, values)
        except (struct.error, KeyError, TypeError, ValueError) as err:
            raise DamagedRows(f"the stored rows are not as written: {err}") from None

    # -- a sequence of Row --------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.buckets)

    def __iter__(self) -> Iterator[Row]:
        for key, buckets, values in self.parts:
            for bucket, value in zip(buckets.tolist(), values.tolist()):
                yield _row(key, bucket, value)

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return list(self)[index]
            return self._cut(start, max(start, stop))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("SeriesRows index out of range")
        at = bisect.bisect_right(self._ends, index)
        return _row(self.keys[at], int(self.buckets[index]), int(self.values[index]))

    def _cut(self, start: int, stop: int) -> SeriesRows:
        """Rows start..stop (views into the columns, not copies)."""
        first = bisect.bisect_right(self._ends, start)
        last = bisect.bisect_left(self._ends, stop) + 1 if stop > start else first
        ends = [min(end, stop) - start for end in self._ends[first:last]]
        return SeriesRows(self.keys[first:last], [b - a for a, b in zip([0, *ends], ends)],
                          self.buckets[start:stop], self.values[start:stop])

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence of the same rows in the same order (a plugin's list)."""
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # mutable columns: not a dict key

    def __repr__(self) -> str:
        return f"SeriesRows({len(self.keys)} series, {len(self):,} rows)"


def _row(key: SeriesKey, bucket: int, value: int) -> Row:
    post_id, metric, granularity = key
    return Row(post_id, metric, None if bucket == NO_BUCKET else bucket, granularity, value)


def _joined(columns: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(columns).astype(np.int64, copy=False) if columns else _EMPTY


def _holds(width: str, values: np.ndarray) -> bool:
    limits = np.iinfo(width)
    return not len(values) or (limits.min <= values.min() and values.max() <= limits.max)


def _bucket_column(rows: Sequence[Row]) -> np.ndarray:
    try:
        return np.fromiter(map(_BUCKET, rows), np.int64, len(rows))
    except TypeError:  # TOTAL rows (bucket None): rare and short
        return np.array([NO_BUCKET if row[2] is None else row[2] for row in rows], np.int64)


_EMPTY = np.empty(0, np.int64)
_EMPTY.flags.writeable = False
EMPTY = SeriesRows([], [], _EMPTY, _EMPTY)  # a page without rows
