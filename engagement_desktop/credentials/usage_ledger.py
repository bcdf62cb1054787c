"""Unique post-owner @handles queried per calendar month (UTC): the unit of enterprise billing.

The API has no way to read it back, so the client keeps it (SQLite in the data dir). Handles
are compared without case or a leading "@", as X compares them.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from .damaged_file import move_aside

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
        # Set when a damaged ledger was moved aside and a new one started.
        self.problem: str | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._create()
        except sqlite3.DatabaseError as err:
            aside = move_aside(self.path)
            self.problem = (f"The @handle usage ledger was damaged ({err}); it was kept as {aside} "
                            "and counting starts afresh.")
            self._create()

    def record(self, handles: Iterable[str], when: datetime | None = None) -> set[str]:
        """Count these handles as queried in `when`'s month; returns those new to that month."""
        month = month_of(when)
        stamp = (when or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat()
        new: set[str] = set()
        with closing(self._connect()) as db, db:
            for handle in _clean(handles):
                inserted = db.execute("INSERT OR IGNORE INTO handles VALUES (?, ?, ?)",
                                      (month, handle, stamp))
                if inserted.rowcount:
                    new.add(handle)
        return new

    def new_handles(self, handles: Iterable[str], when: datetime | None = None) -> set[str]:
        """Which of these handles a run in `when`'s month would add to the bill (records nothing)."""
        wanted = _clean(handles)
        return wanted - set(self.handles(month_of(when)))

    def months(self) -> list[tuple[str, int]]:
        """(YYYY-MM, unique handles) for every month with any, oldest first."""
        with closing(self._connect()) as db:
            return db.execute("SELECT month, COUNT(*) FROM handles GROUP BY month "
                              "ORDER BY month").fetchall()

    def handles(self, month: str) -> list[str]:
        """The handles counted in a month (YYYY-MM), sorted."""
        with closing(self._connect()) as db:
            rows = db.execute("SELECT handle FROM handles WHERE month = ? ORDER BY handle",
                              (month,)).fetchall()
        return [handle for (handle,) in rows]

    def _connect(self) -> sqlite3.Connection:
        # A connection per call: the runner's worker threads record from their own threads.
        return sqlite3.connect(self.path, timeout=30)

    def _create(self) -> None:
        with closing(self._connect()) as db, db:
            db.execute(_SCHEMA)


def _clean(handles: Iterable[str]) -> set[str]:
    if isinstance(handles, str):  # one handle, not its letters
        handles = [handles]
    return {normalize_handle(h) for h in handles if h and normalize_handle(h)}
