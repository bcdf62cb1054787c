"""X API v2 insights: `/2/insights/28hr` and `/2/insights/historical` (SPEC.md §2)."""
from __future__ import annotations

from engagement_desktop.plugins.api import HttpRequest, Step

from . import parse_v2
from .family import BuiltinEndpoint
from .specs import V2_28HR, V2_HISTORICAL


class V2InsightsEndpoint(BuiltinEndpoint):
    parser = parse_v2

    def build_request(self, step: Step) -> HttpRequest:
        params = {
            "tweet_ids": ",".join(step.ids),
            "granularity": step.granularity or parse_v2.DEFAULT_GRANULARITY,
            "requested_metrics": ",".join(self.spec.metric(m).wire_name for m in step.metrics),
            "engagement.fields": "errors,measurement",
            **self.window(step, "start_time", "end_time"),
        }
        return HttpRequest(self.spec.method, self.spec.path, params=params)


v2_28hr = V2InsightsEndpoint(V2_28HR)
v2_historical = V2InsightsEndpoint(V2_HISTORICAL)
