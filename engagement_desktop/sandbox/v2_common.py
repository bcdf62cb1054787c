"""What the two v2 families share: ID lists in query strings, who may ask, and bucket sums."""
from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
from werkzeug.wrappers import Response

from . import posts, synthetic, windows
from .identity import APP, Caller
from .wire import app_only_forbidden, forbidden_v2, invalid_request


class ParamError(Exception):
    def __init__(self, response: Response):
        super().__init__("invalid parameter")
        self.response = response


def required(args, name: str) -> str:
    value = args.get(name)
    if value is None or not value.strip():
        message = f"The `{name}` query parameter can not be empty"
        raise ParamError(invalid_request(name, [], message))
    return value


def id_list(args, name: str, limit: int) -> list[int]:
    raw = required(args, name)
    items = [item.strip() for item in raw.split(",")]
    if len(items) > limit:
        message = f"The `{name}` query parameter has {len(items)} values; at most {limit}"
        raise ParamError(invalid_request(name, [raw], message))
    ids: list[int] = []
    for item in items:
        post_id = posts.parse_id(item)
        if post_id is None:
            message = f"The `{name}` query parameter value [{item}] does not match ^[0-9]{{1,19}}$"
            raise ParamError(invalid_request(name, [item], message))
        if post_id not in ids:
            ids.append(post_id)
    return ids


def choices(args, name: str, allowed: tuple[str, ...],
            default: list[str] | None = None) -> list[str]:
    raw = args.get(name)
    if raw is None and default is not None:
        return default
    values = [v.strip() for v in required(args, name).split(",")]
    for value in values:
        if value not in allowed:
            message = (f"The `{name}` query parameter value [{value}] is not one of "
                       f"[{','.join(allowed)}]")
            raise ParamError(invalid_request(name, [value], message))
    return list(dict.fromkeys(values))


def window(args, now: datetime, start_name: str, end_name: str):
    start, end = required(args, start_name), required(args, end_name)
    try:
        return windows.historical(start, end, now, start_name=start_name, end_name=end_name)
    except windows.WindowError as err:
        raise ParamError(invalid_request(start_name, [start], str(err))) from None


def app_only_refusal(caller: Caller) -> Response | None:
    """403 for app-only tokens, before any parameter is looked at."""
    return app_only_forbidden() if caller.kind == APP else None


def strangers_refusal(caller: Caller, ids: list[int]) -> Response | None:
    """403 for posts of other users (deleted posts exempt: nobody owns them any more)."""
    strangers = [str(i) for i in ids
                 if posts.state(i) != posts.DELETED and posts.owner_index(i) != caller.user]
    return forbidden_v2(strangers) if strangers else None


def bucket_sums(post_id: int, metrics: list[str], spans, start: datetime, hours: int,
                now: datetime, historical: bool) -> dict[str, list[int]]:
    """Each metric's sum over each bucket span (see windows.bucket_spans)."""
    floors = windows.floors(metrics, now) if historical else None
    hourly = synthetic.hourly(post_id, metrics, start.timestamp(), hours, now.timestamp(), floors)
    too_old = now - posts.created_at(post_id) > timedelta(days=windows.VIDEO_DAYS)
    if too_old and "video_views" in hourly:  # not served for old posts
        hourly["video_views"] = np.zeros(hours, dtype=np.int64)
    cuts = [first for _, first, _ in spans]
    return {m: (np.add.reduceat(hourly[m], cuts).tolist() if hours else [0] * len(spans))
            for m in metrics}


def stamp(instant: datetime) -> str:
    return instant.strftime("%Y-%m-%dT%H:%M:%S.000Z")
