"""Metric checkboxes, enabled from the endpoint's facts and the account's kind.

The endpoint's metrics each have a box; a disabled one says in its tooltip why (it needs a
user-context account, say). What the user ticked is remembered across endpoint changes, so
switching back restores it; meanwhile ticks the endpoint does not serve stay visible, disabled.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from ...core.analysis.rates import BUILTIN_RATES, rate_table
from ...core.endpoint import EndpointSpec
from ...core.metric_names import MetricNames
from ...core.query import Query
from ...core.utc import utcnow
from ...core.validation import validate
from ..common.vocabulary import metric_description, metric_label, said
from .rate_hints import RateHints

COLUMNS = 3


def disabled_reason(metric: str, spec: EndpointSpec, account: str, account_kind: str | None,
                    endpoints: Sequence[EndpointSpec] = ()) -> str | None:
    """Why `metric` cannot be asked of `spec` with this account, in validation's own words."""
    chosen = account or QCoreApplication.translate("MetricPicker", "the chosen account")
    probe = Query(endpoint=spec.name, account=chosen, metrics=[metric])
    problems = validate(probe, spec, account_kind=account_kind, now=utcnow(), endpoints=endpoints)
    reasons = [said(p.message) for p in problems if p.field in ("metrics", "account")]
    return " ".join(reasons) or None


class MetricPicker(QWidget):
    changed = Signal()

    def __init__(self, endpoints: Sequence[EndpointSpec] = (), parent: QWidget | None = None):
        """`endpoints`: every loaded endpoint, to name metrics and say where others are served."""
        super().__init__(parent)
        self._endpoints = tuple(endpoints)
        self._boxes: dict[str, QCheckBox] = {}
        self._wanted: set[str] = set()
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(2)
        self._count = QLabel()
        select_all = QPushButton(self.tr("All available"))
        select_all.clicked.connect(lambda: self._set_all(True))
        select_none = QPushButton(self.tr("None"))
        select_none.clicked.connect(lambda: self._set_all(False))
        bar = QHBoxLayout()
        bar.addWidget(self._count, 1)
        bar.addWidget(select_all)
        bar.addWidget(select_none)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(self._grid)
        self.rate_hints = RateHints()  # "Engagement rate: needs Impressions. [Add]"
        self.rate_hints.add.connect(self._add)
        layout.addWidget(self.rate_hints)
        self._rates = BUILTIN_RATES  # and the endpoint's own, once set_context names it

    def set_context(self, spec: EndpointSpec, account: str, account_kind: str | None) -> None:
        """Show `spec`'s metrics, enabled for this account, and the ticked ones it does not
        serve (disabled, the tooltip says why), so a tick never silently disappears."""
        known = MetricNames((spec, *self._endpoints))
        self._rates = rate_table(spec.rates)
        names = list(dict.fromkeys([*spec.metric_names, *(m for m in known if m in self._wanted),
                                    *sorted(self._wanted)]))
        if list(self._boxes) != names:
            self._rebuild(names, known)
        for name, box in self._boxes.items():
            reason = disabled_reason(name, spec, account, account_kind, self._endpoints)
            box.setEnabled(reason is None)
            metric = known.get(name)
            description = metric_description(name, metric.description) if metric else ""
            box.setToolTip(reason or f"{name}. {description}".strip())
            box.blockSignals(True)
            box.setChecked(name in self._wanted)
            box.blockSignals(False)
        self._update_count()

    def set_selected(self, metrics: list[str]) -> None:
        self._wanted = set(metrics)
        for name, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(name in self._wanted)
            box.blockSignals(False)
        self._update_count()

    def selected(self) -> list[str]:
        """The ticked metrics this endpoint and account can ask for, in the endpoint's order.

        Ticks on disabled boxes are kept (for when the user switches back), not sent."""
        return [n for n, box in self._boxes.items() if n in self._wanted and box.isEnabled()]

    def _rebuild(self, names: list[str], known: MetricNames) -> None:
        for box in self._boxes.values():
            box.deleteLater()
        self._boxes = {}
        for i, name in enumerate(names):
            box = QCheckBox(metric_label(name, known.label(name)))
            box.setObjectName(f"metric:{name}")
            box.toggled.connect(lambda on, n=name: self._toggled(n, on))
            self._boxes[name] = box
            self._grid.addWidget(box, i // COLUMNS, i % COLUMNS)

    def _toggled(self, name: str, on: bool) -> None:
        if on:
            self._wanted.add(name)
        else:
            self._wanted.discard(name)
        self._update_count()
        self.changed.emit()

    def _set_all(self, on: bool) -> None:
        for name, box in self._boxes.items():
            if box.isEnabled():
                (self._wanted.add if on else self._wanted.discard)(name)
                box.blockSignals(True)
                box.setChecked(on)
                box.blockSignals(False)
        self._update_count()
        self.changed.emit()

    def _add(self, name: str) -> None:
        self._boxes[name].setChecked(True)  # toggled: remembered, counted, changed emitted

    def _update_count(self) -> None:
        available = sum(box.isEnabled() for box in self._boxes.values())
        self._count.setText(self.tr("{selected} of %n available metrics selected", "",
                                    available).format(selected=len(self.selected())))
        self.rate_hints.show_for(
            self.selected(), lambda name: self._boxes[name].text() if name in self._boxes
            else metric_label(name),
            lambda name: name in self._boxes and self._boxes[name].isEnabled(), self._rates)
