"""Every plugin found: its kind, name, version, the plugin API version it targets, where it
came from, and the error of any that could not be loaded."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...plugins.api import API_VERSION

COLUMNS = ("Kind", "Name", "Version", "API", "Source", "Status")
SOURCE_WIDTH = 300
FAILED = QColor("#b00020")


class PluginsDialog(QDialog):
    def __init__(self, registry, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Plugins")
        self.resize(1200, 460)
        infos = list(registry.infos)
        failures = [i for i in infos if i.error]
        summary = QLabel(f"{len(infos) - len(failures)} plugins loaded"
                         + (f", <b style='color:#b00020'>{len(failures)} failed</b>"
                            if failures else "")
                         + f". This app speaks plugin API {API_VERSION}; drop-in plugins go in "
                           "the user plugin folder (Help → About shows where).")
        summary.setWordWrap(True)
        self.table = QTableWidget(len(infos), len(COLUMNS))
        self.table.setObjectName("pluginTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, info in enumerate(infos):
            status = f"Failed: {info.error}" if info.error else "Loaded"
            name = f"{info.name} — {info.title}" if info.title else info.name
            for column, text in enumerate((info.kind, name, info.version or "—",
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
