"""Workspace files from the window: open, save, recent files, autosave and crash recovery.

Autosave writes the workspace every minute to the data dir, and a session marker says the app
is running; a marker left behind at the next start means it did not close cleanly, so the user
is offered the autosaved copy. A file that cannot be read (corrupt, or written by a newer
version) gets a clear message and is left untouched: it is never saved over by the app.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core import workspace as core_workspace
from ...core.query import Query
from ...paths import AppPaths
from ..common.notices import notify
from ..common.vocabulary import said_error

log = logging.getLogger(__name__)
RECENT_KEY = "workspace/recent"
MAX_RECENT = 8
AUTOSAVE_MS = 60_000
FILTER = QT_TRANSLATE_NOOP("WorkspaceIO", "Engagement workspaces (*.json);;All files (*)")


class WorkspaceIO(QObject):
    recent_changed = Signal(list)
    title_changed = Signal(str)

    def __init__(self, window: QWidget, settings: QSettings, paths: AppPaths,
                 get_queries: Callable[[], list[Query]],
                 set_queries: Callable[[list[Query], str], None]):
        super().__init__(window)
        self.window, self.settings, self.paths = window, settings, paths
        self._get, self._set = get_queries, set_queries
        self.path: Path | None = None
        self.name = self.tr("Untitled")
        self.dirty = False
        self._autosaved_clean = True  # nothing changed since the last autosave
        self.autosave_dir = paths.data / "autosave"
        self.autosave_file = self.autosave_dir / "workspace.json"
        self.marker = self.autosave_dir / "session.running"
        self.timer = QTimer(self, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)

    # -- the session --------------------------------------------------------------------------
    def start_session(self) -> bool:
        """Mark the session as running; True when the last one crashed with an autosave left."""
        crashed = self.marker.exists() and self.autosave_file.exists()
        self.autosave_dir.mkdir(parents=True, exist_ok=True)
        self.marker.write_text("running\n", encoding="utf-8")
        self.timer.start()
        return crashed

    def end_session(self) -> None:
        self.timer.stop()
        self.marker.unlink(missing_ok=True)
        self.autosave_file.unlink(missing_ok=True)

    def offer_recovery(self) -> bool:
        answer = QMessageBox.question(
            self.window, self.tr("Recover your work?"),
            self.tr("Engagement Desktop did not close properly last time. Open the copy of your "
                    "workspace it saved automatically?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        loaded = self._read(self.autosave_file)
        if loaded is None:
            return False
        self._show(loaded, None)
        self.mark_dirty()  # recovered work is not saved anywhere of the user's yet
        return True

    def autosave(self) -> None:
        if self._autosaved_clean:
            return
        try:
            core_workspace.save(self._workspace(), self.autosave_file)
        except core_workspace.WorkspaceError as error:  # the next minute tries again
            log.warning("Autosave failed: %s", error)
            return
        self._autosaved_clean = True

    # -- files --------------------------------------------------------------------------------
    def new(self, queries: list[Query], name: str = "") -> None:
        if not self.maybe_save():
            return
        self.path, self.name = None, name or self.tr("Untitled")
        self._set(queries, self.name)
        self._mark_clean()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open workspace"),
                                              str(self._start_dir()), self.tr(FILTER))
        if name:
            self.open(Path(name), ask=False)

    def open(self, path: Path, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        loaded = self._read(path)
        if loaded is None:
            return False
        self._show(loaded, path)
        self._mark_clean()
        self._remember(path)
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        start = self.path or self._start_dir() / f"{self.name}.json"
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save workspace as"),
                                              str(start), self.tr(FILTER))
        if not name:
            return False
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".json")
        if not self._write(path):
            return False
        self.path, self.name = path, path.stem
        self.title_changed.emit(self.name)
        return True

    def maybe_save(self) -> bool:
        """Before the work is replaced: save, discard or stay. False means stay."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Unsaved changes"),
            self.tr("Save the changes to '{name}'?").format(name=self.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def mark_dirty(self) -> None:
        self._autosaved_clean = False
        if not self.dirty:
            self.dirty = True
            self.title_changed.emit(self.name)

    def recent(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        return [value] if isinstance(value, str) else list(value or [])

    # -- inside -------------------------------------------------------------------------------
    def _workspace(self):
        return core_workspace.Workspace(name=self.name, queries=self._get())

    def _read(self, path: Path):
        try:
            return core_workspace.load(path)
        except core_workspace.WorkspaceError as error:  # says what is wrong; file untouched
            notify(self.window, self.tr("Cannot open the workspace"), said_error(error))
            return None

    def _write(self, path: Path) -> bool:
        try:
            core_workspace.save(self._workspace(), path)
        except core_workspace.WorkspaceError as error:
            QMessageBox.warning(self.window, self.tr("Cannot save the workspace"),
                                f"{said_error(error)}\n\n"
                                + self.tr("Your work is still open; try another folder."))
            return False
        self._mark_clean()
        self._remember(path)
        return True

    def _show(self, loaded, path: Path | None) -> None:
        self.path = path
        self.name = loaded.name or (path.stem if path else self.tr("Recovered"))
        self._set(list(loaded.queries), self.name)

    def _mark_clean(self) -> None:
        self.dirty = False
        self._autosaved_clean = False  # the autosave copy should follow the saved state
        self.title_changed.emit(self.name)

    def _remember(self, path: Path) -> None:
        entries = [str(path.resolve())] + [p for p in self.recent() if p != str(path.resolve())]
        self.settings.setValue(RECENT_KEY, entries[:MAX_RECENT])
        self.recent_changed.emit(entries[:MAX_RECENT])

    def _start_dir(self) -> Path:
        recent = self.recent()
        return Path(recent[0]).parent if recent else Path.home()
