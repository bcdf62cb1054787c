"""The query editor: endpoint, account, posts, metrics, groupings, time, comparison, and the
live plan.

Driven only by the endpoint plugins' facts (`EndpointSpec`): a new endpoint plugin shows up in
the picker with its own metrics, groupings, time rule and granularities, without GUI changes.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QLabel, QScrollArea,
                               QVBoxLayout, QWidget)

from ...core.endpoint import EndpointSpec
from ...core.query import AUTO_ACCOUNT, Query
from .compare_picker import ComparePicker
from .date_range import DateRange
from .grouping_builder import GroupingBuilder
from .ids_box import IdsBox
from .metric_picker import MetricPicker
from .plan_summary import PlanSummary, Summary
from ..common.slot_guard import guarded
from ..common.vocabulary import plugin_description, plugin_title, said

AUTO_LABEL = QT_TRANSLATE_NOOP("QueryEditor", "Each post's owner (auto)")
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # the account kind, beside the name in UserRole
MIN_WIDTH = 420  # the fields stay readable ("Loa…" was seen) whatever the results pane holds


def _boxed(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(widget)
    return box


class QueryEditor(QWidget):
    edited = Signal()  # the user changed the query
    summary_changed = Signal(object)  # Summary, after each live check

    def __init__(self, specs: Mapping[str, EndpointSpec], list_accounts: Callable[[], list],
                 summarize: Callable[[Query], Summary], parent: QWidget | None = None):
        super().__init__(parent)
        self._specs = dict(specs)
        self._list_accounts = list_accounts
        self._summarize = summarize
        self._name = "query"
        self._loading = False
        self.endpoint = QComboBox()
        self.endpoint.setObjectName("endpointPicker")
        for name, spec in self._specs.items():
            self.endpoint.addItem(plugin_title(name, spec.title), name)
            self.endpoint.setItemData(self.endpoint.count() - 1,
                                      plugin_description(name, spec.description),
                                      Qt.ItemDataRole.ToolTipRole)
        self.account = QComboBox()
        self.account.setObjectName("accountPicker")
        self.endpoint_note = QLabel()
        self.endpoint_note.setWordWrap(True)
        self.endpoint_note.setStyleSheet("color: palette(mid);")
        self.ids = IdsBox()
        self.ids.edit.setMinimumHeight(90)
        self.ids.edit.setMaximumHeight(160)
        self.metrics = MetricPicker(tuple(self._specs.values()))
        self.groupings = GroupingBuilder()
        self.time = DateRange()
        self.compare = ComparePicker()
        self.plan = PlanSummary()

        top = QFormLayout()
        top.addRow(self.tr("Endpoint"), self.endpoint)
        top.addRow("", self.endpoint_note)
        top.addRow(self.tr("Account"), self.account)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        for title, widget in ((self.tr("Posts"), self.ids), (self.tr("Metrics"), self.metrics),
                              (self.tr("Groupings"), self.groupings), (self.tr("Time"), self.time),
                              (self.tr("Comparison"), self.compare)):
            layout.addWidget(_boxed(title, widget))
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.setMinimumWidth(MIN_WIDTH)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(_boxed(self.tr("Plan"), self.plan))  # always in sight: problems show live

        self._check_timer = QTimer(self, singleShot=True, interval=300)
        self._check_timer.timeout.connect(self.check_now)
        self.endpoint.currentIndexChanged.connect(lambda _: self._context_changed())
        self.account.currentIndexChanged.connect(lambda _: self._context_changed())
        for signal in (self.ids.changed, self.metrics.changed, self.groupings.changed,
                       self.time.changed, self.compare.changed):
            signal.connect(self._user_changed)
        self.reload_accounts()
        self._context_changed()

    # -- the query in and out -------------------------------------------------------------
    def set_query(self, query: Query) -> None:
        self._loading = True
        try:
            self._name = query.name
            # A query with no endpoint yet takes the first loaded one.
            index = self.endpoint.findData(query.endpoint) if query.endpoint else 0
            if index < 0:  # an endpoint whose plugin is missing: say so, keep the rest
                self.endpoint.addItem(self.tr("{endpoint} (plugin not loaded)").format(
                    endpoint=query.endpoint), query.endpoint)
                index = self.endpoint.count() - 1
            self.endpoint.setCurrentIndex(index)
            self._select_account(query.account)
            self.metrics.set_selected(query.metrics)
            self.groupings.set_groupings(query.groupings)
            self.ids.set_entries(query.ids)
            self._context_changed()
            self.time.set_values(query.start, query.end, query.granularity, query.range)
            self.compare.set_value(query.compare)
        finally:
            self._loading = False
        self.check_now()

    def query(self) -> Query:
        start, end, granularity = self.time.values()
        spec = self.current_spec()
        return Query(name=self._name, endpoint=self.endpoint.currentData() or "",
                     account=self.account.currentData() or "", ids=self.ids.entries(),
                     metrics=self.metrics.selected(),
                     groupings=self.groupings.groupings() if spec and spec.group_by else {},
                     start=start, end=end, range=self.time.range_words(),
                     granularity=granularity, compare=self.compare.value())

    def current_spec(self) -> EndpointSpec | None:
        return self._specs.get(self.endpoint.currentData())

    def reload_accounts(self) -> None:
        """Refill the account picker (after the accounts dialog), keeping the choice."""
        chosen = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        for account in self._list_accounts():
            handle = f" @{account.screen_name}" if account.screen_name else ""
            demo = self.tr(" · sandbox demo") if account.sandbox else ""
            self.account.addItem(f"{account.name}{handle} — {account.kind}{demo}", account.name)
            self.account.setItemData(self.account.count() - 1, account.kind, KIND_ROLE)
        self.account.addItem(self.tr(AUTO_LABEL), AUTO_ACCOUNT)
        self.account.blockSignals(False)
        self._select_account(chosen or "")
        self._context_changed()

    # -- reacting ----------------------------------------------------------------------------
    def _select_account(self, name: str) -> None:
        index = self.account.findData(name)
        if index < 0 and name:
            self.account.addItem(self.tr("{name} (no such account)").format(name=name), name)
            index = self.account.count() - 1
        self.account.setCurrentIndex(max(index, 0))

    def account_kind(self) -> str | None:
        return self.account.currentData(KIND_ROLE)

    @guarded(QT_TRANSLATE_NOOP("Doing", "updating the editor for the chosen endpoint"))
    def _context_changed(self) -> None:
        spec = self.current_spec()
        self.ids.set_spec(spec)
        if spec is None:
            self.endpoint_note.setText(self.tr("This endpoint's plugin is not loaded; "
                                               "see Help → Plugins."))
            return
        self.endpoint_note.setText(plugin_description(spec.name, spec.description))
        self.metrics.set_context(spec, self.account.currentData() or "", self.account_kind())
        self.groupings.set_allowed(spec)
        self.time.set_spec(spec)
        self._user_changed()

    def _user_changed(self) -> None:
        if self._loading:
            return
        self._check_timer.start()
        self.edited.emit()

    @guarded(QT_TRANSLATE_NOOP("Doing", "checking the query"))
    def check_now(self) -> None:
        self._check_timer.stop()
        summary = self._summarize(self.query())
        self.plan.show_summary(summary)
        self.groupings.show_problems([said(p.message) for p in summary.problems
                                      if p.field == "groupings"])
        self.summary_changed.emit(summary)
