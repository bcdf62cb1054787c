"""What the chart draws, as numpy arrays: a series at the grain the user picked (hourly values
summed per day or per week when the result has no coarser series of its own), and a rate's
series as a ratio of those sums.

No Qt here, so the sums are tested on their own. Days and weeks are UTC, as the chart's axis;
weeks start on Monday, as the analysis views' and the server's weekly buckets do.
"""
from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from ...core.analysis.rates import RateSpec
from ...core.rows import DAY, HOUR, WEEK
from ...core.series_rows import NO_BUCKET

STEPS = (HOUR, DAY, WEEK)  # finest first
SECONDS = {HOUR: 3600, DAY: 86_400, WEEK: 7 * 86_400}
MONDAY = 4 * 86_400  # 1970-01-05, the first Monday after the epoch
EMPTY = (np.empty(0, np.float64), np.empty(0, np.float64))


def bucket_start(seconds: np.ndarray, grain: str) -> np.ndarray:
    """The start of the day or Monday-week (UTC) holding each time; hours are kept."""
    if grain == WEEK:
        return (seconds - MONDAY) // SECONDS[WEEK] * SECONDS[WEEK] + MONDAY
    return seconds // SECONDS[grain] * SECONDS[grain]


def resampled(buckets: np.ndarray, values: np.ndarray, grain: str) -> tuple[np.ndarray,
                                                                           np.ndarray]:
    """Sums of a time-sorted series per `grain` bucket (totals, which have no time, dropped)."""
    timed = buckets != NO_BUCKET
    buckets, values = buckets[timed], values[timed]
    if not len(buckets):
        return np.empty(0, np.int64), np.empty(0, np.int64)
    starts = bucket_start(buckets, grain)
    first = np.flatnonzero(np.r_[True, starts[1:] != starts[:-1]])  # sorted in, sorted out
    return starts[first], np.add.reduceat(values, first)


def source_grain(grains: set[str], grain: str) -> str | None:
    """Where `grain` comes from: the result's own series of it, else the finest series that
    sums up to it (hours to days or weeks, days to weeks); None if none does."""
    if grain in grains:
        return grain
    finer = STEPS[:STEPS.index(grain)]
    return next((g for g in finer if g in grains), None)


def views(grains: set[str]) -> list[str]:
    """The grains a line chart can show for a result: its own, and those its finer series
    sum up to."""
    return [grain for grain in STEPS if source_grain(grains, grain) is not None]


Arrays = Mapping[tuple, tuple[np.ndarray, np.ndarray]]


def counts(arrays: Arrays, post, metric: str, grain: str) -> tuple[np.ndarray, np.ndarray]:
    """One post × metric at `grain`, as float x (seconds) and y."""
    source = source_grain({key[2] for key in arrays if key[:2] == (post, metric)}, grain)
    if source is None:
        return EMPTY
    buckets, values = arrays[(post, metric, source)]
    if source == grain:
        timed = buckets != NO_BUCKET
        buckets, values = buckets[timed], values[timed]
    else:
        buckets, values = resampled(buckets, values, grain)
    return buckets.astype(float), values.astype(float)


def rate(arrays: Arrays, post, spec: RateSpec, grain: str) -> tuple[np.ndarray, np.ndarray]:
    """Σ numerator / Σ denominator per bucket; NaN (a gap) where the denominator is zero or
    missing. Buckets are those of either metric."""
    num_x, num_y = counts(arrays, post, spec.numerator, grain)
    den_x, den_y = counts(arrays, post, spec.denominator, grain)
    xs = np.union1d(num_x, den_x)
    num = np.zeros(len(xs))
    num[np.searchsorted(xs, num_x)] = num_y
    den = np.full(len(xs), np.nan)
    den[np.searchsorted(xs, den_x)] = den_y
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(den > 0, num / den, np.nan)
    return xs, ratio
