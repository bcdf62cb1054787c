"""Finds the endpoint and exporter plugins, checks them, and keeps those that can be used.

Two sources, in this order: the entry-point groups `engagement_desktop.endpoints` and
`engagement_desktop.exporters` (this app's own distribution first, so the built-ins win any
name clash; their listing is kept between starts by entry_point_cache), then drop-in `.py`
files in the user plugin folder, which declare module-level `ENDPOINTS = [...]` and/or
`EXPORTERS = [...]`. Files whose name starts with `_` or `.` are
skipped, so a user can switch one off by renaming it.

Nothing a plugin does may crash the app: a plugin that fails to import, raises, lacks an
attribute of its protocol, targets another major API version or reuses a name already taken
is recorded in `infos` with its error and left out.

An exporter's facts (name, title, extensions, `needs`) are plain attributes, read without
calling it; the built-ins import their heavy libraries (a spreadsheet writer; Qt, which only
the host holds) inside `export`, so listing plugins stays light. Loading is still split by
kind (`kinds=`): importing a plugin runs its code, and commands that only plan ask for
`kinds=(ENDPOINTS,)`.
Drop-in files are imported afresh by every `load_registry`, so a reload sees a changed file;
each is first tried in a child process with a time limit (drop_in_vetting), so one that ends
the process, never finishes importing or starts a non-daemon thread is named and skipped.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from ..core.rate_specs import rate_table
from ..errors import InvalidInput
from ..i18n.phrases import translate
from ..paths import AppPaths
from .api import (API_VERSION, HOST_SERVICES, EndpointPlugin, EndpointSpec, ExporterPlugin,
                  MetricSpec, RateSpec)
from .drop_in_vetting import describe as _describe
from .drop_in_vetting import import_drop_in, vet
from .entry_point_cache import Point, entry_points

ENDPOINTS, EXPORTERS = "endpoints", "exporters"
GROUPS = {ENDPOINTS: "engagement_desktop.endpoints", EXPORTERS: "engagement_desktop.exporters"}
KIND_OF = {ENDPOINTS: "endpoint", EXPORTERS: "exporter"}
DROP_IN_LISTS = {ENDPOINTS: "ENDPOINTS", EXPORTERS: "EXPORTERS"}
OWN_DISTRIBUTION = "engagement-desktop"
# Where a failed plugin's line sends the reader: the command line's list, the window's.
SEE_COMMAND = translate("Plugins", "see `engagement-desktop plugins`.")
SEE_LIST = translate("Plugins", "see Help → Plugins.")
# A drop-in file that could not be read declares nothing we could name a kind after.
FILE_KIND = "file"


@dataclass(frozen=True)
class PluginInfo:
    """One plugin as the Plugins dialog and `engagement-desktop plugins` list it."""
    kind: str  # "endpoint", "exporter", or "file" for a drop-in file that failed as a whole
    name: str
    title: str
    version: str  # the plugin's own version (its distribution's, for entry points)
    api_version: str  # the plugin API version it targets
    source: str  # "<distribution> <version>: <module:attr>" or the drop-in file's path
    error: str | None = None


class NoExporter(InvalidInput, ValueError):
    """No loaded exporter writes the requested file type."""


@dataclass
class PluginRegistry:
    endpoints: dict[str, EndpointPlugin] = field(default_factory=dict)
    exporters: dict[str, ExporterPlugin] = field(default_factory=dict)
    infos: list[PluginInfo] = field(default_factory=list)

    @property
    def failures(self) -> list[PluginInfo]:
        return [info for info in self.infos if info.error]

    def failure_lines(self, see: str = SEE_COMMAND) -> list[str]:
        """One line per plugin left out, for `plan`, `run` and the window (`see`: SEE_LIST) to
        say so; the plugin's error in its own words, which its author needs."""
        return [translate("Plugins", "the plugin '{name}' ({source}) failed and was skipped: "
                                     "{error}; {see}").format(
            name=info.name, source=info.source, error=info.error.rstrip("."), see=see)
            for info in self.failures]

    def exporter_for(self, path: str | Path) -> ExporterPlugin:
        """The exporter for a file, chosen by its extension (the longest that matches)."""
        filename = Path(path).name.lower()
        matches = [(len(ext), exporter) for exporter in self.exporters.values()
                   for ext in exporter.extensions if filename.endswith(ext.lower())]
        if matches:
            return max(matches, key=lambda match: match[0])[1]
        supported = sorted({ext.lower() for e in self.exporters.values() for ext in e.extensions})
        if not supported:
            raise NoExporter(translate("Export", "Cannot export to '{path}': no exporter plugin "
                                                 "is loaded; the list of plugins says why.")
                             .format(path=str(path)))
        suffix = Path(path).suffix
        what = (translate("Export", "'{suffix}' files").format(suffix=suffix) if suffix
                else translate("Export", "a file without extension"))
        raise NoExporter(translate("Export", "Cannot export to '{path}': no exporter writes "
                                             "{what}. Use one of these extensions: "
                                             "{extensions}.").format(
            path=str(path), what=what, extensions=", ".join(supported)))


def load_registry(paths: AppPaths, kinds: Iterable[str] = (ENDPOINTS, EXPORTERS)) -> PluginRegistry:
    """Every plugin of the given kinds; drop-in files that fail as a whole are listed too."""
    registry = PluginRegistry()
    kinds = tuple(kinds)
    drop_ins = _import_drop_ins(paths)
    points = entry_points((GROUPS[kind] for kind in kinds), paths.data)
    for kind in kinds:
        check, name_of, title_of = _RULES[kind]
        loaded = getattr(registry, kind)
        taken: dict[str, str] = {}  # name → source, to report clashes
        for info, obj in (*_from_entry_points(points, kind), *_from_drop_ins(drop_ins, kind)):
            if info.error is None:
                info = _checked(info, obj, check, name_of, title_of, taken)
                if info.error is None:
                    loaded[info.name] = obj
                    taken[info.name] = info.source
            registry.infos.append(info)
    registry.infos.extend(_broken_files(drop_ins))
    return registry


def _checked(info: PluginInfo, obj, check, name_of, title_of, taken) -> PluginInfo:
    """`info` completed from the plugin object, with an error if it may not be used."""
    try:
        api_version = getattr(obj, "api_version", "")
        info = _with(info, api_version=str(api_version))
        problem = check(obj) or _api_problem(api_version)
        if problem:
            return _with(info, error=problem)
        info = _with(info, name=name_of(obj), title=title_of(obj),
                     version=info.version or str(getattr(obj, "version", "") or ""))
    except Exception as exc:  # a property of the plugin's own code raised
        return _with(info, error=_describe(exc))
    if info.name in taken:
        return _with(info, error=f"Conflicts with the {info.kind} '{info.name}' from "
                                 f"{taken[info.name]}, which is kept; rename this one.")
    return info


def _with(info: PluginInfo, **changes) -> PluginInfo:
    return PluginInfo(**{**info.__dict__, **changes})


def _api_problem(api_version) -> str | None:
    ours = API_VERSION.split(".")[0]
    theirs = str(api_version).split(".")[0].strip()
    if not isinstance(api_version, str) or not theirs.isdigit():
        return f"Declares api_version {api_version!r}; it must be a string like '{API_VERSION}'."
    if theirs != ours:
        older = (" API 1 plugins read the app's core modules; from API 2 a plugin imports only "
                 "engagement_desktop.plugins.api and declares each metric as a MetricSpec "
                 "(docs/plugin-api.md).") if int(theirs) < int(ours) else ""
        return (f"Targets plugin API {api_version}, but this app speaks {API_VERSION}; "
                f"install a version of the plugin made for API {ours}.x.{older}")
    return None


def _missing(obj, attributes: dict[str, type], callables: tuple[str, ...]) -> list[str]:
    missing = [f"{a} ({t.__name__})" for a, t in attributes.items()
               if not isinstance(getattr(obj, a, None), t)]
    return missing + [f"{c}()" for c in callables if not callable(getattr(obj, c, None))]


def _endpoint_problem(obj) -> str | None:
    missing = _missing(obj, {"api_version": str, "spec": EndpointSpec}, ("build_request", "parse"))
    if missing:
        return f"Not an endpoint plugin: missing {', '.join(missing)}."
    # The version first: an older plugin's spec is expected not to have today's shape.
    return _api_problem(obj.api_version) or _spec_problem(obj.spec)


def _spec_problem(spec: EndpointSpec) -> str | None:
    if not all(isinstance(m, MetricSpec) for m in spec.metrics):
        return "Its spec's metrics must be MetricSpec facts (name, label, ...), not plain names."
    if spec.group_by and spec.grouping_rules is None:
        return "Its spec allows groupings but declares no grouping_rules."
    return _rates_problem(spec)


def _rates_problem(spec: EndpointSpec) -> str | None:
    """An endpoint's own rates: facts of its own metrics, each under a name of its own."""
    if not all(isinstance(r, RateSpec) for r in spec.rates):
        return "Its spec's rates must be RateSpec facts (name, label, numerator, denominator, " \
               "description)."
    unknown = sorted({m for r in spec.rates for m in r.needs} - set(spec.metric_names))
    if unknown:
        return f"Its spec's rates need metrics it does not declare: {', '.join(unknown)}."
    try:
        rate_table(spec.rates)
    except ValueError as err:  # a name taken, a metric over itself
        return f"Its spec's rates: {err}"
    return None


def _exporter_problem(obj) -> str | None:
    missing = _missing(obj, {"api_version": str, "name": str, "title": str, "extensions": tuple},
                       ("export",))
    if missing:
        return f"Not an exporter plugin: missing {', '.join(missing)}."
    bad = [e for e in obj.extensions if not (isinstance(e, str) and e.startswith(".") and e[1:])]
    if bad or not obj.extensions:
        return f"Exporter extensions must look like ('.csv',); got {obj.extensions!r}."
    return _needs_problem(getattr(obj, "needs", ()))


def _needs_problem(needs) -> str | None:
    if not isinstance(needs, tuple) or not all(isinstance(need, str) for need in needs):
        return f"Exporter needs must be a tuple of names like ('chart_renderer',); got {needs!r}."
    unknown = [need for need in needs if need not in HOST_SERVICES]
    if unknown:
        return (f"Needs {', '.join(map(repr, unknown))} from the host, which this app does not "
                f"provide (it provides: {', '.join(HOST_SERVICES)}).")
    return None


# kind → (what is wrong with an object, its name, its title)
_RULES = {ENDPOINTS: (_endpoint_problem, lambda p: p.spec.name, lambda p: p.spec.title),
          EXPORTERS: (_exporter_problem, lambda p: p.name, lambda p: p.title)}


Found = tuple[PluginInfo, object]  # an error in the info means there is no object to check


def _from_entry_points(points: list[Point], kind: str) -> Iterator[Found]:
    def order(point):  # ours first, then by distribution and name: a stable, fair listing
        return (point.dist != OWN_DISTRIBUTION, point.dist, point.name)

    for point in sorted((p for p in points if p.group == GROUPS[kind]), key=order):
        source = f"{point.dist} {point.version}: {point.value}" if point.dist else point.value
        info = PluginInfo(KIND_OF[kind], point.name, "", point.version, "", source)
        try:
            yield info, point.load()
        except (Exception, SystemExit) as exc:  # a plugin's own code: anything may go wrong
            yield _with(info, error=_describe(exc)), None


DropIn = tuple[Path, ModuleType | None, str | None]  # a file, its module or why it has none


def _from_drop_ins(drop_ins: list[DropIn], kind: str) -> Iterator[Found]:
    for path, module, _ in drop_ins:
        if module is None:
            continue  # reported once, by _broken_files
        declared = getattr(module, DROP_IN_LISTS[kind], [])
        info = PluginInfo(KIND_OF[kind], path.stem, "", str(getattr(module, "__version__", "")),
                          "", str(path))
        if not isinstance(declared, (list, tuple)):
            yield _with(info, error=f"{DROP_IN_LISTS[kind]} must be a list of plugins."), None
            continue
        for obj in declared:
            yield _with(info, name=_guess_name(obj) or path.stem), obj


def _guess_name(obj) -> str | None:
    """The plugin's name for listing it even when it turns out unusable."""
    try:
        name = getattr(obj, "name", None) or getattr(getattr(obj, "spec", None), "name", None)
    except Exception:  # a property of the plugin's own code raised; _checked reports it
        return None
    return name if isinstance(name, str) else None


def _broken_files(drop_ins: list[DropIn]) -> list[PluginInfo]:
    broken = []
    for path, module, error in drop_ins:
        if module is not None and not any(hasattr(module, n) for n in DROP_IN_LISTS.values()):
            error = "Declares no plugins: define ENDPOINTS = [...] and/or EXPORTERS = [...]."
        if error:
            broken.append(PluginInfo(FILE_KIND, path.stem, "", "", "", str(path), error))
    return broken


def _drop_in_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in Path(folder).glob("*.py") if not p.name.startswith(("_", ".")))
    except OSError:
        return []


def _import_drop_ins(paths: AppPaths) -> list[DropIn]:
    files = _drop_in_files(paths.plugins)
    verdicts = vet(files, paths.data)
    return [(path, None, verdicts[path]) if verdicts[path] else (path, *import_drop_in(path))
            for path in files]
