"""From a query to what the plan summary shows.

Plain Python (no widgets): the editor calls `summarize` after each edit (the plan door with
no network: owners are looked up only when a run starts).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ...core.comparison_plan import comparison_lines
from ...core.endpoint import EndpointSpec
from ...core.query import InvalidQuery, Query
from ..common.vocabulary import said
from .plan_summary import Summary

class PlanPreview:
    def __init__(self, service, endpoints: Mapping):
        self.service = service
        self.specs: dict[str, EndpointSpec] = {n: p.spec for n, p in endpoints.items()}

    def summarize(self, query: Query) -> Summary:
        """What the plan door makes of `query` now, without sending anything: with `auto`,
        owners not seen yet this session are said to be looked up when the run starts."""
        try:
            prepared = self.service.prepare(query, look_up_owners=False)
        except InvalidQuery as invalid:
            return Summary(problems=invalid.problems)
        return Summary(estimate=prepared.estimate, pending_owners=len(prepared.pending_owners),
                       notes=_note_lines(prepared.plan.notes),
                       comparison=[said(line) for line in comparison_lines(prepared.plan)],
                       curl=self.service.curl_preview(prepared.plan.steps[0])
                       if prepared.plan.steps else "")


def _note_lines(notes) -> list[str]:
    """Pre-check notes grouped by message: '3 posts: older than 90 days …'."""
    counts = Counter(note.message for note in notes)
    return [QCoreApplication.translate("PlanSummary", "%n posts skipped: {message}", "", n).format(
        message=said(message)) for message, n in counts.items()]
