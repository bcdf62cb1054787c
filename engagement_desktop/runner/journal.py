"""The job journal: what each finished step returned, so a job can resume after any crash.

SQLite in the data dir. A job row holds the query and a fingerprint of its plan; each finished
step is one row holding its rows and problems, written in one transaction — a job killed at
any moment has each step either wholly journaled or not at all, so a resume neither loses nor
duplicates a row. Rows are stored compactly per step (the columns of core/series_rows.py,
compressed): a historical step carries hundreds of thousands of values, and resume replays them
in bulk, never as a Python object per value. The rows' format is the file's user_version; a
journal of an older format is migrated when it is opened (runner/journal_migration.py).
Opening it and starting a job need no numpy: the columns' module is loaded with the first step
(a run's first request leaves before it).
"""
from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..core.plan import Plan
from ..core.rows import DamagedRows, PostProblem, Row
from ..errors import InvalidInput
from ..i18n.phrases import from_json, sentences, to_json, translate
from ..paths import JOURNAL_FILE
from ..storage.damaged import DamagedFile, check_schema, is_damage
from ..storage.unwritable import cannot_write, is_unwritable
from .journal_migration import migrate

FILE_NAME = JOURNAL_FILE
KEEP_FINISHED = 20  # finished jobs kept (newest first); older ones are deleted as jobs start
_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS jobs (
        id TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        query TEXT NOT NULL,            -- the query as JSON (no secrets: account names only)
        total_steps INTEGER NOT NULL,
        created TEXT NOT NULL,          -- ISO 8601 UTC
        finished TEXT                   -- set when every step is journaled
    )""",
    """CREATE TABLE IF NOT EXISTS steps (
        job_id TEXT NOT NULL REFERENCES jobs(id),
        step_id TEXT NOT NULL,
        rows BLOB NOT NULL,             -- SeriesRows.to_bytes() of the file's user_version
        problems TEXT NOT NULL,         -- JSON [[post, kind, message, [metric...]], ...]
        finished TEXT NOT NULL,
        PRIMARY KEY (job_id, step_id)
    ) WITHOUT ROWID""",
)


class JournalError(InvalidInput, RuntimeError):
    """The journal cannot give what was asked (unknown job, changed query); the message says why."""


# The window's words for the two errors whose command-line message advises leaving out --resume.
NO_JOB_SAID = translate("Jobs", "There is no job '{job}' in the journal ({path}); run the query "
                        "again to fetch its numbers anew.")
OTHER_PLAN_SAID = translate("Jobs", "Job '{job}' was started for another query or plan (the "
                            "query, its IDs, dates or accounts changed since); run the query "
                            "again instead of resuming the job.")


@dataclass(frozen=True)
class Job:
    id: str
    fingerprint: str
    query: dict
    total_steps: int
    created: str
    finished: str | None
    steps_done: int = 0


# Query fields added after jobs were first journaled: left out of a fingerprint while unset,
# so a job begun before the update still resumes after it.
ADDED_FIELDS = ("compare",)


def fingerprint(plan: Plan) -> str:
    """What makes two plans the same job: the query as written and every step ID."""
    query = {k: v for k, v in asdict(plan.query).items()
             if not (k in ADDED_FIELDS and v is None)}
    payload = json.dumps({"query": query, "steps": [s.id for s in plan.steps]},
                         sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


class Journal:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / FILE_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._damage = DamagedFile(self.path, translate("Storage", "job journal"),
                                   translate("Storage", "a new one was started. Jobs begun "
                                                        "before cannot be resumed."))
        self._lock = threading.Lock()
        self._db = self._damage.open_sqlite(self._open)

    @property
    def problem(self) -> str | None:
        """Why a damaged journal was kept aside and a new one started, if one was."""
        return self._damage.problem

    @contextmanager
    def _using(self, writing_a_step: bool = False) -> Iterator[sqlite3.Connection]:
        """The connection, under the lock. Opening checks only the first pages, so damage
        deeper in the file shows when it is used: then it is kept aside as on opening. A read
        raises JournalError saying so; a step's write is dropped instead, so the run goes on
        and only its resume is lost (`problem` says why)."""
        with self._lock:
            try:
                yield self._db
            except (sqlite3.DatabaseError, zlib.error, json.JSONDecodeError, DamagedRows) as err:
                if isinstance(err, sqlite3.DatabaseError) and is_unwritable(err):
                    # Busy, read-only, a full disk: keeping the file aside cures none, and
                    # what was journaled before stays for a resume.
                    raise cannot_write(self._damage.what, self.path, err) from None
                if isinstance(err, sqlite3.DatabaseError) and not is_damage(err):
                    raise
                self._db.close()
                self._damage.keep_aside(err)
                self._db = self._open()
                if not writing_a_step:
                    raise JournalError(self.problem) from None

    def _open(self) -> sqlite3.Connection:
        # One connection shared by whichever thread drives the run; the lock serializes use.
        db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        try:
            check_schema(db, _SCHEMA)
            db.execute("PRAGMA journal_mode=WAL")  # a killed process loses no committed step
            db.execute("PRAGMA synchronous=NORMAL")
            with db:
                for statement in _SCHEMA:
                    db.execute(statement)
            migrate(db)
            db.execute("SELECT COUNT(*) FROM jobs").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def start(self, plan: Plan, created: datetime | None = None) -> str:
        """A new job for `plan`; returns its ID (short enough to type after --resume)."""
        created = created or datetime.now(timezone.utc)
        job_id = f"{created:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
        query = json.dumps(asdict(plan.query), sort_keys=True, default=str)
        job = (job_id, fingerprint(plan), query, len(plan.steps), created.isoformat())
        try:
            self._insert(job)
        except JournalError:  # the damaged journal was kept aside: the job starts in the new one
            self._insert(job)
        return job_id

    def _insert(self, job: tuple) -> None:
        with self._using() as db, db:
            db.execute("INSERT INTO jobs VALUES (?, ?, ?, ?, ?, NULL)", job)
            # Unfinished jobs stay until resumed; finished ones only as history, a few.
            db.execute("DELETE FROM jobs WHERE id IN (SELECT id FROM jobs WHERE finished IS NOT "
                       "NULL ORDER BY finished DESC LIMIT -1 OFFSET ?)", (KEEP_FINISHED,))
            # The steps of those, and of a job whose journal was kept aside while it ran.
            db.execute("DELETE FROM steps WHERE job_id NOT IN (SELECT id FROM jobs)")

    def job(self, job_id: str) -> Job:
        """The job, or JournalError saying it is not there."""
        with self._using() as db:
            found = db.execute(
                "SELECT id, fingerprint, query, total_steps, created, finished, "
                "(SELECT COUNT(*) FROM steps WHERE job_id = jobs.id) FROM jobs WHERE id = ?",
                (job_id.strip(),)).fetchone()
            if found is not None:
                return Job(found[0], found[1], json.loads(found[2]), *found[3:])
        printed = (f"There is no job '{job_id}' in the journal ({self.path}); run the query "
                   "again without --resume.")
        said = NO_JOB_SAID.format(job=job_id, path=str(self.path))
        if self.problem:  # the journal was found damaged and started anew: that is why
            printed, said = f"{printed} {self.problem}", sentences(said, self.problem)
        raise JournalError(printed, window=said)

    def check_resumable(self, job_id: str, plan: Plan) -> Job:
        job = self.job(job_id)
        if job.fingerprint != fingerprint(plan):
            raise JournalError(f"Job '{job_id}' was started for another query or plan (the "
                               "query, its IDs, dates or accounts changed since); run it "
                               "without --resume.", window=OTHER_PLAN_SAID.format(job=job_id))
        return job

    def commit_step(self, job_id: str, step_id: str, rows: Iterable[Row],
                    problems: Iterable[PostProblem]) -> None:
        """Journal one finished step: its rows and problems land together or not at all."""
        from ..core.series_rows import SeriesRows

        blob = SeriesRows.from_rows(rows).to_bytes()
        notes = json.dumps([[p.post_id, p.kind, to_json(p.message), list(p.metrics)]
                            for p in problems])
        stamp = datetime.now(timezone.utc).isoformat()
        with self._using(writing_a_step=True) as db, db:
            # Replacing makes a step journaled twice (a re-run after a crash) count once.
            db.execute("INSERT OR REPLACE INTO steps VALUES (?, ?, ?, ?, ?)",
                       (job_id, step_id, blob, notes, stamp))

    def finished_steps(self, job_id: str) -> Iterator[tuple[str, Sequence[Row],
                                                            list[PostProblem]]]:
        """(step ID, rows, problems) of every journaled step of the job; the rows are a
        SeriesRows, which a ResultSet merges without a Python step per value."""
        with self._using() as db:
            step_ids = [s for (s,) in db.execute(
                "SELECT step_id FROM steps WHERE job_id = ? ORDER BY finished, step_id", (job_id,))]
        for step_id in step_ids:  # one at a time: a long job's rows need not all be in memory
            from ..core.series_rows import SeriesRows  # numpy: only once there are rows

            with self._using() as db:
                blob, notes = db.execute(
                    "SELECT rows, problems FROM steps WHERE job_id = ? AND step_id = ?",
                    (job_id, step_id)).fetchone()
                problems = _problems(notes)
                rows = SeriesRows.from_bytes(blob)
            if problems is not None:  # else the step is fetched again, and journaled anew
                yield step_id, rows, problems

    def finish(self, job_id: str) -> None:
        with self._using(writing_a_step=True) as db, db:
            db.execute("UPDATE jobs SET finished = ? WHERE id = ?",
                       (datetime.now(timezone.utc).isoformat(), job_id))

    def jobs(self) -> list[Job]:
        """Every job, newest first."""
        with self._using() as db:
            found = db.execute(
                "SELECT id, fingerprint, query, total_steps, created, finished, "
                "(SELECT COUNT(*) FROM steps WHERE job_id = jobs.id) FROM jobs "
                "ORDER BY created DESC").fetchall()
            return [Job(r[0], r[1], json.loads(r[2]), *r[3:]) for r in found]

    def delete(self, job_id: str) -> None:
        """Forget a job and its journaled steps (the Jobs list's Delete)."""
        with self._using() as db, db:
            db.execute("DELETE FROM steps WHERE job_id = ?", (job_id,))
            db.execute("DELETE FROM jobs WHERE id = ?", (job_id,))

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _problems(notes) -> list[PostProblem] | None:
    """A step's journaled problems; None when they are not as written (edited by hand, or a
    bit flipped), so only that step is lost and fetched again, not the whole job."""
    try:
        return [PostProblem(p, k, from_json(m), tuple(ms)) for p, k, m, ms in json.loads(notes)]
    except (TypeError, ValueError):  # not JSON, not a list of 4-item lists, a damaged phrase
        return None
