"""Enterprise Engagement API responses (totals, 28hr, historical) → rows and per-post problems.

A response nests each grouping's counts in the order of its `group_by` (SPEC.md §1).
`engagement.hour` makes two key levels, day then hour, whether or not `engagement.day` is
listed; when both are listed they are those same two levels. The parser therefore reads the
nesting from the group_by the step sent, never from the keys it finds.
"""
from __future__ import annotations

import re
from functools import lru_cache

from engagement_desktop.plugins.api import (DAY, ERROR, FORBIDDEN, HOUR, NO_BUCKET, PROTECTED,
                                            TOTAL, UNAVAILABLE, UNSUPPORTED_IMPRESSIONS,
                                            UNSUPPORTED_VIDEO_VIEWS, ParsedPage, PostProblem,
                                            ResponseError, Step, decode_object, epoch, expect,
                                            kind_of, parse_instant, refusal_body, refused,
                                            server_said, shown, translate)

from .parse_body import (A_COUNT, A_METRIC, A_POST_ID, EXPECTED, EXPLAIN, IS_NOT, PageBuilder,
                         as_count, every_post, known_metric, post_ids)

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
            raise ResponseError(translate("Answers", "The answer lacks the grouping '{name}' the "
                                           "request asked for.").format(name=name))
    # The server sends "0" placeholders for what it does not support; they are not counts.
    for field, _kind, affected, _word in _LISTS[1:]:
        page.drop_rows(listed[field], affected)
    return page.page()


def _read_grouping(page: PageBuilder, name: str, group_by, tree: object) -> None:
    from .parse_columns import Misread, Nest, np  # numpy when a body is read, not on planning

    shape = levels(group_by)
    if METRIC not in shape:
        raise ValueError(f"grouping '{name}' has no engagement.type")
    posts: dict[str, int] = {}  # the posts and metrics met, numbered in the order they came
    metrics: dict[str, int] = {}
    readers = {POST: lambda key: _number(posts, _post_key(key)),
               METRIC: lambda key: _number(metrics, known_metric(key)),
               DAY: _day_key, HOUR: _HOURS.get}
    try:
        nest = Nest(tree, [readers[level] for level in shape], as_count)
    except Misread as err:
        raise ResponseError(_misread(name, shape, err)) from None
    gran = granularity(group_by)
    # Series numbers by (post, metric) code, in the order they came, so the page is in order.
    table = np.array([page.series(post, metric, gran)
                      for post in (posts if POST in shape else [None]) for metric in metrics],
                     np.int64)
    # Carried down level by level (repeated for each key below): the post and metric codes
    # until both are known, then the series; the bucket, summed from the day and the hour.
    post, metric, series = np.zeros(1, np.int64), None, None
    bucket = np.zeros(1, np.int64) if DAY in shape else np.full(1, NO_BUCKET, np.int64)
    known = max(shape.index(METRIC), shape.index(POST) if POST in shape else -1)
    for depth, level in enumerate(shape):
        sizes, codes = nest.sizes[depth], nest.codes[depth]
        bucket = np.repeat(bucket, sizes) + (codes if level in (DAY, HOUR) else 0)
        if series is not None:
            series = np.repeat(series, sizes)
            continue
        post = codes if level == POST else np.repeat(post, sizes)
        metric = codes if level == METRIC else None if metric is None else np.repeat(metric, sizes)
        if depth == known:
            series = table[post * len(metrics) + metric]
    page.add_columns(series, bucket, nest.values)


def _number(numbers: dict[str, int], name: str | None) -> int | None:
    """The number of a post or metric in the order met (None for a key that is not one)."""
    return None if name is None else numbers.setdefault(name, len(numbers))


def _misread(name: str, shape: tuple[str, ...], err) -> str:
    if err.problem == "object":
        return translate("Answers", "{where}: expected an object of {level} keys, got {found}."
                         ).format(where=_where(name, err.path), level=shape[err.depth],
                                  found=kind_of(err.found))
    if err.problem == "key":
        return IS_NOT.format(where=_where(name, err.path), found=shown(err.found),
                             kind=_KEY_NAMES[shape[err.depth]])
    return EXPECTED.format(where=_where(name, err.path), kind=A_COUNT, found=shown(err.found))


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
_KEY_NAMES = {POST: A_POST_ID, METRIC: A_METRIC,
              DAY: translate("Answers", "a YYYY-MM-DD day"),
              HOUR: translate("Answers", "an hour 00–23")}


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
