"""A journal written before the rows' format 2 still resumes: its steps are migrated on opening.

fixtures/journal-format1.sqlite3 was written by the app as it was before format 2 (main at
2fed301): the job of QUERY below against a sandbox frozen at NOW, stopped after its first of two
steps (3 posts × 2 metrics × 28 days hourly, plus per-post totals: 4,038 values journaled).
"""
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from e2e.e2e_fixtures import collect, make_service

from engagement_desktop.core.query import Query
from engagement_desktop.core.rows import SERIES_FORMAT
from engagement_desktop.runner.events import PageParsed
from engagement_desktop.runner.journal import FILE_NAME, Journal
from engagement_desktop.sandbox.server import SandboxServer

FIXTURE = Path(__file__).parent / "fixtures" / "journal-format1.sqlite3"
NOW = datetime(2026, 11, 30, 12, tzinfo=timezone.utc)
QUERY = Query(name="format1", endpoint="historical", account="demo-owner",
              ids=["2094575964779446350", "2094938352645046350", "2095300740510646350"],
              metrics=["impressions", "favorites"],
              groupings={"hourly": ["tweet.id", "engagement.type", "engagement.day",
                                    "engagement.hour"],
                         "per-post": ["tweet.id", "engagement.type"]},
              start="2026-10-20", end="2026-11-25")


@pytest.fixture
def server():
    with SandboxServer(now=NOW) as serving:
        yield serving


def old_journal_in(root) -> str:
    """The fixture copied where a service under `root` keeps its journal; its job's ID."""
    data = root / "data"
    data.mkdir(parents=True)
    shutil.copy(FIXTURE, data / FILE_NAME)
    with sqlite3.connect(data / FILE_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (0,)  # format 1, as written
        return db.execute("SELECT id FROM jobs").fetchone()[0]


def uninterrupted(root, server):
    service = make_service(root, server)
    result, _ = collect(service, QUERY)
    service.close()
    return result


def test_a_job_journaled_in_format_1_resumes_to_the_uninterrupted_result(tmp_path, server):
    job_id = old_journal_in(tmp_path / "old")
    service = make_service(tmp_path / "old", server)
    assert service.paths.data == tmp_path / "old" / "data"
    result, events = collect(service, QUERY, resume_job=job_id)
    service.close()
    pages = [e for e in events if isinstance(e, PageParsed)]
    assert [(p.resumed, len(p.rows)) for p in pages] == [(True, 4038), (False, 8 * 24 * 2 * 3 + 6)]
    expected = uninterrupted(tmp_path / "fresh", server)
    assert list(result.rows()) == list(expected.rows()) and len(result) == len(expected)
    assert result.problems == expected.problems
    with sqlite3.connect(service.paths.data / FILE_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (SERIES_FORMAT,)


def test_a_format_1_step_whose_rows_are_damaged_is_dropped_and_fetched_again(tmp_path, server):
    job_id = old_journal_in(tmp_path / "old")
    with sqlite3.connect(tmp_path / "old" / "data" / FILE_NAME) as db:
        db.execute("UPDATE steps SET rows = substr(rows, 1, 60)")
    journal = Journal(tmp_path / "old" / "data")
    assert journal.problem is None and journal.job(job_id).steps_done == 0
    journal.close()
    service = make_service(tmp_path / "old", server)
    result, events = collect(service, QUERY, resume_job=job_id)
    service.close()
    assert not any(e.resumed for e in events if isinstance(e, PageParsed))
    assert list(result.rows()) == list(uninterrupted(tmp_path / "fresh", server).rows())


def test_a_journal_of_the_current_format_is_left_as_it_is(tmp_path):
    Journal(tmp_path).close()
    before = (tmp_path / FILE_NAME).read_bytes()
    Journal(tmp_path).close()
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (SERIES_FORMAT,)
    assert (tmp_path / FILE_NAME).read_bytes() == before
