"""GET /2/tweets/analytics, the successor of v2 insights (what xdk's get_analytics calls)."""
from __future__ import annotations

from datetime import datetime

from werkzeug.wrappers import Response

from . import posts, windows
from .served_metrics import BY_ANALYTICS_FIELD
from .identity import Caller
from .v2_common import (ParamError, app_only_refusal, bucket_sums, choices, id_list,
                        stamp, window, strangers_refusal)
from .wire import invalid_request, json_response, not_authorized_problem, not_found_problem

GRANULARITIES = ("hourly", "daily", "weekly", "total")
METRIC_FIELDS = tuple(sorted(BY_ANALYTICS_FIELD))
FIELDS = METRIC_FIELDS + ("id", "timestamp", "timestamped_metrics")


def handle(args, caller: Caller, now: datetime) -> Response:
    refused = app_only_refusal(caller)
    if refused is not None:
        return refused
    try:
        ids = id_list(args, "ids", 100)
        start, end = window(args, now, "start_time", "end_time")
        granularity = args.get("granularity", "total")
        if granularity not in GRANULARITIES:
            return invalid_request("granularity", [granularity], "The `granularity` query "
                                   f"parameter value [{granularity}] is not one of "
                                   f"[{','.join(GRANULARITIES)}]")
        # Sandbox rule: without analytics.fields, every metric (and the buckets unless total).
        default = list(METRIC_FIELDS) + ([] if granularity == "total" else ["timestamped_metrics"])
        fields = choices(args, "analytics.fields", FIELDS, default=default)
    except ParamError as err:
        return err.response
    refused = strangers_refusal(caller, ids)
    if refused is not None:
        return refused
    names = [f for f in fields if f in BY_ANALYTICS_FIELD]
    wanted = [BY_ANALYTICS_FIELD[f] for f in names]
    hours = len(windows.hour_starts(start, end))
    spans = windows.bucket_spans(start, end, granularity)
    data, errors = [], []
    for post_id in ids:
        state = posts.state(post_id)
        if state != posts.OK:
            problem = not_found_problem if state == posts.DELETED else not_authorized_problem
            errors.append(problem(str(post_id)))
            continue
        sums = bucket_sums(post_id, wanted, spans, start, hours, now, historical=True)
        item: dict = {"id": str(post_id)}
        item.update({n: sum(sums[m]) for n, m in zip(names, wanted)})
        if "timestamp" in fields:
            item["timestamp"] = stamp(start)
        if "timestamped_metrics" in fields:
            item["timestamped_metrics"] = [
                {"timestamp": stamp(at), "metrics": {n: sums[m][b] for n, m in zip(names, wanted)}}
                for b, (at, _, _) in enumerate(spans)]
        data.append(item)
    answer: dict = {"data": data} if data else {}
    if errors:
        answer["errors"] = errors
    return json_response(200, answer)
