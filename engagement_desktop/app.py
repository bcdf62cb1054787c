"""The composition root: the only module that knows every concrete class.

The window comes first: `Startup` parses the command line, creates the Qt application and
shows the main window with its startup page, importing little more than Qt. Then it builds what
fills the window, one step at a time — plugins, accounts (the keyring), the run service and the
workbench — and the window says which step is under way. The in-process sandbox (when only demo
accounts exist) starts in a thread once the workbench is usable; a run waits for it. `main()`
runs the steps after the window's first paint; `build()` (tests) runs them, and waits for the
sandbox, at once.
"""
from __future__ import annotations

import argparse
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .gui.common import language
from .gui.shell.gui_thread_gc import GuiThreadCollection
from .gui.shell.main_window import MainWindow
from .paths import AppPaths
from .resources import EXAMPLES, RESOURCES
from .storage import scratch

log = logging.getLogger("engagement_desktop.app")
SETTINGS_FILE = "window.ini"
FIRST_EXAMPLE = "totals-launch-week.json"  # quick on the sandbox: the one-click first run


def add_demo_accounts(store) -> None:
    """The sandbox's demo accounts, as sandbox accounts (their URL is the running sandbox's)."""
    from .credentials.account import from_demo
    from .sandbox.accounts import DEMO_ACCOUNTS

    for demo in DEMO_ACCOUNTS:
        if store.get(demo["name"]) is None:
            store.add(*from_demo(demo))


def example_workspace():
    """The first example workspace, for a first start with nothing to open (None: none)."""
    from .core import workspace

    for path in sorted(EXAMPLES.glob("*.json"), key=lambda p: (p.name != FIRST_EXAMPLE, p.name)):
        try:
            return workspace.load(path)
        except workspace.WorkspaceError as error:
            log.warning("Example workspace %s unreadable: %s", path, error)
    return None


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="engagement-desktop",
                                     description="Opens the Engagement Desktop window.")
    parser.add_argument("--home", type=Path, help="keep settings, data and logs under this "
                                                  "folder (portable use, demos)")
    parser.add_argument("workspace", type=Path, nargs="?", help="a workspace file to open")
    return parser.parse_args(argv)


class Startup:
    """The shown main window at once; what fills it, step by step."""

    def __init__(self, argv: list[str]):
        self.args = _arguments(argv)
        self.paths = (AppPaths.under(self.args.home) if self.args.home
                      else AppPaths.default()).ensure()
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.app.setApplicationName("Engagement Desktop")
        # The sandbox, the runner and Test connection run Python in other threads.
        self.collection = GuiThreadCollection()
        self.collection.start()
        self.app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "engagement-desktop.svg")))
        settings = QSettings(str(self.paths.config / SETTINGS_FILE), QSettings.Format.IniFormat)
        # Before any text is made, the window's first; a new choice applies at the next start.
        self.translators = language.install(self.app, settings)
        self.window = MainWindow(settings)
        self.window.show_at_start()
        # What the steps build, each for the steps after it.
        self.registry = self.accounts = self.ledger = None
        self.existing_accounts: list = []
        self.sandbox = None
        self._sandbox_started: threading.Event | None = None  # set once it is up, or failed
        self._sandbox_outcome = None  # the started SandboxServer, or why it could not start
        self.example = None  # the example workspace, once read

    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        return [(QCoreApplication.translate("Startup", "Starting…"), self._start_logging),
                (QCoreApplication.translate("Startup", "Loading plugins…"), self._load_plugins),
                (QCoreApplication.translate("Startup", "Reading the accounts…"),
                 self._open_accounts),
                (QCoreApplication.translate("Startup", "Building the window…"),
                 self._build_workbench)]

    def finish(self) -> None:
        """Every step now, the sandbox up (AccountListError: the account list cannot be read)."""
        for _, step in self.steps():
            step()
        self.wait_for_sandbox()

    def finish_after_first_paint(self, on_ready: Callable[[], None] = lambda: None) -> None:
        """The steps from the event loop, once the window is on screen; each step's name is
        painted before it runs. A step that fails hides the window, says why, and exits 1."""
        pending = self.steps()

        def next_step() -> None:
            if not self.window.isVisible():
                return  # the user closed the window while it was starting
            _, step = pending.pop(0)
            try:
                step()
            except Exception as error:  # noqa: BLE001 — any failure here is "cannot start"
                self._cannot_start(error)
                return
            if pending:
                self.window.startup.show_step(pending[0][0])
                QTimer.singleShot(0, next_step)
            else:
                on_ready()

        self.window.startup.show_step(pending[0][0])
        self.window.startup.painted.connect(lambda: QTimer.singleShot(0, next_step))

    def stop(self) -> None:
        self.collection.stop()
        # One still starting is stopped once it is up, and never handed to the window after.
        started, self._sandbox_started = self._sandbox_started, None
        if started is not None:
            started.wait()
            if not isinstance(self._sandbox_outcome, Exception):
                self._sandbox_outcome.stop()
        scratch.release()

    # -- the steps ----------------------------------------------------------------------------
    def _start_logging(self) -> None:
        """The log file (secrets masked), and unexpected errors as a message, not a traceback."""
        from .gui.common.slot_guard import install_excepthook
        from .transport.masking import configure_logging

        configure_logging(self.paths.logs)
        install_excepthook()
        scratch.claim(self.paths.data / "scratch")  # and what a killed export left there goes

    def _load_plugins(self) -> None:
        from .plugins.registry import load_registry

        self.registry = load_registry(self.paths)

    def _open_accounts(self) -> None:
        from .credentials.secret_store import SecretStore
        from .credentials.store import AccountStore
        from .credentials.usage_ledger import UsageLedger

        self.accounts = AccountStore(self.paths.config, SecretStore())
        self.existing_accounts = self.accounts.list()
        self.ledger = UsageLedger(self.paths.data)

    def _wants_sandbox(self) -> bool:
        """The emulator runs while no real account is set up, or while sandbox accounts exist;
        with no account at all, the demo accounts are added (they need no running server)."""
        existing = self.existing_accounts
        example_needs_demo = self._example_needs_demo_accounts()
        if existing and not any(a.sandbox for a in existing) and not example_needs_demo:
            return False
        if not existing or example_needs_demo:
            add_demo_accounts(self.accounts)
        return True

    def _start_sandbox(self) -> None:
        """The emulator on 127.0.0.1 (a free port, a daemon thread), started in a thread: its
        import and start took a fifth of the window's start, which the editor does not need."""
        from .gui.common.background import Background

        started = self._sandbox_started = threading.Event()

        def start():
            try:
                from .sandbox.server import SandboxServer

                self._sandbox_outcome = SandboxServer().start()
            except Exception as error:  # noqa: BLE001 — said by wait_for_sandbox
                self._sandbox_outcome = error
            finally:
                started.set()

        Background(self.window).call(start, lambda _none: self._sandbox_up(), self._cannot_start)

    def wait_for_sandbox(self) -> None:
        """Block until the sandbox started in the background is up (at once when it is), then
        hand its URL to the window. Raises why it could not start."""
        if self._sandbox_started is not None and self.sandbox is None:
            self._sandbox_started.wait()
            if isinstance(self._sandbox_outcome, Exception):
                raise self._sandbox_outcome
            self.sandbox = self._sandbox_outcome
            workbench = self.window.workbench
            workbench.ctx.sandbox_url = workbench.ctx.service.sandbox_base_url = \
                self.sandbox.base_url
            workbench.sandbox_started()

    def _sandbox_up(self) -> None:
        try:
            self.wait_for_sandbox()
        except Exception as error:  # noqa: BLE001 — any failure here is "cannot start"
            self._cannot_start(error)

    def _example_needs_demo_accounts(self) -> bool:
        """A first start that will show the example workspace while its accounts (the
        sandbox's demo accounts) are missing — after `accounts add` of a real account. The
        demo accounts come back, marked as such, instead of "(no such account)" in red."""
        from .core.query import AUTO_ACCOUNT

        if self.args.workspace or not self.window.first_start:
            return False
        self.example = example_workspace()
        named = {query.account for query in (self.example.queries if self.example else ())}
        return any(name and self.accounts.get(name) is None for name in named - {AUTO_ACCOUNT})

    def _build_workbench(self) -> None:
        from .gui.shell.context import AppContext
        from .gui.results.results_panel import ResultsPanel
        from .gui.run.run_worker import RunWorker
        from .gui.shell.workbench import Workbench
        from .plugins.registry import SEE_LIST
        from .runner.service import RunService

        accounts, ledger = self.accounts, self.ledger
        sandbox = self._wants_sandbox()
        demo_only = sandbox and not any(not a.sandbox for a in accounts.list())
        ctx = AppContext(
            paths=self.paths, settings=self.window.settings, registry=self.registry,
            accounts=accounts, ledger=ledger,
            service=RunService(self.paths, self.registry, accounts, ledger),
            make_results_panel=ResultsPanel, make_worker=RunWorker, demo_only=demo_only,
            wait_for_sandbox=self.wait_for_sandbox,
            # Session-only secrets matter once a real account exists (demo secrets are public).
            # The status bar shows the last note longest: plugin failures go first.
            startup_notes=tuple(n for n in (*self.registry.failure_lines(SEE_LIST),
                                            accounts.problem, ledger.problem,
                                            None if demo_only else accounts.warning) if n))
        workspace_file = self.args.workspace
        self.window.attach(Workbench(self.window, ctx, None if workspace_file
                                     else self.example or example_workspace()))
        if workspace_file:  # a damaged file gets the same message as File > Open, as it is
            self.window.workbench.files.open(workspace_file, ask=False)
        if sandbox:
            self._start_sandbox()

    def _cannot_start(self, error: Exception) -> None:
        from .errors import AppError
        from .gui.common.vocabulary import said_error

        if isinstance(error, AppError):  # e.g. a folder where the account list should be
            message = said_error(error)
        else:
            log.error("Start failed", exc_info=error)
            message = QCoreApplication.translate(
                "Startup", "Something went wrong while starting ({error}). The details are in "
                "the log, in {logs}.").format(error=f"{type(error).__name__}: {error}",
                                             logs=self.paths.logs)
        cannot_start(message)
        # Hidden, not closed: closing the last window would post a quit of its own, which
        # outlives this event loop (and would end the next one at once, in tests).
        self.window.hide()
        self.window.deleteLater()
        self.app.exit(1)


def build(argv: list[str]):
    """The application and its main window, ready; plus what to stop when the app quits."""
    startup = Startup(argv)
    startup.finish()
    return startup.app, startup.window, startup.stop


def main(argv: list[str] | None = None) -> int:
    startup = Startup(sys.argv[1:] if argv is None else argv)
    startup.finish_after_first_paint()
    try:
        return startup.app.exec()
    finally:
        startup.stop()


def cannot_start(message: str) -> None:
    """Say why the window cannot open, on stderr and in a box a desktop user sees."""
    print(f"engagement-desktop: {message}", file=sys.stderr)
    QMessageBox.critical(None, QCoreApplication.translate("Startup",
                                                          "Engagement Desktop cannot start"),
                         message)
