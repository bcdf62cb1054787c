"""`GET /2/tweets/analytics` responses → rows and per-post problems.

Each `data[]` object is one post: its metric fields hold the totals over the request's range,
and `timestamped_metrics` (asked for when the granularity is not total) holds the buckets.
Partial failures are standard X v2 problem objects (see parse_v2.problems).
"""
from __future__ import annotations

from engagement_desktop.plugins.api import TOTAL, ParsedPage, Step, expect

from . import catalog
from .parse_body import PageBuilder, bucket_of, count, post_ids
from .parse_v2 import read_answer

DEFAULT_GRANULARITY = "total"  # what a step without a granularity asks for


def parse(step: Step, status: int, body: bytes) -> ParsedPage:
    return read_answer(step, status, body, DEFAULT_GRANULARITY, _read_item)


def _read_item(page: PageBuilder, item: dict, where: str, granularity: str) -> None:
    post_id = post_ids([item.get("id")], f"{where}.id")[0]
    if granularity == TOTAL:
        _read_metrics(page, post_id, None, TOTAL, item, where)
        return
    points = expect(item.get("timestamped_metrics", []), list, f"{where}.timestamped_metrics")
    for j, point in enumerate(points):
        here = f"{where}.timestamped_metrics[{j}]"
        expect(point, dict, here)
        bucket = bucket_of(point.get("timestamp"), f"{here}.timestamp")
        values = expect(point.get("metrics"), dict, f"{here}.metrics")
        _read_metrics(page, post_id, bucket, granularity, values, here)


def _read_metrics(page: PageBuilder, post_id: str, bucket: int | None, granularity: str,
                  fields: dict, where: str) -> None:
    # Fields that are not metrics (id, timestamp, timestamped_metrics, future additions)
    # are not counts; skip them rather than fail on a field the catalog does not know yet.
    for field, value in fields.items():
        metric = catalog.BY_ANALYTICS_FIELD.get(field)
        if metric is not None:
            page.add(post_id, metric.name, bucket, granularity, count(value, f"{where}.{field}"))
