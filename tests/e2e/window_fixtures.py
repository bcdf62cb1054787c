"""The main window as app.py builds it, for tests that drive it against a server on 127.0.0.1:
demo accounts (secrets in memory only), the plugins found under its own folder, any drop-in
files copied there first."""
import shutil
from collections.abc import Iterable
from pathlib import Path

import keyring.backends.fail
from PySide6.QtCore import QSettings

from engagement_desktop.app import add_demo_accounts
from engagement_desktop.core.workspace import Workspace
from engagement_desktop.credentials.secret_store import SecretStore
from engagement_desktop.credentials.store import AccountStore
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.gui.results.results_panel import ResultsPanel
from engagement_desktop.gui.run.run_worker import RunWorker
from engagement_desktop.gui.shell.context import AppContext
from engagement_desktop.gui.shell.main_window import MainWindow
from engagement_desktop.gui.shell.workbench import Workbench
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.runner.service import RunService


def window_on(root: Path, base_url: str, workspace: Workspace,
              drop_ins: Iterable[Path] = ()) -> MainWindow:
    """A shown main window whose sandbox accounts talk to `base_url`."""
    paths = AppPaths.under(root).ensure()
    for drop_in in drop_ins:
        shutil.copy(drop_in, paths.plugins)
    accounts = AccountStore(paths.config, SecretStore(keyring.backends.fail.Keyring()))
    add_demo_accounts(accounts)
    registry = load_registry(paths)
    ledger = UsageLedger(paths.data)
    ctx = AppContext(
        paths=paths, settings=QSettings(str(root / "window.ini"), QSettings.Format.IniFormat),
        registry=registry, accounts=accounts, ledger=ledger,
        service=RunService(paths, registry, accounts, ledger, sandbox_base_url=base_url),
        make_results_panel=ResultsPanel, make_worker=RunWorker, sandbox_url=base_url,
        demo_only=True)
    window = MainWindow(ctx.settings)
    window.attach(Workbench(window, ctx, workspace))
    window.show()
    return window
