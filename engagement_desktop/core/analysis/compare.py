"""Recent vs baseline: which posts (or @handles) beat their usual numbers, and by how much.

Two ways to get a baseline:
- periods (`compare_periods`): the same post or @handle over an earlier period. Periods of
  different lengths are made comparable by scaling the baseline to the recent period's
  length: baseline = (baseline sum / baseline days) × recent days, so `value` stays the real
  recent total. Each row's days count only from its first value other than zero (a post made
  three days into a 28-day baseline has a 25-day baseline, whatever zeros the server answered
  for the hours before it existed), and neither period runs past the
  result's last bucket. Rates need no scaling: each period's rate is its ratio of sums.
- the @handle's median post (`compare_to_handle_median`): each post's total (or rate) over
  the whole result against the median of its @handle's posts, itself included. Posts whose
  owner is unknown have no baseline.

A row is flagged "above" when value > high × baseline and "below" when value < low × baseline;
there is no flag, and no % change, where the baseline is zero or blank.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from ...i18n.phrases import translate
from ..results import ResultSet
from ..rows import DAY, HOUR
from .columns import RATE, Column, column_values, measure_column
from .dimensions import HANDLE, POST, Dimensions, KeyColumn
from .facts import UNIT_SECONDS, Facts, facts_of
from .grouping import Selection, grouped
from .local_time import UTC
from ..periods import Period

ABOVE, BELOW = "above", "below"


@dataclass(frozen=True)
class ComparisonRow:
    key: str | None  # post ID or handle (None: unknown)
    label: str
    value: float  # NaN is blank
    baseline: float
    change: float  # value − baseline
    change_pct: float  # change / baseline, a fraction (0.5 is +50 %)
    flag: str | None  # ABOVE, BELOW or None


@dataclass(frozen=True)
class Comparison:
    measure: Column
    by: str  # POST or HANDLE
    rows: list[ComparisonRow]
    recent: Period | None  # None for the @handle-median comparison
    baseline: Period | None
    high: float
    low: float

    def outliers(self) -> list[ComparisonRow]:
        return [row for row in self.rows if row.flag]

    def notes(self) -> list[str]:
        """How the baseline was made and what is flagged (phrases the window translates)."""
        if self.recent is None:
            basis = translate("AnalysisNotes", "Baseline: the median post of the same @handle "
                                               "over the whole range.")
        else:
            basis = (translate("AnalysisNotes", "Recent: {recent}. Baseline: {baseline}.")
                     if self.measure.kind == RATE else translate(
                         "AnalysisNotes", "Recent: {recent}. Baseline: {baseline}, per day × "
                         "the recent period's days (each row counted from its first value)."))
            basis = basis.format(recent=self.recent.phrase(), baseline=self.baseline.phrase())
        return [basis, translate("AnalysisNotes", "Flagged: above {high} × or below {low} × the "
                                 "baseline; no flag where the baseline is zero or blank.").format(
                                     high=f"{self.high:g}", low=f"{self.low:g}")]


def result_end(result: ResultSet) -> int | None:
    """The end of the result's last hourly or daily bucket (UTC epoch seconds): where the
    presets' periods end unless the caller picks another instant; None without a series."""
    facts = facts_of(result)
    if facts.granularity not in (HOUR, DAY) or len(facts) == 0:
        return None
    return _data_end(facts)


def compare_periods(result: ResultSet, measure: str, recent: Period, baseline: Period, *,
                    by: str = POST, handles: Mapping[str, str] | None = None,
                    high: float = 2.0, low: float = 0.5) -> Comparison:
    """Each post's (or @handle's) `measure` in `recent` against its own in `baseline`; the
    result's `earlier` rows (a baseline fetched before the query's range) are read too."""
    _check_thresholds(high, low)
    if by not in (POST, HANDLE):
        raise ValueError(f"Comparisons are per post or per handle, not per '{by}'.")
    facts = facts_of(result.with_earlier())
    if facts.granularity not in (HOUR, DAY):
        raise ValueError(translate("AnalysisErrors", "Comparing periods needs hourly or daily "
                                   "numbers; these results have {granularity} numbers. Run a "
                                   "series query over both periods.").format(
                                       granularity=facts.granularity))
    column = measure_column(measure, facts.metrics, result.rates)
    key_column = Dimensions(facts, UTC, handles).column(by)
    data_end = _data_end(facts)
    first = _first_value_time(facts, key_column)
    present, values, lengths = np.zeros(key_column.size, bool), [], []
    for period in (recent, baseline):
        sums, counts = grouped(facts, Selection(slots=_within(facts, period)), key_column)
        present |= counts.sum(axis=1) > 0
        values.append(column_values([column], facts.metrics, sums, counts)[:, 0])
        lengths.append(np.clip(min(period.end, data_end) - np.maximum(period.start, first),
                               0, None))
    value, base = values
    if column.kind != RATE:
        with np.errstate(invalid="ignore", divide="ignore"):
            base = np.where(lengths[1] > 0, base / lengths[1] * lengths[0], np.nan)
    rows = _rows(Dimensions(facts, UTC, handles), by, key_column, value, base, high, low,
                 present)
    return Comparison(column, by, rows, recent, baseline, high, low)


def compare_to_handle_median(result: ResultSet, measure: str, handles: Mapping[str, str], *,
                             high: float = 2.0, low: float = 0.5) -> Comparison:
    """Each post's `measure` over the whole result against its @handle's median post."""
    _check_thresholds(high, low)
    facts = facts_of(result)
    column = measure_column(measure, facts.metrics, result.rates)
    dimensions = Dimensions(facts, UTC, handles)
    posts, owners = dimensions.column(POST), dimensions.column(HANDLE)
    sums, counts = grouped(facts, Selection(), posts)
    value = column_values([column], facts.metrics, sums, counts)[:, 0]
    handle_of_post = np.zeros(len(facts.posts), np.int64)
    handle_of_post[posts.codes] = owners.codes  # both are given per series
    base = np.full(len(value), np.nan)
    for code in range(owners.size):
        if owners.key(code) is not None:
            mine = (handle_of_post == code) & ~np.isnan(value)
            if mine.any():
                base[mine] = np.median(value[mine])
    rows = _rows(dimensions, POST, posts, value, base, high, low, counts.sum(axis=1) > 0)
    return Comparison(column, POST, rows, None, None, high, low)


def _rows(dimensions: Dimensions, by: str, column: KeyColumn, value: np.ndarray,
          base: np.ndarray, high: float, low: float, present: np.ndarray
          ) -> list[ComparisonRow]:
    change = value - base
    usable = ~np.isnan(change) & (base > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        change_pct = np.where(usable, change / base, np.nan)
    rows = []
    for code in np.flatnonzero(present).tolist():
        flag = None
        if usable[code]:
            flag = ABOVE if value[code] > high * base[code] else \
                BELOW if value[code] < low * base[code] else None
        key = column.key(code)
        rows.append(ComparisonRow(key, dimensions.label(by, key), float(value[code]),
                                  float(base[code]), float(change[code]),
                                  float(change_pct[code]), flag))
    return rows


def _data_end(facts: Facts) -> int:
    return int(facts.slot_start[-1]) + UNIT_SECONDS[facts.granularity]


def _within(facts: Facts, period: Period) -> np.ndarray:
    return (facts.slot_start >= period.start) & (facts.slot_start < period.end)


def _first_value_time(facts: Facts, column: KeyColumn) -> np.ndarray:
    """Per code of a series dimension: the start of its earliest bucket holding a value other
    than zero (epoch seconds). A server answers zeros for the hours before a post existed;
    counted, they would spread a new post's baseline over days it did not live."""
    nonzero = np.flatnonzero(facts.value != 0)
    first_slot = np.full(column.size, len(facts.slot_start) - 1, np.int64)
    series = np.searchsorted(facts.starts, nonzero, side="right") - 1
    np.minimum.at(first_slot, column.codes[series], facts.slot[nonzero])
    return facts.slot_start[first_slot]


def _check_thresholds(high: float, low: float) -> None:
    if not (0 <= low < 1 < high):
        raise ValueError(f"The outlier thresholds must be below and above 1 (low {low:g}, "
                         f"high {high:g}), e.g. 0.5 and 2.")
