"""Exports of the analyst tabs, from each tab's Export… button.

- .csv / .json: the tab's view as shown (grouping, sort, filter, top-N, time zone), its notes
  (how each rate is computed, the time zone) leading the file;
- .xlsx: one workbook, a sheet per analyst view shown so far (table, heatmap with its colour
  scale, comparison) with native charts;
- .png / .svg (the Best time tab): the heatmap as drawn, colour bar included.

The files are written by the Qt-free writers `report` uses (core/analysis/view_files.py), from
the very objects the tabs show, so the window and the CLI write the same views. Every file
goes through the export guard `run` and `report` use: never the workspace, the app's own files
(journal, ledger, settings) or a file the app did not write as an export; an earlier export is
replaced, the save dialog having asked.
"""
from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from ...core.analysis.view_files import check_target, view_paths, write_views
from ...core.analysis.views import View, comparison_view, heatmap_view, table_view
from ...core.results import ResultSet
from ...paths import AppPaths
from ...plugins.export_guard import ExportGuard
from ...storage.atomic import atomic_path
from ..common.notices import notify
from ..common.vocabulary import said_error

ORDER = ("table", "heatmap", "compare")  # the workbook's sheets, in the tabs' order
PICTURES = (".png", ".svg")


class AnalysisExport(QObject):
    def __init__(self, view: Callable[[str], QWidget], built: Callable[[], Collection[str]],
                 result: Callable[[], ResultSet | None], parent: QObject | None = None):
        super().__init__(parent)
        # view(name): the tab, given the latest result first (a hidden tab may be stale);
        # built(): the tabs opened so far, whose views a workbook holds
        self._tab, self._built, self._result = view, built, result
        self._guard, self._workspace = ExportGuard(AppPaths.default()), lambda: None
        # The headers' language (File → Export headers in); the main window sets it.
        self.language: Callable[[], str | None] = lambda: None

    def guard_with(self, guard: ExportGuard, workspace: Callable[[], Path | None]) -> None:
        """The window's guard and its workspace file (a panel alone guards the default
        folders' files, with no workspace)."""
        self._guard, self._workspace = guard, workspace

    def filters(self, name: str) -> list[str]:
        """The save dialog's file types for tab `name`."""
        types = [self.tr("CSV: this view (*.csv)"), self.tr("JSON: this view (*.json)"),
                 self.tr("Excel workbook: a sheet per analyst view (*.xlsx)")]
        if name == "heatmap":
            types += [self.tr("PNG picture (*.png)"), self.tr("SVG picture (*.svg)")]
        return types

    def dialog(self, name: str) -> None:
        """Ask where, then export tab `name`; a problem is said in a message box."""
        view = self._tab(name)
        chosen, kind = QFileDialog.getSaveFileName(view, self.tr("Export view"), "",
                                                   ";;".join(self.filters(name)))
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix and "*." in kind:  # the type picked, not typed
            target = target.with_suffix(kind[kind.index("*.") + 1:].rstrip(")"))
        try:
            written = self.export(name, target)
        except (ValueError, OSError) as error:
            notify(view, self.tr("Cannot export"), said_error(error))
            return
        view.message.setText(self.tr("Exported to {files}.").format(
            files=", ".join(str(p) for p in written)))

    def export(self, name: str, target: Path) -> list[Path]:
        """Write tab `name`'s view to `target` (the extension picks the format); returns the
        files written. ValueError says what is wrong (nothing shown, an unknown type, a file
        the export guard refuses)."""
        suffix = target.suffix.lower()
        if suffix in PICTURES and name == "heatmap":
            self._check([target])
            return self._remembered([self._picture(target, suffix[1:])])
        check_target(target)
        if self._view(name) is None:
            raise ValueError(self.tr("This tab shows nothing to export yet."))
        names = [n for n in ORDER if n in self._built()] if suffix == ".xlsx" else [name]
        views = [v for v in map(self._view, names) if v is not None]
        self._check(view_paths([view.kind for view in views], target))
        return self._remembered(write_views(views, target, self.language()))

    def _check(self, paths: list[Path]) -> None:
        for path in paths:  # the save dialog asked before replacing: overwrite an export
            self._guard.check(path, self._workspace(), overwrite=True)

    def _remembered(self, written: list[Path]) -> list[Path]:
        for path in written:
            self._guard.remember(path)
        return written

    def _view(self, name: str) -> View | None:
        """Tab `name`'s view as a plain table, or None when it shows nothing."""
        view, title = self._tab(name), self._title()
        if name == "table":
            table = view.model.table
            return table_view(table, f"{title}: table") if table is not None else None
        if name == "heatmap":
            return heatmap_view(view.heatmap, f"{title}: best time, "
                                              f"{view.heatmap.measure.label}") \
                if view.heatmap is not None else None
        return comparison_view(view.comparison, f"{title}: {view.preset.currentText()}") \
            if view.comparison is not None else None

    def _picture(self, target: Path, format: str) -> Path:
        from .chart_export import write_picture

        view = self._tab("heatmap")
        if view.heatmap is None:
            raise ValueError(self.tr("The Best time tab shows no heatmap to export yet."))
        if not target.parent.is_dir():
            raise ValueError(self.tr("Cannot export to {target}: the folder {folder} does not "
                                     "exist.").format(target=target, folder=target.parent))
        with atomic_path(target) as temporary:
            write_picture(view.plot, temporary, format,
                          f"{self._title()}: {view.heatmap.measure.label}")
        return target

    def _title(self) -> str:
        result = self._result()
        query = result.query if result is not None else None
        return query.name if query is not None and query.name else self.tr("Results")
