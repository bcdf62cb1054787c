"""A valid query → its plan: the requests (steps) that answer it, in the order they are sent.

IDs are batched by the endpoint's limit and ranges cut into windows, so neither too many IDs
nor a long range is an error. Before anything is sent, each post's age (read from its ID)
decides what the API can still give for it: a request the API would refuse for a post is not
made, and the post gets a note instead.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from . import metrics
from .endpoint import EndpointSpec
from .grouping_rules import normalized
from .ids import parse_entries
from .plan import Plan, Step
from .query import InvalidQuery, Query
from .rows import TOO_NEW, TOO_OLD, PostProblem
from .snowflake import TOTALS_IMPRESSIONS_DAYS, VIDEO_VIEWS_DAYS, PostAge, age_of
from .utc import to_wire
from .validation import query_range, validate, wire_granularity
from .windows import split

# Totals give these only for posts at most 90 days old.
TOTALS_RECENT_ONLY = ("impressions", "engagements")
VIDEO_VIEWS = "video_views"


@dataclass(frozen=True)
class Estimate:
    requests: int
    minutes: float  # at the per-minute limit it was computed for


def build_plan(query: Query, spec: EndpointSpec | None, *, account_kind: str | None,
               now: datetime, endpoints=()) -> Plan:
    """The plan of `query`; raises InvalidQuery with every problem when it is not valid."""
    problems = validate(query, spec, account_kind=account_kind, now=now, endpoints=endpoints)
    if problems:
        raise InvalidQuery(problems)
    post_ids = list(parse_entries(query.ids).ids)
    wanted = tuple(dict.fromkeys(metrics.canonical(m) for m in query.metrics if m.strip()))
    groupings = tuple((name.strip(), normalized(values))
                      for name, values in query.groupings.items())
    granularity = wire_granularity(spec, query.granularity)
    span = query_range(query, spec, now)
    windows = split(*span, spec.max_window_hours) if span else [(None, None)]
    range_end = windows[-1][1] or now

    ages = {post_id: age_of(post_id, now) for post_id in post_ids}
    notes: list[PostProblem] = []
    asked: dict[str, tuple[str, ...]] = {}
    for post_id in post_ids:
        asked[post_id] = _metrics_for_age(post_id, ages[post_id], wanted, spec, notes)
        if ages[post_id].created >= range_end:
            notes.append(PostProblem(post_id, TOO_NEW, _too_new(ages[post_id], range_end)))

    steps = []
    for start, end in windows:
        # Posts not yet created by the window's end have nothing in it.
        limit = end or now
        batches: dict[tuple[str, ...], list[str]] = {}
        for post_id in post_ids:
            if asked[post_id] and ages[post_id].created < limit:
                batches.setdefault(asked[post_id], []).append(post_id)
        for metric_set, members in batches.items():
            for at in range(0, len(members), spec.max_ids):
                ids = tuple(members[at:at + spec.max_ids])
                steps.append(Step(_step_id(spec.name, query.account, ids, metric_set, groupings,
                                           start, end, granularity),
                                  spec.name, query.account, ids, metric_set, groupings, start,
                                  end, granularity))
    return Plan(query=query, steps=steps, post_ids=post_ids, notes=notes)


def estimate(plan: Plan, per_minute: int) -> Estimate:
    requests = len(plan.steps)
    return Estimate(requests, requests / per_minute if per_minute > 0 else 0.0)


def _metrics_for_age(post_id: str, age: PostAge, wanted: tuple[str, ...], spec: EndpointSpec,
                     notes: list[PostProblem]) -> tuple[str, ...]:
    """The metrics worth asking about this post; a note for each rule that removed some."""
    posted = f"Posted {age.created:%Y-%m-%d}"
    dropped: set[str] = set()
    if spec.name == metrics.TOTALS and not age.within_90_days:
        gone = tuple(m for m in wanted if m in TOTALS_RECENT_ONLY)
        if gone:
            dropped.update(gone)
            notes.append(PostProblem(post_id, TOO_OLD, f"{posted}, more than "
                                     f"{TOTALS_IMPRESSIONS_DAYS} days ago: totals give no "
                                     "impressions or engagements for it, so they were not asked "
                                     "for.", gone))
    if VIDEO_VIEWS in wanted and not age.within_1800_days:
        dropped.add(VIDEO_VIEWS)
        notes.append(PostProblem(post_id, TOO_OLD, f"{posted}, more than {VIDEO_VIEWS_DAYS} days "
                                 "ago: the API gives no video views for it, so they were not "
                                 "asked for.", (VIDEO_VIEWS,)))
    return tuple(m for m in wanted if m not in dropped) if dropped else wanted


def _too_new(age: PostAge, range_end: datetime) -> str:
    return (f"Posted {to_wire(age.created)}, after the end of the range ({to_wire(range_end)}): "
            "it has no engagement in it, so it was not asked about.")


def _step_id(*content) -> str:
    """Derived from what the step asks, so the same query gives the same IDs (journal resume)."""
    text = json.dumps([to_wire(c) if isinstance(c, datetime) else c for c in content])
    return hashlib.sha1(text.encode()).hexdigest()[:16]
