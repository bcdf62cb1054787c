"""The three enterprise endpoints: POST /insights/engagement/{totals,28hr,historical}."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import numpy as np
from werkzeug.wrappers import Response

from ..core.utc import to_wire
from . import grouping, posts, synthetic, windows
from .identity import APP, OAUTH2_USER, Caller
from .served_metrics import (ALIASES, ENTERPRISE_ENDPOINTS, HISTORICAL, HR28, TOTALS,
                             TOTALS_USER_CONTEXT)
from .wire import enterprise_error, strings_response

MAX_IDS = {TOTALS: 250, HR28: 25, HISTORICAL: 25}


class BadRequest(ValueError):
    pass


def handle(endpoint: str, body: bytes, caller: Caller, now: datetime) -> Response:
    if caller.kind == OAUTH2_USER:
        return enterprise_error(401, "Your account could not be authenticated. Reason: OAuth 2.0 "
                                     "user tokens are not accepted here; sign with OAuth 1.0a")
    try:
        request = _read(endpoint, body, now)
    except (BadRequest, grouping.GroupingError, windows.WindowError) as err:
        return enterprise_error(400, str(err))
    ids, wanted, groupings, window = request
    live = [i for i in ids if posts.state(i) != posts.DELETED]
    user_only = endpoint != TOTALS or bool(TOTALS_USER_CONTEXT.intersection(wanted))
    if caller.kind == APP and user_only:
        return _forbidden(ids)
    if caller.is_user:
        strangers = [i for i in live if posts.owner_index(i) != caller.user]
        if strangers:
            return _forbidden(strangers)
    protected = [str(i) for i in live if posts.state(i) == posts.PROTECTED]
    if protected:
        return enterprise_error(400, f"{len(protected)} Tweet ID(s) are unavailable",
                                unavailable_tweet_ids=protected)
    return strings_response(200, _answer(endpoint, ids, live, wanted, groupings, window, now))


def _forbidden(ids: list[int]) -> Response:
    return enterprise_error(403, "Forbidden to access tweets: " + ",".join(map(str, ids)))


def _read(endpoint: str, body: bytes, now: datetime):
    if not body.strip():
        raise BadRequest("No request body: send a JSON object with tweet_ids, engagement_types "
                         "and groupings")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as err:
        raise BadRequest(f"Invalid JSON in the request body: {err}") from None
    if not isinstance(data, dict):
        raise BadRequest("The request body must be a JSON object")
    raw_ids = data.get("tweet_ids")
    limit = MAX_IDS[endpoint]
    if not isinstance(raw_ids, list) or not raw_ids:
        raise BadRequest(f"'tweet_ids' must be a list of 1 to {limit} Tweet IDs")
    if len(raw_ids) > limit:
        raise BadRequest(f"Too many Tweet IDs: {len(raw_ids)} (at most {limit} per request to "
                         f"/{endpoint})")
    ids = []
    for raw in raw_ids:
        post_id = posts.parse_id(raw)
        if post_id is None:
            raise BadRequest(f"Tweet ID {json.dumps(raw)} is invalid: IDs are strings of digits")
        if post_id not in ids:
            ids.append(post_id)
    types = data.get("engagement_types")
    if not isinstance(types, list) or not types or not all(isinstance(t, str) for t in types):
        raise BadRequest("'engagement_types' must be a list of metric names")
    wanted = []
    for name in types:
        metric = ALIASES.get(name.strip().lower(), name.strip().lower())
        if metric not in ENTERPRISE_ENDPOINTS:
            raise BadRequest(f"Unsupported engagement type: '{name}'")
        if endpoint not in ENTERPRISE_ENDPOINTS[metric]:
            raise BadRequest(f"Engagement type '{name}' is not supported by /{endpoint}")
        if metric not in wanted:
            wanted.append(metric)
    groupings = grouping.validate(data.get("groupings"), series=endpoint != TOTALS)
    window = None
    if endpoint == HR28:
        window = windows.last_28h(now)
    elif endpoint == HISTORICAL:
        window = windows.historical(data.get("start"), data.get("end"), now)
    return ids, wanted, groupings, window


def _answer(endpoint, ids, live, wanted, groupings, window, now: datetime) -> dict:
    answer: dict = {}
    if window:
        answer.update(start=to_wire(window[0]), end=to_wire(window[1]))
    errors = []
    deleted = [str(i) for i in ids if i not in live]
    if deleted:
        answer["unavailable_tweet_ids"] = deleted
        errors.append(f"{len(deleted)} Tweet ID(s) are unavailable")
    old_video = [i for i in live if "video_views" in wanted
                 and now - posts.created_at(i) > timedelta(days=windows.VIDEO_DAYS)]
    if old_video:
        answer["unsupported_for_video_views_tweet_ids"] = [str(i) for i in old_video]
    old_impressions = []
    if endpoint == TOTALS and {"impressions", "engagements"} & set(wanted):
        cutoff = now - timedelta(days=windows.IMPRESSIONS_DAYS)
        old_impressions = [i for i in live if posts.created_at(i) < cutoff]
        if old_impressions:
            answer["unsupported_for_impressions_engagements_tweet_ids"] = [
                str(i) for i in old_impressions]
            errors.append("Impressions & engagements for tweets older than 90 days (created "
                          f"before {to_wire(cutoff)}) are not supported")
    table = _table(live, wanted, groupings, window, now, endpoint == HISTORICAL)
    video = wanted.index("video_views") if "video_views" in wanted else None
    for row, post_id in enumerate(live):
        if video is not None and post_id in old_video:
            table.values[row, video, :] = 0
        if post_id in old_impressions:
            for col, metric in enumerate(wanted):
                table.present[row, col] &= metric not in ("impressions", "engagements")
    for name, group_by in groupings:
        answer[name] = grouping.nest(table, group_by)
    if errors:
        answer["errors"] = errors
    return answer


def _table(live, wanted, groupings, window, now: datetime, historical: bool) -> grouping.Table:
    stamp = now.timestamp()
    if window is None:
        values = np.array([[[v] for v in synthetic.totals(i, wanted, stamp).values()]
                           for i in live], dtype=np.int64).reshape(len(live), len(wanted), 1)
        return grouping.Table([str(i) for i in live], list(wanted), values,
                              np.ones((len(live), len(wanted)), dtype=bool), (), (), (),
                              grouping.WINDOW)
    start, end = window
    days, day_starts, hours = windows.hour_labels(start, end)
    # Counts only as fine as the groupings ask: a day's count is the difference of the running
    # counts at its bounds, the same number as the sum of its hours, for 1/24 of the work.
    asked = {value for _, group_by in groupings for value in group_by}
    per = (grouping.HOUR if grouping.HOUR in asked else grouping.DAY if grouping.DAY in asked
           else grouping.WINDOW)
    cuts = {grouping.HOUR: range(len(hours) + 1), grouping.DAY: [*day_starts, len(hours)],
            grouping.WINDOW: [0, len(hours)]}[per]
    floors = windows.floors(wanted, now) if historical else None
    counts = synthetic.counts_at(live, wanted, start.timestamp(), cuts, stamp, floors)
    values = np.diff(counts, axis=2)
    return grouping.Table([str(i) for i in live], list(wanted), values,
                          np.ones((len(live), len(wanted)), dtype=bool), days, day_starts, hours,
                          per)
