"""Atomic writes: a temp file beside the target, then os.replace, so a crash, a kill or a full
disk leaves the old file or the new one, never half of each."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..i18n.phrases import translate
from . import scratch

_UMASK = os.umask(0o022)
os.umask(_UMASK)  # read once, at import, before any thread could be creating files


@contextmanager
def atomic_path(target: str | Path, new_file_mode: int | None = None) -> Iterator[Path]:
    """A temporary path beside `target` to write to. When the block ends it replaces `target`,
    keeping the replaced file's permissions (a new file gets `new_file_mode`, by default what a
    plain save gives: mkstemp's 0600 would surprise users); when the block raises it is removed.
    The temp name keeps the target's extension, for writers that pick the format from it."""
    target = Path(target)
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.",
                                    suffix=f".tmp{target.suffix}")
    os.close(handle)
    try:
        with scratch.noted(Path(os.path.abspath(temp))):  # a kill leaves it to the next start
            yield Path(temp)
            os.chmod(temp, _mode_for(target, new_file_mode))
            os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@contextmanager
def export_path(target: str | Path) -> Iterator[Path]:
    """atomic_path for an export to a file the user chose: a missing folder is told in the
    user's words first (creating the temporary file would say only "No such file")."""
    target = Path(target)
    if not target.parent.is_dir():
        raise FileNotFoundError(translate(
            "Export", "Cannot export to '{target}': the folder '{folder}' does not exist; "
            "create it or choose another one.").format(target=str(target),
                                                       folder=str(target.parent)))
    with atomic_path(target) as temp:
        yield temp


def write_text(target: str | Path, text: str, new_file_mode: int | None = None) -> None:
    """`text` as UTF-8 into `target`, atomically and flushed to the disk before it replaces it."""
    with atomic_path(target, new_file_mode) as temp, open(temp, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())


def _mode_for(target: Path, new_file_mode: int | None) -> int:
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        return 0o666 & ~_UMASK if new_file_mode is None else new_file_mode
