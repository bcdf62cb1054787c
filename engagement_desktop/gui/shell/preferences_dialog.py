"""Preferences (kept in QSettings) and the About box."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QMessageBox, QSpinBox, QWidget)

from ... import __version__
from ...paths import AppPaths
from ..common import language
from ..run.run_controller import CONFIRM_ABOVE_DEFAULT, CONFIRM_ABOVE_KEY

REOPEN_KEY = "prefs/reopen_last"


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.reopen = QCheckBox(self.tr("Open the last workspace when the app starts"))
        self.reopen.setChecked(settings.value(REOPEN_KEY, True, type=bool))
        self.confirm_above = QSpinBox()
        self.confirm_above.setRange(1, 1_000_000)
        self.confirm_above.setSuffix(self.tr(" requests"))
        self.confirm_above.setValue(int(settings.value(CONFIRM_ABOVE_KEY, CONFIRM_ABOVE_DEFAULT)))
        self.confirm_above.setToolTip(self.tr("Long runs use the account's rate limit for a "
                                              "while; the app asks before starting one."))
        self.language = QComboBox(objectName="languagePicker")
        self.language.addItem(self.tr("Automatic (the system's language)"), language.AUTOMATIC)
        for code, name in language.LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language.chosen(settings)))
        language_note = QLabel(self.tr("A new language applies the next time the app starts."),
                               objectName="languageNote")
        language_note.setStyleSheet("color: palette(mid);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.reopen)
        layout.addRow(self.tr("Ask before running more than"), self.confirm_above)
        layout.addRow(self.tr("Language"), self.language)
        layout.addRow("", language_note)
        layout.addRow(buttons)

    def accept(self) -> None:
        self.settings.setValue(REOPEN_KEY, self.reopen.isChecked())
        self.settings.setValue(CONFIRM_ABOVE_KEY, self.confirm_above.value())
        self.settings.setValue(language.LANGUAGE_KEY, self.language.currentData())
        super().accept()


def show_about(parent: QWidget, paths: AppPaths, keyring_backend: str) -> None:
    text = QCoreApplication.translate(
        "About", "<p>Reads X post engagement metrics from the enterprise Engagement API and the "
        "X API v2, and shows them as grouped trees and charts.</p><p>Settings and accounts: "
        "{config}<br>Workspaces, journals, usage: {data}<br>Logs: {logs}<br>User plugins: "
        "{plugins}<br>Secrets: {secrets}</p><p>MIT licence.</p>")
    QMessageBox.about(
        parent, QCoreApplication.translate("About", "About Engagement Desktop"),
        f"<h3>Engagement Desktop {__version__}</h3>" + text.format(
            config=paths.config, data=paths.data, logs=paths.logs, plugins=paths.plugins,
            secrets=keyring_backend))
