"""The composition root: the only module that knows every concrete class.

It builds the app's objects (paths, plugins, accounts, usage ledger, the in-process sandbox
when only demo accounts exist, the run service), then the Qt application and the window.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .credentials.account import from_demo
from .credentials.index import AccountListError
from .credentials.secret_store import SecretStore
from .credentials.store import AccountStore
from .credentials.usage_ledger import UsageLedger
from .paths import AppPaths
from .plugins.registry import load_registry
from .resources import EXAMPLES, RESOURCES
from .transport.masking import configure_logging

log = logging.getLogger("engagement_desktop.app")
SETTINGS_FILE = "window.ini"
FIRST_EXAMPLE = "totals-launch-week.json"  # quick on the sandbox: the one-click first run


def add_demo_accounts(store: AccountStore) -> None:
    """The sandbox's demo accounts, as sandbox accounts (their URL is the running sandbox's)."""
    from .sandbox.accounts import DEMO_ACCOUNTS

    for demo in DEMO_ACCOUNTS:
        if store.get(demo["name"]) is None:
            store.add(*from_demo(demo))


def start_sandbox():
    """The emulator on 127.0.0.1, a free port, in a daemon thread."""
    from .sandbox.server import SandboxServer

    server = SandboxServer()
    server.start()
    return server


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


def build(argv: list[str]):
    """The application and its shown main window, plus what to stop when the app quits."""
    args = _arguments(argv)
    paths = (AppPaths.under(args.home) if args.home else AppPaths.default()).ensure()
    configure_logging(paths.logs)
    registry = load_registry(paths)
    accounts = AccountStore(paths.config, SecretStore())
    ledger = UsageLedger(paths.data)
    existing = accounts.list()
    sandbox = None
    if not existing or any(a.sandbox for a in existing):
        sandbox = start_sandbox()
        if not existing:
            add_demo_accounts(accounts)
    sandbox_url = sandbox.base_url if sandbox else None

    from .runner.service import RunService
    service = RunService(paths, registry, accounts, ledger, sandbox_base_url=sandbox_url)

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .gui.context import AppContext
    from .gui.gui_thread_gc import GuiThreadCollection
    from .gui.main_window import MainWindow
    from .gui.results_panel import ResultsPanel
    from .gui.run_worker import RunWorker
    from .gui.slot_guard import install_excepthook

    demo_only = sandbox is not None and not any(not a.sandbox for a in accounts.list())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Engagement Desktop")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "engagement-desktop.svg")))
    install_excepthook()
    # The sandbox, the runner and Test connection run Python in other threads.
    collection = GuiThreadCollection()
    collection.start()
    ctx = AppContext(
        paths=paths,
        settings=QSettings(str(paths.config / SETTINGS_FILE), QSettings.Format.IniFormat),
        registry=registry, accounts=accounts, ledger=ledger, service=service,
        make_results_panel=ResultsPanel, make_worker=RunWorker, sandbox_url=sandbox_url,
        demo_only=demo_only,
        # Session-only secrets matter once a real account exists (demo secrets are public).
        startup_notes=tuple(n for n in (accounts.problem, ledger.problem,
                                        None if demo_only else accounts.warning) if n))
    window = MainWindow(ctx, None if args.workspace else example_workspace())
    window.show()
    if args.workspace:  # a damaged file gets the same message as File > Open, and stays as it is
        window.files.open(args.workspace, ask=False)

    def stop() -> None:
        collection.stop()
        if sandbox is not None:
            sandbox.stop()
    return app, window, stop


def main(argv: list[str] | None = None) -> int:
    try:
        app, _window, stop = build(sys.argv[1:] if argv is None else argv)
    except AccountListError as error:  # e.g. a folder where the account list should be
        return _cannot_start(str(error))
    try:
        return app.exec()
    finally:
        stop()


def _cannot_start(message: str) -> int:
    """Say why the window cannot open, on stderr and in a box a desktop user sees."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    print(f"engagement-desktop: {message}", file=sys.stderr)
    _app = QApplication.instance() or QApplication(sys.argv[:1])  # a box needs one
    QMessageBox.critical(None, "Engagement Desktop cannot start", message)
    return 1
