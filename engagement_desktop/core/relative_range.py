"""Relative date ranges: "last 28 days", "yesterday", "this month", "last month".

A workspace keeps them as words, so a saved query (and every shipped example) means the same
thing next year; they become UTC dates when a plan is made, from the plan's own `now`. The
days are whole hours: "last N days" starts on the hour at or after N days ago (so "last 365
days" stays inside the 365 days of data the API keeps) and ends at the current hour.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from .endpoint import RANGE, EndpointSpec
from .query import FieldProblem, Query
from .utc import ceil_hour, floor_hour, to_wire
from ..i18n.phrases import translate

MAX_DAYS = 365  # engagement data reaches back this far
PRESETS = ("last 7 days", "last 28 days", "last 90 days", "last 335 days", "last 365 days",
           "yesterday", "this month", "last month")  # what the window offers
_LAST_DAYS = re.compile(r"last (\d{1,4}) days?")


def normalized(text: str) -> str:
    """The way a range is stored: lower case, single spaces ("Last  28 Days" → "last 28 days")."""
    return " ".join(text.lower().split())


def problem(text: str) -> str | None:
    """Why `text` is not a relative range, in a sentence; None when it is one."""
    words = normalized(text)
    match = _LAST_DAYS.fullmatch(words)
    if match and int(match[1]) == 0:
        return translate("Validation", "'{text}' is an empty range; use at least 'last 1 day'."
                         ).format(text=text)
    if match and int(match[1]) > MAX_DAYS:
        return translate("Validation", "'{text}' reaches further back than engagement data "
                                       "does ({days} days); use at most 'last {days} days'."
                         ).format(text=text, days=MAX_DAYS)
    if match or words in ("yesterday", "this month", "last month"):
        return None
    return translate("Validation", "'{text}' is not a relative range; use 'last N days' (N "
                                   "from 1 to 365), 'yesterday', 'this month' or 'last month'."
                     ).format(text=text)


def resolve(text: str, now: datetime) -> tuple[datetime, datetime]:
    """The UTC (start, end) that `text` means at `now`; ValueError when it means nothing."""
    error = problem(text)
    if error:
        raise ValueError(error)
    words = normalized(text)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    month = midnight.replace(day=1)
    if words == "yesterday":
        return midnight - timedelta(days=1), midnight
    if words == "this month":
        return month, floor_hour(now)
    if words == "last month":
        return (month - timedelta(days=1)).replace(day=1), month
    days = int(_LAST_DAYS.fullmatch(words)[1])
    return ceil_hour(now - timedelta(days=days)), floor_hour(now)


def describe(text: str, now: datetime) -> str:
    """"last 28 days: 2026-11-06 17:00 → 2026-12-04 17:00 UTC", for plans and the editor."""
    start, end = resolve(text, now)
    return f"{normalized(text)}: {start:%Y-%m-%d %H:%M} → {end:%Y-%m-%d %H:%M} UTC"


def range_problems(query: Query, spec: EndpointSpec | None) -> list[FieldProblem]:
    """What is wrong with `query`'s relative range: words that mean no range, or a range on an
    endpoint that takes none."""
    if not _given(query.range):
        return []
    if spec is not None and spec.time != RANGE:
        return [FieldProblem("range", translate(
            "Validation", "The {endpoint} endpoint has no date range; clear the range '{range}'."
        ).format(endpoint=spec.name, range=query.range))]
    error = problem(query.range)
    return [FieldProblem("range", error)] if error else []


def resolved(query: Query, spec: EndpointSpec | None, now: datetime) -> Query:
    """`query` with the dates its relative range means at `now` (the range stays, to be shown
    beside them); unchanged without a usable range (range_problems says why)."""
    if not _given(query.range) or range_problems(query, spec):
        return query
    start, end = resolve(query.range, now)
    return replace(query, start=to_wire(start), end=to_wire(end))


def _given(value: str | None) -> bool:
    return bool(value and value.strip())
