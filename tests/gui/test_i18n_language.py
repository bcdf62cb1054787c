"""Language choice: the system's by default, Preferences → Language to pick one, applied at
the next start; the catalogues ship inside the package and load."""
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QLabel

from engagement_desktop.gui.common import language
from engagement_desktop.gui.shell.preferences_dialog import PreferencesDialog
from engagement_desktop.i18n.catalogues import LANGUAGES, catalogue
from i18n_translators import speaking


@pytest.mark.parametrize("choice, system, expected", [
    (language.AUTOMATIC, "es_MX", "es_MX"),  # the system's own Spanish numbers
    (language.AUTOMATIC, "en_GB", "en_GB"),
    (language.AUTOMATIC, "fr_FR", "en_US"),  # a language the app does not speak: English
    (language.AUTOMATIC, "C", "en_US"),
    (language.SPANISH, "en_US", "es_ES"),
    (language.SPANISH, "es_AR", "es_AR"),
    (language.ENGLISH, "es_ES", "en_US"),
])
def test_the_locale_follows_the_choice_and_the_system(choice, system, expected):
    assert language.locale_for(choice, QLocale(system)).name() == expected


@pytest.mark.parametrize("name", LANGUAGES)
def test_every_catalogue_ships_built_inside_the_package(qapp, name):
    assert QTranslator().load(str(catalogue(name)))


def test_spanish_installs_the_app_catalogue_and_qts_own(qapp):
    with speaking(language.AUTOMATIC, QLocale("es_ES")):
        assert QLocale().name() == "es_ES"
        assert QCoreApplication.translate("PreferencesDialog", "Language") == "Idioma"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QCoreApplication.translate("PreferencesDialog", "Language") == "Language"


def test_preferences_store_the_language_for_the_next_start(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == language.AUTOMATIC
    assert [dialog.language.itemText(i) for i in (1, 2)] == ["Español", "English"]
    dialog.language.setCurrentIndex(dialog.language.findData(language.SPANISH))
    dialog.accept()
    assert language.chosen(settings) == language.SPANISH
    assert "next time the app starts" in dialog.findChild(QLabel, "languageNote").text()
