"""PNG and SVG pictures of a result's chart, for `--export chart.png` and the Export menu.

The picture is drawn by the desktop app's own chart, offscreen (no window, no display needed),
through `engagement_desktop.gui.results.chart_export` — the one rendering path the Chart tab's export
uses too. This is the one built-in plugin that reaches past the plugin API: drawing a chart
needs Qt, which only the GUI package may hold; Qt is imported when an export runs, not when
the plugin is discovered, so listing plugins stays cheap.

Options: posts=[ids], metrics=[names] (default: the first 5 posts, the first metric),
log_scale=True, bars=True (totals as bars), width=, height= (pixels, default 1200 × 700).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from engagement_desktop.plugins.api import API_VERSION, Progress, ResultSet

_OPTIONS = {"posts", "metrics", "log_scale", "bars", "width", "height"}


@dataclass(frozen=True)
class ChartImageExporter:
    name: str
    title: str
    extensions: tuple[str, ...]
    api_version: str = API_VERSION

    def export(self, result: ResultSet, target: Path, progress: Progress | None = None,
               **options) -> None:
        unknown = set(options) - _OPTIONS
        if unknown:
            raise TypeError(f"The {self.name.upper()} exporter has no option "
                            f"{', '.join(sorted(unknown))}; it knows "
                            f"{', '.join(sorted(_OPTIONS))}.")
        target = Path(target)
        if target.suffix.lower() not in self.extensions:
            raise ValueError(f"'{target.name}' does not end with "
                             f"{' or '.join(self.extensions)}: the {self.name.upper()} "
                             "exporter writes only that kind of file.")
        from PySide6.QtCore import QSize

        from engagement_desktop.gui.results.chart_export import DEFAULT_SIZE, export_result_chart

        size = QSize(int(options.pop("width", DEFAULT_SIZE.width())),
                     int(options.pop("height", DEFAULT_SIZE.height())))
        if progress is not None:
            progress(0.0)
        export_result_chart(result, target, size=size, **options)
        if progress is not None:
            progress(1.0)


png = ChartImageExporter("png", "PNG image of the chart", (".png",))
svg = ChartImageExporter("svg", "SVG drawing of the chart", (".svg",))
