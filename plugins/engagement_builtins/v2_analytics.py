"""`GET /2/tweets/analytics`, the successor of v2 insights (SPEC.md §2)."""
from __future__ import annotations

from engagement_desktop.plugins.api import HttpRequest, Step

from . import parse_analytics
from .family import BuiltinEndpoint
from .specs import V2_ANALYTICS_SPEC


class AnalyticsEndpoint(BuiltinEndpoint):
    parser = parse_analytics

    def build_request(self, step: Step) -> HttpRequest:
        granularity = step.granularity or parse_analytics.DEFAULT_GRANULARITY
        fields = [self.spec.metric(m).wire_name for m in step.metrics]
        if granularity.lower() != "total":
            fields.append("timestamped_metrics")
        params = {
            "ids": ",".join(step.ids),
            **self.window(step, "start_time", "end_time"),
            "granularity": granularity,
            "analytics.fields": ",".join(fields),
        }
        return HttpRequest(self.spec.method, self.spec.path, params=params)


analytics = AnalyticsEndpoint(V2_ANALYTICS_SPEC)
