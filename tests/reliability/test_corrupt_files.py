"""Damaged files on disk — the job journal, the usage ledger, a workspace, the account list —
give a clear message, keep the original (byte for byte, or renamed aside as documented:
`<name>.corrupt-<UTC stamp>` next to it), and the app's commands still start and exit with
their documented codes, never with a traceback."""
from __future__ import annotations

import json
import sqlite3

import pytest
from reliability_fixtures import AppHome, files_in, raw_text_in

from engagement_desktop.core.plan import Plan, Step
from engagement_desktop.core.query import Query
from engagement_desktop.runner.journal import FILE_NAME as JOURNAL, Journal

pytestmark = pytest.mark.bad_input

A = "2109646518481850368"
GARBAGE = bytes((i * 151 + 7) % 256 for i in range(4096))  # the same "random" bytes every run
TOTALS_WORKSPACE = {"format_version": 1, "name": "w", "queries": [{
    "name": "q", "endpoint": "totals", "account": "demo-app", "ids": [A], "metrics": ["favorites"],
    "groupings": {"g": ["tweet.id", "engagement.type"]}}]}


def aside_of(folder, name: str) -> list:
    """The copies of `name` moved aside (an SQLite file's -wal and -shm move along with it)."""
    return sorted(p for p in folder.glob(f"{name}.corrupt-*") if not p.name.endswith(("-wal", "-shm")))


def assert_clean_exit(result, code: int) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout


def write_workspace(home: AppHome, document=TOTALS_WORKSPACE) -> str:
    path = home.root / "work.json"
    path.write_text(json.dumps(document))
    return str(path)


# -- the job journal -------------------------------------------------------------------------
def real_journal(folder) -> bytes:
    """The bytes of a journal holding one job, checkpointed into the main file."""
    folder = folder / "healthy"
    journal = Journal(folder)
    step = Step("s1", "totals", "demo-app", (A,), ("favorites",))
    journal.start(Plan(Query(ids=[A]), [step], [A]))
    journal.close()
    with sqlite3.connect(folder / JOURNAL) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return (folder / JOURNAL).read_bytes()


CORRUPTIONS = {
    "garbage-bytes": lambda folder: GARBAGE,
    "sqlite-header-then-garbage": lambda folder: b"SQLite format 3\x00" + GARBAGE,
    "truncated-journal": lambda folder: real_journal(folder)[:6000],
    "zeroed-schema-page": lambda folder: (lambda b: b[:100] + bytes(3000) + b[3100:])(
        real_journal(folder)),
}


@pytest.mark.parametrize("corrupt", [pytest.param(v, id=k) for k, v in CORRUPTIONS.items()])
def test_a_damaged_journal_is_kept_aside_byte_for_byte_and_a_new_one_starts(tmp_path, corrupt):
    damaged = corrupt(tmp_path)
    (tmp_path / JOURNAL).write_bytes(damaged)
    journal = Journal(tmp_path)
    try:
        [aside] = aside_of(tmp_path, JOURNAL)
        assert aside.read_bytes() == damaged
        assert journal.problem and str(aside) in journal.problem
        assert "cannot be resumed" in journal.problem and raw_text_in(journal.problem) == []
        job = journal.start(Plan(Query(ids=[A]), [], [A]))  # the new journal works
        assert [j.id for j in journal.jobs()] == [job]
    finally:
        journal.close()


def test_an_empty_journal_file_is_used_as_a_new_journal_without_a_warning(tmp_path):
    (tmp_path / JOURNAL).write_bytes(b"")
    journal = Journal(tmp_path)
    try:
        assert journal.problem is None and aside_of(tmp_path, JOURNAL) == []
    finally:
        journal.close()


def test_run_with_a_damaged_journal_warns_keeps_it_and_still_exports_the_result(home):
    home.data.mkdir(parents=True)
    (home.data / JOURNAL).write_bytes(GARBAGE)
    export = home.root / "out.csv"
    result = home.cli("run", write_workspace(home), "--export", str(export))
    assert_clean_exit(result, 0)
    [aside] = aside_of(home.data, JOURNAL)
    assert aside.read_bytes() == GARBAGE
    assert "The job journal was damaged" in result.stderr and str(aside) in result.stderr
    assert f"{A},favorites,total" in export.read_text(encoding="utf-8-sig")


def test_resuming_a_job_of_a_damaged_journal_says_why_it_cannot_with_exit_2(home):
    home.data.mkdir(parents=True)
    (home.data / JOURNAL).write_bytes(GARBAGE)
    result = home.cli("run", write_workspace(home), "--resume", "20261123-120000-abcdef")
    assert_clean_exit(result, 2)
    assert "There is no job '20261123-120000-abcdef'" in result.stderr
    assert "The job journal was damaged" in result.stderr


def test_usage_with_a_damaged_ledger_warns_keeps_it_and_starts_counting_afresh(home):
    home.data.mkdir(parents=True)
    (home.data / "usage.sqlite3").write_bytes(GARBAGE)
    result = home.cli("usage")
    assert_clean_exit(result, 0)
    [aside] = aside_of(home.data, "usage.sqlite3")
    assert aside.read_bytes() == GARBAGE and str(aside) in result.stderr
    assert "No @handles queried yet" in result.stdout


# -- workspace files -------------------------------------------------------------------------
@pytest.mark.parametrize("command", ["plan", "run"])
def test_a_damaged_workspace_is_refused_with_exit_2_and_left_byte_for_byte(home, command):
    path = home.root / "work.json"
    damaged = json.dumps(TOTALS_WORKSPACE).encode()[:70]
    path.write_bytes(damaged)
    result = home.cli(command, str(path))
    assert_clean_exit(result, 2)
    assert "is not valid JSON" in result.stderr and "left as it is" in result.stderr
    assert path.read_bytes() == damaged and files_in(home.root) >= {"work.json"}
    assert not [name for name in files_in(home.root) if name.startswith("work.json")
                and name != "work.json"]


# -- the account list ------------------------------------------------------------------------
ACCOUNT_LISTS = {
    "garbage-text": b"garbage{{",
    "truncated-json": b'{"format_version": 1, "accounts": [{"name": "me", "ki',
    "binary": GARBAGE,
    "json-array": b"[]",
    "no-accounts-key": b'{"format_version": 1}',
    "accounts-is-a-number": b'{"format_version": 1, "accounts": 5}',
    "unknown-account-kind": b'{"format_version": 1, "accounts": [{"name": "me", "kind": "x"}]}',
    "account-without-name": b'{"format_version": 1, "accounts": [{"kind": "bearer"}]}',
}


@pytest.mark.parametrize("damaged", [pytest.param(v, id=k) for k, v in ACCOUNT_LISTS.items()])
def test_accounts_list_with_a_damaged_account_list_warns_keeps_it_and_exits_0(home, damaged):
    home.config.mkdir(parents=True)
    (home.config / "accounts.json").write_bytes(damaged)
    result = home.cli("accounts", "list")
    assert_clean_exit(result, 0)
    [aside] = aside_of(home.config, "accounts.json")
    assert aside.read_bytes() == damaged
    assert "The account list was damaged" in result.stderr and str(aside) in result.stderr
    assert raw_text_in(result.stderr) == [], result.stderr
    assert "No accounts." in result.stdout


def test_plan_with_a_damaged_account_list_still_plans_and_says_the_list_was_kept(home):
    home.config.mkdir(parents=True)
    (home.config / "accounts.json").write_bytes(b"garbage{{")
    result = home.cli("plan", "--now", "2026-11-23T12:30:00Z", write_workspace(home))
    assert_clean_exit(result, 0)
    assert "POST /insights/engagement/totals" in result.stdout
    [aside] = aside_of(home.config, "accounts.json")
    assert aside.read_bytes() == b"garbage{{"
    assert "The account list was damaged" in result.stderr and str(aside) in result.stderr


def test_plugins_starts_with_a_damaged_account_list_and_leaves_it_alone(home):
    home.config.mkdir(parents=True)
    (home.config / "accounts.json").write_bytes(GARBAGE)
    result = home.cli("plugins")
    assert_clean_exit(result, 0)
    assert "0 failed." in result.stdout
    assert (home.config / "accounts.json").read_bytes() == GARBAGE


@pytest.mark.parametrize("command, code", [pytest.param(("accounts", "list"), 1, id="accounts-list"),
                                           pytest.param(("plan",), 2, id="plan")])
def test_an_unreadable_account_list_gives_a_message_not_a_traceback(home, command, code):
    (home.config / "accounts.json").mkdir(parents=True)  # a folder where the file should be
    args = (*command, write_workspace(home)) if command == ("plan",) else command
    result = home.cli(*args)
    assert_clean_exit(result, code)
    assert "The account list" in result.stderr and "cannot be read" in result.stderr
    assert raw_text_in(result.stderr) == [], result.stderr
    assert (home.config / "accounts.json").is_dir()
