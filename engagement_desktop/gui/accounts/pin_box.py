"""The PIN step of a PIN login: the authorize link, a field for the PIN, and Finish."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class PinBox(QWidget):
    finish_requested = Signal()  # Finish pressed, or Enter in the PIN field

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("pinField")
        self.field.setPlaceholderText(self.tr("PIN shown after you authorize"))
        self.field.returnPressed.connect(self.finish_requested)
        finish = QPushButton(self.tr("Finish login"))
        finish.clicked.connect(self.finish_requested)
        self.url = QLabel()
        self.url.setOpenExternalLinks(True)
        self.url.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.url)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(finish)
        layout.addLayout(row)
        self.hide()

    def begin(self, authorize_url: str) -> None:
        self.url.setText(self.tr("Sign in as the account's user at <a href='{url}'>the "
                                 "authorize page</a> (opened in your browser), authorize the "
                                 "app, then type the PIN here.").format(url=authorize_url))
        self.show()
        self.field.setFocus()

    def end(self) -> None:
        self.field.clear()
        self.hide()
