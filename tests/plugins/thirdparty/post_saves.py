"""A third-party endpoint plugin as a user drops it into their plugin folder: it imports only
the plugin API and brings metrics the app has never heard of ("saves", "shares_out") and a
rate of its own ("share_out_rate").

The service it speaks (a test's own server) answers `GET /example/saves?ids=1,2&fields=...`
with `{"data": [{"id": "1", "save_count": 5, ...}], "missing": ["2"]}`.
"""
from engagement_desktop.plugins.api import (API_VERSION, BEARER, ERROR, LIFETIME, OAUTH1_USER,
                                            TOTAL, UNAVAILABLE, EndpointSpec, HttpRequest,
                                            MetricSpec, ParsedPage, PostProblem, RateSpec, Row,
                                            decode_object, expect, refusal_body, refused)

SAVES_DAYS = 30  # the service keeps saves of a post for its first 30 days only

SPEC = EndpointSpec(
    name="post-saves", title="Post saves (example service)", family="example-saves",
    method="GET", path="/example/saves", max_ids=2, time=LIFETIME,
    auth_kinds=frozenset({BEARER, OAUTH1_USER}), default_per_minute=600,
    description="How often each post was saved, and shared out of the app.",
    metrics=(
        MetricSpec("saves", "Saves", wire="save_count", spellings=("bookmarked",),
                   description="Times the post was saved.", max_age_days=SAVES_DAYS),
        MetricSpec("shares_out", "Shares out", wire="share_count", user_context=True,
                   description="Times the post was shared outside the app."),
    ),
    rates=(RateSpec("share_out_rate", "Shares out per save", "shares_out", "saves",
                    "Shares out divided by saves, both summed over the row."),))
_BY_WIRE = {metric.wire_name: metric.name for metric in SPEC.metrics}


class PostSaves:
    api_version = API_VERSION
    spec = SPEC

    def build_request(self, step):
        fields = ",".join(self.spec.metric(name).wire_name for name in step.metrics)
        return HttpRequest("GET", self.spec.path, params={"ids": ",".join(step.ids),
                                                           "fields": fields})

    def parse(self, step, status, headers, body):
        if status != 200:
            said = refusal_body(body, status).get("message")
            message = refused(status, str(said) if said else None, "X API URL")
            return ParsedPage(problems=[PostProblem(p, ERROR, message) for p in step.ids])
        data = decode_object(body, status)
        rows = []
        for i, item in enumerate(expect(data.get("data", []), list, "data")):
            item = expect(item, dict, f"data[{i}]")
            post_id = expect(item.get("id"), str, f"data[{i}].id")
            rows += [Row(post_id, _BY_WIRE[wire], None, TOTAL, int(value))
                     for wire, value in item.items() if wire in _BY_WIRE]
        missing = expect(data.get("missing", []), list, "missing")
        return ParsedPage(rows, [PostProblem(str(p), UNAVAILABLE, "The service has no such post.")
                                 for p in missing])


ENDPOINTS = [PostSaves()]
