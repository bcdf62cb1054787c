"""GET /2/insights/28hr and /2/insights/historical (X API v2 insights)."""
from __future__ import annotations

from datetime import datetime

from werkzeug.wrappers import Response

from . import posts, windows
from .served_metrics import BY_V2_NAME
from .identity import Caller
from .v2_common import (ParamError, app_only_refusal, bucket_sums, choices, id_list,
                        required, stamp, window, strangers_refusal)
from .wire import invalid_request, json_response

GRANULARITIES = {"Hourly": "hourly", "Daily": "daily", "Weekly": "weekly", "Total": "total"}
FIELDS = ("errors", "measurement")
V2_METRICS = tuple(sorted(BY_V2_NAME))


def handle(historical: bool, args, caller: Caller, now: datetime) -> Response:
    refused = app_only_refusal(caller)
    if refused is not None:
        return refused
    try:
        ids = id_list(args, "tweet_ids", 25)
        granularity = required(args, "granularity")
        if granularity not in GRANULARITIES:
            return invalid_request("granularity", [granularity], "The `granularity` query "
                                   f"parameter value [{granularity}] is not one of "
                                   f"[{','.join(GRANULARITIES)}]")
        names = choices(args, "requested_metrics", V2_METRICS)
        fields = choices(args, "engagement.fields", FIELDS, default=list(FIELDS))
        start, end = (window(args, now, "start_time", "end_time") if historical
                      else windows.last_28h(now))
    except ParamError as err:
        return err.response
    refused = strangers_refusal(caller, ids)
    if refused is not None:
        return refused
    wanted = [BY_V2_NAME[n] for n in names]
    hours = len(windows.hour_starts(start, end))
    spans = windows.bucket_spans(start, end, GRANULARITIES[granularity])
    series, totals = [], []
    missing = []
    for post_id in ids:
        if posts.state(post_id) != posts.OK:
            missing.append(str(post_id))
            continue
        sums = bucket_sums(post_id, wanted, spans, start, hours, now, historical)
        if granularity != "Total":
            for b, (at, _, _) in enumerate(spans):
                series.append({"tweet_id": str(post_id), "value": {
                    "metric_values": [{"metric_type": n, "metric_value": sums[m][b]}
                                      for n, m in zip(names, wanted)],
                    "timestamp": {"iso8601_time": stamp(at)}}})
        totals.append({"tweet_id": str(post_id), "value": [
            {"metric_type": n, "metric_value": sum(sums[m])} for n, m in zip(names, wanted)]})
    item: dict = {}
    if "measurement" in fields:
        item["measurement"] = ({"metrics_total": totals} if granularity == "Total"
                               else {"metrics_time_series": series, "metrics_total": totals})
    if "errors" in fields and missing:
        item["errors"] = [{"error": "Tweet ID(s) are unavailable", "tweets": missing}]
    return json_response(200, {"data": [item]})
