"""The main window: on screen at once with a startup page, then holding the workbench.

The window itself is light (a few Qt classes and a label) so that it paints within a moment of
launch; what takes time — plugins, the keyring, the sandbox, the editor and results — is built
afterwards by app.py and handed over as the `Workbench`. The window keeps its geometry and asks the
workbench before it closes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow

from .startup_page import StartupPage

if TYPE_CHECKING:
    from .workbench import Workbench

GEOMETRY_KEY = "window/geometry"


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings):
        super().__init__()
        self.settings = settings
        self.workbench: Workbench | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle("Engagement Desktop")
        self.resize(1500, 920)
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.startup = StartupPage()
        self.setCentralWidget(self.startup)

    def attach(self, workbench: Workbench) -> None:
        """The app is ready: the workbench has replaced the startup page."""
        from PySide6.QtCore import Qt  # its ~100 enums take 25 ms to load: not before the paint

        self.workbench = workbench
        self.startup = None  # deleted by Qt with the central widget it was
        # A closed window is gone: its widgets, timers and worker are destroyed while Qt is
        # still up, not at interpreter exit, where their order is undefined (seen to crash).
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workbench is not None and not self.workbench.may_close():
            event.ignore()
            return
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.workbench is not None:
            self.workbench.window_closing()
        self.settings.sync()
        event.accept()
