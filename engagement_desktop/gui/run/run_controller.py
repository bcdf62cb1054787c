"""Run, cancel and export: the window's verbs, between the editor, the worker and the results.

The worker runs the query in its own thread and reports through queued signals; exports run in
the thread pool. Nothing here blocks the event loop on the network or the disk.
"""
from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core.query import InvalidQuery, Query
from ...errors import InvalidInput
from ...plugins.api import HostServices
from ...plugins.export_guard import ExportGuard, ExportRefused
from ...plugins.exporting import export_with, files_of, needs_of
from ..common.locale_format import duration_words
from ...runner.events import Finished, Progress
from ...runner.plan_door import PreparedRun
from ..common.background import Background
from ..common.notices import notify
from ..common.slot_guard import guarded
from ..common.vocabulary import plugin_title, said, said_error
from .export_headers import export_language

CONFIRM_ABOVE_KEY = "prefs/confirm_above_requests"
CONFIRM_ABOVE_DEFAULT = 1000


class RunController(QObject):
    running_changed = Signal(bool)
    run_finished = Signal(object)  # the ResultSet
    export_progress = Signal(str, float)  # from the export's thread: target, fraction done

    def __init__(self, window: QWidget, ctx, results, status, workspace=lambda: None):
        super().__init__(window)
        self.window, self.ctx, self.results, self.status = window, ctx, results, status
        self.workspace = workspace  # the open workspace's file (None while unsaved)
        self.worker = None
        self._looking_up: threading.Event | None = None  # set to cancel the owner lookup
        self.cancelled = False
        self._resume_job: str | None = None  # the job the next start resumes (None: a new one)
        self.job_id: str | None = None  # the journal's job of the run under way, once known
        self.background = Background(self)
        self.export_progress.connect(self._export_progressed)

    @property
    def running(self) -> bool:
        return self.worker is not None or self._looking_up is not None

    @guarded(QT_TRANSLATE_NOOP("Doing", "starting the run"))
    def run(self, query: Query) -> None:
        """Prepare the query through the plan door, then run exactly what was prepared. With
        `auto`, owners not seen yet this session are looked up first, off the GUI thread."""
        if self.running:
            return
        self.ctx.wait_for_sandbox()  # a demo account's run goes to it
        try:
            prepared = self.ctx.service.prepare(query, look_up_owners=False)
        except InvalidQuery as invalid:
            self._cannot_run(invalid)
            return
        self._go(prepared, None)

    @guarded(QT_TRANSLATE_NOOP("Doing", "resuming the job"))
    def resume(self, job_id: str) -> None:
        """Run job `job_id` again with the plan it was started with: the answers its journal
        holds are shown again, and only the missing requests are sent."""
        if self.running:
            return
        self.ctx.wait_for_sandbox()
        try:
            prepared = self.ctx.service.prepare_job(job_id, look_up_owners=False)
        except InvalidQuery as invalid:
            self._cannot_run(invalid)
            return
        except InvalidInput as error:  # JournalError: the job is gone, or unreadable
            notify(self.window, self.tr("The job cannot be resumed"), said_error(error))
            return
        self._go(prepared, job_id)

    def _cannot_run(self, invalid: InvalidQuery) -> None:
        notify(self.window, self.tr("The query cannot run yet"),
               self.tr("Fix these first:") + "\n\n"
               + "\n".join(f"• {said(p.message)}" for p in invalid.problems))

    def _go(self, prepared: PreparedRun, resume_job: str | None) -> None:
        """Start `prepared` (resuming `resume_job`), its owners looked up first if need be."""
        self.cancelled = False
        self._resume_job = resume_job
        if not prepared.pending_owners:
            self._start(prepared)
            return
        cancel = self._looking_up = threading.Event()
        self.status.showMessage(self.tr("Looking up who owns %n posts…", "",
                                        len(prepared.pending_owners)))
        self.running_changed.emit(True)
        self.background.call(lambda: self.ctx.service.look_up_owners(prepared, cancel),
                             self._owners_found, self._lookup_failed)

    def _start(self, prepared: PreparedRun) -> None:
        estimate = prepared.estimate
        limit = int(self.ctx.settings.value(CONFIRM_ABOVE_KEY, CONFIRM_ABOVE_DEFAULT))
        if self._resume_job is None and estimate.requests > limit and QMessageBox.question(
                self.window, self.tr("A long run"),
                self.tr("This query sends %n requests ({duration}). Run it?", "",
                        estimate.requests).format(
                    duration=duration_words(estimate.minutes * 60))) \
                != QMessageBox.StandardButton.Yes:
            self.running_changed.emit(False)
            return
        self.worker = self.ctx.make_worker()
        self.worker.event.connect(self._on_event)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.results.begin_run(prepared, self.ctx.service.fold(prepared))
        self.job_id = self._resume_job
        self.status.showMessage(self.tr("Resuming job {job}…").format(job=self._resume_job)
                                if self._resume_job else
                                self.tr("Running '{name}'…").format(name=prepared.query.name))
        self.running_changed.emit(True)
        self.worker.start(self.ctx.service, prepared, self._resume_job)

    @guarded(QT_TRANSLATE_NOOP("Doing", "starting the run"))
    def _owners_found(self, prepared: PreparedRun | None) -> None:
        cancel, self._looking_up = self._looking_up, None
        if prepared is not None and not cancel.is_set():
            self._start(prepared)
            return
        self.running_changed.emit(False)
        self.status.run_ended(
            self.tr("Cancelled while looking up the posts' owners; nothing was sent."))
        self.run_finished.emit(self.results.current_result())

    def _lookup_failed(self, error: Exception) -> None:
        self._looking_up = None
        self._on_failed(self.tr("The posts' owners could not be looked up: {error}").format(
            error=error))

    def cancel(self) -> None:
        if self._looking_up is not None:
            self.cancelled = True
            self.status.showMessage(self.tr("Cancelling…"))
            self._looking_up.set()
        if self.worker is not None:
            self.cancelled = True
            self.status.showMessage(self.tr("Cancelling…"))
            self.worker.cancel()

    @guarded(QT_TRANSLATE_NOOP("Doing", "showing the run's progress"))
    def _on_event(self, event) -> None:
        self.results.on_event(event)
        if isinstance(event, Progress):
            self.job_id = event.job_id or self.job_id
            self.status.show_rate(event)
        elif isinstance(event, Finished) and event.steps_failed:
            self.status.showMessage(self.tr("%n requests failed; see Problems.", "",
                                            event.steps_failed))

    @guarded(QT_TRANSLATE_NOOP("Doing", "showing the result"))
    def _on_finished(self, finished: Finished) -> None:
        """The worker's last word; the panel has built the result from the events."""
        self._ended()
        result = self.results.current_result()
        values = len(result) if result is not None else 0
        problems = len(result.problems) if result is not None else 0
        said = (self.tr("Cancelled: %n values", "", values) if finished.cancelled
                else self.tr("Finished: %n values", "", values))
        if finished.steps_failed:
            said += ", " + self.tr("%n requests failed", "", finished.steps_failed)
        self.status.run_ended(said + (", " + self.tr("%n problems — see the Problems tab.", "",
                                                      problems) if problems else "."))
        self.run_finished.emit(result)

    def stop_and_wait(self, msecs: int = 5000) -> None:
        """For closing the app: cancel and let the worker thread end."""
        worker = self.worker
        if worker is not None:
            self.cancel()
            worker.wait(msecs)

    def _on_failed(self, message: str) -> None:
        self._ended()
        self.results.run_failed(message)
        self.status.run_ended(self.tr("The run stopped."))
        notify(self.window, self.tr("The run stopped"), message)

    def _ended(self) -> None:
        self.worker = None
        self.running_changed.emit(False)

    # -- export ---------------------------------------------------------------------------------
    def filters(self) -> list[str]:
        """The Export dialog's file types, one per exporter plugin, from its declared facts."""
        return [f"{plugin_title(name, e.title)} (*{' *'.join(e.extensions)})"
                for name, e in self.ctx.registry.exporters.items()]

    @guarded(QT_TRANSLATE_NOOP("Doing", "exporting"))
    def export_dialog(self, preferred: str | None = None) -> None:
        if not self.results.current_result():  # none yet, or a run that brought no values
            self._nothing_to_export()
            return
        filters = self.filters()
        chosen = next((f for f in filters if preferred and preferred in f), filters[0])
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), "", ";;".join(filters),
                                              chosen)
        if name:
            self.export(Path(name))

    def export(self, target: Path) -> None:
        """Write the current result to `target` through the exporter plugin its extension picks,
        lending the plugins the window's chart renderer."""
        result = self.results.current_result()
        if not result:
            self._nothing_to_export()
            return
        try:
            exporter = self.ctx.registry.exporter_for(target)
        except ValueError as error:  # NoExporter: says which extensions work
            notify(self.window, self.tr("Unknown file type"), said_error(error))
            return
        guard = ExportGuard(self.ctx.paths)
        try:  # the file dialog has asked before replacing a file; never the workspace, though
            target, *beside = files_of(exporter, target)
            guard.check_not_own(target, self.workspace())
            for path in beside:  # a sidecar replaces only an earlier export: nobody was asked
                guard.check(path, self.workspace(), overwrite=True)
        except ExportRefused as error:
            notify(self.window, self.tr("Cannot export there"), said_error(error))
            return
        host = HostServices(chart_renderer=self.results.chart_renderer())
        language = export_language(self.ctx.settings)  # File → Export headers in
        if needs_of(exporter):  # what the window lends paints with Qt: on the GUI thread
            self._export_here(exporter, result, target, host, language)
            return
        self.status.showMessage(self.tr("Exporting to {target}…").format(target=target))
        said = partial(self.export_progress.emit, str(target))  # queued to the GUI thread
        self.background.call(lambda: export_with(exporter, result, target, host, said, language),
                             lambda _: self._exported(exporter, target),
                             lambda error: self._export_failed(target, error))

    def _export_progressed(self, target: str, fraction: float) -> None:
        if fraction < 1:
            self.status.showMessage(self.tr("Exporting to {target}… {percent} %").format(
                target=target, percent=int(fraction * 100)))

    def _export_here(self, exporter, result, target: Path, host: HostServices,
                     language: str | None) -> None:
        try:
            export_with(exporter, result, target, host, language=language)
        except Exception as error:  # a plugin's failure is reported, never a crash
            self._export_failed(target, error)
            return
        self._exported(exporter, target)

    def _exported(self, exporter, target: Path) -> None:
        guard = ExportGuard(self.ctx.paths)
        for path in files_of(exporter, target):
            guard.remember(path)
        self.status.showMessage(self.tr("Exported to {target}").format(target=target), 10000)

    def _export_failed(self, target: Path, error) -> None:
        notify(self.window, self.tr("Export failed"),
               self.tr("Could not write {target}:").format(target=target)
               + f"\n\n{said_error(error)}")

    def _nothing_to_export(self) -> None:
        notify(self.window, self.tr("Nothing to export"),
               self.tr("Run a query first; its values can then be exported. A run whose "
                       "requests all failed has none: the Problems tab says why."), warning=False)
