"""Parsed bodies → columns, with no Python step per value.

A historical hourly page holds a quarter of a million counts. Walking them one by one, with a
call and a Row each, cost ten times what json.loads spent making them. Here a nest of objects is
read one level at a time: each level's keys with a few C-level passes (chain, map over a table
of its distinct keys), its counts checked and converted by numpy, and the page's columns built
once. Anything not as the contract says is found on the way and named by its place.

Imported when a body is read, not with the parsers: planning never loads numpy.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain

import numpy as np

from engagement_desktop.plugins.api import SeriesRows

KeyReader = Callable[[str], "int | None"]  # a key → its code (an index, epoch or offset)
_SURE_DIGITS = 18  # every number of up to 18 digits fits int64 (its largest has 19)
_COMMA, _ZERO = np.uint8(ord(",")), np.uint8(ord("0"))


class Misread(Exception):
    """Where a nest is not what its shape says: the keys leading there, the level, what is
    wrong ("object", "key" or "count") and what was found."""

    def __init__(self, path: tuple[str, ...], depth: int, problem: str, found: object):
        super().__init__(problem)
        self.path, self.depth, self.problem, self.found = path, depth, problem, found


class Nest:
    """A nest of objects read level by level: for each level, how many keys each object of the
    level above holds (`sizes`) and each key's code (`codes`); the values as counts."""

    def __init__(self, tree: object, readers: Sequence[KeyReader],
                 as_count: Callable[[object], "int | None"]):
        self._objects: list[list] = []  # each level's objects, to name a place when one is wrong
        self.sizes: list[np.ndarray] = []
        self.codes: list[np.ndarray] = []
        nodes = [tree]
        for depth, read in enumerate(readers):
            if not all(type(node) is dict for node in nodes):
                where = next(i for i, node in enumerate(nodes) if not isinstance(node, dict))
                raise Misread(self._path(where), depth, "object", nodes[where])
            self._objects.append(nodes)
            self.sizes.append(np.fromiter(map(len, nodes), np.int64, len(nodes)))
            self.codes.append(self._read_keys(nodes, read, depth))
            nodes = list(chain.from_iterable(map(dict.values, nodes)))
        self.values = counts(nodes, as_count, self._path)

    def _read_keys(self, nodes: list[dict], read: KeyReader, depth: int) -> np.ndarray:
        keys = list(chain.from_iterable(nodes))
        sizes = self.sizes[depth]
        first = list(nodes[0]) if nodes else []
        # Objects of a level mostly hold the same keys in the same order (the 24 hours, the same
        # metrics): then the first one's keys are read once and repeated. The comparison is
        # quick: the decoder makes equal keys of one body the same object.
        if first and (sizes == len(first)).all() and keys == first * len(nodes):
            found = [read(key) for key in first]
            if None not in found:
                return np.tile(np.array(found, np.int64), len(nodes))
        # Else each distinct key is read once, in the order they came (a reader may number
        # what it reads: posts, metrics).
        table = {key: read(key) for key in dict.fromkeys(keys)}
        if None in table.values():
            where = next(i for i, key in enumerate(keys) if table[key] is None)
            raise Misread(self._path(where, depth), depth, "key", keys[where])
        return np.fromiter(map(table.__getitem__, keys), np.int64, len(keys))

    def _path(self, index: int, depth: int | None = None) -> tuple[str, ...]:
        """The keys leading to the index-th key of level `depth` (the deepest read so far)."""
        path = []
        for level in reversed(range(len(self._objects) if depth is None else depth + 1)):
            keys = list(chain.from_iterable(self._objects[level]))
            path.append(keys[index])
            index = int(np.searchsorted(np.cumsum(self.sizes[level]), index, side="right"))
        return tuple(reversed(path))


def counts(values: list, as_count: Callable[[object], "int | None"],
           path: Callable[[int], tuple[str, ...]]) -> np.ndarray:
    """Counts as the APIs write them → int64. Digit strings (what the enterprise API sends)
    are checked and converted in bulk; anything else a value at a time by `as_count`."""
    try:
        text = ",".join(values)
    except TypeError:  # numbers, or something that is not a count
        return _one_by_one(values, as_count, path)
    if text.isascii():
        chars = np.frombuffer(text.encode("ascii"), np.uint8)
        commas = chars == _COMMA
        # Digits and the commas the join put between them, nothing else (no sign, no space).
        if ((chars - _ZERO < 10) | commas).all() and np.count_nonzero(commas) == len(values) - 1:
            read = _digit_runs(chars, commas)
            if read is not None:
                return read
    return _one_by_one(values, as_count, path)


def _digit_runs(chars: np.ndarray, commas: np.ndarray) -> np.ndarray | None:
    """Comma-separated runs of ASCII digits → int64, a digit place at a time over all runs
    (a third of numpy's own text reader's time); None for an empty run or one of more digits
    than int64 surely holds (its largest counts are read one by one)."""
    ends = np.append(np.flatnonzero(commas), len(chars))
    lengths = np.diff(ends, prepend=-1) - 1
    if lengths.min() < 1 or lengths.max() > _SURE_DIGITS:
        return None
    digits = np.append(chars - _ZERO, np.uint8(0)).astype(np.int64)  # a 0 past the end
    read = np.zeros(len(ends), np.int64)
    for place in range(int(lengths.max())):  # units, tens, ...: the runs short of it add 0
        read += digits[np.where(place < lengths, ends - 1 - place, len(chars))] * 10**place
    return read


def _one_by_one(values: list, as_count, path) -> np.ndarray:
    read = list(map(as_count, values))
    if None in read:
        where = read.index(None)
        raise Misread(path(where), -1, "count", values[where])
    return np.array(read, np.int64)


def page_rows(keys: list, chunks: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
              dropped: set[int]) -> SeriesRows:
    """A page's columns, gathered as (series, buckets, values) chunks, as one SeriesRows
    without the series in `dropped`: the page's one column build."""
    if not chunks:
        return SeriesRows.from_columns([], *(np.empty(0, np.int64),) * 3)
    series, buckets, values = (np.concatenate(column) for column in zip(*chunks))
    if dropped:
        kept = ~np.isin(series, np.fromiter(dropped, np.int64, len(dropped)))
        series, buckets, values = series[kept], buckets[kept], values[kept]
    return SeriesRows.from_columns(keys, series, buckets, values)
