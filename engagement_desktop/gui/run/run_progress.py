"""The run's progress line inside the results panel: bar, requests done, ETA, retries,
the server's rate limit, and Cancel. Hidden until a run begins; after it, says how it ended."""
from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ...runner.events import Finished, Progress, duration_text


def eta_text(seconds: float | None) -> str:
    return "estimating time left" if seconds is None else f"about {duration_text(seconds)} left"


class RunProgress(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar = QProgressBar(objectName="runProgress")
        self.bar.setTextVisible(True)
        self.bar.setMaximumWidth(320)
        self.status = QLabel(objectName="runStatus")
        self.cancel = QPushButton("Cancel", objectName="cancelRun")
        self.cancel.setToolTip("Stop after the request under way (Esc). Rows already received "
                               "are kept, and the run can be resumed later.")
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
        self.status.setText("Starting…")
        self.cancel.setEnabled(True)
        self.cancel.setVisible(True)
        self.setVisible(True)

    def update_progress(self, progress: Progress) -> None:
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)
        parts = [f"{progress.done} of {progress.total} requests", eta_text(progress.eta_seconds)]
        if progress.retries:
            parts.append(f"{progress.retries} retr{'y' if progress.retries == 1 else 'ies'}")
        if progress.rate_limit is not None and progress.rate_remaining is not None:
            parts.append(f"rate limit {progress.rate_remaining}/{progress.rate_limit} left "
                         "this minute")
        self.status.setText(" · ".join(parts))

    def finish(self, finished: Finished) -> None:
        took = duration_text(time.monotonic() - self._began)
        if finished.cancelled:
            text = (f"Cancelled after {_requests(finished.steps_done)} ({took}). The rows so far "
                    "are shown" + (f"; resume job {finished.job_id} to fetch the rest."
                                   if finished.job_id else "."))
        else:
            text = f"Done: {_requests(finished.steps_done)} in {took}"
            if finished.steps_failed:
                text += f", {finished.steps_failed} failed (see Problems and Requests)"
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
        self.status.setText("Cancelling after the request under way…")
        self.cancel_requested.emit()


def _requests(count: int) -> str:
    return f"{count} request" if count == 1 else f"{count} requests"
