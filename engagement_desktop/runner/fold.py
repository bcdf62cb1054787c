"""The one result fold: a prepared run's notes and its events become its ResultSet.

The CLI and the window fold the same way, so the same run exports the same bytes from either:
problems are sorted into one order (arrival order depends on the worker threads) and the
provenance says where the numbers came from ("sandbox" turns true with the first page a sandbox
answered). Only the job ID and the finish time differ from
one run of a workspace to the next. The rows of a comparison's extra steps (its baseline before
the query's range) go to the result's `earlier` part, which only the comparison reads.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from ..core.rows import ERROR, PostProblem, Row
from ..core.utc import utcnow
from ..i18n import glossary
from .events import Event, Finished, PageParsed, StepFailed
from .plan_door import PreparedRun

if TYPE_CHECKING:
    from ..core.results import ResultSet

OWNERS = "owners"  # the provenance key of a post → @handle mapping


class ResultFold:
    def __init__(self, prepared: PreparedRun | None, provenance: Mapping[str, object] = {},
                 clock: Callable[[], datetime] = utcnow):
        from ..core.results import ResultSet  # numpy: `run` makes its fold once requests left

        self.result = ResultSet(query=prepared.query if prepared else None,
                                provenance=dict(provenance),
                                # Files name the metrics in the glossary's English words.
                                metric_labels=glossary.relabeled(prepared.plan.metric_labels)
                                if prepared else {},
                                rates=prepared.plan.rates if prepared else ())
        self._clock = clock
        if prepared is not None:
            self.result.add_problems(prepared.plan.notes)  # nothing is sent for these

    def add(self, event: Event, *, rows: bool = True) -> None:
        """Fold one event in. With rows=False a page's rows are left to the caller, who hands
        them to `add_rows` in slices (the window, to stay responsive)."""
        if isinstance(event, PageParsed):
            if event.sandbox:
                self.result.provenance["sandbox"] = True
            if rows:
                self.add_rows(event.rows, event.step_id)
            self.result.add_problems(event.problems)
        elif isinstance(event, StepFailed):
            self.result.add_problems(event.problems or [
                PostProblem(None, ERROR, f"Request {event.step_id} failed: {event.message}")])
        elif isinstance(event, Finished):
            self.finish(event)

    def add_rows(self, rows: Iterable[Row], step_id: str = "") -> None:
        """Merge a step's rows into the result (a baseline step's into its `earlier` part)."""
        self.result.part_for(step_id).add_rows(rows)

    def finish(self, finished: Finished | None) -> ResultSet:
        """The run ended (None: it stopped without a Finished): problems in their one order,
        the job and the finish time in the provenance."""
        self.result.problems.sort(key=problem_order)
        self.result.provenance.update(
            job_id=finished.job_id if finished else None, finished=self._clock().isoformat())
        if finished is not None and finished.owners:  # the analyst views group by @handle
            self.result.provenance[OWNERS] = dict(finished.owners)
        return self.result


def problem_order(problem: PostProblem) -> tuple:
    """Posts in numeric order (IDs are digit strings of varying length), whole-run ones last."""
    post = problem.post_id
    return (post is None, len(post or ""), post or "", problem.kind, problem.message,
            problem.metrics)
