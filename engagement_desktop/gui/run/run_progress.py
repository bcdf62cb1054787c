"""The run's progress line inside the results panel: bar, requests done, ETA, retries,
the server's rate limit, and Cancel. Hidden until a run begins; after it, says how it ended."""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy,
                               QWidget)

from ...runner.durations import duration_text
from ...runner.events import Finished, Progress
from ..common.locale_format import duration_words


def eta_text(seconds: float | None) -> str:
    if seconds is None:
        return QCoreApplication.translate("RunProgress", "estimating time left")
    # In words of the window's language ('about 3 minutes', 'unos 3 minutos').
    return QCoreApplication.translate("RunProgress", "{duration} left").format(
        duration=duration_words(seconds))


class RunProgress(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar = QProgressBar(objectName="runProgress")
        self.bar.setTextVisible(True)
        self.bar.setMaximumWidth(320)
        self.status = QLabel(objectName="runStatus", wordWrap=True)
        # A long outcome ("Cancelled after … resume job …") wraps: it must not widen the
        # results pane and squeeze the editor.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.cancel = QPushButton(self.tr("Cancel"), objectName="cancelRun")
        self.cancel.setToolTip(self.tr("Stop after the request under way (Esc). Rows already "
                                       "received are kept, and the run can be resumed later."))
        self.cancel.clicked.connect(self._cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.status, 2)
        layout.addWidget(self.cancel)
        self._began = 0.0
        self.setVisible(False)

    def start(self, total: int) -> None:
        self._began = time.monotonic()
        self.bar.setRange(0, max(total, 0))  # 0..0 shows a busy bar until totals are known
        self.bar.setValue(0)
        self.bar.setVisible(True)
        self.status.setText(self.tr("Starting…"))
        self.cancel.setEnabled(True)
        self.cancel.setVisible(True)
        self.setVisible(True)

    def update_progress(self, progress: Progress) -> None:
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)
        parts = [self.tr("{done} of %n requests", "", progress.total).format(done=progress.done),
                 eta_text(progress.eta_seconds)]
        if progress.retries:
            parts.append(self.tr("%n retries", "", progress.retries))
        if progress.held_for and progress.rate_limit is not None:
            # Every request waits for the server's window: none left, and for how long.
            # (A sentence of its own waits for the catalogues' next extraction.)
            parts.append(self.tr("rate limit {remaining}/{limit} left this minute").format(
                remaining=0, limit=progress.rate_limit))
            parts.append(duration_words(progress.held_for))
        elif progress.rate_limit is not None and progress.rate_remaining is not None:
            parts.append(self.tr("rate limit {remaining}/{limit} left this minute").format(
                remaining=progress.rate_remaining, limit=progress.rate_limit))
        self.status.setText(" · ".join(parts))

    def finish(self, finished: Finished) -> None:
        took = duration_text(time.monotonic() - self._began)
        requests = self.tr("%n requests", "", finished.steps_done)
        if finished.cancelled:
            text = self.tr("Cancelled after {requests} ({took}). The rows so far are shown").format(
                requests=requests, took=took)
            rest = self.tr("; Resume (Ctrl+Shift+R) fetches the rest of job {job}.")
            text += rest.format(job=finished.job_id) if finished.job_id else "."
        else:
            text = self.tr("Done: {requests} in {took}").format(requests=requests, took=took)
            if finished.steps_failed:
                text += self.tr(", %n failed (see Problems and Requests)", "",
                                finished.steps_failed)
            text += "."
        self.end(text)

    def end(self, text: str) -> None:
        """The run is over (finished, cancelled or failed): say how, hide the controls."""
        self.bar.setVisible(False)
        self.cancel.setVisible(False)
        self.status.setText(text)
        self.setVisible(True)

    def _cancel_clicked(self) -> None:
        self.cancel.setEnabled(False)
        self.status.setText(self.tr("Cancelling after the request under way…"))
        self.cancel_requested.emit()

