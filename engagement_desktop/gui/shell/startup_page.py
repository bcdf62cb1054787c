"""What the main window shows in the moment between opening and being ready: the app's name and
the step under way ("Loading plugins…"), so the window is there at once and says why it waits."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class StartupPage(QWidget):
    painted = Signal()  # once, after the first paint: the window is on screen

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startupPage")
        # Centred by HTML, not by Qt.AlignCenter: the Qt namespace is not loaded yet (see
        # main_window), and this page is what must paint first.
        title = QLabel("<h2 align=center>Engagement Desktop</h2>")
        self.step = QLabel()
        self.step.setObjectName("startupStep")  # the step under way: app.Startup sets it
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.step)
        layout.addStretch(2)
        self._painted = False

    def show_step(self, text: str) -> None:
        self.step.setText(f"<p align=center>{text}</p>")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()
