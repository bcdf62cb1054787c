"""The one damaged-file keeper the account list, the journal and the usage ledger share."""
import sqlite3

import pytest

from engagement_desktop.storage.damaged import DamagedFile, is_damage, move_aside


def test_a_file_sqlite_cannot_open_is_kept_aside_and_a_new_one_opened(tmp_path):
    path = tmp_path / "things.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    keeper = DamagedFile(path, "thing list", "a new one was started.")

    def open_() -> int:
        with sqlite3.connect(path) as db:
            return db.execute("CREATE TABLE IF NOT EXISTS t (x)").rowcount

    keeper.open_sqlite(open_)
    [aside] = tmp_path.glob("things.sqlite3.corrupt-*")
    assert aside.read_bytes() == b"not a database at all" * 100
    assert keeper.problem.startswith("The thing list was damaged (it is not a database file); "
                                     f"it was kept as {aside} and a new one was started.")
    assert keeper.times_kept == 1
    with sqlite3.connect(path) as db:  # the new file is a database
        assert db.execute("SELECT COUNT(*) FROM t").fetchone() == (0,)


def test_a_healthy_file_is_opened_and_nothing_is_said(tmp_path):
    path = tmp_path / "fine.sqlite3"
    keeper = DamagedFile(path, "thing list", "a new one was started.")
    assert keeper.open_sqlite(lambda: sqlite3.connect(path).close()) is None
    assert keeper.problem is None and list(tmp_path.iterdir()) == [path]


def test_the_write_ahead_log_moves_along_with_its_database(tmp_path):
    path = tmp_path / "j.sqlite3"
    for name in ("j.sqlite3", "j.sqlite3-wal", "j.sqlite3-shm"):
        (tmp_path / name).write_text(name)
    aside = move_aside(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [aside.name, aside.name + "-wal", aside.name + "-shm"])
    assert (tmp_path / (aside.name + "-wal")).read_text() == "j.sqlite3-wal"


def test_only_corruption_counts_as_damage_not_a_busy_or_read_only_file(tmp_path):
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"garbage" * 200)
    with pytest.raises(sqlite3.DatabaseError) as corrupt:
        sqlite3.connect(path).execute("SELECT 1 FROM sqlite_master").fetchall()
    assert is_damage(corrupt.value)
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY
    assert not is_damage(busy)
