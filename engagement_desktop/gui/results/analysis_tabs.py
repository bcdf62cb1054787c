"""The analyst's tabs of the results panel — Table, Best time, Compare — each built the first
time it is shown (the heatmap imports pyqtgraph, which the app's start does not need to pay).

A view is given the panel's result only when it is looked at: when the result changes, the
tab on screen is refreshed at once and the others are marked stale, to be refreshed when
their tab is opened (or `view()` is asked for them). While rows stream in, the panel calls
`result_changed` on its coalesced timer, so a hidden table costs nothing and a shown one is
rebuilt at that timer's pace, not per page. Each tab's Export… button writes its view
(analysis_export.py).

The @handle of each post comes from the mapping the panel is given, else from the result's
provenance ("owners": post ID → @handle), which a run records; posts without one roll up to
"unknown @handle".
"""
from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QTabWidget, QWidget

from ...core.results import ResultSet
from ...runner.fold import OWNERS
from .analysis_export import AnalysisExport


def handles_of(result: ResultSet | None, given: Mapping[str, str]) -> dict[str, str]:
    recorded = result.provenance.get(OWNERS) if result is not None else None
    handles = dict(recorded) if isinstance(recorded, Mapping) else {}
    handles.update(given)
    return handles


class AnalysisTabs(QObject):
    def __init__(self, tabs: QTabWidget, first_index: int, result: Callable[[], ResultSet | None]):
        super().__init__(tabs)
        self._tabs, self._result = tabs, result
        self._given: dict[str, str] = {}
        self._views: dict[str, QWidget] = {}
        self.exports = AnalysisExport(self.view, lambda: list(self._views), result, self)
        self._placeholders: dict[str, QWidget] = {}
        self._stale: set[str] = set()  # built views not yet given the latest result
        titles = {"table": self.tr("Table"), "heatmap": self.tr("Best time"),
                  "compare": self.tr("Compare")}
        self._titles = titles
        for offset, name in enumerate(titles):
            self._placeholders[name] = QWidget()
            tabs.insertTab(first_index + offset, self._placeholders[name], titles[name])
        tabs.currentChanged.connect(self._tab_changed)

    def view(self, name: str) -> QWidget:
        """"table", "heatmap" or "compare", built (and fed the current result) on first use."""
        if name not in self._views:
            self._build(name)
        elif name in self._stale:
            self._feed(name)
        return self._views[name]

    def set_handles(self, handles: Mapping[str, str]) -> None:
        self._given = dict(handles)
        self.result_changed()

    def result_changed(self) -> None:
        """The result changed: refresh the view on screen, leave the others for later."""
        self._stale = set(self._views)
        for name, view in self._views.items():
            if view.isVisible():
                self._feed(name)

    def _feed(self, name: str) -> None:
        self._stale.discard(name)
        result = self._result()
        view = self._views[name]
        if name == "heatmap":
            view.set_result(result)
        else:
            view.set_result(result, handles_of(result, self._given))

    def _build(self, name: str) -> None:
        if name == "table":
            from .analysis_table_view import AnalysisTableView as View
        elif name == "heatmap":
            from .heatmap_view import HeatmapView as View
        else:
            from .comparison_view import ComparisonView as View
        self._views[name] = View()
        self._views[name].export_button.clicked.connect(lambda: self.exports.dialog(name))
        placeholder = self._placeholders.pop(name)
        index, current = self._tabs.indexOf(placeholder), self._tabs.currentIndex()
        with QSignalBlocker(self._tabs):  # the swap is not the user changing tabs
            self._tabs.removeTab(index)
            self._tabs.insertTab(index, self._views[name], self._titles[name])
            self._tabs.setCurrentIndex(current)
        placeholder.deleteLater()
        self._feed(name)

    def _tab_changed(self, index: int) -> None:
        for name, placeholder in list(self._placeholders.items()):
            if self._tabs.widget(index) is placeholder:
                self._build(name)
        for name in list(self._stale):
            if self._tabs.widget(index) is self._views[name]:
                self._feed(name)
