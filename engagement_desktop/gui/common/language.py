"""The window's language: the user's choice (Preferences → Language) or the system's, and the
translators that speak it. Installed once at startup, before the first window is built, so every
text is created in that language; a new choice applies at the next start."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ...i18n.catalogues import catalogue

LANGUAGE_KEY = "prefs/language"
AUTOMATIC, SPANISH, ENGLISH = "", "es", "en"
_LANGUAGES = {SPANISH: QLocale.Language.Spanish, ENGLISH: QLocale.Language.English}
# Each language by its own name, so a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = ((SPANISH, "Español"), (ENGLISH, "English"))
_FALLBACK = {SPANISH: "es_ES", ENGLISH: "en_US"}


def chosen(settings: QSettings) -> str:
    """What the user picked: AUTOMATIC, SPANISH or ENGLISH (anything else reads as automatic)."""
    value = settings.value(LANGUAGE_KEY, AUTOMATIC)
    return value if value in (SPANISH, ENGLISH) else AUTOMATIC


def locale_for(choice: str, system: QLocale) -> QLocale:
    """The locale the window uses: the system's when it speaks the chosen language (es_MX keeps
    its own numbers), else that language's usual locale; automatic follows the system, in
    English when the app does not speak the system's language."""
    if choice == AUTOMATIC:
        spoken = [code for code, lang in _LANGUAGES.items() if lang == system.language()]
        choice = spoken[0] if spoken else ENGLISH
    if system.language() == _LANGUAGES[choice]:
        return QLocale(system)
    return QLocale(_FALLBACK[choice])


def language_of(locale: QLocale) -> str:
    return SPANISH if locale.language() == QLocale.Language.Spanish else ENGLISH


def install(app: QCoreApplication, settings: QSettings,
            system: QLocale | None = None) -> list[QTranslator]:
    """Make the chosen language the app's: the default QLocale (numbers, dates) and the
    translators. English is installed too, for its plural forms ("1 post"). A catalogue that
    cannot be read leaves the English source texts, never a failed start."""
    locale = locale_for(chosen(settings), system or QLocale.system())
    QLocale.setDefault(locale)
    language = language_of(locale)
    files = [str(catalogue(ENGLISH))]
    if language == SPANISH:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files += [f"{qt_dir}/qtbase_es.qm", str(catalogue(SPANISH))]
    installed = []
    for file in files:
        translator = QTranslator(app)
        if translator.load(file):
            app.installTranslator(translator)
            installed.append(translator)
    return installed

