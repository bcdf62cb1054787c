"""PNG and SVG pictures of a result's chart, for `--export chart.png` and the Export menu.

This plugin does not draw: it declares `needs = (CHART_RENDERER,)` and the host lends the
renderer — the window its Chart tab (the picture shows what the user ticked), the CLI an
offscreen chart. The plugin checks the file name and options and writes the file atomically.

Options: posts=[ids], metrics=[names], log_scale=True, bars=True (totals as bars), width=,
height= (pixels). Each one not given is left to the host (see ChartChoices).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from engagement_desktop.plugins.api import CHART_RENDERER, ChartChoices, HostServices, Progress

from .export_io import BuiltinExporter

if TYPE_CHECKING:  # numpy comes with it: loaded when a result is exported, not with the plugin
    from engagement_desktop.plugins.api import ResultSet

_OPTIONS = ("posts", "metrics", "log_scale", "bars", "width", "height")


class ChartImageExporter(BuiltinExporter):
    def export(self, result: ResultSet, target: Path, progress: Progress | None = None,
               host: HostServices | None = None, **options) -> None:
        target = Path(target)
        if target.suffix.lower() not in self.extensions:
            raise ValueError(f"'{target.name}' does not end with "
                             f"{' or '.join(self.extensions)}: the {self.name.upper()} "
                             "exporter writes only that kind of file.")
        super().export(result, target, progress, host, **options)

    def write(self, result: ResultSet, path: Path, progress: Progress | None,
              host: HostServices, **options) -> None:
        renderer = host.chart_renderer
        if renderer is None:
            raise ValueError(f"The {self.name.upper()} exporter draws with the host's chart "
                             "renderer, and this host lent none.")
        if progress is not None:
            progress(0.0)
        renderer.render(result, path, self.name, _choices(options))


def _choices(options: dict) -> ChartChoices:
    def listed(key: str) -> tuple[str, ...] | None:
        return tuple(str(item) for item in options[key]) if key in options else None

    def flag(key: str) -> bool | None:
        return bool(options[key]) if key in options else None

    def pixels(key: str) -> int | None:
        return int(options[key]) if key in options else None

    return ChartChoices(posts=listed("posts"), metrics=listed("metrics"),
                        log_scale=flag("log_scale"), bars=flag("bars"),
                        width=pixels("width"), height=pixels("height"))


png = ChartImageExporter("png", "PNG image of the chart", (".png",), options=_OPTIONS,
                         needs=(CHART_RENDERER,))
svg = ChartImageExporter("svg", "SVG drawing of the chart", (".svg",), options=_OPTIONS,
                         needs=(CHART_RENDERER,))
