"""How a derived rate is computed: always a ratio of sums (Σ numerator / Σ denominator over
everything a row holds), never a mean of per-post or per-hour ratios: a post seen 10 times with
5 likes must not weigh as much as one seen a million times. Rates are fractions (0.05 is 5 %);
the views show them as percentages. A rate is blank — NaN, the one blank of every analysis
view — where its denominator sums to zero or either metric was not fetched for that row.

The rates themselves (built in, and an endpoint's own) are data: core/rate_specs.py.
"""
from __future__ import annotations

import numpy as np

from ..rate_specs import BUILTIN_RATES, RateSpec, applicable, missing, rate_table

__all__ = ["BLANK", "BUILTIN_RATES", "RateSpec", "applicable", "missing", "rate_table", "ratio"]

BLANK = float("nan")  # a cell with no meaningful number: shown blank, never 0


def ratio(numerator: np.ndarray, denominator: np.ndarray,
          present: np.ndarray | None = None) -> np.ndarray:
    """Element-wise Σnumerator / Σdenominator as float64, BLANK where the denominator is zero
    or `present` (both metrics fetched for that cell) is False."""
    numerator = np.asarray(numerator, np.float64)
    denominator = np.asarray(denominator, np.float64)
    usable = denominator != 0
    if present is not None:
        usable &= present
    out = np.full(np.broadcast(numerator, denominator).shape, BLANK)
    np.divide(numerator, denominator, out=out, where=usable)
    return out
