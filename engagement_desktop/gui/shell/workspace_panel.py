"""The workspace's queries: add, duplicate, rename and delete, each undoable (Ctrl+Z).

The panel owns the list of queries; the window writes the editor's query back into it on
every edit, so switching queries, saving and autosave all see the latest text.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QListWidget, QPushButton,
                               QVBoxLayout, QWidget)

from ...core.query import Query
from ..common.slot_guard import guarded


class _Insert(QUndoCommand):
    def __init__(self, panel: "WorkspacePanel", index: int, query: Query, text: str):
        super().__init__(text)
        self.panel, self.index, self.query = panel, index, query

    def redo(self) -> None:
        self.panel._insert(self.index, self.query)

    def undo(self) -> None:
        self.panel._take(self.index)


class _Delete(_Insert):
    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()


class _Rename(QUndoCommand):
    def __init__(self, panel: "WorkspacePanel", index: int, old: str, new: str):
        super().__init__(QCoreApplication.translate("WorkspacePanel", "Rename '{old}' to '{new}'")
                         .format(old=old, new=new))
        self.panel, self.index, self.old, self.new = panel, index, old, new

    def redo(self) -> None:
        self.panel._set_name(self.index, self.new)

    def undo(self) -> None:
        self.panel._set_name(self.index, self.old)


class WorkspacePanel(QWidget):
    current_changed = Signal(object)  # the Query now selected, or None
    changed = Signal()  # the list itself changed (add, delete, rename, reorder)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._queries: list[Query] = []
        self.undo_stack = QUndoStack(self)
        self.title = QLabel(f"<b>{self.tr('Queries')}</b>")
        self.list = QListWidget()
        self.list.setObjectName("queryList")
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemDoubleClicked.connect(lambda _: self.rename())
        buttons = QHBoxLayout()
        for label, tip, slot in (
                (self.tr("Add"), self.tr("Add a new query"), self.add),
                (self.tr("Duplicate"), self.tr("Copy the selected query"), self.duplicate),
                (self.tr("Rename"), self.tr("Rename the selected query"), self.rename),
                (self.tr("Delete"), self.tr("Delete the selected query (Ctrl+Z brings it back)"),
                 self.delete)):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, s=slot: s())
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    # -- whole workspace ------------------------------------------------------------------
    def set_queries(self, queries: list[Query], title: str = "") -> None:
        self._queries = [copy.deepcopy(q) for q in queries]
        self.undo_stack.clear()
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([q.name for q in self._queries])
        self.list.blockSignals(False)
        self.title.setText(f"<b>{title or self.tr('Queries')}</b>")
        self.list.setCurrentRow(0 if self._queries else -1)
        self.current_changed.emit(self.current())

    def queries(self) -> list[Query]:
        return [copy.deepcopy(q) for q in self._queries]

    def current(self) -> Query | None:
        row = self.list.currentRow()
        return self._queries[row] if 0 <= row < len(self._queries) else None

    def update_current(self, query: Query) -> None:
        """The editor's latest version of the selected query (its name stays the panel's)."""
        row = self.list.currentRow()
        if 0 <= row < len(self._queries):
            query = copy.deepcopy(query)
            query.name = self._queries[row].name
            self._queries[row] = query

    # -- user actions -----------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("Doing", "adding a query"))
    def add(self) -> None:
        base = self.current() or Query()
        query = Query(name=self._unique(self.tr("new query")), endpoint=base.endpoint,
                      account=base.account, groupings={"per-post": ["tweet.id", "engagement.type"]})
        self.undo_stack.push(_Insert(self, len(self._queries), query,
                                     self.tr("Add '{name}'").format(name=query.name)))

    @guarded(QT_TRANSLATE_NOOP("Doing", "duplicating the query"))
    def duplicate(self) -> None:
        current = self.current()
        if current is None:
            return
        query = copy.deepcopy(current)
        query.name = self._unique(self.tr("{name} copy").format(name=current.name))
        self.undo_stack.push(_Insert(self, self.list.currentRow() + 1, query,
                                     self.tr("Duplicate '{name}'").format(name=current.name)))

    @guarded(QT_TRANSLATE_NOOP("Doing", "renaming the query"))
    def rename(self, new_name: str | None = None) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        old = self._queries[row].name
        if new_name is None:
            new_name, ok = QInputDialog.getText(self, self.tr("Rename query"), self.tr("Name:"),
                                                text=old)
            if not ok:
                return
        new_name = new_name.strip()
        if not new_name or new_name == old:
            return
        if new_name in (q.name for q in self._queries):
            new_name = self._unique(new_name)
        self.undo_stack.push(_Rename(self, row, old, new_name))

    @guarded(QT_TRANSLATE_NOOP("Doing", "deleting the query"))
    def delete(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        query = self._queries[row]
        self.undo_stack.push(_Delete(self, row, query,
                                     self.tr("Delete '{name}'").format(name=query.name)))

    # -- what the undo commands do ----------------------------------------------------------
    def _insert(self, index: int, query: Query) -> None:
        self._queries.insert(index, copy.deepcopy(query))
        self.list.insertItem(index, query.name)
        self.list.setCurrentRow(index)
        self.changed.emit()

    def _take(self, index: int) -> None:
        del self._queries[index]
        self.list.blockSignals(True)
        self.list.takeItem(index)
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(index, len(self._queries) - 1))
        self._row_changed(self.list.currentRow())
        self.changed.emit()

    def _set_name(self, index: int, name: str) -> None:
        self._queries[index].name = name
        self.list.item(index).setText(name)
        self.list.setCurrentRow(index)
        self.current_changed.emit(self.current())
        self.changed.emit()

    def _row_changed(self, _row: int) -> None:
        self.current_changed.emit(self.current())

    def _unique(self, name: str) -> str:
        taken = {q.name for q in self._queries}
        if name not in taken:
            return name
        return next(f"{name} {i}" for i in range(2, len(taken) + 3) if f"{name} {i}" not in taken)
