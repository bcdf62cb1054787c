"""The window's language for one test: installed as the app's startup installs it (the user's
choice in QSettings), then removed with the default locale put back."""
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from engagement_desktop.gui.common import language


@contextmanager
def speaking(choice: str, system: QLocale | None = None):
    app = QApplication.instance() or QApplication([])
    before = QLocale()
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "window.ini"), QSettings.Format.IniFormat)
        settings.setValue(language.LANGUAGE_KEY, choice)
        translators = language.install(app, settings, system or QLocale("en_US"))
    try:
        yield translators
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


@pytest.fixture
def spanish(qapp):
    with speaking(language.SPANISH) as translators:
        yield translators


@pytest.fixture
def english(qapp):
    with speaking(language.ENGLISH) as translators:
        yield translators
