"""The columns of an analysis view: each metric present, then the rates they allow.

Each metric is its own column and is only ever summed with itself. A view's numbers are one
float64 matrix (groups × columns): metric sums (exact up to 2**53) and rate fractions, BLANK
where a group has no value of a metric or a rate's denominator is zero or missing.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from ...i18n.phrases import terms, translate
from ..rate_specs import missing, needs_words, unmet
from .rates import BLANK, RateSpec, applicable, rate_table, ratio

METRIC, RATE = "metric", "rate"


@dataclass(frozen=True)
class Column:
    name: str  # a canonical metric name or a rate's name
    label: str
    kind: str  # METRIC (a count) or RATE (a fraction, shown as a percentage)
    description: str = ""
    needs: tuple[str, ...] = ()  # a rate's numerator and denominator


def choose_columns(metrics: Sequence[str], rates: bool | Iterable[str] = True,
                   extra_rates: Iterable[RateSpec] = ()) -> list[Column]:
    """The metric columns, then the rates (all that apply when `rates` is True, those named
    when it lists names, none when False). A named rate whose metrics are absent is refused."""
    table = rate_table(extra_rates)
    columns = [Column(m, m, METRIC) for m in metrics]
    if rates is True:
        chosen = applicable(metrics, table)
    elif rates is False:
        chosen = []
    else:
        by_name = {spec.name: spec for spec in table}
        chosen = [_named_rate(name, by_name, metrics) for name in rates]
    return columns + [Column(s.name, s.label, RATE, s.description, s.needs) for s in chosen]


def measure_column(name: str, metrics: Sequence[str],
                   extra_rates: Iterable[RateSpec] = ()) -> Column:
    """The column of one metric or rate by name, for a view that shows a single measure."""
    if name in metrics:
        return Column(name, name, METRIC)
    known = choose_columns(metrics, True, extra_rates)
    for column in known:
        if column.name == name:
            return column
    raise ValueError(translate("AnalysisErrors", "'{name}' is neither a metric of these results "
                               "nor a rate they allow; choose from {choices}.").format(
        name=name, choices=terms((c.name for c in known), named=True)))


def _named_rate(name: str, by_name: dict[str, RateSpec], metrics: Sequence[str]) -> RateSpec:
    if name not in by_name:
        raise ValueError(translate("AnalysisErrors", "'{name}' is not a rate; choose from "
                                                     "{choices}.").format(
            name=name, choices=terms(by_name, named=True)))
    spec = by_name[name]
    absent = missing(spec, metrics)
    if absent:
        raise ValueError(translate("AnalysisErrors", "These results cannot give a rate asked "
                                   "for. {needs} {add}").format(needs=needs_words([spec], absent),
                                                                add=ADD_METRICS))
    return spec


# How a rate's missing metrics are added, after the sentence saying which they are.
ADD_METRICS = translate("AnalysisErrors", "Add the missing metrics to the query (the query "
                                          "editor offers to) and run it again.")


def rates_note(metrics: Sequence[str], rates: bool | Iterable[str],
               extra_rates: Iterable[RateSpec] = ()) -> str | None:
    """When every rate the metrics allow was asked for (`rates` True) and they allow none:
    which rate needs which metrics and how to add them; else None."""
    needs = unmet(metrics, rate_table(extra_rates)) if rates is True else None
    if needs is None:
        return None
    return translate("AnalysisNotes", "No rate can be computed from these numbers. {needs} "
                                      "{add}").format(needs=needs, add=ADD_METRICS)


def column_values(columns: Sequence[Column], metrics: Sequence[str], sums: np.ndarray,
                  counts: np.ndarray) -> np.ndarray:
    """(groups × metrics) sums and value counts → (groups × columns) numbers."""
    index = {m: i for i, m in enumerate(metrics)}
    out = np.empty((sums.shape[0], len(columns)), np.float64)
    present = counts > 0
    for c, column in enumerate(columns):
        if column.kind == METRIC:
            m = index[column.name]
            out[:, c] = np.where(present[:, m], sums[:, m], BLANK)
        else:
            n, d = (index[name] for name in column.needs)
            out[:, c] = ratio(sums[:, n], sums[:, d], present[:, n] & present[:, d])
    return out
