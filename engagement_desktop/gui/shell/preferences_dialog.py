"""Preferences (kept in QSettings) and the About box."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QMessageBox,
                               QSpinBox, QWidget)

from ... import __version__
from ...paths import AppPaths
from ..run.run_controller import CONFIRM_ABOVE_DEFAULT, CONFIRM_ABOVE_KEY

REOPEN_KEY = "prefs/reopen_last"


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.settings = settings
        self.reopen = QCheckBox("Open the last workspace when the app starts")
        self.reopen.setChecked(settings.value(REOPEN_KEY, True, type=bool))
        self.confirm_above = QSpinBox()
        self.confirm_above.setRange(1, 1_000_000)
        self.confirm_above.setSuffix(" requests")
        self.confirm_above.setValue(int(settings.value(CONFIRM_ABOVE_KEY, CONFIRM_ABOVE_DEFAULT)))
        self.confirm_above.setToolTip("Long runs use the account's rate limit for a while; "
                                      "the app asks before starting one.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.reopen)
        layout.addRow("Ask before running more than", self.confirm_above)
        layout.addRow(buttons)

    def accept(self) -> None:
        self.settings.setValue(REOPEN_KEY, self.reopen.isChecked())
        self.settings.setValue(CONFIRM_ABOVE_KEY, self.confirm_above.value())
        super().accept()


def show_about(parent: QWidget, paths: AppPaths, keyring_backend: str) -> None:
    QMessageBox.about(
        parent, "About Engagement Desktop",
        f"<h3>Engagement Desktop {__version__}</h3>"
        "<p>Reads X post engagement metrics from the enterprise Engagement API and the X API v2, "
        "and shows them as grouped trees and charts.</p>"
        f"<p>Settings and accounts: {paths.config}<br>Workspaces, journals, usage: {paths.data}"
        f"<br>Logs: {paths.logs}<br>User plugins: {paths.plugins}<br>"
        f"Secrets: {keyring_backend}</p><p>MIT licence.</p>")
