"""A result's parts as plain text and JSON values, the same in every export format.

Deterministic by design: the same ResultSet always gives the same values in the same order
(resumed and uninterrupted runs must export byte-identical files).
"""
from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from engagement_desktop.plugins.api import (DAY, HOUR, TOTAL, WEEK, PostProblem, from_epoch,
                                            inert_text, to_wire)

if TYPE_CHECKING:  # numpy comes with it: loaded when a result is exported, not with the plugin
    from engagement_desktop.plugins.api import ResultSet


@lru_cache(maxsize=1 << 16)  # the same buckets recur for every post and metric
def bucket_iso(bucket: int | None) -> str:
    """A bucket start as ISO 8601 UTC text; empty for a total."""
    return "" if bucket is None else to_wire(from_epoch(bucket))


_GRANULARITY_ORDER = {name: i for i, name in enumerate((TOTAL, HOUR, DAY, WEEK))}


def granularity_rank(granularity: str) -> tuple[int, str]:
    """Sort key: totals, then hours, days, weeks."""
    return _GRANULARITY_ORDER.get(granularity, len(_GRANULARITY_ORDER)), granularity


def problem_facts(problem: PostProblem) -> dict:
    return {"post_id": problem.post_id, "kind": problem.kind, "message": problem.message,
            "metrics": list(problem.metrics)}


def query_facts(result: ResultSet) -> dict | None:
    return plain(dataclasses.asdict(result.query)) if result.query is not None else None


def provenance_facts(result: ResultSet) -> dict:
    return plain(result.provenance)


def plain(value):
    """JSON-safe: times as ISO UTC text, sets sorted, anything unknown as its text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((plain(item) for item in value), key=str)
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, datetime):
        return to_wire(value) if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return plain(value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(dataclasses.asdict(value))
    return str(value)
