"""The most bytes a legal answer to one step can be, read from the endpoint's declared facts: the
client cuts an answer off past it (a gzip bomb, an endless body) instead of growing without end.

posts × metrics × buckets × groupings values, each at most BYTES_PER_VALUE of JSON with its
keys and nesting, plus some per post; hours are the finest bucket any endpoint serves. Every
metric the endpoint declares counts, not only those asked for: a server may send them all.
Never below the client's floor.
"""
from __future__ import annotations

import math

from ..core.endpoint import LAST_28H, EndpointSpec
from ..core.plan import Step
from ..transport.client import FLOOR_BYTES

# A value is ~40 bytes on the wire ("2024-05-01T13:00:00.000Z": "1234",); four times that, for
# longer spellings and nesting, keeps a legal answer far from the cap.
BYTES_PER_VALUE = 160
BYTES_PER_POST = 4096  # a post's keys, errors and wrapping
HOURS_OF_LAST_28H = 29  # 28 hours, and the one the window starts inside


def answer_limit(spec: EndpointSpec, step: Step) -> int:
    posts = max(1, len(step.ids))
    metrics = max(1, len(spec.metrics), len(step.metrics))
    values = posts * metrics * _buckets(spec, step) * max(1, len(step.groupings))
    return max(FLOOR_BYTES, values * BYTES_PER_VALUE + posts * BYTES_PER_POST)


def _buckets(spec: EndpointSpec, step: Step) -> int:
    """The most time buckets one (post, metric) can have in this step's answer."""
    if step.start is not None and step.end is not None:
        return math.ceil((step.end - step.start).total_seconds() / 3600) + 1
    return HOURS_OF_LAST_28H if spec.time == LAST_28H else 1
