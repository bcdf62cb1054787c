"""Under the metric picker: which rates the ticked metrics are one metric short of, with a
button that ticks the missing one ("Engagement rate: needs Impressions. [Add Impressions]").

A rate is a ratio of two metrics (core/analysis/rates.py); its column stays blank unless both
were fetched. A hint appears once the rate's numerator is ticked and its denominator is not;
the Add button is offered only where this endpoint and account can ask for the denominator.
"""
from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ...core.analysis.rates import BUILTIN_RATES, RateSpec
from ...core.rate_specs import needs_words
from ..common.vocabulary import metric_label, said


def short_of(selected: Collection[str], rates: tuple[RateSpec, ...] = BUILTIN_RATES
             ) -> dict[str, list[RateSpec]]:
    """missing metric → the rates whose numerator is selected and which need only it."""
    missing: dict[str, list[RateSpec]] = {}
    for rate in rates:
        if rate.numerator in selected and rate.denominator not in selected:
            missing.setdefault(rate.denominator, []).append(rate)
    return missing


class RateHints(QWidget):
    add = Signal(str)  # the metric to tick

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rateHints")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 4, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self._shown: list[QWidget] = []

    def show_for(self, selected: Collection[str], label: Callable[[str], str],
                 can_add: Callable[[str], bool],
                 rates: tuple[RateSpec, ...] = BUILTIN_RATES) -> None:
        """One line per missing metric: the rates (`rates`: the built-in ones and the
        endpoint's own) it completes, and Add where it may be asked."""
        for widget in self._shown:
            widget.setParent(None)  # gone now, not at the next event loop turn
            widget.deleteLater()
        self._shown = []
        for row, (metric, rates) in enumerate(sorted(short_of(selected, rates).items())):
            names = ", ".join(metric_label(rate.name, rate.label) for rate in rates)
            words = {"names": names, "metric": label(metric)}
            addable = can_add(metric)
            text = said(needs_words(rates, [metric], label)) if addable else self.tr(
                "{names}: needs {metric}, which this endpoint and account cannot "
                "ask for.").format(**words)
            line = QLabel(text, objectName=f"rateHint:{metric}", wordWrap=True)
            line.setToolTip("\n".join(f"{metric_label(rate.name, rate.label)}: "
                                      f"{said(rate.description)}" for rate in rates))
            self._grid.addWidget(line, row, 0)
            self._shown.append(line)
            if addable:
                button = QPushButton(self.tr("Add {metric}").format(**words),
                                     objectName=f"rateAdd:{metric}")
                button.clicked.connect(lambda _checked=False, m=metric: self.add.emit(m))
                self._grid.addWidget(button, row, 1)
                self._shown.append(button)
        self.setVisible(bool(self._shown))
