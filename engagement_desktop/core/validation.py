"""The rules a query must follow before anything is sent (SPEC.md §1–2), checked all at once.

Each problem names its field and says, in a plain sentence, what to change. Limits the plan
handles itself are not problems: too many IDs (it batches them) and ranges longer than one
request may span (it splits them into windows).
"""
from __future__ import annotations

import difflib
from collections.abc import Iterable
from datetime import datetime, timedelta

from .endpoint import BEARER, LAST_28H, LIFETIME, OAUTH1_USER, OAUTH2_USER, RANGE, EndpointSpec
from .grouping_rules import grouping_problems
from .ids import parse_entries, shown_token
from .metric_names import MetricNames
from .query import AUTO_ACCOUNT, FieldProblem, Query
from .relative_range import range_problems, resolved
from .utc import floor_hour, parse_instant, to_wire
from ..i18n.phrases import terms, translate

DEFAULT_RANGE = timedelta(weeks=4)  # both dates omitted → the 4 weeks before now
KIND_WORDS = {BEARER: translate("Validation", "an app-only bearer account"),
              OAUTH1_USER: translate("Validation", "an OAuth 1.0a user account"),
              OAUTH2_USER: translate("Validation", "an OAuth 2.0 user account")}
TIME_WORDS = {LIFETIME: translate("Validation", "it gives lifetime totals at request time"),
              LAST_28H: translate("Validation", "it always covers the last 28 hours")}


def validate(query: Query, spec: EndpointSpec | None, *, account_kind: str | None,
             now: datetime, endpoints: Iterable[EndpointSpec] = ()) -> list[FieldProblem]:
    """Every problem of `query` on `spec` (None: the endpoint is unknown). `endpoints`: every
    loaded endpoint, in the registry's order — the known names when `spec` is unknown, and
    where else a metric is served. `account_kind` None: the kind is unknown and not checked."""
    endpoints = tuple(endpoints)
    problems = range_problems(query, spec)  # "last 28 days": checked, then its dates are
    query = resolved(query, spec, now)
    if spec is None:
        known = ", ".join(e.name for e in endpoints) or translate("Validation",
                                                                  "none are loaded")
        problems.append(FieldProblem("endpoint", translate(
            "Validation", "There is no endpoint named '{endpoint}'; pick one of: {known}.").format(
            endpoint=query.endpoint, known=known) if query.endpoint.strip() else translate(
            "Validation", "No endpoint is chosen; pick one of: {known}.").format(known=known)))
    problems += _account(query, spec, account_kind)
    problems += _ids(query)
    if spec is not None:
        problems += _metrics(query, spec, account_kind, MetricNames((spec, *endpoints)))
        problems += [FieldProblem("groupings", message)
                     for message in grouping_problems(query.groupings, spec)]
        problems += _granularity(query, spec)
        problems += _dates(query, spec, now)
    return problems


def query_range(query: Query, spec: EndpointSpec,
                now: datetime) -> tuple[datetime, datetime] | None:
    """The range a valid query asks for (both dates omitted: the 4 weeks before now); None for
    endpoints without a range."""
    if spec.time != RANGE:
        return None
    if not _given(query.start) and not _given(query.end):
        return default_range(now)
    return parse_instant(query.start), parse_instant(query.end)


def default_range(now: datetime) -> tuple[datetime, datetime]:
    """What a query without dates covers: the 4 weeks before the current hour. The window's
    editor shows (and runs) the same dates, so both count the same values for it."""
    end = floor_hour(now)
    return end - DEFAULT_RANGE, end


def wire_granularity(spec: EndpointSpec, value: str | None) -> str | None:
    """The spec's own spelling of a granularity written in any case; None if it has none."""
    wanted = (value or "").strip().lower()
    return next((g for g in spec.granularities if g.lower() == wanted), None)


def _given(value: str | None) -> bool:
    return bool(value and value.strip())


def _account(query: Query, spec: EndpointSpec | None, kind: str | None) -> list[FieldProblem]:
    if not query.account.strip():
        return [FieldProblem("account", translate(
            "Validation", "Choose the account to send these requests with."))]
    if spec is None or kind is None or query.account == AUTO_ACCOUNT or kind in spec.auth_kinds:
        return []
    accepted = [KIND_WORDS.get(k, k) for k in sorted(spec.auth_kinds)]
    template = (translate("Validation", "'{account}' is {kind}, which the {endpoint} endpoint "
                                        "does not accept; pick {accepted} of the posts' owner.")
                if spec.owner_only else
                translate("Validation", "'{account}' is {kind}, which the {endpoint} endpoint "
                                        "does not accept; pick {accepted}."))
    return [FieldProblem("account", template.format(
        account=query.account, kind=KIND_WORDS.get(kind, kind), endpoint=spec.name,
        accepted=_either(accepted)))]


def _either(words: list) -> str:
    """'a or b or c', each 'or' a phrase of its own."""
    said = words[0]
    for word in words[1:]:
        said = translate("Validation", "{first} or {second}").format(first=said, second=word)
    return said


def _ids(query: Query) -> list[FieldProblem]:
    parsed = parse_entries(query.ids)
    problems = [FieldProblem("ids", translate(
        "Validation", "“{token}” is not a post ID: {reason}. Fix it or remove it.").format(
        token=shown_token(r.token), reason=r.reason)) for r in parsed.rejected]
    if not parsed.ids:
        problems.append(FieldProblem("ids", translate(
            "Validation", "There are no post IDs; add at least one ID or status URL "
                          "(https://x.com/<handle>/status/<ID>).")))
    return problems


def _metrics(query: Query, spec: EndpointSpec, kind: str | None,
             names: MetricNames) -> list[FieldProblem]:
    if not any(m.strip() for m in query.metrics):
        return [FieldProblem("metrics", translate(
            "Validation", "Pick at least one metric; {endpoint} serves {metrics}.").format(
            endpoint=spec.name, metrics=terms(spec.metric_names)))]
    problems = []
    user_ok = kind is None or kind != BEARER or BEARER not in spec.auth_kinds
    for written in query.metrics:
        if not written.strip():
            continue
        name = names.canonical(written)
        known = names.get(name)
        if known is None:
            problems.append(FieldProblem("metrics", _unknown_metric(written, spec, names)))
            continue
        served = spec.metric(name)
        if served is None:
            problems.append(FieldProblem("metrics", translate(
                "Validation", "{label} ({metric}) is not served by the {endpoint} endpoint; "
                              "remove it, or ask {others} for it.").format(
                label=known.label, metric=name, endpoint=spec.name,
                others=" or ".join(names.served_by(name)))))
        elif not user_ok and served.user_context:
            problems.append(FieldProblem("metrics", translate(
                "Validation", "{label} ({metric}) on {endpoint} needs a user-context account; "
                              "'{account}' is an app-only bearer account. Remove the metric or "
                              "pick an OAuth 1.0a user account.").format(
                label=served.label, metric=name, endpoint=spec.name, account=query.account)))
    return problems


def _unknown_metric(written: str, spec: EndpointSpec, names: MetricNames) -> str:
    # "Reposts": a label (wire names and spellings are already accepted by canonical).
    labelled = names.by_label(written)
    close = [labelled] if labelled else difflib.get_close_matches(
        names.canonical(written), spec.metric_names, n=1)
    if close:
        return translate("Validation", "'{written}' is not a metric; did you mean {close}?"
                         ).format(written=written, close=close[0])
    return translate("Validation", "'{written}' is not a metric; {endpoint} serves {metrics}."
                     ).format(written=written, endpoint=spec.name,
                              metrics=", ".join(spec.metric_names))


def _granularity(query: Query, spec: EndpointSpec) -> list[FieldProblem]:
    value = (query.granularity or "").strip()
    allowed = ", ".join(spec.granularities)
    if not spec.granularities:
        if not value:
            return []
        return [FieldProblem("granularity", translate(
            "Validation", "The {endpoint} endpoint has no granularity (its groupings decide the "
                          "buckets); clear it.").format(endpoint=spec.name))]
    if not value:
        return [FieldProblem("granularity", translate(
            "Validation", "Pick a granularity: {allowed}.").format(allowed=allowed))]
    if wire_granularity(spec, value) is None:
        return [FieldProblem("granularity", translate(
            "Validation", "'{value}' is not a granularity of {endpoint}; use one of {allowed}."
        ).format(value=value, endpoint=spec.name, allowed=allowed))]
    return []


def _dates(query: Query, spec: EndpointSpec, now: datetime) -> list[FieldProblem]:
    given = [f for f in ("start", "end") if _given(getattr(query, f))]
    if spec.time != RANGE:
        words = TIME_WORDS.get(spec.time) or translate("Validation", "it has no start or end")
        clear = {"start": translate("Validation", "The {endpoint} endpoint has no date range "
                                                  "({words}); clear the start date."),
                 "end": translate("Validation", "The {endpoint} endpoint has no date range "
                                                "({words}); clear the end date.")}
        return [FieldProblem(f, clear[f].format(endpoint=spec.name, words=words)) for f in given]
    if len(given) == 1:
        missing = "end" if given == ["start"] else "start"
        return [FieldProblem(missing, translate(
            "Validation", "Give the end date too, or clear the start date to ask for the last 4 "
                          "weeks.") if missing == "end" else translate(
            "Validation", "Give the start date too, or clear the end date to ask for the last 4 "
                          "weeks."))]
    if not given:
        return []
    problems, parsed = [], {}
    for f in given:
        try:
            parsed[f] = parse_instant(getattr(query, f))
        except ValueError as err:
            problems.append(FieldProblem(f, f"{err}."))
    start, end = parsed.get("start"), parsed.get("end")
    start_problem = _start_problem(start, spec, now) if start is not None else None
    start_ok = start is not None and start_problem is None
    if start_problem:
        problems.append(FieldProblem("start", start_problem))
    if end is not None and end > now:
        problems.append(FieldProblem("end", translate(
            "Validation", "The end {end} is in the future; pick an end no later than now ({now}), "
                          "or clear both dates to ask for the last 4 weeks.").format(
            end=to_wire(end), now=to_wire(now))))
    if start is not None and end is not None:
        if end <= start:
            problems.append(FieldProblem("end", translate(
                "Validation", "The end {end} must be after the start {start}.").format(
                end=to_wire(end), start=to_wire(start))))
        elif start_ok and spec.max_range_days and end - start > timedelta(days=spec.max_range_days):
            problems.append(FieldProblem("end", translate(
                "Validation", "The range is {days} days long; a query covers at most {most} days "
                              "(sent as 4-week requests). Shorten it.").format(
                days=(end - start).days, most=spec.max_range_days)))
    return problems


def _start_problem(start: datetime, spec: EndpointSpec, now: datetime) -> str | None:
    """Why `start` is earlier than the endpoint's declared `earliest` or `reach_back_days`."""
    days = spec.reach_back_days
    reach_back = now - timedelta(days=days) if days is not None else None
    floors = [d for d in (reach_back, spec.earliest) if d is not None]
    first_day = _day_on_or_after(max(floors)) if floors else ""
    if spec.earliest is not None and floor_hour(start) < spec.earliest:
        template = (translate("Validation", "The start {start} is before {earliest}, the "
                                            "earliest date the API has data for, and engagement "
                                            "data reaches back only {days} days anyway; pick a "
                                            "start on or after {first}.")
                    if reach_back is not None else
                    translate("Validation", "The start {start} is before {earliest}, the "
                                            "earliest date the API has data for; pick a start on "
                                            "or after {first}."))
        return template.format(start=f"{start:%Y-%m-%d}", earliest=f"{spec.earliest:%Y-%m-%d}",
                               days=days, first=first_day)
    if reach_back is not None and start < reach_back:
        return translate("Validation", "The start {start} is more than {days} days ago; "
                                       "engagement data reaches back {days} days, so pick a "
                                       "start on or after {first}.").format(
            start=f"{start:%Y-%m-%d}", days=days, first=first_day)
    return None


def _day_on_or_after(instant: datetime) -> str:
    """The first date (YYYY-MM-DD, midnight UTC) not before `instant`."""
    midnight = instant.replace(hour=0, minute=0, second=0, microsecond=0)
    return f"{midnight if midnight == instant else midnight + timedelta(days=1):%Y-%m-%d}"
