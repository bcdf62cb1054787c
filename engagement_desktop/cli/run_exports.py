"""The --export files of `engagement-desktop run`: chosen and checked before anything is sent,
written once the run has ended, each through the exporter plugin its extension picks.

The CLI lends exporters what they declare they need: a chart renderer is an offscreen Qt
chart, and Qt starts only when such an exporter was asked for (`plan` and a run exporting
CSV never load it). No export replaces the workspace, the app's own files or a file the app
did not write as an export; an earlier export only with --overwrite (plugins/export_guard.py).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import AppPaths
from ..plugins.api import CHART_RENDERER, ExporterPlugin, HostServices
from ..plugins.export_guard import ExportGuard
from ..plugins.exporting import check_host, export_with, files_of, needs_of

if TYPE_CHECKING:
    from ..plugins.api import ResultSet
    from ..plugins.registry import PluginRegistry


@dataclass(frozen=True)
class Exports:
    targets: list[tuple[Path, ExporterPlugin]]
    host: HostServices
    guard: ExportGuard
    language: str | None = None  # headings in this language (--export-language)


def choose_exports(names: list[str], registry: PluginRegistry, paths: AppPaths,
                   workspace: Path, overwrite: bool, language: str | None = None) -> Exports:
    """The exporter of each file, and what they need lent; ValueError with a message (unknown
    file type, missing folder, a file that must not be replaced, a need this host cannot meet)
    before anything runs."""
    targets = [(Path(name), registry.exporter_for(name)) for name in names]
    guard = ExportGuard(paths)
    for target, exporter in targets:
        if not target.parent.is_dir():
            raise ValueError(f"Cannot export to {target}: the folder {target.parent} does not "
                             "exist.")
        for path in files_of(exporter, target):  # a sidecar is guarded as the file itself
            guard.check(path, workspace, overwrite)
    host = _host({need for _, exporter in targets for need in needs_of(exporter)})
    for target, exporter in targets:
        check_host(exporter, target, host)
    return Exports(targets, host, guard, language)


def _host(needs: set[str]) -> HostServices:
    if CHART_RENDERER not in needs:
        return HostServices()
    try:
        from ..gui.results.chart_renderer import offscreen_chart_renderer
    except ImportError as err:  # an install without Qt
        return HostServices(unavailable={CHART_RENDERER: f"Qt cannot be loaded: {err}"})
    return HostServices(chart_renderer=offscreen_chart_renderer())


def tenths(target: Path, say: Callable[[str], None]) -> Callable[[float], None]:
    """An exporter's progress said every tenth of the way ("Writing out.xlsx: 30 %"), so a
    737,000-row workbook is not 20 silent seconds; a quick export says nothing until done."""
    said = [0]

    def progress(fraction: float) -> None:
        tenth = int(fraction * 10)
        if said[0] < tenth < 10:
            said[0] = tenth
            say(f"Writing {target}: {tenth * 10} %")
    return progress


def write_exports(exports: Exports, result: ResultSet, say: Callable[[str], None]) -> bool:
    """Write every file, saying what happened to each; False if any could not be written."""
    written = True
    for target, exporter in exports.targets:
        try:
            export_with(exporter, result, target, exports.host, tenths(target, say),
                        exports.language)
            for path in files_of(exporter, target):
                exports.guard.remember(path)
            say(f"Wrote {target}")
        except Exception as err:  # an exporter plugin's failure must not lose the run's report
            say(f"error: could not write {target}: {err}")
            written = False
    return written
