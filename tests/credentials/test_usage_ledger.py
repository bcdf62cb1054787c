import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import pytest

from engagement_desktop.credentials.usage_ledger import UsageLedger

MARCH = datetime(2025, 3, 31, 23, 30, tzinfo=timezone.utc)
APRIL = datetime(2025, 4, 1, 0, 30, tzinfo=timezone.utc)


def test_recording_returns_only_handles_new_this_month(paths):
    ledger = UsageLedger(paths.data)
    assert ledger.record(["alice", "bob"], when=MARCH) == {"alice", "bob"}
    assert ledger.record(["bob", "carol"], when=MARCH) == {"carol"}
    assert ledger.months() == [("2025-03", 3)]


def test_handles_count_once_whatever_their_case_or_at_sign(paths):
    ledger = UsageLedger(paths.data)
    assert ledger.record(["@Alice", "alice", " ALICE "], when=MARCH) == {"alice"}
    assert ledger.handles("2025-03") == ["alice"]


def test_a_new_calendar_month_in_utc_counts_handles_again(paths):
    ledger = UsageLedger(paths.data)
    ledger.record(["alice"], when=MARCH)
    # 02:30 on 1 April in UTC+3 is still 31 March 23:30 UTC: the same billing month.
    assert ledger.record(["alice"], when=MARCH.astimezone(timezone(timedelta(hours=3)))) == set()
    assert ledger.record(["alice"], when=APRIL) == {"alice"}
    assert ledger.months() == [("2025-03", 1), ("2025-04", 1)]


def test_new_handles_tells_what_a_run_would_add_without_counting_it(paths):
    ledger = UsageLedger(paths.data)
    ledger.record(["alice"], when=MARCH)
    assert ledger.new_handles(["@alice", "Bob"], when=MARCH) == {"bob"}
    assert ledger.new_handles(["bob"], when=MARCH) == {"bob"}
    assert ledger.months() == [("2025-03", 1)]


def test_one_handle_given_as_a_string_is_one_handle(paths):
    assert UsageLedger(paths.data).record("alice", when=MARCH) == {"alice"}


def test_the_ledger_survives_a_relaunch(paths):
    UsageLedger(paths.data).record(["alice", "bob"], when=MARCH)
    assert UsageLedger(paths.data).handles("2025-03") == ["alice", "bob"]


def test_recording_without_a_time_counts_in_the_current_utc_month(paths):
    ledger = UsageLedger(paths.data)
    ledger.record(["alice"])
    assert ledger.months() == [(datetime.now(timezone.utc).strftime("%Y-%m"), 1)]


def test_a_time_without_a_timezone_is_refused(paths):
    with pytest.raises(ValueError, match="timezone-aware"):
        UsageLedger(paths.data).record(["alice"], when=datetime(2025, 3, 1))


def test_threads_recording_the_same_handles_count_each_once(paths):
    ledger = UsageLedger(paths.data)
    handles = [f"user{n}" for n in range(40)]
    new_per_thread: list[set[str]] = []

    def record():
        new_per_thread.append(ledger.record(handles, when=MARCH))

    threads = [threading.Thread(target=record) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert ledger.months() == [("2025-03", 40)]
    assert sorted(h for new in new_per_thread for h in new) == sorted(handles)


def test_a_damaged_ledger_is_kept_aside_and_counting_starts_afresh(paths):
    (paths.data / "usage.sqlite3").write_bytes(b"this is not a database" * 100)
    ledger = UsageLedger(paths.data)
    assert "damaged" in ledger.problem
    assert len(list(paths.data.glob("usage.sqlite3.corrupt-*"))) == 1
    assert ledger.record(["alice"], when=MARCH) == {"alice"}
    with sqlite3.connect(paths.data / "usage.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM handles").fetchone() == (1,)


def ledger_damaged_past_its_first_page(folder) -> bytes:
    """A ledger of a year of handles whose pages after the first (the schema, all an open
    reads) are garbage: the damage only shows when its handles are read or written."""
    ledger = UsageLedger(folder)
    for month in range(1, 13):
        ledger.record([f"user{month}_{n}" for n in range(500)],
                      when=datetime(2025, month, 2, tzinfo=timezone.utc))
    healthy = (folder / "usage.sqlite3").read_bytes()
    damaged = healthy[:4096] + bytes((k * 7 + 3) % 256 for k in range(len(healthy) - 4096))
    (folder / "usage.sqlite3").write_bytes(damaged)
    return damaged


@pytest.mark.parametrize("use", [
    pytest.param(lambda ledger: ledger.months() == [], id="reading-the-months"),
    pytest.param(lambda ledger: ledger.record(["alice"], when=MARCH) == {"alice"}
                 and ledger.months() == [("2025-03", 1)], id="recording-handles")])
def test_damage_deep_in_the_ledger_found_in_use_keeps_it_aside_and_counts_afresh(paths, use):
    damaged = ledger_damaged_past_its_first_page(paths.data)
    ledger = UsageLedger(paths.data)
    assert ledger.problem is None  # the open alone cannot see it
    assert use(ledger)
    [aside] = [p for p in paths.data.glob("usage.sqlite3.corrupt-*")
               if not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == damaged
    assert ledger.problem.startswith("The @handle usage ledger was damaged (the database inside "
                                     f"it is damaged); it was kept as {aside}")
