"""What an endpoint plugin declares about itself, and the request it asks the transport to send.

These are plain facts: the query editor, validation and the planner read them, so a new
endpoint plugin appears everywhere without changes elsewhere.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# Families decide which validation rules and which response shapes apply.
ENTERPRISE, V2_INSIGHTS, V2_ANALYTICS = "enterprise", "v2-insights", "v2-analytics"

# Auth kinds of an account.
OAUTH1_USER, BEARER, OAUTH2_USER = "oauth1-user", "bearer", "oauth2-user"
AUTH_KINDS = (OAUTH1_USER, BEARER, OAUTH2_USER)

# How an endpoint picks its time range.
LIFETIME, LAST_28H, RANGE = "lifetime", "last-28h", "range"

GROUP_BY_VALUES = ("tweet.id", "engagement.type", "engagement.day", "engagement.hour")


@dataclass(frozen=True)
class EndpointSpec:
    name: str  # "totals", "28hr", "historical", "v2-28hr", "v2-historical", "v2-analytics"
    title: str
    family: str
    method: str  # "POST" or "GET"
    path: str
    max_ids: int
    metrics: tuple[str, ...]  # canonical metric names
    auth_kinds: frozenset[str]
    time: str  # LIFETIME, LAST_28H or RANGE
    group_by: tuple[str, ...] = ()  # allowed group_by values; empty: no groupings
    granularities: tuple[str, ...] = ()  # wire values (v2); empty: no granularity parameter
    max_window_hours: int | None = None  # one request's longest range (672 = 4 weeks)
    max_range_days: int | None = None  # the longest range a plan may split (365)
    earliest: datetime | None = None  # earliest start the API accepts
    owner_only: bool = False  # a user token may only ask about its own posts
    # The rate-limit the planner assumes until the server's headers say otherwise.
    default_per_minute: int = 60
    description: str = ""


@dataclass(frozen=True)
class HttpRequest:
    """A request relative to the account's base URL; the transport adds auth and sends it."""
    method: str
    path: str
    params: dict[str, str] = field(default_factory=dict)
    json: dict | None = None
