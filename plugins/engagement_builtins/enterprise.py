"""The three Enterprise Engagement API endpoints: totals, 28hr and historical (SPEC.md §1)."""
from __future__ import annotations

from engagement_desktop.plugins.api import HttpRequest, Step

from . import parse_enterprise
from .family import BuiltinEndpoint
from .specs import HISTORICAL, HR28, TOTALS


class EnterpriseEndpoint(BuiltinEndpoint):
    parser = parse_enterprise

    def build_request(self, step: Step) -> HttpRequest:
        body = {
            "tweet_ids": [str(post_id) for post_id in step.ids],
            "engagement_types": list(step.metrics),
            "groupings": {name: {"group_by": list(group_by)} for name, group_by in step.groupings},
            **self.window(step, "start", "end"),
        }
        return HttpRequest(self.spec.method, self.spec.path, json=body)


totals = EnterpriseEndpoint(TOTALS)
hr28 = EnterpriseEndpoint(HR28)
historical = EnterpriseEndpoint(HISTORICAL)
