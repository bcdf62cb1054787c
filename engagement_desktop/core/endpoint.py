"""What an endpoint plugin declares about itself, and the request it asks the transport to send.

These are plain facts: the query editor, validation and the planner read them and nothing
else, so a new endpoint plugin — with metrics the core never heard of — appears everywhere
without changes elsewhere. The core names no endpoint and no wire spelling.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from ..i18n.phrases import Declared
from .rate_specs import RateSpec

# Families: which account URL a request goes to (the enterprise one or the X API one).
ENTERPRISE, V2_INSIGHTS, V2_ANALYTICS = "enterprise", "v2-insights", "v2-analytics"

# Auth kinds of an account.
OAUTH1_USER, BEARER, OAUTH2_USER = "oauth1-user", "bearer", "oauth2-user"
AUTH_KINDS = (OAUTH1_USER, BEARER, OAUTH2_USER)

# The header the built-in sandbox sets on every answer, so provenance can say "sandbox" exactly
# when the numbers came from one (demo data), whatever base URL reached it.
SANDBOX_HEADER = "X-Engagement-Desktop-Sandbox"

# How an endpoint picks its time range.
LIFETIME, LAST_28H, RANGE = "lifetime", "last-28h", "range"


@dataclass(frozen=True)
class MetricSpec:
    """One metric as one endpoint serves it."""
    name: str  # canonical: what rows, workspaces and exports call it
    label: str  # what menus, the tree, charts and exports show
    wire: str = ""  # the endpoint's own spelling on the wire; "" when it is `name`
    # Other names a user or a file may write for it, any case: old aliases, other families'
    # spellings. Never emitted.
    spellings: tuple[str, ...] = ()
    description: str = ""
    user_context: bool = False  # on this endpoint, an app-only bearer token does not get it
    max_age_days: int | None = None  # posts older than this get none of it from this endpoint
    # How a plan's note completes "…: {too_old} for it"; empty: "<endpoint> gives no <label>".
    too_old: str = ""

    @property
    def wire_name(self) -> str:
        return self.wire or self.name


@dataclass(frozen=True)
class GroupingRules:
    """How a request groups its numbers (a `groupings` object of named group_by lists)."""
    values: tuple[str, ...]  # every group_by value the API knows
    required: str  # the value each grouping must list: it keeps metrics apart
    max_groupings: int
    full_orders: tuple[tuple[str, ...], ...] = ()  # allowed orders of a grouping of every value
    reserved_names: frozenset[str] = frozenset()  # response keys a grouping may not be named
    missing_why: str = ""  # why this endpoint lacks some of `values` (told with them)


@dataclass(frozen=True)
class AgeLimit:
    """Posts older than `days` get none of `metrics` from an endpoint: `missing` says so."""
    days: int
    missing: str  # completes "…: {missing} for it"; the plugin's words (Declared)
    metrics: tuple[str, ...]


@dataclass(frozen=True)
class EndpointSpec:
    name: str  # unique among loaded endpoints
    title: str
    family: str
    method: str  # "POST" or "GET"
    path: str
    max_ids: int  # batch size: IDs per request
    metrics: tuple[MetricSpec, ...]  # in the order menus list them
    auth_kinds: frozenset[str]
    time: str  # LIFETIME, LAST_28H or RANGE
    group_by: tuple[str, ...] = ()  # allowed group_by values; empty: no groupings
    grouping_rules: GroupingRules | None = None  # required when group_by is not empty
    granularities: tuple[str, ...] = ()  # wire values; empty: no granularity parameter
    max_window_hours: int | None = None  # one request's longest range (672 = 4 weeks)
    max_range_days: int | None = None  # the longest range a plan may split (365)
    reach_back_days: int | None = None  # how many days before now a range may start
    earliest: datetime | None = None  # earliest start the API accepts
    owner_only: bool = False  # a user token may only ask about its own posts
    # The rate-limit the planner assumes until the server's headers say otherwise.
    default_per_minute: int = 60
    description: str = ""
    # Rates of this endpoint's metrics beyond the built-in ones (a name of its own each).
    rates: tuple[RateSpec, ...] = ()

    @property
    def metric_names(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.metrics)

    def metric(self, name: str) -> MetricSpec | None:
        """The declared facts of metric `name` (canonical) on this endpoint."""
        return next((m for m in self.metrics if m.name == name), None)

    def age_limits(self, names: Iterable[str] | None = None) -> list[AgeLimit]:
        """The declared age limits of metrics `names` (default: every metric), youngest first;
        metrics sharing a limit and its words share one."""
        limits: dict[tuple[int, str], list[str]] = {}
        for metric in (self.metric(n) for n in names) if names is not None else self.metrics:
            if metric is not None and metric.max_age_days is not None:
                missing = Declared(metric.too_old
                                   or f"{self.name} gives no {metric.label.lower()}")
                limits.setdefault((metric.max_age_days, missing), []).append(metric.name)
        return [AgeLimit(days, missing, tuple(found))
                for (days, missing), found in sorted(limits.items())]

    @property
    def metric_labels(self) -> dict[str, str]:
        """metric → label, in declared order: how results show and order their metrics."""
        return {m.name: m.label for m in self.metrics}


@dataclass(frozen=True)
class HttpRequest:
    """A request relative to the account's base URL; the transport adds auth and sends it."""
    method: str
    path: str
    params: dict[str, str] = field(default_factory=dict)
    json: dict | None = None
