"""Unique post-owner @handles queried per calendar month (UTC): the unit of enterprise billing.

The API has no way to read it back, so the client keeps it (SQLite in the data dir). Handles
are compared without case or a leading "@", as X compares them.
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

from ..i18n.phrases import translate
from ..storage.damaged import DamagedFile, check_schema, is_damage
from ..storage.unwritable import cannot_write, is_unwritable

T = TypeVar("T")

FILE_NAME = "usage.sqlite3"
_SCHEMA = """CREATE TABLE IF NOT EXISTS handles (
    month TEXT NOT NULL,            -- YYYY-MM, UTC
    handle TEXT NOT NULL,           -- lower case, no @
    first_seen TEXT NOT NULL,       -- ISO 8601 UTC
    PRIMARY KEY (month, handle)
) WITHOUT ROWID"""


def normalize_handle(handle: str) -> str:
    return handle.strip().lstrip("@").lower()


def month_of(when: datetime | None) -> str:
    when = datetime.now(timezone.utc) if when is None else when
    if when.tzinfo is None:
        raise ValueError("Usage months need a timezone-aware time (UTC).")
    return when.astimezone(timezone.utc).strftime("%Y-%m")


class UsageLedger:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / FILE_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._damage = DamagedFile(self.path, translate("Storage", "@handle usage ledger"),
                                   translate("Storage", "counting starts afresh."))
        self._restart = threading.Lock()
        self._damage.open_sqlite(lambda: self._attempt(_create))

    @property
    def problem(self) -> str | None:
        """Why a damaged ledger was kept aside and a new one started, if one was."""
        return self._damage.problem

    def record(self, handles: Iterable[str], when: datetime | None = None) -> set[str]:
        """Count these handles as queried in `when`'s month; returns those new to that month."""
        month = month_of(when)
        stamp = (when or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat()
        wanted = _clean(handles)
        return self._use(lambda db: {
            handle for handle in wanted
            if db.execute("INSERT OR IGNORE INTO handles VALUES (?, ?, ?)",
                          (month, handle, stamp)).rowcount})

    def new_handles(self, handles: Iterable[str], when: datetime | None = None) -> set[str]:
        """Which of these handles a run in `when`'s month would add to the bill (records nothing)."""
        wanted = _clean(handles)
        return wanted - set(self.handles(month_of(when)))

    def months(self) -> list[tuple[str, int]]:
        """(YYYY-MM, unique handles) for every month with any, oldest first."""
        return self._use(lambda db: db.execute("SELECT month, COUNT(*) FROM handles GROUP BY "
                                               "month ORDER BY month").fetchall())

    def handles(self, month: str) -> list[str]:
        """The handles counted in a month (YYYY-MM), sorted."""
        rows = self._use(lambda db: db.execute(
            "SELECT handle FROM handles WHERE month = ? ORDER BY handle", (month,)).fetchall())
        return [handle for (handle,) in rows]

    def _use(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """work(connection) in one transaction. Opening checks only the file's start, so damage
        deeper in it shows here: then, as on opening, it is kept aside and counting starts
        afresh, and the work is done in the new ledger."""
        kept = self._damage.times_kept
        try:
            return self._attempt(work)
        except sqlite3.DatabaseError as err:
            if is_unwritable(err):
                raise cannot_write(self._damage.what, self.path, err) from None
            if not is_damage(err):
                raise
            with self._restart:
                if kept == self._damage.times_kept:  # not yet kept aside by another thread
                    self._damage.keep_aside(err)
                    self._attempt(_create)
            return self._attempt(work)

    def _attempt(self, work: Callable[[sqlite3.Connection], T]) -> T:
        # A connection per call: callers may record from threads of their own.
        with closing(sqlite3.connect(self.path, timeout=30)) as db, db:
            return work(db)


def _create(db: sqlite3.Connection) -> None:
    check_schema(db, [_SCHEMA])
    db.execute(_SCHEMA)


def _clean(handles: Iterable[str]) -> set[str]:
    if isinstance(handles, str):  # one handle, not its letters
        handles = [handles]
    return {normalize_handle(h) for h in handles if h and normalize_handle(h)}
