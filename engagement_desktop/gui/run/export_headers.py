"""File → Export headers in: the language of the headers and sheet names the window's exports
write (CSV, JSON and XLSX), kept in QSettings. The values in the files never change with it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from ..common import language

EXPORT_LANGUAGE_KEY = "export/headers_language"
AS_THE_API = ""  # the exporters' own headers: API names in CSV and JSON, English in XLSX


def export_language(settings: QSettings) -> str | None:
    """The language asked for, or None for the exporters' own headers."""
    value = settings.value(EXPORT_LANGUAGE_KEY, AS_THE_API)
    return value if value in dict(language.LANGUAGE_NAMES) else None


def fill_menu(menu: QMenu, settings: QSettings) -> QActionGroup:
    """One exclusive choice per entry, the current one checked; picking one is remembered."""
    group = QActionGroup(menu)
    choices = [(AS_THE_API, QCoreApplication.translate(
        "ExportHeaders", "Machine-readable (API names in CSV and JSON)")),
               *language.LANGUAGE_NAMES]
    tip = QCoreApplication.translate("ExportHeaders", "Only the headers and sheet names of CSV, "
                                     "JSON and Excel exports; the values stay machine-readable")
    menu.setToolTipsVisible(True)
    current = export_language(settings) or AS_THE_API
    for code, name in choices:
        action = menu.addAction(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
    group.triggered.connect(lambda action: settings.setValue(EXPORT_LANGUAGE_KEY, action.data()))
    return group
