"""A plan: the ordered requests (steps) that answer a query."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .query import Query
from .rows import PostProblem


@dataclass(frozen=True)
class Step:
    """One request. `id` is stable for the same query so a journal can resume a plan."""
    id: str
    endpoint: str
    account: str
    ids: tuple[str, ...]
    metrics: tuple[str, ...]  # canonical names
    groupings: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (name, group_by) in query order
    start: datetime | None = None  # UTC, aware; None where the endpoint has no range
    end: datetime | None = None
    granularity: str | None = None  # wire value for v2


@dataclass
class Plan:
    query: Query
    steps: list[Step]
    post_ids: list[str]  # the query's parsed, deduplicated IDs
    notes: list[PostProblem] = field(default_factory=list)  # pre-checks: nothing sent for these
    # metric → label as the endpoint declares them: what its result calls its metrics.
    metric_labels: dict[str, str] = field(default_factory=dict)
