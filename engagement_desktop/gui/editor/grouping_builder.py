"""Up to three named groupings; each one's values are ticked and put in order by dragging.

The allowed values come from the endpoint's `group_by` facts. The order of the ticked values is
the nesting order of the response, so it matters; the 4-value rule is spelled out under the
builder and checked live by core validation (the editor shows those problems here).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QToolButton, QVBoxLayout, QWidget)

from ...core.endpoint import EndpointSpec
from ..common.vocabulary import plugin_title

MAX_GROUPINGS = 3
FOUR_VALUE_RULE = QT_TRANSLATE_NOOP(
    "GroupingBuilder", "A grouping with all 4 values must be tweet.id, engagement.type, "
    "engagement.day, engagement.hour (or engagement.type first); only one such grouping per "
    "query.")


class ValueStrip(QListWidget):
    """The values side by side, wrapping onto a second line in a narrow editor: its height
    follows its items, so it never shows a scroll bar."""

    def __init__(self):
        super().__init__()
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        for policy in (self.setHorizontalScrollBarPolicy, self.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(34)

    def fit_height(self) -> None:
        self.doItemsLayout()
        last = self.visualItemRect(self.item(self.count() - 1)) if self.count() else None
        content = last.bottom() + 1 + self.verticalOffset() if last is not None else 26
        self.setFixedHeight(max(34, content + 2 * self.frameWidth() + 2 * self.spacing()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_height()


class GroupingRow(QWidget):
    """One grouping: a name and its values, ticked and ordered by drag and drop."""
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, name: str, allowed: tuple[str, ...], values: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("name"))
        self.name_edit.setFixedWidth(120)
        self.name_edit.setToolTip(self.tr("The grouping's name; it becomes a key of the response."))
        self.name_edit.textChanged.connect(self.changed)
        self.values = ValueStrip()
        self.values.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.values.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.values.setSpacing(2)
        self.values.setToolTip(self.tr("Tick the values to group by; drag them to set the "
                                       "nesting order."))
        self.values.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.values.itemChanged.connect(lambda *_: self.changed.emit())
        ordered = [v for v in values if v in allowed] + [v for v in allowed if v not in values]
        for value in ordered:
            item = QListWidgetItem(value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if value in values
                               else Qt.CheckState.Unchecked)
            item.setSizeHint(QSize(item.sizeHint().width(), 26))
            self.values.addItem(item)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this grouping"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.values, 1)
        layout.addWidget(remove)

    def group_by(self) -> list[str]:
        items = (self.values.item(i) for i in range(self.values.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def move_value(self, value: str, row: int) -> None:
        """What a drag does: put `value` at position `row`."""
        current = next(i for i in range(self.values.count()) if self.values.item(i).text() == value)
        item = self.values.takeItem(current)
        self.values.insertItem(row, item)
        self.changed.emit()


class GroupingBuilder(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._allowed: tuple[str, ...] = ()
        self._rows: list[GroupingRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(2)
        self.add_button = QPushButton(self.tr("Add grouping"))
        self.add_button.clicked.connect(
            lambda: self._add_row(self._next_name(), ["tweet.id", "engagement.type"]))
        self.note = QLabel(self.tr(FOUR_VALUE_RULE))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.problems = QLabel()
        self.problems.setObjectName("groupingProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addWidget(self.problems)
        layout.addWidget(self.note)

    def set_allowed(self, spec: EndpointSpec) -> None:
        """Rebuild the rows for the values `spec` allows, keeping what can be kept."""
        if spec.group_by == self._allowed:
            return
        kept = self.groupings()
        self._allowed = spec.group_by
        self._load(kept)
        enabled = bool(self._allowed)
        self.add_button.setEnabled(enabled and len(self._rows) < MAX_GROUPINGS)
        self.note.setText(
            self.tr(FOUR_VALUE_RULE) if len(self._allowed) == 4 else
            self.tr("{endpoint} groups by: {values}.").format(
                endpoint=plugin_title(spec.name, spec.title), values=", ".join(self._allowed))
            if enabled else
            self.tr("{endpoint} has no groupings; its granularity sets the buckets.").format(
                endpoint=plugin_title(spec.name, spec.title)))

    def set_groupings(self, groupings: dict[str, list[str]]) -> None:
        self._load(groupings)

    def groupings(self) -> dict[str, list[str]]:
        """Name → ordered values, for every grouping with at least one value ticked."""
        result: dict[str, list[str]] = {}
        for i, row in enumerate(self._rows, start=1):
            values = row.group_by()
            if values:
                result[row.name_edit.text().strip() or f"grouping-{i}"] = values
        return result

    def rows(self) -> list[GroupingRow]:
        return list(self._rows)

    def show_problems(self, messages: list[str]) -> None:
        self.problems.setText("\n".join(messages))
        self.problems.setVisible(bool(messages))

    def _load(self, groupings: dict[str, list[str]]) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        if self._allowed:
            for name, values in list(groupings.items())[:MAX_GROUPINGS]:
                self._add_row(name, values, emit=False)
        self.add_button.setEnabled(bool(self._allowed) and len(self._rows) < MAX_GROUPINGS)

    def _add_row(self, name: str, values: list[str], emit: bool = True) -> None:
        if len(self._rows) >= MAX_GROUPINGS:
            return
        row = GroupingRow(name, self._allowed, values)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove_row)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        self.add_button.setEnabled(len(self._rows) < MAX_GROUPINGS)
        if emit:
            self.changed.emit()

    def _remove_row(self, row: GroupingRow) -> None:
        self._rows.remove(row)
        row.deleteLater()
        self.add_button.setEnabled(len(self._rows) < MAX_GROUPINGS)
        self.changed.emit()

    def _next_name(self) -> str:
        taken = {row.name_edit.text() for row in self._rows}
        return next(n for n in (f"grouping-{i}" for i in range(1, 10)) if n not in taken)
