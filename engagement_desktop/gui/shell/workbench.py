"""What the main window holds once the app is ready: the workspace's queries, the query editor
and the results side by side, with the menus, the toolbar and the status bar.

It wires the parts together and keeps their layout state (toolbar, splitters, recent files);
running, exporting and file handling live in their own objects.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from ...core.query import Query
from ...core.workspace import Workspace
from ...credentials.usage_ledger import month_of
from ...plugins.export_guard import ExportGuard
from .actions import build_actions
from .context import AppContext
from ..editor.plan_preview import PlanPreview
from .plugins_dialog import PluginsDialog
from .preferences_dialog import REOPEN_KEY, PreferencesDialog, show_about
from ..editor.query_editor import QueryEditor
from ..run.export_headers import export_language, fill_menu as fill_export_headers
from ..run.job_verbs import JobVerbs
from ..run.run_controller import RunController
from .sandbox_banner import SandboxBanner
from ..common.slot_guard import guarded
from ..common.vocabulary import said
from .status_bar import StatusBar
from .workspace_io import WorkspaceIO
from .workspace_panel import WorkspacePanel


class Workbench(QObject):
    def __init__(self, window: QMainWindow, ctx: AppContext,
                 first_workspace: Workspace | None = None):
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.preview = PlanPreview(ctx.service, ctx.registry.endpoints)
        self.panel = WorkspacePanel()
        self.editor = QueryEditor(self.preview.specs, ctx.accounts.list, self.preview.summarize)
        self.results = ctx.make_results_panel()
        self.banner = SandboxBanner()
        self.banner.add_account_requested.connect(lambda: self.open_accounts(new=True))
        self.status = StatusBar(lambda: len(ctx.ledger.handles(month_of(None))))
        window.setStatusBar(self.status)

        self.inner = QSplitter(Qt.Orientation.Horizontal)
        self.inner.setObjectName("editorResultsSplitter")
        self.inner.addWidget(self.editor)
        self.inner.addWidget(self.results)
        self.inner.setSizes([640, 660])
        self.inner.setCollapsible(0, False)  # the editor keeps its minimum width
        self.outer = QSplitter(Qt.Orientation.Horizontal)
        self.outer.setObjectName("workspaceSplitter")
        self.outer.addWidget(self.panel)
        self.outer.addWidget(self.inner)
        self.outer.setSizes([220, 1280])
        self.outer.setStretchFactor(1, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.outer, 1)
        window.setCentralWidget(central)  # in place of the startup page

        stack = self.panel.undo_stack
        self.actions = build_actions(window, stack.createUndoAction(window, self.tr("&Undo")),
                                     stack.createRedoAction(window, self.tr("&Redo")))
        self.files = WorkspaceIO(window, ctx.settings, ctx.paths, self.panel.queries,
                                 self.panel.set_queries)
        self.runs = RunController(window, ctx, self.results, self.status,
                                  workspace=lambda: self.files.path)
        self.results.analysis.exports.guard_with(ExportGuard(ctx.paths), lambda: self.files.path)
        self.results.cancel_requested.connect(self.runs.cancel)
        self.jobs = JobVerbs(self.runs, self.actions.resume, self.actions.jobs,
                             lambda: self.editor.query() if self.editor.isEnabled() else None)
        self._connect()
        self._restore_state()
        self._start(first_workspace or Workspace(queries=[Query(name=self.tr("query 1"))]))

    # -- wiring -------------------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.actions
        a.new.triggered.connect(lambda: self.files.new([Query(name=self.tr("query 1"))]))
        a.open.triggered.connect(lambda: self.files.open_dialog())
        a.save.triggered.connect(lambda: self.files.save())
        a.save_as.triggered.connect(lambda: self.files.save_as())
        a.quit.triggered.connect(self.window.close)
        a.run.triggered.connect(lambda: self.run_current())
        a.cancel.triggered.connect(lambda: self.runs.cancel())
        a.export.triggered.connect(lambda: self.runs.export_dialog())
        a.accounts.triggered.connect(lambda: self.open_accounts())
        a.preferences.triggered.connect(lambda: PreferencesDialog(self.ctx.settings, self.window).exec())
        a.plugins.triggered.connect(lambda: PluginsDialog(self.ctx.registry, self.window).exec())
        a.about.triggered.connect(lambda: show_about(self.window, self.ctx.paths,
                                                     self.ctx.accounts.secret_store.backend_name))
        for title in self.runs.filters():
            action = a.export_menu.addAction(title.split(" (")[0] + "…")
            action.triggered.connect(lambda _=False, t=title: self.runs.export_dialog(t))
        fill_export_headers(a.export_headers, self.ctx.settings)
        self.results.analysis.exports.language = lambda: export_language(self.ctx.settings)
        self.panel.current_changed.connect(self._show_query)
        self.panel.changed.connect(self.files.mark_dirty)
        self.panel.changed.connect(self._show_banner)
        self.editor.edited.connect(self._editor_edited)
        self.editor.edited.connect(self.jobs.refresh)
        self.panel.current_changed.connect(lambda _: self.jobs.refresh())
        self.editor.account.currentIndexChanged.connect(lambda _: self._show_account())
        self.files.title_changed.connect(lambda _: self._update_title())
        self.files.recent_changed.connect(self._fill_recent)
        self.runs.running_changed.connect(self._running_changed)
        self.runs.run_finished.connect(lambda _: self.editor.check_now())

    def _start(self, first_workspace: Workspace) -> None:
        crashed = self.files.start_session()
        recent = self.files.recent()
        opened = crashed and self.files.offer_recovery()
        if not opened and recent and self.ctx.settings.value(REOPEN_KEY, True, type=bool) \
                and Path(recent[0]).exists():
            opened = self.files.open(Path(recent[0]), ask=False)
        if not opened:
            self.files.new(first_workspace.queries, first_workspace.name)
        self._fill_recent(recent)
        self._show_account()
        for note in self.ctx.startup_notes:
            self.status.showMessage(said(note), 30000)

    # -- reacting -------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("Doing", "showing the query"))
    def _show_query(self, query: Query | None) -> None:
        self.editor.setEnabled(query is not None)
        if query is not None:
            self.editor.set_query(query)
        self._show_account()
        self._show_banner()

    def _editor_edited(self) -> None:
        self.panel.update_current(self.editor.query())
        self.files.mark_dirty()
        self._show_banner()

    def _show_account(self) -> None:
        self.status.set_account(self.editor.account.currentText())

    def _show_banner(self) -> None:
        """Demo data stays obvious while the sandbox runs: the banner shows while no real
        account is set up, and whenever a query of the workspace uses a sandbox account."""
        if self.ctx.sandbox_url is None:
            self.banner.hide()
            return
        accounts = self.ctx.accounts.list()
        sandbox = {account.name for account in accounts if account.sandbox}
        self.banner.show_for(all(account.sandbox for account in accounts),
                             any(query.account in sandbox for query in self.panel.queries()))

    def _running_changed(self, running: bool) -> None:
        self.actions.run.setEnabled(not running)
        self.actions.cancel.setEnabled(running)

    def _update_title(self) -> None:
        star = "*" if self.files.dirty else ""
        sandbox = " — " + self.tr("Sandbox (demo data)") if self.ctx.demo_only else ""
        self.window.setWindowTitle(f"{self.files.name}{star} — Engagement Desktop{sandbox}")

    def _fill_recent(self, paths: list[str]) -> None:
        menu = self.actions.recent
        menu.clear()
        for path in paths:
            action = menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.files.open(Path(p)))
        menu.setEnabled(bool(paths))

    # -- verbs ----------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("Doing", "running the query"))
    def run_current(self) -> None:
        self.panel.update_current(self.editor.query())
        self.runs.run(self.editor.query())

    def sandbox_started(self) -> None:
        """The sandbox started in the background is up (ctx.sandbox_url is set)."""
        self._show_banner()

    @guarded(QT_TRANSLATE_NOOP("Doing", "opening the accounts"))
    def open_accounts(self, new: bool = False) -> None:
        # The dialog brings the token flows (requests): imported when it is first opened.
        from ..accounts.accounts_dialog import AccountsDialog

        self.ctx.wait_for_sandbox()  # its Test connection sends to the sandbox
        dialog = AccountsDialog(self.ctx.accounts, self.ctx.service.test_connection,
                                self.ctx.service.tokens, self.ctx.sandbox_url, self.window)
        dialog.accounts_changed.connect(self._accounts_changed)
        if new:
            dialog.new_account()
        dialog.exec()

    def _accounts_changed(self) -> None:
        self.editor.reload_accounts()
        self._show_banner()

    # -- state ----------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.ctx.settings
        for key, restore in (("window/state", self.window.restoreState),
                             ("window/outer", self.outer.restoreState),
                             ("window/inner", self.inner.restoreState)):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def may_close(self) -> bool:
        """Whether the window may close now: a running query and unsaved changes are asked about."""
        if self.runs.running:
            answer = QMessageBox.question(self.window, self.tr("A query is running"),
                                          self.tr("Cancel the running query and close?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self.runs.stop_and_wait()
        return self.files.maybe_save()

    def window_closing(self) -> None:
        """Keep the layout for the next start and end the session."""
        settings = self.ctx.settings
        settings.setValue("window/state", self.window.saveState())
        settings.setValue("window/outer", self.outer.saveState())
        settings.setValue("window/inner", self.inner.saveState())
        self.files.end_session()
