"""The banner that says the numbers are demo data: while no real account is set up, and while a
query of the workspace uses a sandbox account."""
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
        self.text = QLabel(objectName="sandboxBannerText", wordWrap=True)
        button = QPushButton(self.tr("Add a real account…"))
        button.setObjectName("addRealAccount")
        button.clicked.connect(self.add_account_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(button)

    def show_for(self, no_real_account: bool, sandbox_queries: bool) -> None:
        """Shown while no real account is set up, or while a query uses a sandbox account."""
        if no_real_account:
            self.text.setText(self.tr("<b>Sandbox — demo data.</b> No account is set up, so the "
                                      "app runs on its built-in emulator of the X APIs: every "
                                      "number you see is synthetic."))
        else:
            self.text.setText(self.tr("<b>Sandbox — demo data.</b> A query of this workspace "
                                      "uses a sandbox account: its numbers come from the built-in "
                                      "emulator of the X APIs and are synthetic."))
        self.setVisible(no_real_account or sandbox_queries)
