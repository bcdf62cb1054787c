"""The journal's step rows, from the format they were written in to the one SeriesRows reads.

The format is the journal's `PRAGMA user_version`: 0 is a journal written before formats were
numbered (format 1: zlib of a JSON series list, then every bucket and every value as int64),
`SERIES_FORMAT` the current one (core/rows.py, of core/series_rows.py). Opening a journal of an
older format rewrites each step's rows in one transaction, so a job begun before an update
resumes after it; a crash during the rewrite leaves the journal as it was, to be migrated at
the next opening. A step whose old rows cannot be read is dropped: it is fetched again on
resume, as a step whose problems are damaged is.
"""
from __future__ import annotations

import json
import sqlite3
import struct
import zlib
from typing import TYPE_CHECKING

from ..core.rows import SERIES_FORMAT

if TYPE_CHECKING:
    from ..core.series_rows import SeriesRows

_HEADER_SIZE = struct.Struct("<I")


def migrate(db: sqlite3.Connection) -> None:
    """Bring the rows of every journaled step to SERIES_FORMAT (nothing to do when they are)."""
    (version,) = db.execute("PRAGMA user_version").fetchone()
    if version >= SERIES_FORMAT:
        return
    with db:
        steps = db.execute("SELECT job_id, step_id FROM steps").fetchall()
        for job_id, step_id in steps:  # one at a time: a long job's rows need not fit at once
            (blob,) = db.execute("SELECT rows FROM steps WHERE job_id = ? AND step_id = ?",
                                 (job_id, step_id)).fetchone()
            try:
                rows = format1_rows(blob).to_bytes()
            except (zlib.error, ValueError, struct.error, TypeError, KeyError):
                db.execute("DELETE FROM steps WHERE job_id = ? AND step_id = ?", (job_id, step_id))
                continue
            db.execute("UPDATE steps SET rows = ? WHERE job_id = ? AND step_id = ?",
                       (rows, job_id, step_id))
        db.execute(f"PRAGMA user_version = {SERIES_FORMAT}")


def format1_rows(blob: bytes) -> SeriesRows:
    """Rows as journals stored them until format 2."""
    import numpy as np  # only an old journal needs it, not every opening

    from ..core.series_rows import SeriesRows

    payload = zlib.decompress(blob)
    (size,) = _HEADER_SIZE.unpack_from(payload)
    series = json.loads(payload[_HEADER_SIZE.size:_HEADER_SIZE.size + size])
    sizes = [count for *_, count in series]
    total = sum(sizes)
    columns = np.frombuffer(payload, "<i8", 2 * total, _HEADER_SIZE.size + size)
    return SeriesRows([tuple(key) for *key, _ in series], sizes,
                      columns[:total].astype(np.int64), columns[total:].astype(np.int64))
