"""Every plugin found: its kind, name, version, the plugin API version it targets, where it
came from, and the error of any that could not be loaded."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...plugins.api import API_VERSION
from ..common.vocabulary import plugin_title

# Marked here, translated when shown (self.tr), as are the plugin kinds.
COLUMNS = (QT_TRANSLATE_NOOP("PluginsDialog", "Kind"), QT_TRANSLATE_NOOP("PluginsDialog", "Name"),
           QT_TRANSLATE_NOOP("PluginsDialog", "Version"),
           QT_TRANSLATE_NOOP("PluginsDialog", "API"),
           QT_TRANSLATE_NOOP("PluginsDialog", "Source"),
           QT_TRANSLATE_NOOP("PluginsDialog", "Status"))
KINDS = (QT_TRANSLATE_NOOP("PluginsDialog", "endpoint"),
         QT_TRANSLATE_NOOP("PluginsDialog", "exporter"), QT_TRANSLATE_NOOP("PluginsDialog", "file"))
SOURCE_WIDTH = 300
FAILED = QColor("#b00020")


class PluginsDialog(QDialog):
    def __init__(self, registry, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plugins"))
        self.resize(1200, 460)
        infos = list(registry.infos)
        failures = [i for i in infos if i.error]
        loaded = self.tr("%n plugins loaded", "", len(infos) - len(failures))
        failed = self.tr("%n failed", "", len(failures)) if failures else ""
        summary = QLabel(loaded + (f", <b style='color:#b00020'>{failed}</b>" if failed else "")
                         + ". " + self.tr("This app speaks plugin API {version}; drop-in plugins "
                                          "go in the user plugin folder (Help → About shows "
                                          "where).").format(version=API_VERSION))
        summary.setWordWrap(True)
        self.table = QTableWidget(len(infos), len(COLUMNS))
        self.table.setObjectName("pluginTable")
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, info in enumerate(infos):
            status = (self.tr("Failed: {error}").format(error=info.error) if info.error
                      else self.tr("Loaded"))
            title = plugin_title(info.name, info.title) if info.title else ""
            name = f"{info.name} — {title}" if title else info.name
            kind = self.tr(info.kind) if info.kind in KINDS else info.kind
            for column, text in enumerate((kind, name, info.version or "—",
                                           info.api_version or "—", info.source, status)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if info.error:
                    item.setForeground(QBrush(FAILED))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(4, SOURCE_WIDTH)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
