"""Regroup the result tree by any order of post / metric / day / hour / week, from rows
already fetched: a chain of level pickers ("Group by Post › Metric › Day").

A dimension the result cannot give (hours from daily numbers) stays in the list, disabled,
with a tooltip saying what it needs, so the user learns why rather than wondering where it went.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...core.results import ResultSet
from ...core.rows import DAY, HOUR, TOTAL, WEEK
from ...core.tree import DIMENSIONS, METRIC, POST, available_dimensions
from .result_tree_model import dim_title

NONE = ""
_NEEDS = {HOUR: QT_TRANSLATE_NOOP("RegroupBar", "hourly numbers (group by engagement.hour, or "
                                               "v2 granularity Hourly)"),
          DAY: QT_TRANSLATE_NOOP("RegroupBar", "daily or hourly numbers"),
          WEEK: QT_TRANSLATE_NOOP("RegroupBar", "weekly, daily or hourly numbers")}
_TIME_DIMS = {HOUR: {HOUR, DAY, WEEK}, DAY: {DAY, WEEK}, WEEK: {WEEK}, TOTAL: set()}
_GRANULARITY_TITLES = {HOUR: QT_TRANSLATE_NOOP("RegroupBar", "Hourly"),
                       DAY: QT_TRANSLATE_NOOP("RegroupBar", "Daily"),
                       WEEK: QT_TRANSLATE_NOOP("RegroupBar", "Weekly"),
                       TOTAL: QT_TRANSLATE_NOOP("RegroupBar", "Totals")}


def default_dims(available: list[str]) -> tuple[str, ...]:
    """Post › Metric, then the coarsest time level the result has (days before hours)."""
    time = next((d for d in (DAY, WEEK, HOUR) if d in available), None)
    return ("post", "metric") + ((time,) if time else ())


class RegroupBar(QWidget):
    changed = Signal()  # the dimensions or the granularity changed

    def __init__(self, parent=None):
        super().__init__(parent)
        # Before any numbers, no time level: a totals query has none ("Day" was offered).
        self._available: list[str] = [POST, METRIC]
        self._granularities: list[str] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Group by")))
        self._levels: list[QComboBox] = []
        self._arrows: list[QLabel] = []
        for level in range(len(DIMENSIONS)):
            if level:
                arrow = QLabel("›")
                self._arrows.append(arrow)
                layout.addWidget(arrow)
            combo = QComboBox()
            combo.setObjectName(f"groupLevel{level}")
            combo.addItem("—" if level else self.tr("(nothing)"), NONE)
            for dim in DIMENSIONS:
                combo.addItem(dim_title(dim), dim)
            combo.activated.connect(lambda _i, lv=level: self._picked(lv))
            self._levels.append(combo)
            layout.addWidget(combo)
        self._granularity_label = QLabel(self.tr("Numbers"))
        self._granularity = QComboBox()
        self._granularity.setObjectName("treeGranularity")
        self._granularity.setToolTip(self.tr("The results hold numbers at more than one "
                                             "granularity; a tree sums one of them so nothing "
                                             "is counted twice."))
        self._granularity.activated.connect(lambda _i: self.changed.emit())
        layout.addSpacing(12)
        layout.addWidget(self._granularity_label)
        layout.addWidget(self._granularity)
        layout.addStretch(1)
        self.set_dims(default_dims(self._available), emit=False)
        self._show_granularity()

    # -- what the panel calls ---------------------------------------------------------------
    def dims(self) -> tuple[str, ...]:
        picked = []
        for combo in self._levels:
            dim = combo.currentData()
            if dim == NONE:
                break
            picked.append(dim)
        return tuple(picked)

    def granularity(self) -> str | None:
        return self._granularity.currentData() if self._granularities else None

    def set_dims(self, dims, emit: bool = True) -> None:
        dims = [d for d in dims if d in DIMENSIONS]
        for level, combo in enumerate(self._levels):
            combo.setCurrentIndex(combo.findData(dims[level] if level < len(dims) else NONE))
        self._refresh()
        if emit:
            self.changed.emit()

    def set_result(self, result: ResultSet) -> bool:
        """Adapt to what `result` can be grouped by. Returns True when the grouping had to
        change (a picked dimension is no longer possible)."""
        grains = sorted(result.granularities(), key=lambda g: (HOUR, DAY, WEEK, TOTAL).index(g))
        if grains != self._granularities:
            current = self.granularity()
            self._granularities = grains
            self._granularity.clear()
            for grain in grains:
                self._granularity.addItem(self.tr(_GRANULARITY_TITLES[grain]), grain)
            if current in grains:
                self._granularity.setCurrentIndex(grains.index(current))
            self._show_granularity()
        available = self._available_now(result)
        if available == self._available:
            return False
        self._available = available
        kept = [d for d in self.dims() if d in available]
        if not kept or kept == ["post", "metric"]:
            kept = list(default_dims(available))
        changed = tuple(kept) != self.dims()
        self.set_dims(kept, emit=False)
        return changed

    def _available_now(self, result: ResultSet) -> list[str]:
        grain = self.granularity()
        if grain is None:  # one granularity (or none yet): the tree's own rule
            return available_dimensions(result)
        return [d for d in DIMENSIONS if d in ("post", "metric") or d in _TIME_DIMS[grain]]

    # -- behaviour ---------------------------------------------------------------------------
    def _picked(self, level: int) -> None:
        chosen = self._levels[level].currentData()
        before = [self._levels[i].currentData() for i in range(level)]
        if chosen == NONE:  # the chain ends here
            self.set_dims(before)
            return
        after = [self._levels[i].currentData() for i in range(level + 1, len(self._levels))]
        # A dimension appears once: picking it here takes it out of the other levels.
        self.set_dims([d for d in before if d != chosen] + [chosen]
                      + [d for d in after if d not in (NONE, chosen)])

    def _refresh(self) -> None:
        """Show the levels in use plus one empty one to extend the chain; grey out the
        dimensions this result cannot give."""
        used = len(self.dims())
        for level, combo in enumerate(self._levels):
            visible = level <= used and (level == 0 or combo.currentData() != NONE
                                         or level == used)
            combo.setVisible(visible)
            if level:
                self._arrows[level - 1].setVisible(visible)
            items: QStandardItemModel = combo.model()
            for row in range(1, combo.count()):
                dim = combo.itemData(row)
                possible = dim in self._available
                item = items.item(row)
                item.setEnabled(possible)
                needs = self.tr(_NEEDS[dim]) if dim in _NEEDS else self.tr("other numbers")
                item.setToolTip("" if possible else self.tr(
                    "These results cannot be grouped by {dimension}: that needs {needs}.").format(
                        dimension=dim_title(dim).lower(), needs=needs))

    def _show_granularity(self) -> None:
        several = len(self._granularities) > 1
        self._granularity_label.setVisible(several)
        self._granularity.setVisible(several)

