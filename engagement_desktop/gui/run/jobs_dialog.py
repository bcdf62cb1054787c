"""The Jobs list: every journaled job with its state, progress, date, query and account; Resume
(Run again for a finished job) and Delete, each usable from the keyboard.

Resuming runs the job's own plan: the steps its journal holds are shown again, not sent, and
only the missing ones are fetched.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...runner.jobs import is_complete
from ...runner.journal import Job
from ..common.locale_format import date_time_text, number

COLUMNS = 5  # state, progress, started, query, account


class JobsDialog(QDialog):
    resume_requested = Signal(str)  # a job ID

    def __init__(self, list_jobs: Callable[[], list[Job]], delete_job: Callable[[str], None],
                 running_job: str | None = None, parent: QWidget | None = None):
        """`running_job`: the job the window is running now (neither resumed nor deleted)."""
        super().__init__(parent)
        self.setObjectName("jobsDialog")
        self.setWindowTitle(self.tr("Jobs"))
        self._list_jobs, self._delete_job, self._running = list_jobs, delete_job, running_job
        self.jobs: list[Job] = []
        self.table = QTableWidget(0, COLUMNS, objectName="jobsTable")
        self.table.setHorizontalHeaderLabels([self.tr("State"), self.tr("Progress"),
                                              self.tr("Started"), self.tr("Query"),
                                              self.tr("Account")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _: self.resume_selected())  # Enter, double-click
        self.empty = QLabel(self.tr("No jobs yet: every run is journaled here, so one that "
                                    "stops can be resumed."), wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.resume = buttons.addButton(self.tr("&Resume"), QDialogButtonBox.ButtonRole.ActionRole)
        self.resume.clicked.connect(self.resume_selected)
        self.delete = buttons.addButton(self.tr("&Delete…"),
                                        QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete.clicked.connect(self.delete_selected)
        self.table.installEventFilter(self)  # the Delete key deletes the selected job
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self.reload()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.matches(QKeySequence.StandardKey.Delete)):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        """List the journal's jobs again (newest first), keeping the selection where it was."""
        row = max(self.table.currentRow(), 0)
        self.jobs = self._list_jobs()
        self.table.setRowCount(len(self.jobs))
        for at, job in enumerate(self.jobs):
            for column, text in enumerate(self._cells(job)):
                self.table.setItem(at, column, QTableWidgetItem(text))
        self.empty.setVisible(not self.jobs)
        if self.jobs:
            self.table.selectRow(min(row, len(self.jobs) - 1))
        self.table.setFocus()
        self._update_buttons()

    def selected(self) -> Job | None:
        rows = self.table.selectionModel().selectedRows()
        return self.jobs[rows[0].row()] if rows else None

    def resume_selected(self) -> None:
        job = self.selected()
        if job is not None and self.resume.isEnabled():
            self.resume_requested.emit(job.id)
            self.accept()

    def delete_selected(self) -> None:
        job = self.selected()
        if job is None or not self.delete.isEnabled():
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the job?"),
            self.tr("Delete job {job} ({query}) and the {done} answers it holds? It can no "
                    "longer be resumed; exported files are kept.").format(
                job=job.id, query=job.query.get("name", ""), done=number(job.steps_done)))
        if answer == QMessageBox.StandardButton.Yes:
            self._delete_job(job.id)
            self.reload()

    def _update_buttons(self) -> None:
        job = self.selected()
        free = job is not None and job.id != self._running
        self.resume.setEnabled(free)
        self.delete.setEnabled(free)
        finished = job is not None and is_complete(job)
        self.resume.setText(self.tr("Run &again") if finished else self.tr("&Resume"))
        self.resume.setToolTip(
            self.tr("Show its result again from the journal; nothing is sent.") if finished else
            self.tr("Fetch only the requests it is missing; the answers it holds are not sent "
                    "again."))
        self.resume.setDefault(free)

    def _cells(self, job: Job) -> list[str]:
        if job.id == self._running:
            state = self.tr("Running")
        elif is_complete(job):
            state = self.tr("Finished")
        else:
            state = self.tr("Unfinished")
        progress = self.tr("{done} of %n requests", "", job.total_steps).format(
            done=number(job.steps_done))
        name, endpoint = job.query.get("name", ""), job.query.get("endpoint", "")
        return [state, progress, date_time_text(datetime.fromisoformat(job.created)),
                f"{name} ({endpoint})", str(job.query.get("account", ""))]
