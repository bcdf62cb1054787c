"""A plan: the ordered requests (steps) that answer a query, and the comparison planned with it."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .periods import Period, Preset
from .query import Query
from .rate_specs import RateSpec
from .rows import PostProblem

# The steps fetching a comparison's baseline beyond the query's range: their rows feed the
# comparison only (ResultSet.earlier), never the query's own views. Kept in the step's ID, so
# a journal replay tells them apart without planning again.
COMPARE_PREFIX = "compare-"


def is_comparison_step(step_id: str) -> bool:
    return step_id.startswith(COMPARE_PREFIX)


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


@dataclass(frozen=True)
class PlannedComparison:
    """The comparison a query carries, as planned before anything is sent."""
    preset: Preset
    recent: Period | None = None  # None: each post against its @handle's median post
    baseline: Period | None = None
    extra: Period | None = None  # fetched beyond the query's own range; None: nothing extra
    cut_at: int | None = None  # the baseline starts here, where the API's data begins


@dataclass
class Plan:
    query: Query
    steps: list[Step]
    post_ids: list[str]  # the query's parsed, deduplicated IDs
    notes: list[PostProblem] = field(default_factory=list)  # pre-checks: nothing sent for these
    # metric → label as the endpoint declares them: what its result calls its metrics.
    metric_labels: dict[str, str] = field(default_factory=dict)
    rates: tuple[RateSpec, ...] = ()  # the endpoint's own rates, for its result's views
    comparison: PlannedComparison | None = None

    def comparison_steps(self) -> list[Step]:
        """The extra requests the comparison needs (sent with the others, listed apart)."""
        return [step for step in self.steps if is_comparison_step(step.id)]
