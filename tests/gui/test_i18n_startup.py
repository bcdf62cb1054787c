"""The language chosen in Preferences is the one the next start speaks, from its first step."""
import pytest
import shiboken6
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

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
        if shiboken6.isValid(startup.window):  # a start that failed has let it go
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


def test_a_damaged_account_list_found_at_start_is_said_in_spanish(start, tmp_path):
    config = AppPaths.under(tmp_path / SPANISH).ensure().config
    (config / "accounts.json").write_bytes(b'{"accounts": 3}')
    startup = start(SPANISH)
    startup.finish()
    note = startup.window.workbench.status.currentMessage()
    assert note.startswith("Se encontraron daños en la lista de cuentas (no tiene ninguna lista "
                           "de cuentas); se ha guardado aparte como "), note


def test_an_account_list_that_cannot_be_read_stops_the_start_in_spanish(start, tmp_path,
                                                                        monkeypatch):
    config = AppPaths.under(tmp_path / SPANISH).ensure().config
    (config / "accounts.json").mkdir()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(
        (title, text)))
    startup = start(SPANISH)
    startup.finish_after_first_paint()
    # As main() runs it: the failed step ends the event loop, and exit() outside it would
    # leave every later event loop of the test session ending at once.
    assert startup.app.exec() == 1
    assert shown == [("Engagement Desktop no puede iniciarse",
                      f"No se puede leer la lista de cuentas {config / 'accounts.json'}: es una "
                      "carpeta, no un archivo. Mueva esa carpeta o cámbiele el nombre y vuelva a "
                      "empezar.")]
