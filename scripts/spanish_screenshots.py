"""The README's Spanish screenshots: the app started in Spanish on a throwaway home, its example
workspace run against the built-in sandbox, then pictures of the main window, the query editor
with problems, the results and the Accounts dialog.

    xvfb-run -a -s '-screen 0 1600x1400x24' \
        sh scripts/with-secret-service .venv/bin/python scripts/spanish_screenshots.py

Writes docs/screenshots/es-*.png. Look at them before committing.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from engagement_desktop.app import SETTINGS_FILE, Startup
from engagement_desktop.gui.accounts.accounts_dialog import AccountsDialog
from engagement_desktop.gui.common.language import LANGUAGE_KEY, SPANISH
from engagement_desktop.paths import AppPaths

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1400, 1280)  # tall enough for the whole query editor, its Comparison box too
RUN_SECONDS = 60


def wait(seconds: float, until=lambda: False) -> None:
    """Let the event loop run for `seconds`, or until `until()` holds."""
    app = QApplication.instance()
    for _ in range(int(seconds * 20)):
        app.processEvents()
        # Widgets replaced with deleteLater go only when deferred deletes are delivered, which
        # processEvents alone (outside exec) never does.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if until():
            return
        app.thread().msleep(50)


def started(home: Path) -> Startup:
    config = AppPaths.under(home).ensure().config
    settings = QSettings(str(config / SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, SPANISH)
    settings.sync()
    startup = Startup(["--home", str(home)])
    startup.finish()
    startup.window.resize(*SIZE)
    startup.window.show()
    wait(1)
    return startup


def shoot(widget, name: str) -> None:
    wait(0.5)
    path = OUT / f"es-{name}.png"
    if not widget.grab().save(str(path)):
        sys.exit(f"could not write {path}")
    print(path)


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        startup = started(Path(home))
        bench = startup.window.workbench
        shoot(startup.window, "main-window")
        bench.actions.run.trigger()
        wait(RUN_SECONDS, until=lambda: not bench.runs.running)
        bench.results.tabs.setCurrentIndex(0)
        bench.results.tree.view.expandToDepth(0)
        shoot(startup.window, "results")
        bench.editor.ids.set_entries([])
        bench.editor.metrics.set_selected([])
        bench.editor.check_now()
        shoot(startup.window, "query-editor-problems")
        ctx = bench.ctx
        dialog = AccountsDialog(ctx.accounts, ctx.service.test_connection, ctx.service.tokens,
                                ctx.sandbox_url, startup.window)
        dialog.show()
        shoot(dialog, "accounts-dialog")
        dialog.close()
        bench.files.dirty = False
        startup.window.close()
        startup.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
