"""Enterprise Engagement API responses (totals, 28hr, historical) → rows and per-post problems.

A response nests each grouping's counts in the order of its `group_by` (SPEC.md §1).
`engagement.hour` makes two key levels, day then hour, whether or not `engagement.day` is
listed; when both are listed they are those same two levels. The parser therefore reads the
nesting from the group_by the step sent, never from the keys it finds.
"""
from __future__ import annotations

import re
from functools import lru_cache

from engagement_desktop.plugins.api import (DAY, ERROR, FORBIDDEN, HOUR, PROTECTED, TOTAL,
                                            UNAVAILABLE, UNSUPPORTED_IMPRESSIONS,
                                            UNSUPPORTED_VIDEO_VIEWS, ParsedPage, PostProblem,
                                            ResponseError, Row, Step, decode_object, epoch,
                                            expect, kind_of, parse_instant, refusal_body,
                                            refused, server_said, shown)

from .parse_body import EXPLAIN, PageBuilder, as_count, every_post, known_metric, post_ids

POST, METRIC = "post", "metric"  # key levels besides DAY and HOUR
URL_FIELD = "Engagement API URL"  # the account setting this family's requests go to

# The per-post lists of a 200 answer: kind, affected metrics, and a word its `errors`
# string contains, so that the same news is not reported twice.
_LISTS = (
    ("unavailable_tweet_ids", UNAVAILABLE, (), "unavailable"),
    ("unsupported_for_video_views_tweet_ids", UNSUPPORTED_VIDEO_VIEWS, ("video_views",), "video"),
    ("unsupported_for_impressions_engagements_tweet_ids", UNSUPPORTED_IMPRESSIONS,
     ("impressions", "engagements"), "impressions"),
)
_FORBIDDEN_IDS = re.compile(r"Forbidden to access tweets:\s*([\d,\s]*)", re.IGNORECASE)


def levels(group_by: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The key levels of a grouping's nesting, outermost first."""
    out: list[str] = []
    for value in group_by:
        if value == "tweet.id":
            out.append(POST)
        elif value == "engagement.type":
            out.append(METRIC)
        elif value in ("engagement.day", "engagement.hour"):
            if DAY not in out:
                out.append(DAY)
            if value == "engagement.hour":
                out.append(HOUR)
        else:
            raise ValueError(f"'{value}' is not a group_by value")
    return tuple(out)


def granularity(group_by: tuple[str, ...] | list[str]) -> str:
    found = levels(group_by)
    return HOUR if HOUR in found else DAY if DAY in found else TOTAL


def parse(step: Step, status: int, body: bytes) -> ParsedPage:
    if 200 <= status < 300:
        return _parse_ok(step, decode_object(body, status))
    return _parse_refusal(step, status, refusal_body(body, status))


def _parse_ok(step: Step, data: dict) -> ParsedPage:
    page = PageBuilder()
    explained: list[str] = []
    listed: dict[str, list[str]] = {}
    for field, kind, affected, word in _LISTS:
        listed[field] = post_ids(data.get(field, []), field)
        page.add_problems(PostProblem(i, kind, EXPLAIN[kind], affected) for i in listed[field])
        if listed[field]:
            explained.append(word)
    errors = [expect(e, str, f"errors[{k}]")
              for k, e in enumerate(expect(data.get("errors", []), list, "errors"))]
    page.add_problems(PostProblem(None, ERROR, e) for e in errors
                      if not any(word in e.lower() for word in explained))
    for name, group_by in step.groupings:
        if name in data:
            _read_grouping(page, name, group_by, data[name])
        elif not (explained or errors):
            raise ResponseError(f"The answer lacks the grouping '{name}' the request asked for.")
    # The server sends "0" placeholders for what it does not support; they are not counts.
    for field, _kind, affected, _word in _LISTS[1:]:
        page.drop_rows(listed[field], affected)
    return page.page()


def _read_grouping(page: PageBuilder, name: str, group_by, tree: object) -> None:
    shape = levels(group_by)
    if METRIC not in shape:
        raise ValueError(f"grouping '{name}' has no engagement.type")
    gran = granularity(group_by)
    slots = [_SLOTS[level] for level in shape]
    readers = [_KEY_READERS[level] for level in shape]
    state: list = [None, None, None, 0]  # post, metric, day start, seconds into the day
    add = page.add_row

    # Hundreds of thousands of leaves per page: the keys above a leaf are read once per
    # object, and nothing is formatted for a leaf unless it is wrong.
    def walk(node: object, depth: int, raw: tuple) -> None:
        if not isinstance(node, dict):
            raise ResponseError(f"{_where(name, raw)}: expected an object of "
                                f"{shape[depth]} keys, got {kind_of(node)}.")
        read, slot, last = readers[depth], slots[depth], depth + 1 == len(shape)
        for key, child in node.items():
            parsed = read(key)
            if parsed is None:
                raise ResponseError(f"{_where(name, raw + (key,))}: {shown(key)} is not "
                                    f"{_KEY_NAMES[shape[depth]]}.")
            state[slot] = parsed
            if not last:
                walk(child, depth + 1, raw + (key,))
                continue
            value = as_count(child)
            if value is None:
                raise ResponseError(f"{_where(name, raw + (key,))}: expected a count, "
                                    f"got {shown(child)}.")
            post_id, metric, day, seconds = state
            add(Row(post_id, metric, None if day is None else day + seconds, gran, value))

    walk(tree, 0, ())


def _where(name: str, raw: tuple) -> str:
    return "/".join((f"grouping '{name}'",) + raw)


def _post_key(key: str) -> str | None:
    return key if key.isascii() and key.isdigit() else None


_DAY_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=4096)  # day keys repeat for every post and metric
def _day_key(key: str) -> int | None:
    if not _DAY_SHAPE.fullmatch(key):
        return None
    try:
        return epoch(parse_instant(key))
    except ValueError:
        return None


_HOURS = {f"{hour:02d}": hour * 3600 for hour in range(24)}
_SLOTS = {POST: 0, METRIC: 1, DAY: 2, HOUR: 3}
_KEY_READERS = {POST: _post_key, METRIC: known_metric, DAY: _day_key, HOUR: _HOURS.get}
_KEY_NAMES = {POST: "a post ID", METRIC: "a metric", DAY: "a YYYY-MM-DD day",
              HOUR: "an hour 00–23"}


def _parse_refusal(step: Step, status: int, data: dict) -> ParsedPage:
    errors = data.get("errors") if isinstance(data.get("errors"), list) else []
    said = "; ".join(e for e in errors if isinstance(e, str))
    page = PageBuilder()
    unavailable = data.get("unavailable_tweet_ids")
    if status == 400 and isinstance(unavailable, list) and unavailable:
        ids = post_ids(unavailable, "unavailable_tweet_ids")
        page.add_problems(PostProblem(i, PROTECTED, EXPLAIN[PROTECTED]) for i in ids)
        return page.page(retry_without=set(ids) & set(step.ids))
    if status == 403:
        match = _FORBIDDEN_IDS.search(said)
        ids = re.findall(r"\d+", match.group(1)) if match else []
        if ids:
            page.add_problems(PostProblem(i, FORBIDDEN, EXPLAIN[FORBIDDEN]) for i in ids)
            return page.page(retry_without=set(ids) & set(step.ids))
        page.add_problems(every_post(step, FORBIDDEN, EXPLAIN[FORBIDDEN] + server_said(said)))
        return page.page()
    page.add_problems(every_post(step, ERROR, refused(status, said, URL_FIELD)))
    return page.page()
