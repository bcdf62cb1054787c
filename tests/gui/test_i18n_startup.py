"""The language chosen in Preferences is the one the next start speaks, from its first step."""
import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from engagement_desktop.app import SETTINGS_FILE, Startup
from engagement_desktop.gui.common.language import ENGLISH, LANGUAGE_KEY, SPANISH
from engagement_desktop.gui.editor.ids_box import IdsBox
from engagement_desktop.paths import AppPaths


@pytest.fixture
def start(qtbot, tmp_path):
    """Start the app with a language chosen in its settings; undo the language afterwards."""
    started, before = [], QLocale()

    def run(choice: str) -> Startup:
        home = tmp_path / choice
        config = AppPaths.under(home).ensure().config
        settings = QSettings(str(config / SETTINGS_FILE), QSettings.Format.IniFormat)
        settings.setValue(LANGUAGE_KEY, choice)
        settings.sync()
        startup = Startup(["--home", str(home)])
        started.append(startup)
        return startup

    yield run
    for startup in started:
        if startup.window.workbench is not None:
            startup.window.workbench.files.dirty = False
        startup.window.close()
        startup.stop()
        for translator in startup.translators:
            QApplication.instance().removeTranslator(translator)
    QLocale.setDefault(before)


def test_a_start_in_spanish_says_its_steps_and_builds_its_window_in_spanish(start):
    startup = start(SPANISH)
    assert [name for name, _ in startup.steps()][:2] == ["Iniciando…", "Cargando los plugins…"]
    startup.finish()
    assert [a.text() for a in startup.window.menuBar().actions()][0] == "&Archivo"
    assert QLocale().language() == QLocale.Language.Spanish


def test_a_start_in_english_has_the_english_plural_forms(start, qtbot):
    start(ENGLISH)
    box = IdsBox()
    qtbot.addWidget(box)
    box.set_entries(["20"])
    assert box.count.text() == "1 post"
    box.set_entries(["20", "21"])
    assert box.count.text() == "2 posts"
