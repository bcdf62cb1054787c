"""The banner that says the numbers are demo data while the app runs on its built-in sandbox."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class SandboxBanner(QFrame):
    add_account_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sandboxBanner")
        self.setStyleSheet("#sandboxBanner { background: #fff4ce; "
                           "border-bottom: 1px solid #e0c36a; }"
                           "#sandboxBanner QLabel { color: #4a3b00; }")
        text = QLabel(self.tr("<b>Sandbox — demo data.</b> No account is set up, so the app runs "
                              "on its built-in emulator of the X APIs: every number you see is "
                              "synthetic."))
        text.setWordWrap(True)
        button = QPushButton(self.tr("Add a real account…"))
        button.setObjectName("addRealAccount")
        button.clicked.connect(self.add_account_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(text, 1)
        layout.addWidget(button)
