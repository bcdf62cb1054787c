"""Keeping a damaged file instead of overwriting it: the user may still want what was in it.

The account list, the job journal and the usage ledger share this: a file found damaged, on
opening or later while it is used, is renamed aside, the user is told where it went, and a new
file is started so the app keeps working.
"""
from __future__ import annotations

import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterable
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

from ..core.rows import DamagedRows
from ..i18n.phrases import Phrase, translate
from .unwritable import cannot_write, is_unwritable, reason as unwritable_reason

T = TypeVar("T")


class DamagedFile:
    """One file's keeper: moves it aside when it is found damaged and says so in `problem`."""

    def __init__(self, path: Path, what: str, afterwards: str):
        self.path = Path(path)
        self.what = what  # a phrase, e.g. "job journal"
        self.afterwards = afterwards  # a phrase: what happens next, as the end of a sentence
        self.problem: str | None = None  # set once a damaged file was kept aside
        self.times_kept = 0  # lets a thread see that another one already kept the file aside

    def keep_aside(self, reason: BaseException | str) -> None:
        """Move the file aside; `reason`: the error that showed the damage, or a phrase."""
        try:
            aside = move_aside(self.path)
        except OSError as err:  # a damaged file in a folder that cannot be written
            raise cannot_write(self.what, self.path, err) from None
        self.times_kept += 1
        self.problem = translate("Storage", "The {what} was damaged ({reason}); it was kept as "
                                 "{aside} and {afterwards}").format(
            what=self.what, reason=damage_reason(reason), aside=str(aside),
            afterwards=self.afterwards)

    def open_sqlite(self, open_: Callable[[], T]) -> T:
        """open_(); if SQLite cannot open the file as it should be (it is not a database, or
        not ours), keep it aside and open_() a new one. A place that cannot be written is
        StorageUnavailable: a new file there would fail alike."""
        try:
            try:
                return open_()
            except sqlite3.DatabaseError as err:
                if is_unwritable(err):
                    raise
                self.keep_aside(err)
                return open_()
        except sqlite3.DatabaseError as err:
            raise cannot_write(self.what, self.path, err) from None


# What SQLite says of a file that is not as it should be (primary result codes).
_SQLITE_DAMAGE = {
    sqlite3.SQLITE_NOTADB: translate("Storage", "it is not a database file"),
    sqlite3.SQLITE_CORRUPT: translate("Storage", "the database inside it is damaged"),
}


def damage_reason(reason: BaseException | str) -> str:
    """What is wrong with a damaged file, as a phrase the window says in its language (the
    library's own English is no help to the user)."""
    if isinstance(reason, str):
        return reason
    if reason.args and isinstance(reason.args[0], Phrase):  # check_schema's, a keeper's own
        return reason.args[0]
    if isinstance(reason, sqlite3.DatabaseError):
        code = (getattr(reason, "sqlite_errorcode", None) or 0) & 0xFF
        return _SQLITE_DAMAGE.get(code, translate("Storage", "SQLite cannot read it"))
    if isinstance(reason, (json.JSONDecodeError, UnicodeDecodeError)):
        return translate("Storage", "it is not valid JSON")
    if isinstance(reason, (zlib.error, DamagedRows)):
        return translate("Storage", "the rows of a fetched step cannot be read")
    if isinstance(reason, OSError):
        return unwritable_reason(reason)
    return translate("Storage", "its contents cannot be read")


def move_aside(path: Path) -> Path:
    """Rename `path` to `<name>.corrupt-<UTC timestamp>` next to it; returns the new path."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):  # an SQLite file's write-ahead log belongs with it
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    return aside


def check_schema(db: sqlite3.Connection, statements: Iterable[str]) -> None:
    """Raise sqlite3.DatabaseError if a table `statements` create is in `db` with other
    columns. Check before anything is written, so a file kept aside is as it was: `CREATE TABLE IF NOT EXISTS` keeps a table of the same name written by
    something else, whose wrong columns would fail every later query with an SQL error."""
    with closing(sqlite3.connect(":memory:")) as expected:
        for statement in statements:
            expected.execute(statement)
        tables = [t for (t,) in expected.execute("SELECT name FROM sqlite_master "
                                                  "WHERE type = 'table'")]
        for table in tables:
            want, have = _columns(expected, table), _columns(db, table)
            if have and want != have:  # a missing table is simply created
                raise sqlite3.DatabaseError(translate(
                    "Storage", "its table '{table}' has the columns {have}, not {want}: it was "
                    "not written by this app").format(table=table, have=", ".join(have),
                                                      want=", ".join(want)))


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info('{table}')")]


def is_damage(err: sqlite3.DatabaseError) -> bool:
    """Whether SQLite says the file itself is damaged: not merely busy, read-only or on a full
    disk, which keeping it aside would not cure."""
    code = getattr(err, "sqlite_errorcode", None) or 0
    return (code & 0xFF) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)  # extended codes too
