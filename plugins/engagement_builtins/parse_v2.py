"""X API v2 insights responses (`/2/insights/28hr`, `/2/insights/historical`) → rows and
per-post problems, and the v2 problem-details rules /2/tweets/analytics shares.

The `measurement` shape (SPEC.md §2): `metrics_time_series` points carry a timestamp and the
values of every requested metric; `metrics_total` carries one value per metric. Values are
numbers. Time-series buckets have the granularity the step asked for.
"""
from __future__ import annotations

from collections.abc import Callable

from engagement_desktop.plugins.api import (DAY, ERROR, FORBIDDEN, HOUR, PROTECTED, TOTAL,
                                            UNAVAILABLE, WEEK, ParsedPage, PostProblem,
                                            ResponseError, Step, decode_object, expect,
                                            quoted, refusal_body, refused, server_said, translate)

from .parse_body import (A_METRIC, EXPLAIN, IS_NOT, PageBuilder, bucket_of, count, every_post,
                         known_metric, post_ids)

DEFAULT_GRANULARITY = "Total"  # what a step without a granularity asks for
# Wire granularity (either family's spelling, lower-cased) → a row's granularity.
GRANULARITIES = {"hourly": HOUR, "daily": DAY, "weekly": WEEK, "total": TOTAL}
_PROBLEMS = "/2/problems/"  # api.twitter.com or api.x.com
URL_FIELD = "X API URL"  # the account setting the v2 families' requests go to
NO_DETAILS = "The server reported a problem without saying what it is."
USER_CONTEXT_ONLY = ("This endpoint needs a user-context account (OAuth 2.0 user or OAuth 1.0a); "
                     "the server refuses app-only bearer tokens. Run the query with a user "
                     "account.")


def granularity_of(step: Step, default: str) -> str:
    """The row granularity of a v2 step (`default` when the step names none)."""
    wire = (step.granularity or default).lower()
    if wire not in GRANULARITIES:
        raise ValueError(f"'{step.granularity}' is not a v2 granularity")
    return GRANULARITIES[wire]


def parse(step: Step, status: int, body: bytes) -> ParsedPage:
    return read_answer(step, status, body, DEFAULT_GRANULARITY, _read_item)


ItemReader = Callable[[PageBuilder, dict, str, str], None]


def read_answer(step: Step, status: int, body: bytes, default_granularity: str,
                read_item: ItemReader) -> ParsedPage:
    """A v2 answer: `read_item(page, item, where, granularity)` reads each `data[]` object;
    top-level problem objects and refusals follow the rules every v2 endpoint shares."""
    if not 200 <= status < 300:
        return refusal(step, status, refusal_body(body, status))
    data = decode_object(body, status)
    if "data" not in data and "errors" not in data:
        raise ResponseError(translate("Answers", "The answer has neither 'data' nor 'errors'."))
    granularity = granularity_of(step, default_granularity)
    page = PageBuilder()
    for i, item in enumerate(expect(data.get("data", []), list, "data")):
        read_item(page, expect(item, dict, f"data[{i}]"), f"data[{i}]", granularity)
    page.add_problems(problems(data.get("errors", []), step))
    return page.page()


def _read_item(page: PageBuilder, item: dict, where: str, granularity: str) -> None:
    measurement = expect(item.get("measurement", {}), dict, f"{where}.measurement")
    _read_series(page, measurement, granularity, f"{where}.measurement")
    _read_totals(page, measurement, f"{where}.measurement")
    page.add_problems(_item_errors(item.get("errors", []), f"{where}.errors"))


def _read_series(page: PageBuilder, measurement: dict, granularity: str, where: str) -> None:
    for j, point in enumerate(expect(measurement.get("metrics_time_series", []), list, where)):
        here = f"{where}.metrics_time_series[{j}]"
        if granularity == TOTAL:
            raise ResponseError(translate(
                "Answers", "{where}: a time series in answer to granularity Total."
            ).format(where=here))
        post_id, value = _post_and_value(point, dict, here)
        stamp = expect(value.get("timestamp"), dict, f"{here}.value.timestamp")
        bucket = bucket_of(stamp.get("iso8601_time"), f"{here}.value.timestamp.iso8601_time")
        for name, number in _metric_values(value.get("metric_values"),
                                           f"{here}.value.metric_values"):
            page.add(post_id, name, bucket, granularity, number)


def _read_totals(page: PageBuilder, measurement: dict, where: str) -> None:
    for j, point in enumerate(expect(measurement.get("metrics_total", []), list, where)):
        here = f"{where}.metrics_total[{j}]"
        post_id, value = _post_and_value(point, list, here)
        for name, number in _metric_values(value, f"{here}.value"):
            page.add(post_id, name, None, TOTAL, number)


def _post_and_value(point: object, kind: type, where: str):
    expect(point, dict, where)
    post_id = post_ids([point.get("tweet_id")], f"{where}.tweet_id")[0]
    return post_id, expect(point.get("value"), kind, f"{where}.value")


def _metric_values(values: object, where: str):
    for k, entry in enumerate(expect(values, list, where)):
        here = f"{where}[{k}]"
        expect(entry, dict, here)
        name = expect(entry.get("metric_type"), str, f"{here}.metric_type")
        metric = known_metric(name)
        if metric is None:
            raise ResponseError(IS_NOT.format(where=f"{here}.metric_type", found=quoted(name),
                                               kind=A_METRIC))
        yield metric, count(entry.get("metric_value"), f"{here}.metric_value")


def _item_errors(errors: object, where: str) -> list[PostProblem]:
    out = []
    for k, entry in enumerate(expect(errors, list, where)):
        expect(entry, dict, f"{where}[{k}]")
        said = expect(entry.get("error", ""), str, f"{where}[{k}].error").strip() or NO_DETAILS
        kind = UNAVAILABLE if "unavailable" in said.lower() else ERROR
        message = EXPLAIN[UNAVAILABLE] if kind == UNAVAILABLE else f"The server said: {said}"
        ids = post_ids(entry.get("tweets", []), f"{where}[{k}].tweets")
        out += [PostProblem(i, kind, message) for i in ids] or [PostProblem(None, kind, said)]
    return out


def problems(errors: object, step: Step) -> list[PostProblem]:
    """Top-level v2 problem objects of a 200 answer → per-post problems (a problem that names
    no post of the step is about the whole request)."""
    out = []
    for k, entry in enumerate(expect(errors, list, "errors")):
        expect(entry, dict, f"errors[{k}]")
        kind = {"resource-not-found": UNAVAILABLE,
                "not-authorized-for-resource": PROTECTED}.get(_problem_type(entry), ERROR)
        target = entry.get("resource_id") or entry.get("value")
        target = str(target) if type(target) in (str, int) else ""
        target = target if target.isascii() and target.isdigit() else None  # a post, or none
        if kind != ERROR and target:
            out.append(PostProblem(target, kind, EXPLAIN[kind] + server_said(describe(entry))))
        else:
            out.append(PostProblem(target if target in step.ids else None, ERROR,
                                   describe(entry) or NO_DETAILS))
    return out


def refusal(step: Step, status: int, data: dict) -> ParsedPage:
    """A non-2xx v2 answer: the whole step failed, for each of its posts."""
    page = PageBuilder()
    if status == 403 and _problem_type(data) == "unsupported-authentication":
        page.add_problems(every_post(step, FORBIDDEN, USER_CONTEXT_ONLY))
    elif status == 403:
        page.add_problems(every_post(step, FORBIDDEN,
                                     EXPLAIN[FORBIDDEN] + server_said(describe(data))))
    else:
        page.add_problems(every_post(step, ERROR, refused(status, describe(data), URL_FIELD)))
    return page.page()


def describe(problem: dict) -> str:
    """A problem object as one sentence: its title, detail and any parameter messages ("" when
    it has none). Only texts count: anything else in their place is not words to show."""
    parts = [problem[k] for k in ("title", "detail", "message") if _text(problem.get(k))]
    nested = problem.get("errors")
    if isinstance(nested, list):
        parts += [e["message"] for e in nested if isinstance(e, dict) and _text(e.get("message"))]
    return ": ".join(parts[:2]) + "".join(f"; {p}" for p in parts[2:])


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _problem_type(problem: dict) -> str:
    kind = problem.get("type")
    return kind.rsplit(_PROBLEMS, 1)[1] if isinstance(kind, str) and _PROBLEMS in kind else ""
