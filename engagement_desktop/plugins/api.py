"""The public plugin API. Plugins, the built-in ones included, import only from here.

An endpoint plugin is declarative facts (`spec`) plus two pure functions: it never does I/O.
An exporter plugin writes a result to a file. Both declare the API version they target; the
registry skips (and reports) a plugin whose major version differs from ours.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..core import metrics, parse_analytics, parse_enterprise, parse_v2, utc
from ..core.endpoint import (AUTH_KINDS, BEARER, ENTERPRISE, GROUP_BY_VALUES, LAST_28H, LIFETIME,
                             OAUTH1_USER, OAUTH2_USER, RANGE, V2_ANALYTICS, V2_INSIGHTS,
                             EndpointSpec, HttpRequest)
from ..core.plan import Step
from ..core.results import ResultSet
from ..core.rows import (DAY, HOUR, TOTAL, WEEK, ParsedPage, PostProblem, ResponseError, Row)

API_VERSION = "1.0"

Progress = Callable[[float], None]  # receives the fraction done, 0.0 to 1.0


@runtime_checkable
class EndpointPlugin(Protocol):
    api_version: str
    spec: EndpointSpec

    def build_request(self, step: Step) -> HttpRequest:
        """The request for one step of a plan."""

    def parse(self, step: Step, status: int, headers: Mapping[str, str], body: bytes) -> ParsedPage:
        """Rows and per-post problems from a response the transport did not retry
        (2xx, and 4xx other than 401/429). Raises ResponseError for a garbled body."""


@runtime_checkable
class ExporterPlugin(Protocol):
    api_version: str
    name: str  # short id, e.g. "csv"
    title: str  # shown in menus, e.g. "CSV (Excel-friendly)"
    extensions: tuple[str, ...]  # e.g. (".csv",); the target's extension picks the exporter

    def export(self, result: ResultSet, target: Path, progress: Progress | None = None,
               **options) -> None:
        """Write `result` to `target` atomically (a failed export leaves no half file)."""


__all__ = [
    "API_VERSION", "AUTH_KINDS", "BEARER", "DAY", "ENTERPRISE", "GROUP_BY_VALUES", "HOUR",
    "LAST_28H", "LIFETIME", "OAUTH1_USER", "OAUTH2_USER", "RANGE", "TOTAL", "V2_ANALYTICS",
    "V2_INSIGHTS", "WEEK", "EndpointPlugin", "EndpointSpec", "ExporterPlugin", "HttpRequest",
    "ParsedPage", "PostProblem", "Progress", "ResponseError", "ResultSet", "Row", "Step", "metrics",
    # The built-in response parsers, for endpoint plugins that speak one of these families.
    "parse_analytics", "parse_enterprise", "parse_v2", "utc",
]
