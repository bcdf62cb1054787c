"""A query as the user wrote it, and the rules it must follow before anything is sent."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InvalidInput

AUTO_ACCOUNT = "auto"  # route each post to the configured account that owns it


@dataclass
class Query:
    """What the user asked for, kept as written (IDs may be URLs, dates are ISO strings) so
    that a workspace round-trips exactly; validation turns it into typed values."""
    name: str = "query"
    endpoint: str = ""  # a loaded endpoint's name; "" until chosen (editors offer the first)
    account: str = ""  # an account name, or AUTO_ACCOUNT
    ids: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    groupings: dict[str, list[str]] = field(default_factory=dict)
    start: str | None = None  # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ"
    end: str | None = None
    granularity: str | None = None  # v2 only, as the endpoint spells it
    range: str | None = None  # relative ("last 28 days"); its dates replace start/end at plan time
    # A comparison planned with the query (core/periods.py): "7:28", "28:365", "handle-median"
    compare: str | None = None


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with a query: which field, and a plain sentence of what to change."""
    # "endpoint", "account", "ids", "metrics", "groupings", "start", "end", "granularity", "compare"
    field: str
    message: str


class InvalidQuery(InvalidInput, ValueError):
    def __init__(self, problems: list[FieldProblem]):
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = problems
