"""Issue 13, item 8: a data, journal or log folder the app may not write, and a disk that fills
up mid-run, end in a plain message and exit 1, never a traceback; nothing is lost: the files
stay as they were, and what a run fetched before the disk filled stays in the journal, so the
printed resume command finishes the job with the rows an uninterrupted run gets."""
from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from e2e.e2e_fixtures import TODAY, day, owned_ids
from reliability_fixtures import AppHome, raw_text_in

from engagement_desktop.paths import JOURNAL_FILE

pytestmark = pytest.mark.bad_input

A = "2109646518481850368"
TOTALS = {"name": "q", "endpoint": "totals", "account": "demo-app", "ids": [A],
          "metrics": ["favorites"], "groupings": {"g": ["tweet.id", "engagement.type"]}}
# 200 posts × 85 days: 8 batches × 4 windows = 32 steps, each a few pages of the journal.
LONG = {"name": "long", "endpoint": "historical", "account": "demo-owner",
        "ids": owned_ids(200, TODAY - timedelta(days=120)), "metrics": ["impressions"],
        "groupings": {"daily": ["tweet.id", "engagement.type", "engagement.day"]},
        "start": day(TODAY - timedelta(days=85)), "end": day(TODAY - timedelta(days=1))}
# The CLI with SQLite's own size limit on the journal: past it, a write fails exactly as on a
# full disk (SQLITE_FULL), after the first steps were journaled. 4 pages past the opened file:
# the journal's rows format 2 keeps several daily steps in a page (the whole run in ~10).
FULL_DISK_CLI = """
import sys
from engagement_desktop.cli import main
from engagement_desktop.runner.journal import Journal

opened = Journal._open

def _open(self):
    db = opened(self)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 4}")
    return db

Journal._open = _open
sys.exit(main())
"""


def workspace(home: AppHome, query: dict) -> Path:
    path = home.root / "w.json"
    path.write_text(json.dumps({"format_version": 1, "name": "w", "queries": [query]}))
    return path


@contextmanager
def read_only(folder: Path):
    """`folder` read-only for the app: its permissions for a user, a read-only bind mount for
    root (whom permissions do not stop); skipped where neither can be had."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("root, and no bind mount to make a folder read-only")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def assert_plain_failure(ran, says: str) -> None:
    assert ran.returncode == 1, (ran.stdout, ran.stderr)
    assert "Traceback" not in ran.stderr and raw_text_in(ran.stderr) == [], ran.stderr
    assert says in ran.stderr and "cannot be written" in ran.stderr, ran.stderr


@pytest.mark.parametrize("folder, says", [
    pytest.param(lambda home: home.data, "The job journal", id="data-folder"),
    pytest.param(lambda home: home.root / "state" / "engagement-desktop" / "log", "The log file",
                 id="log-folder"),
])
def test_a_read_only_folder_is_named_with_exit_1_and_left_as_it_was(home, folder, says):
    path = workspace(home, TOTALS)
    assert home.cli("run", str(path)).returncode == 0  # the folders and the journal exist
    before = snapshot(home.root)
    with read_only(folder(home)):
        ran = home.cli("run", str(path), "--export", str(home.root / "out.csv"))
    assert_plain_failure(ran, says)
    assert str(folder(home)) in ran.stderr
    assert snapshot(home.root) == before  # nothing moved aside, nothing half written


def test_a_data_folder_that_cannot_be_made_is_named_with_exit_1(home):
    home.root.joinpath("data").write_text("a file where the data folder should be")
    ran = home.cli("run", str(workspace(home, TOTALS)))
    assert_plain_failure(ran, "The app folder")
    assert "a file stands where a folder should be" in ran.stderr


@pytest.mark.slow
def test_a_disk_filling_up_mid_run_keeps_what_was_fetched_for_the_printed_resume(home):
    path = workspace(home, LONG)
    full = subprocess.run([sys.executable, "-c", FULL_DISK_CLI, "run", str(path)],
                          capture_output=True, text=True, env=home.env(), cwd=home.root,
                          timeout=300)
    assert_plain_failure(full, "The job journal")
    assert "the disk is full" in full.stderr
    resume = re.search(r"^What was fetched so far is kept in the journal\. Resume with: (.+)$",
                       full.stderr, re.M)[1]
    with sqlite3.connect(home.data / JOURNAL_FILE) as db:
        kept = db.execute("SELECT COUNT(*) FROM steps").fetchone()[0]
    assert 0 < kept < 32  # some steps journaled before the disk filled, not all

    env = {**home.env(), "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    resumed = subprocess.run(["bash", "-c", f"{resume} --export resumed.csv"], capture_output=True,
                             text=True, env=env, cwd=home.root, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    whole = home.cli("run", str(path), "--export", str(home.root / "whole.csv"), timeout=300)
    assert whole.returncode == 0, whole.stderr
    assert sorted((home.root / "resumed.csv").read_text().splitlines()) == \
        sorted((home.root / "whole.csv").read_text().splitlines())
