"""The main window: on screen at once with a startup page, then holding the workbench.

The window itself is light (a few Qt classes and a label) so that it paints within a moment of
launch; what takes time — plugins, the keyring, the sandbox, the editor and results — is built
afterwards by app.py and handed over as the `Workbench`. The window keeps its geometry and asks the
workbench before it closes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow

from .startup_page import StartupPage

if TYPE_CHECKING:
    from .workbench import Workbench

GEOMETRY_KEY = "window/geometry"
DEFAULT_SIZE = QSize(1500, 920)


def fills_screen(available: QSize) -> bool:
    """Would the default size cover most (85 %) of the screen's width or height?"""
    return (DEFAULT_SIZE.width() > available.width() * 0.85
            or DEFAULT_SIZE.height() > available.height() * 0.85)


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings):
        super().__init__()
        self.settings = settings
        self.workbench: Workbench | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle("Engagement Desktop")
        self.resize(DEFAULT_SIZE)
        geometry = settings.value(GEOMETRY_KEY)
        self.first_start = not isinstance(geometry, QByteArray)
        if not self.first_start:
            self.restoreGeometry(geometry)
        self.startup = StartupPage()
        self.setCentralWidget(self.startup)

    def show_at_start(self) -> None:
        """Shown as last time; at the first start maximized where the default size would
        nearly fill the screen anyway (a 1600×1000 laptop), else centred at the default."""
        screen = self.screen().availableGeometry()
        if self.first_start and fills_screen(screen.size()):
            self.setGeometry(screen)  # the same where no window manager maximizes
            self.showMaximized()
            return
        if self.first_start:
            self.move(screen.center() - self.rect().center())
        self.show()

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
