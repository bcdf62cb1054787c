"""Issue 13, item 8: a journal or usage ledger that is a database, but with tables of another
shape, is kept aside like a damaged one (message, the file byte for byte) instead of failing
every query with an SQL traceback; a malformed `problems` column loses only its step, which a
resume fetches again."""
from __future__ import annotations

import pytest

import json
import re
import sqlite3

from reliability_fixtures import AppHome, raw_text_in

pytestmark = pytest.mark.bad_input

A = "2109646518481850368"
WORKSPACE = {"format_version": 1, "name": "w", "queries": [{
    "name": "q", "endpoint": "totals", "account": "demo-app", "ids": [A], "metrics": ["favorites"],
    "groupings": {"g": ["tweet.id", "engagement.type"]}}]}


def foreign_database(path) -> bytes:
    """A database with tables of our names and other columns, as another program wrote it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        for table in ("jobs", "steps", "handles"):
            db.execute(f"CREATE TABLE {table} (something_else TEXT)")
    return path.read_bytes()


def workspace_file(home: AppHome) -> str:
    path = home.root / "work.json"
    path.write_text(json.dumps(WORKSPACE))
    return str(path)


def test_a_journal_of_another_schema_is_kept_aside_and_the_run_goes_on(home):
    before = foreign_database(home.data / "jobs.sqlite3")
    export = home.root / "out.csv"
    result = home.cli("run", workspace_file(home), "--export", str(export))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    [aside] = home.data.glob("jobs.sqlite3.corrupt-*")
    assert aside.read_bytes() == before
    assert "The job journal was damaged" in result.stderr and "not written by this app" in \
        result.stderr and str(aside) in result.stderr
    assert raw_text_in(result.stderr) == []
    assert f"{A},favorites,total" in export.read_text(encoding="utf-8-sig")


def test_a_usage_ledger_of_another_schema_is_kept_aside_and_counting_starts_afresh(home):
    before = foreign_database(home.data / "usage.sqlite3")
    result = home.cli("usage")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    [aside] = home.data.glob("usage.sqlite3.corrupt-*")
    assert aside.read_bytes() == before and str(aside) in result.stderr
    assert "not written by this app" in result.stderr and raw_text_in(result.stderr) == []


def test_a_malformed_problems_column_loses_only_its_step_which_a_resume_fetches_again(home):
    workspace = workspace_file(home)
    first = home.cli("run", workspace)
    job = re.search(r"^Job (\S+)\.", first.stderr, re.M)[1]
    journal = home.data / "jobs.sqlite3"
    for n, notes in enumerate(("{not json", "[[1, 2]]", '"a text"')):
        with sqlite3.connect(journal) as db:
            db.execute("UPDATE steps SET problems = ?", (notes,))
        export = home.root / f"resumed-{n}.csv"
        resumed = home.cli("run", workspace, "--resume", job, "--export", str(export))
        assert resumed.returncode == 0, resumed.stderr
        assert "Traceback" not in resumed.stderr and "damaged" not in resumed.stderr
        assert f"{A},favorites,total" in export.read_text(encoding="utf-8-sig")
        assert not list(home.data.glob("jobs.sqlite3.corrupt-*"))  # the journal is kept
