"""The status bar: which account the query uses, the rate-limit meter, and this month's
unique @handle count (the unit enterprise billing counts)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from ...runner.events import Progress


class StatusBar(QStatusBar):
    def __init__(self, count_handles: Callable[[], int], parent: QWidget | None = None):
        super().__init__(parent)
        self._count_handles = count_handles
        self.account = QLabel()
        self.account.setObjectName("statusAccount")
        self.rate = QProgressBar()
        self.rate.setObjectName("rateMeter")
        self.rate.setMaximumWidth(140)
        self.rate.setFormat(self.tr("rate: not used yet"))
        self.rate.setRange(0, 1)
        self.rate.setValue(0)
        self.rate.setToolTip(self.tr("Requests left in this minute, as the server last reported."))
        self.handles = QLabel()
        self.handles.setObjectName("statusHandles")
        self.handles.setToolTip(self.tr("Unique post-owner @handles queried this month (UTC): "
                                        "what enterprise billing counts."))
        self.addPermanentWidget(self.account)
        self.addPermanentWidget(self.rate)
        self.addPermanentWidget(self.handles)
        self.refresh_handles()

    def set_account(self, text: str) -> None:
        self.account.setText(self.tr("Account: {account}").format(account=text) if text
                             else self.tr("No account chosen"))

    def refresh_handles(self) -> None:
        count = self._count_handles()
        self.handles.setText(self.tr("@handles this month: {count}").format(count=count))

    def show_rate(self, event: Progress) -> None:
        """The rate-limit meter, from a run's progress (the results panel shows the rest)."""
        if event.rate_limit:
            self.rate.setRange(0, event.rate_limit)
            remaining = event.rate_limit if event.rate_remaining is None else event.rate_remaining
            self.rate.setValue(remaining)
            self.rate.setFormat(self.tr("rate: {remaining}/{limit} left").format(
                remaining=remaining, limit=event.rate_limit))

    def run_ended(self, message: str) -> None:
        self.showMessage(message, 15000)
        self.refresh_handles()
