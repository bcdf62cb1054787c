"""The public plugin API. Plugins, the built-in ones included, import only from here.

Small, stable types and functions — never a core module. An endpoint plugin is declarative
facts (`spec`: an EndpointSpec with a MetricSpec per metric) plus two pure functions: it never
does I/O. An exporter plugin writes a result to a file. Both declare the API version they
target; the registry skips (and reports) a plugin whose major version differs from ours.
docs/plugin-api.md describes every name below.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..core.endpoint import (AUTH_KINDS, BEARER, ENTERPRISE, LAST_28H, LIFETIME, OAUTH1_USER,
                             OAUTH2_USER, RANGE, V2_ANALYTICS, V2_INSIGHTS, EndpointSpec,
                             GroupingRules, HttpRequest, MetricSpec, RateSpec)
from ..core.cell_text import inert_text
from ..core.plan import Step
from ..core.refusal import (decode_object, expect, kind_of, quoted, refusal_body, refused,
                            server_said, shown)
from ..core.rows import (DAY, ERROR, FORBIDDEN, HOUR, NO_BUCKET, PROTECTED, TOTAL, UNAVAILABLE,
                         UNSUPPORTED_IMPRESSIONS, UNSUPPORTED_VIDEO_VIEWS, WEEK, ParsedPage,
                         PostProblem, ResponseError, Row)
from ..core.utc import epoch, from_epoch, parse_instant, to_wire
from ..i18n.glossary import heading, languages
from ..i18n.phrases import translate
# Exporters write their target through it (a missing folder is told in the user's words).
from ..storage.atomic import export_path as atomic_path

if TYPE_CHECKING:
    from ..core.results import ResultSet
    from ..core.series_rows import SeriesRows

# 2.1: a page's rows may be a SeriesRows (columns) instead of a list of Row; lists still work.
# 2.2: an exporter may declare `options`; LANGUAGE asks for headings in a language.
# 2.3: an endpoint may declare rates of its own (`EndpointSpec.rates`, `RateSpec`).
# 2.4: `translate(context, template)` marks a message for the window's catalogue.
API_VERSION = "2.4"

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


# -- exporters ----------------------------------------------------------------------------------
# An exporter declares as data what it is and what it needs from the host; the host lends it
# those services for the call. No plugin imports the window or Qt: a picture of the chart is
# drawn by the host's ChartRenderer.

CHART_RENDERER = "chart_renderer"  # the need of an exporter that draws the chart
HOST_SERVICES = (CHART_RENDERER,)  # every need a host can meet


@dataclass(frozen=True)
class ChartChoices:
    """What a picture of the chart shows. None leaves a choice to the host: the window draws it
    as its Chart tab shows it, a host without a window uses the chart's defaults (the first
    posts, the first metric, lines, linear scale, 1200 × 700 pixels)."""
    posts: tuple[str, ...] | None = None
    metrics: tuple[str, ...] | None = None
    log_scale: bool | None = None
    bars: bool | None = None  # totals as bars instead of curves over time
    width: int | None = None
    height: int | None = None


@runtime_checkable
class ChartRenderer(Protocol):
    formats: tuple[str, ...]  # what it can draw, e.g. ("png", "svg")

    def render(self, result: ResultSet, path: Path, format: str, choices: ChartChoices) -> None:
        """Draw `result`'s chart into the file `path` as `format`. Call it on the thread the
        host called `export` on (it paints with the host's GUI toolkit)."""


@dataclass(frozen=True)
class HostServices:
    """What the host lends an exporter that declares `needs`; None where it has nothing to lend,
    with the reason in `unavailable` (shown to the user)."""
    chart_renderer: ChartRenderer | None = None
    unavailable: Mapping[str, str] = field(default_factory=dict)  # need → why it is missing

    def lacks(self, needs: tuple[str, ...]) -> list[str]:
        return [need for need in needs if getattr(self, need, None) is None]


# The export option asking for headings and sheet names in a language of EXPORT_LANGUAGES
# (`heading(key, language)`, `result.label(metric, language)`); the values stay as they are.
# The host passes it only to an exporter that lists it in its `options`.
LANGUAGE = "language"
EXPORT_LANGUAGES = languages()


@runtime_checkable
class ExporterPlugin(Protocol):
    api_version: str
    name: str  # short id, e.g. "csv"
    title: str  # shown in menus and the Export dialog, e.g. "CSV (Excel-friendly)"
    extensions: tuple[str, ...]  # e.g. (".csv",); the target's extension picks the exporter
    # What it needs from the host, from HOST_SERVICES, e.g. (CHART_RENDERER,). Optional: a
    # plugin without it needs nothing and is called without `host`.
    needs: tuple[str, ...]
    # The keyword options `export` accepts, e.g. (LANGUAGE,). Optional, like `needs`.
    options: tuple[str, ...]

    def export(self, result: ResultSet, target: Path, progress: Progress | None = None,
               **options) -> None:
        """Write `result` to `target` atomically (a failed export leaves no half file). A plugin
        that declares `needs` also receives `host=HostServices(...)` with each of them lent.
        Import heavy libraries here, not at module level: listing plugins imports the module."""

    # Optional: `files(target)`, every file an export to `target` writes when it writes more
    # than `target` (a sidecar beside it). The host checks each before the export as it checks
    # `target`: none may replace the workspace, the app's files or a file it did not export.


__all__ = [
    "API_VERSION", "EndpointPlugin", "ExporterPlugin", "Progress",
    # What an endpoint declares, and the request it builds.
    "EndpointSpec", "GroupingRules", "HttpRequest", "MetricSpec", "RateSpec",
    "AUTH_KINDS", "BEARER", "OAUTH1_USER", "OAUTH2_USER",  # account kinds
    "LAST_28H", "LIFETIME", "RANGE",  # time modes
    "ENTERPRISE", "V2_ANALYTICS", "V2_INSIGHTS",  # families: which account URL a request uses
    # A plan's step, and what a response becomes.
    "Step", "Row", "PostProblem", "ParsedPage", "ResponseError", "ResultSet",
    "SeriesRows", "NO_BUCKET",  # a page's rows as columns; a total's bucket in them
    "DAY", "HOUR", "TOTAL", "WEEK",  # granularities of a row
    "ERROR", "FORBIDDEN", "PROTECTED", "UNAVAILABLE", "UNSUPPORTED_IMPRESSIONS",
    "UNSUPPORTED_VIDEO_VIEWS",  # kinds of per-post problem a parser reports
    # Reading a server's body and its refusals, as the host does.
    "decode_object", "expect", "kind_of", "quoted", "refusal_body", "refused", "server_said",
    "shown",
    "translate",  # a message the window says in its language when its catalogue has it
    # UTC wire format: ISO 8601 text ↔ aware datetimes ↔ epoch seconds.
    "epoch", "from_epoch", "parse_instant", "to_wire",
    # Exporters and what the host lends them.
    "CHART_RENDERER", "HOST_SERVICES", "ChartChoices", "ChartRenderer", "HostServices",
    "atomic_path", "inert_text",  # writing files: atomically, and CSV text that never runs
    "EXPORT_LANGUAGES", "LANGUAGE", "heading",  # headings in the language a user asks for
]


def __getattr__(name: str):
    # ResultSet and SeriesRows bring numpy: loaded when a parser or an exporter asks for them,
    # so planning stays light.
    if name == "ResultSet":
        from ..core.results import ResultSet
        return ResultSet
    if name == "SeriesRows":
        from ..core.series_rows import SeriesRows
        return SeriesRows
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
