"""Keeping a damaged file instead of overwriting it: the user may still want what was in it."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path


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


def is_damage(err: sqlite3.DatabaseError) -> bool:
    """Whether SQLite says the file itself is damaged: not merely busy, read-only or on a full
    disk, which keeping it aside would not cure."""
    code = getattr(err, "sqlite_errorcode", None) or 0
    return (code & 0xFF) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)  # extended codes too
