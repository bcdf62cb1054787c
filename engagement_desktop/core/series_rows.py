"""Rows held as columns, one pair of numpy arrays per series: how a step's rows travel in bulk.

A year-long hourly step carries hundreds of thousands of values, and a year-long job millions; a
Python object per value makes replaying a journal or merging a page cost seconds. SeriesRows
keeps (post, metric, granularity) → buckets and values as int64 arrays, so the journal stores
and loads a step without touching each value, and a ResultSet merges it the same way. It is
still a sequence of Row for anything that reads rows one by one (or slices them, as the
window does while it merges a page a few thousand rows at a time).
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

from .rows import Row

SeriesKey = tuple[str | None, str, str]  # (post_id, metric, granularity)
Part = tuple[SeriesKey, np.ndarray, np.ndarray]  # a key, its buckets, its values (int64)

# A total's bucket (None in a Row) in an int64 column: below every epoch, so it sorts first.
NO_BUCKET = np.iinfo(np.int64).min
_HEADER_SIZE = struct.Struct("<I")
_SERIES_KEY, _BUCKET, _VALUE = itemgetter(0, 1, 3), itemgetter(2), itemgetter(4)  # of a Row


class SeriesRows(Sequence[Row]):
    __slots__ = ("parts", "_ends")

    def __init__(self, parts: list[Part]):
        self.parts = parts
        self._ends = list(itertools.accumulate(len(buckets) for _, buckets, _ in parts))

    @classmethod
    def from_rows(cls, rows: Iterable[Row]) -> SeriesRows:
        """Rows in any order, grouped by series (each series in the order its rows came)."""
        if isinstance(rows, SeriesRows):
            return rows
        rows = rows if isinstance(rows, (list, tuple)) else list(rows)
        if not rows:
            return cls([])
        # Each row's series, named by the position of the series' first row: a stable sort
        # on it gathers the series in first-seen order without a Python step per row.
        first_row: dict[SeriesKey, int] = {}
        series_of = np.fromiter(map(first_row.setdefault, map(_SERIES_KEY, rows),
                                    itertools.count()), np.int64, len(rows))
        order = np.argsort(series_of, kind="stable")
        starts = np.flatnonzero(np.diff(series_of[order], prepend=-1))[1:]
        buckets = _bucket_column(rows)
        values = np.fromiter(map(_VALUE, rows), np.int64, len(rows))
        return cls(list(zip(first_row, np.split(buckets[order], starts),
                            np.split(values[order], starts))))

    # -- storage (the job journal) ------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """Compact bytes: a JSON list of series and their sizes, then every bucket and value."""
        header = json.dumps([[*key, len(b)] for key, b, _ in self.parts],
                            separators=(",", ":")).encode()
        columns = [np.concatenate([part[i] for part in self.parts] or [np.empty(0, np.int64)])
                   for i in (1, 2)]
        payload = b"".join([_HEADER_SIZE.pack(len(header)), header,
                            *(c.astype("<i8").tobytes() for c in columns)])
        return zlib.compress(payload, 1)  # level 1: most of the size gain, a fraction of the time

    @classmethod
    def from_bytes(cls, blob: bytes) -> SeriesRows:
        """The rows of to_bytes(). Damaged bytes raise zlib.error; bytes of another format
        (the JSON blobs journals held before) a ValueError or struct.error."""
        payload = zlib.decompress(blob)
        (size,) = _HEADER_SIZE.unpack_from(payload)
        series = json.loads(payload[_HEADER_SIZE.size:_HEADER_SIZE.size + size])
        total = sum(count for *_, count in series)
        columns = np.frombuffer(payload, "<i8", 2 * total, _HEADER_SIZE.size + size)
        starts = list(itertools.accumulate(count for *_, count in series))[:-1]
        return cls(list(zip([tuple(key) for *key, _ in series],
                            np.split(columns[:total].astype(np.int64, copy=False), starts),
                            np.split(columns[total:].astype(np.int64, copy=False), starts))))

    # -- a sequence of Row --------------------------------------------------------------------
    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def __iter__(self) -> Iterator[Row]:
        for key, buckets, values in self.parts:
            for bucket, value in zip(buckets.tolist(), values.tolist()):
                yield _row(key, bucket, value)

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return list(self)[index]
            return SeriesRows(list(self._cut(start, stop)))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("SeriesRows index out of range")
        key, buckets, values = next(self._cut(index, index + 1))
        return _row(key, int(buckets[0]), int(values[0]))

    def _cut(self, start: int, stop: int) -> Iterator[Part]:
        """The parts covering rows start..stop (views into the arrays, not copies)."""
        at = bisect.bisect_right(self._ends, start)
        while start < stop:
            key, buckets, values = self.parts[at]
            begin = self._ends[at] - len(buckets)
            end = min(stop, self._ends[at])
            yield key, buckets[start - begin:end - begin], values[start - begin:end - begin]
            start, at = end, at + 1

    def __repr__(self) -> str:
        return f"SeriesRows({len(self.parts)} series, {len(self):,} rows)"


def _row(key: SeriesKey, bucket: int, value: int) -> Row:
    post_id, metric, granularity = key
    return Row(post_id, metric, None if bucket == NO_BUCKET else bucket, granularity, value)


def _bucket_column(rows: Sequence[Row]) -> np.ndarray:
    try:
        return np.fromiter(map(_BUCKET, rows), np.int64, len(rows))
    except TypeError:  # TOTAL rows (bucket None): rare and short
        return np.array([NO_BUCKET if row[2] is None else row[2] for row in rows], np.int64)
