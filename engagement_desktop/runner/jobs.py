"""The journal's jobs as the window lists them, and the plan a job is resumed with.

A job resumes with the plan it was started with: its query as the journal holds it (dates
already resolved), planned again at the moment it was first planned. Planning the workspace's
query again today would resolve "last 28 days" to other dates, hence other steps, and the
journal would rightly refuse it as another plan.
"""
from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import datetime

from ..core.query import Query
from ..i18n.phrases import translate
from .journal import Job, JournalError

_QUERY_FIELDS = {f.name for f in fields(Query)}
# What a field the journal's query lacks (a job journaled before the field existed) meant.
_DEFAULTS = json.loads(json.dumps(asdict(Query()), default=str))
_DATES = ("start", "end")  # a relative range's dates, resolved when the job was planned


def job_query(job: Job) -> Query:
    """The query the job was started with, as the journal holds it."""
    try:
        return Query(**{k: v for k, v in job.query.items() if k in _QUERY_FIELDS})
    except TypeError:
        raise JournalError(translate("Jobs", "Job '{job}' holds a query this version cannot "
                                     "read; run the query again instead.").format(
                                         job=job.id)) from None


def planned_at(job: Job) -> datetime:
    """The `now` the job's plan was made at (its relative range and post ages were read then)."""
    return datetime.fromisoformat(job.created)


def is_of(job: Job, query: Query) -> bool:
    """Whether `job` was started for `query` as it is written now (a relative range's dates,
    resolved when the job was planned, aside)."""
    mine = json.loads(json.dumps(asdict(query), sort_keys=True, default=str))
    theirs = as_written(job)
    if query.range and query.range.strip():
        for name in _DATES:
            mine.pop(name, None)
            theirs.pop(name, None)
    return mine == theirs


def as_written(job: Job) -> dict:
    """The job's query as JSON, with the fields added since it was journaled at their defaults
    (a job begun before queries carried a comparison is still the job of its query)."""
    return {**_DEFAULTS, **job.query}


def last_job_of(jobs: list[Job], query: Query) -> Job | None:
    """The newest job of `query` (`jobs` newest first, as Journal.jobs gives them)."""
    return next((job for job in jobs if is_of(job, query)), None)


def is_complete(job: Job) -> bool:
    """Every step journaled: resuming it sends nothing, it only shows the result again."""
    return job.finished is not None
