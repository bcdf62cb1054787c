"""Which rows a view shows and in what order: filters, a sort column, a top-N.

They choose rows only; they never change a row's numbers (a parent still counts every value
below it). A blank cell fails every filter and sorts last either way.
"""
from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ...i18n.phrases import translate

_OPERATORS = {">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt,
              "==": operator.eq, "=": operator.eq, "!=": operator.ne}
_OPERATOR = re.compile(r">=|<=|==|!=|>|<|=")
_FILTER_TEXT = re.compile(r"^\s*([A-Za-z_][\w]*)\s*(>=|<=|==|!=|>|<|=)\s*([-+0-9.,_]+)\s*(%?)\s*$")


@dataclass(frozen=True)
class Filter:
    column: str
    op: str  # one of >=, >, <=, <, ==, !=
    threshold: float

    def __post_init__(self):
        if self.op not in _OPERATORS:
            raise ValueError(translate("AnalysisErrors", "'{op}' is not a comparison; use one "
                                                         "of >=, >, <=, <, ==, !=.").format(
                                                             op=self.op))

    def keeps(self, values: np.ndarray) -> np.ndarray:
        """A mask of the values that pass (a blank never does)."""
        with np.errstate(invalid="ignore"):
            return _OPERATORS[self.op](values, self.threshold) & ~np.isnan(values)

    def __str__(self) -> str:
        return f"{self.column} {self.op} {self.threshold:g}"


@dataclass(frozen=True)
class Sort:
    column: str
    descending: bool = True  # a ranking: the largest first


def renamed_filter(written: str, name_of: Callable[[str], str]) -> str:
    """'Likes >= 10' → 'favorites >= 10': the column as `name_of` names it (a label a user
    reads → the column's name), the rest as written; text with no column before an operator
    comes back as written, for parse_filter to say how to write one."""
    found = _OPERATOR.search(written)
    if found is None or not written[:found.start()].strip():
        return written
    return f"{name_of(written[:found.start()].strip())} {written[found.start():].strip()}"


def parse_filter(text: str) -> Filter:
    """'impressions >= 1,000' or 'engagement_rate > 2%' → a Filter (a percentage becomes the
    fraction a rate column holds)."""
    match = _FILTER_TEXT.match(text)
    if not match:
        raise ValueError(translate("AnalysisErrors", "'{text}' is not a filter; write COLUMN "
                                   "OPERATOR NUMBER, e.g. 'impressions >= 1000' or "
                                   "'engagement_rate > 2%'.").format(text=text))
    column, op, number, percent = match.groups()
    try:
        threshold = float(number.replace(",", "").replace("_", ""))
    except ValueError:
        raise ValueError(translate("AnalysisErrors", "'{number}' in '{text}' is not a "
                                                     "number.").format(number=number,
                                                                       text=text)) from None
    return Filter(column, "==" if op == "=" else op, threshold / 100 if percent else threshold)


def parse_sort(text: str) -> Sort:
    """'impressions' (largest first) or 'impressions asc' / 'impressions desc'."""
    words = text.split()
    if len(words) == 1 or (len(words) == 2 and words[1].lower() in ("asc", "desc")):
        return Sort(words[0], descending=len(words) == 1 or words[1].lower() == "desc")
    raise ValueError(f"'{text}' is not a sort; write a column name, optionally followed by "
                     "asc or desc, e.g. 'engagement_rate desc'.")


def ranked(values: np.ndarray, descending: bool) -> np.ndarray:
    """Positions of `values` in sort order, blanks last; ties keep their current order."""
    blank = np.isnan(values)
    keys = np.where(blank, 0.0, -values if descending else values)
    return np.lexsort((keys, blank))
