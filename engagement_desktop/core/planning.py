"""A valid query → its plan: the requests (steps) that answer it, in the order they are sent.

IDs are batched by the endpoint's limit and ranges cut into windows, so neither too many IDs
nor a long range is an error. Before anything is sent, each post's age (read from its ID)
decides what the API can still give for it: a request the API would refuse for a post is not
made, and the post gets a note instead.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .comparison_plan import comparison_problems, planned_comparison
from .endpoint import AgeLimit, EndpointSpec
from .grouping_rules import normalized
from .ids import parse_entries
from .metric_names import MetricNames
from .plan import COMPARE_PREFIX, Plan, Step
from .query import InvalidQuery, Query
from .relative_range import resolved
from .rows import TOO_NEW, TOO_OLD, PostProblem
from .snowflake import created_at, created_us, micros
from .utc import from_epoch, to_wire
from .validation import query_range, validate, wire_granularity
from .windows import split
from ..i18n.phrases import translate


@dataclass(frozen=True)
class Estimate:
    """How long a plan takes at the rate limits, and what it adds to this month's bill."""
    requests: int
    minutes: float
    per_minute: int  # the slowest account's limit the minutes were computed at
    learned: bool = False  # True when that limit came from the server's headers
    new_handles: frozenset[str] = frozenset()  # owner @handles this run would add to the bill
    handles_known: bool = True  # False when owners are unknown before the run (bearer, auto)


def build_plan(query: Query, spec: EndpointSpec | None, *, account_kind: str | None,
               now: datetime, endpoints: Iterable[EndpointSpec] = ()) -> Plan:
    """The plan of `query`; raises InvalidQuery with every problem when it is not valid.
    `endpoints`: every loaded endpoint, as validation takes them."""
    endpoints = tuple(endpoints)
    query = resolved(query, spec, now)  # "last 28 days" → its dates now; the plan shows both
    problems = validate(query, spec, account_kind=account_kind, now=now, endpoints=endpoints)
    problems += comparison_problems(query, spec)
    if problems:
        raise InvalidQuery(problems)
    post_ids = list(parse_entries(query.ids).ids)
    names = MetricNames((spec, *endpoints))
    wanted = tuple(dict.fromkeys(names.canonical(m) for m in query.metrics if m.strip()))
    groupings = tuple((name.strip(), normalized(values))
                      for name, values in query.groupings.items())
    granularity = wire_granularity(spec, query.granularity)
    span = query_range(query, spec, now)
    windows = split(*span, spec.max_window_hours) if span else [(None, None)]
    range_end = windows[-1][1] or now

    created = {post_id: created_us(post_id) for post_id in post_ids}
    cutoffs = [(limit, micros(now - timedelta(days=limit.days)))
               for limit in spec.age_limits(wanted)]
    range_end_us = micros(range_end)
    notes: list[PostProblem] = []
    asked: dict[str, tuple[str, ...]] = {}
    for post_id in post_ids:
        asked[post_id] = _metrics_for_age(post_id, created[post_id], wanted, cutoffs, notes)
        if created[post_id] >= range_end_us:
            notes.append(PostProblem(post_id, TOO_NEW, _too_new(post_id, range_end)))

    steps = _steps(query, spec, post_ids, asked, created, groupings, granularity, windows, now)
    comparison = planned_comparison(query, spec, span, now)
    if comparison is not None and comparison.extra is not None:  # the baseline's own requests
        extra = split(from_epoch(comparison.extra.start), from_epoch(comparison.extra.end),
                      spec.max_window_hours)
        steps += [replace(step, id=COMPARE_PREFIX + step.id) for step in _steps(
            query, spec, post_ids, asked, created, groupings, granularity, extra, now)]
    return Plan(query=query, steps=steps, post_ids=post_ids, notes=notes,
                metric_labels=spec.metric_labels, rates=spec.rates, comparison=comparison)


def _steps(query: Query, spec: EndpointSpec, post_ids: list[str],
           asked: dict[str, tuple[str, ...]], created: dict[str, int],
           groupings: tuple, granularity: str | None, windows: list, now: datetime) -> list[Step]:
    """The requests of `windows`: per window, the posts created by its end (`created`, in
    microseconds since 1970), batched by the metrics asked about them and the endpoint's ID
    limit."""
    steps = []
    for start, end in windows:
        # Posts not yet created by the window's end have nothing in it.
        limit = micros(end or now)
        batches: dict[tuple[str, ...], list[str]] = {}
        for post_id in post_ids:
            if asked[post_id] and created[post_id] < limit:
                batches.setdefault(asked[post_id], []).append(post_id)
        for metric_set, members in batches.items():
            for at in range(0, len(members), spec.max_ids):
                ids = tuple(members[at:at + spec.max_ids])
                steps.append(Step(_step_id(spec.name, query.account, ids, metric_set, groupings,
                                           start, end, granularity),
                                  spec.name, query.account, ids, metric_set, groupings, start,
                                  end, granularity))
    return steps


def estimate(plan: Plan, per_minute: int,
             learned: Callable[[str], int | None] = lambda account: None) -> Estimate:
    """Accounts are paced apart, so they send in parallel: the slowest one sets the time.
    `learned(account)` is the limit a server announced for it, if any (else `per_minute`)."""
    per_account = Counter(step.account for step in plan.steps)
    minutes, slowest, from_server = 0.0, per_minute, False
    for account, count in per_account.items():
        limit = learned(account)
        pace = limit or per_minute
        if pace > 0 and count / pace >= minutes:
            minutes, slowest, from_server = count / pace, pace, limit is not None
    return Estimate(len(plan.steps), minutes, slowest, from_server)


def _metrics_for_age(post_id: str, created: int, wanted: tuple[str, ...],
                     cutoffs: list[tuple[AgeLimit, int]],
                     notes: list[PostProblem]) -> tuple[str, ...]:
    """The metrics worth asking about this post (created at `created`, microseconds since
    1970); a note for each age limit whose cutoff it predates that removed some."""
    dropped: set[str] = set()
    for limit, cutoff in cutoffs:
        if created < cutoff:
            dropped.update(limit.metrics)
            notes.append(PostProblem(post_id, TOO_OLD, translate(
                "Planning", "Posted {posted}, more than {days} days ago: {missing} for it, so "
                            "they were not asked for.").format(
                posted=f"{created_at(post_id):%Y-%m-%d}", days=limit.days,
                missing=limit.missing), limit.metrics))
    return tuple(m for m in wanted if m not in dropped) if dropped else wanted


def _too_new(post_id: str, range_end: datetime) -> str:
    return translate("Planning", "Posted {posted}, after the end of the range ({end}): it has "
                                 "no engagement in it, so it was not asked about.").format(
        posted=to_wire(created_at(post_id)), end=to_wire(range_end))


def _step_id(*content) -> str:
    """Derived from what the step asks, so the same query gives the same IDs (journal resume)."""
    text = json.dumps([to_wire(c) if isinstance(c, datetime) else c for c in content])
    return hashlib.sha1(text.encode()).hexdigest()[:16]
