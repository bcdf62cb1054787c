"""A list of checkable items keyed by data (the chart's posts and metrics pickers)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def new_checklist(name: str) -> QListWidget:
    checklist = QListWidget(objectName=name)
    checklist.setUniformItemSizes(True)
    return checklist


def checked(checklist: QListWidget) -> list:
    return [checklist.item(i).data(Qt.ItemDataRole.UserRole) for i in range(checklist.count())
            if checklist.item(i).checkState() == Qt.CheckState.Checked]


def tick_only(checklist: QListWidget, keys: set) -> None:
    checklist.blockSignals(True)
    for i in range(checklist.count()):
        item = checklist.item(i)
        ticked = item.data(Qt.ItemDataRole.UserRole) in keys
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
    checklist.blockSignals(False)


def sync_checklist(checklist: QListWidget, keys: list, title, default_ticked: int) -> None:
    """Make the list hold `keys` in order, keeping ticks; new keys are ticked while fewer than
    `default_ticked` are."""
    have = [checklist.item(i).data(Qt.ItemDataRole.UserRole) for i in range(checklist.count())]
    if have == keys:
        return
    ticked = set(checked(checklist))
    checklist.blockSignals(True)
    checklist.clear()
    for key in keys:
        if key not in ticked and key not in have and len(ticked) < default_ticked:
            ticked.add(key)
        item = QListWidgetItem(title(key))
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
        checklist.addItem(item)
    checklist.blockSignals(False)
