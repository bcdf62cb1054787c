"""What a killed process leaves behind, removed at the next start: the temporary files
libraries make on the app's behalf (XlsxWriter's row and part files) and the half-written
temporary files of atomic writes (an export's `.name.XXXX.tmp.xlsx` beside its target).

Each process gets a scratch folder: Python's temporary files go there, and every atomic write
in progress leaves a note there naming its temporary file. A live process holds a lock on its
folder's lock file (POSIX) or keeps it open (Windows, where an open file cannot be removed);
a folder nobody holds belongs to a process that is gone, so its notes' files and the folder go.
"""
from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

LOCK = "lock"
NOTE = "writing-"  # a note's name starts so; it holds the temporary file's path
_state: dict[str, object] = {}  # this process's folder, lock and the tempdir it replaced


def claim(root: Path) -> Path | None:
    """Clean up after processes that are gone, make this process's scratch folder, and send
    Python's temporary files there (until `release`). Where the folder cannot be written this
    is skipped (None): tidying up must not stop the app; what does need the place says so."""
    try:
        return _claim(root)
    except OSError:
        return None


def _claim(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for folder in root.iterdir():
        if folder.is_dir() and folder != _state.get("folder") and not _in_use(folder):
            _clean(folder)
    if "folder" in _state:
        return _state["folder"]
    mine = Path(tempfile.mkdtemp(dir=root, prefix="process-"))
    lock: IO = open(mine / LOCK, "w")
    if fcntl is not None:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    _state.update(folder=mine, lock=lock, tempdir=tempfile.tempdir)
    tempfile.tempdir = str(mine)
    return mine


def release() -> None:
    """This process is done with its scratch folder (the window closing, a test ending)."""
    if "folder" in _state:
        tempfile.tempdir = _state["tempdir"]
        _state["lock"].close()
        shutil.rmtree(_state["folder"], ignore_errors=True)
        _state.clear()


@contextmanager
def noted(temporary: Path) -> Iterator[None]:
    """While the block runs, a note says `temporary` is being written, so that a kill leaves
    it to the next start to remove."""
    folder = _state.get("folder")
    note = folder / f"{NOTE}{uuid.uuid4().hex}" if folder else None
    if note is not None:
        note.write_text(str(temporary), encoding="utf-8")
    try:
        yield
    finally:
        if note is not None:
            note.unlink(missing_ok=True)


def _clean(folder: Path) -> None:
    for note in folder.glob(f"{NOTE}*"):
        left = Path(note.read_text(encoding="utf-8", errors="replace"))
        if left.name.startswith(".") and ".tmp" in left.name:  # only an atomic write's temp
            left.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)


def _in_use(folder: Path) -> bool:
    if fcntl is None:  # Windows: a file another process holds open cannot be removed
        try:
            (folder / LOCK).unlink(missing_ok=True)
        except PermissionError:
            return True
        return False
    try:
        with open(folder / LOCK, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # held: its process is running
        return True
    return False
