"""Messages that do not block: a window-modal box opened without a nested event loop, so a
run's signals, timers and painting carry on while the user reads it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def notify(parent: QWidget | None, title: str, text: str, warning: bool = True) -> QMessageBox:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, parent=parent)
    box.setObjectName("notice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
