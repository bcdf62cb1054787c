"""A file or folder of the app that the computer will not let it write: a read-only disk or
folder, a full disk, no permission, another program holding it. Unlike damage, keeping the
file aside cures none of these, so the user is told what stands in the way and what to do."""
from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from ..errors import FAILED, AppError
from ..i18n.phrases import translate

# What SQLite says when the place, not the file, is the trouble (primary result codes).
_SQLITE_REASONS = {
    sqlite3.SQLITE_READONLY: translate("Storage", "it or its folder is read-only"),
    sqlite3.SQLITE_CANTOPEN: translate("Storage", "it cannot be opened there (a read-only "
                                       "folder, or no permission)"),
    sqlite3.SQLITE_FULL: translate("Storage", "the disk is full"),
    sqlite3.SQLITE_PERM: translate("Storage", "the system does not permit it"),
    sqlite3.SQLITE_IOERR: translate("Storage", "the disk reported an error"),
    sqlite3.SQLITE_BUSY: translate("Storage", "another program is using it"),
    sqlite3.SQLITE_LOCKED: translate("Storage", "another program is using it"),
}
_OS_REASONS = {
    errno.EROFS: translate("Storage", "the disk is read-only"),
    errno.EACCES: translate("Storage", "permission is denied"),
    errno.EPERM: translate("Storage", "the system does not permit it"),
    errno.ENOSPC: translate("Storage", "the disk is full"),
    errno.EDQUOT: translate("Storage", "the disk quota is used up"),
    errno.ENOTDIR: translate("Storage", "a file stands where a folder should be"),
    errno.EEXIST: translate("Storage", "a file stands where a folder should be"),
    errno.EIO: translate("Storage", "the disk reported an error"),
    errno.ENOENT: translate("Storage", "its folder does not exist"),
    errno.EISDIR: translate("Storage", "a folder stands where the file should be"),
    errno.ENAMETOOLONG: translate("Storage", "its name is too long"),
}


class StorageUnavailable(AppError):
    """The app cannot write where it keeps its files; the message says where and why."""

    exit_code = FAILED


def cannot_write(what: str, path: Path, err: BaseException) -> StorageUnavailable:
    """The error to raise for `err` met while writing the app's `what` (a phrase: "job
    journal") at `path`."""
    return StorageUnavailable(translate(
        "Storage", "The {what} ({path}) cannot be written: {reason}. Free some space or make "
        "the folder writable, then try again.").format(what=what, path=str(path),
                                                       reason=reason(err)))


def is_unwritable(err: sqlite3.DatabaseError) -> bool:
    """Whether SQLite failed for the place (read-only, full, busy), not for the file's content."""
    return _sqlite_code(err) in _SQLITE_REASONS


def reason(err: BaseException) -> str:
    """Why the computer would not read or write a file, as a phrase (the system's own words
    are English whatever the window's language)."""
    if isinstance(err, sqlite3.DatabaseError) and is_unwritable(err):
        return _SQLITE_REASONS[_sqlite_code(err)]
    if isinstance(err, OSError) and err.errno in _OS_REASONS:
        return _OS_REASONS[err.errno]
    if isinstance(err, OSError) and err.errno in errno.errorcode:
        return translate("Storage", "the system refused it ({code})").format(
            code=errno.errorcode[err.errno])
    return translate("Storage", "the system refused it")


def _sqlite_code(err: sqlite3.DatabaseError) -> int:
    return (getattr(err, "sqlite_errorcode", None) or 0) & 0xFF  # extended codes too
