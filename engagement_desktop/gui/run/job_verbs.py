"""Resume and the Jobs list: the window's verbs for journaled jobs.

Resume runs the current query's last job again when it is unfinished (cancelled, stopped, or
with failed requests); the Jobs list shows every job and resumes or deletes any of them. Both
run the job's own plan (runner/jobs.py), so only what the journal is missing is fetched.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction

from ...core.query import Query
from ...errors import InvalidInput
from ...runner.jobs import is_complete, last_job_of
from ...runner.journal import Job
from ..common.notices import notify
from ..common.vocabulary import said_error
from ..common.slot_guard import guarded
from .jobs_dialog import JobsDialog
from .run_controller import RunController


class JobVerbs(QObject):
    def __init__(self, runs: RunController, resume: QAction, jobs: QAction,
                 current_query: Callable[[], Query | None]):
        super().__init__(runs)
        self.runs, self.resume, self.current_query = runs, resume, current_query
        self.service = runs.ctx.service
        self.dialog: JobsDialog | None = None
        resume.triggered.connect(lambda: self.resume_last())
        jobs.triggered.connect(lambda: self.open_jobs())
        runs.running_changed.connect(lambda _: self.refresh())

    def last_job(self) -> Job | None:
        """The current query's newest job (None: no query, no job, or an unreadable journal)."""
        query = self.current_query()
        if query is None:
            return None
        try:
            return last_job_of(self.service.jobs(), query)
        except InvalidInput:  # a damaged journal: it was kept aside, the Jobs list says why
            return None

    def refresh(self) -> None:
        """Resume is enabled while the current query's last job is unfinished."""
        job = None if self.runs.running else self.last_job()
        resumable = job is not None and not is_complete(job)
        self.resume.setEnabled(resumable)
        self.resume.setStatusTip(self.tr(
            "Resume job {job}: fetch only the {missing} requests it is missing (Ctrl+Shift+R)"
        ).format(job=job.id, missing=job.total_steps - job.steps_done) if resumable else
            self.tr("This query has no unfinished job to resume"))

    @guarded(QT_TRANSLATE_NOOP("Doing", "resuming the job"))
    def resume_last(self) -> None:
        job = None if self.runs.running else self.last_job()
        if job is not None and not is_complete(job):
            self.runs.resume(job.id)

    @guarded(QT_TRANSLATE_NOOP("Doing", "listing the jobs"))
    def open_jobs(self) -> None:
        try:
            self.service.jobs()
        except InvalidInput as error:
            notify(self.runs.window, self.tr("The jobs cannot be listed"), said_error(error))
            return
        running = self.runs.job_id if self.runs.running else None
        self.dialog = JobsDialog(self.service.jobs, self.service.delete_job, running,
                                 self.runs.window)
        self.dialog.resume_requested.connect(self.runs.resume)
        self.dialog.finished.connect(lambda _: self.refresh())
        self.dialog.open()
