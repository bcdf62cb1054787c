"""Where an export may be written: never onto the workspace or one of the app's own files
(journal, usage ledger, settings, logs), and onto an existing file only when the app wrote it
as an export and the user asked to overwrite it.

The app remembers the exports it wrote (path, size and modification time) in `exports.json` in
the data folder; a file changed since is no longer "an earlier export". A record that cannot be
read or written only makes the guard stricter: the next overwrite is refused, never allowed.
"""
from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from ..credentials.usage_ledger import FILE_NAME as LEDGER
from ..errors import InvalidInput
from ..i18n.phrases import translate
from ..paths import JOURNAL_FILE, AppPaths
from ..storage import atomic
from .drop_in_vetting import CACHE_NAME as PLUGIN_CHECKS

RECORD_NAME = "exports.json"
# The app's own files in the data folder (SQLite's -wal, -shm and -journal files included);
# workspaces the user saves there are theirs, and may be overwritten like any earlier export.
OWN_DATA_FILES = (JOURNAL_FILE, LEDGER, RECORD_NAME, PLUGIN_CHECKS)
OWN_DATA_FOLDERS = ("autosave",)


class ExportRefused(InvalidInput, ValueError):
    """The target is a file an export must not replace; the message says why and what to do."""


class ExportGuard:
    def __init__(self, paths: AppPaths):
        self.data = paths.data
        self.own_folders = [paths.config, paths.logs,
                            *(paths.data / name for name in OWN_DATA_FOLDERS)]
        self.record_file = paths.data / RECORD_NAME

    def check(self, target: Path, workspace: Path | None, overwrite: bool) -> None:
        """Raise ExportRefused unless `target` may be written."""
        self.check_not_own(target, workspace)
        if not os.path.lexists(target):
            return
        if not self._wrote(target):
            raise ExportRefused(f"Cannot export to {target}: the file exists and this app did "
                                "not write it as an export. Choose another file name, or move "
                                "the file away first.")
        if not overwrite:
            raise ExportRefused(f"Cannot export to {target}: it holds an earlier export. Add "
                                "--overwrite to replace it, or choose another file name.")

    def check_not_own(self, target: Path, workspace: Path | None) -> None:
        """Raise ExportRefused if `target` is the workspace or one of the app's own files: the
        window's file dialog has asked about any other existing file already."""
        if workspace is not None and _same_file(target, workspace):
            raise ExportRefused(translate("Export", "Cannot export to {target}: it is the "
                                          "workspace file itself, which the export would "
                                          "replace. Choose another file name.").format(
                                              target=str(target)))
        if self._own(target):
            raise ExportRefused(translate("Export", "Cannot export to {target}: it is among the "
                                          "app's own files (job journal, usage ledger, "
                                          "settings). Choose a file elsewhere.").format(
                                              target=str(target)))

    def _own(self, target: Path) -> bool:
        where = Path(target).resolve()
        return any(where.is_relative_to(Path(folder).resolve()) for folder in self.own_folders) \
            or (where.parent == Path(self.data).resolve() and where.name.startswith(OWN_DATA_FILES))

    def remember(self, target: Path) -> None:
        """Note `target` as an export this app wrote (after it was written)."""
        record = self._read()
        with contextlib.suppress(OSError):
            record[_key(target)] = _stamp(target)
            _write_json(self.record_file, record)

    def _wrote(self, target: Path) -> bool:
        try:
            return self._read().get(_key(target)) == _stamp(target)
        except OSError:
            return False

    def _read(self) -> dict:
        try:
            record = json.loads(self.record_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return record if isinstance(record, dict) else {}


def _key(target: Path) -> str:
    return str(Path(target).resolve())


def _stamp(target: Path) -> list[int]:
    """What tells that the file is still the one written: its size and modification time."""
    st = Path(target).stat()
    return [st.st_size, st.st_mtime_ns]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): compare where they would be
        return Path(a).resolve() == Path(b).resolve()


def _write_json(path: Path, value: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, json.dumps(value))
