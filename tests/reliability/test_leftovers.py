"""Issue 13, item 10: what a killed process leaves behind — XlsxWriter's temporary files and an
atomic write's half-written temporary file beside its target — is removed at the next start of
the command line and of the window; what a running process is using is left alone."""
import json
import os

import pytest

from engagement_desktop.storage import scratch
from engagement_desktop.storage.atomic import atomic_path

fcntl = pytest.importorskip("fcntl")  # a live process is told by its held lock (POSIX)
pytestmark = pytest.mark.bad_input

A = "2109646518481850368"


def leftovers_of_a_killed_export(root, scratch_root):
    """A scratch folder no process holds: an XlsxWriter row file, and a note naming the
    temporary file of an export that was cut off, which is there beside its target."""
    dead = scratch_root / "process-killed"
    dead.mkdir(parents=True)
    (dead / scratch.LOCK).write_text("")
    (dead / "tmpk2l1xq").write_bytes(b"<row r='1'>" * 1000)
    half = root / ".out.k3j2h1.tmp.xlsx"
    half.write_bytes(b"PK\x03\x04 half a workbook")
    (dead / f"{scratch.NOTE}1").write_text(str(half))
    return dead, half


def a_running_process_folder(scratch_root):
    live = scratch_root / "process-running"
    live.mkdir(parents=True)
    lock = open(live / scratch.LOCK, "w")
    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    (live / "tmpinuse").write_text("in use")
    return live, lock


def test_the_next_run_removes_a_killed_exports_leftovers_and_spares_a_running_one(home):
    scratch_root = home.data / "scratch"
    dead, half = leftovers_of_a_killed_export(home.root, scratch_root)
    live, lock = a_running_process_folder(scratch_root)
    workspace = home.root / "w.json"
    workspace.write_text(json.dumps({"format_version": 1, "name": "w", "queries": [{
        "name": "q", "endpoint": "totals", "account": "demo-app", "ids": [A],
        "metrics": ["favorites"], "groupings": {"g": ["tweet.id", "engagement.type"]}}]}))
    try:
        ran = home.cli("run", str(workspace), "--export", str(home.root / "out.xlsx"))
        assert ran.returncode == 0, ran.stderr
        assert not dead.exists() and not half.exists()
        assert (live / "tmpinuse").read_text() == "in use"
        assert [p.name for p in scratch_root.iterdir()] == [live.name]  # its own went too
        assert (home.root / "out.xlsx").read_bytes()[:2] == b"PK"
        assert not [p for p in home.root.iterdir() if ".tmp" in p.name]
    finally:
        lock.close()


def test_an_atomic_write_in_progress_is_noted_and_the_note_goes_when_it_ends(tmp_path):
    mine = scratch.claim(tmp_path / "scratch")
    try:
        with atomic_path(tmp_path / "out.csv") as temporary:
            [note] = mine.glob(f"{scratch.NOTE}*")
            assert note.read_text() == os.path.abspath(temporary)
            temporary.write_text("a,b\n")
        assert not list(mine.glob(f"{scratch.NOTE}*"))
        assert (tmp_path / "out.csv").read_text() == "a,b\n"
    finally:
        scratch.release()
    assert not mine.exists()


def test_the_window_removes_a_killed_exports_leftovers_at_start(qtbot, tmp_path):
    from engagement_desktop.app import build

    dead, half = leftovers_of_a_killed_export(tmp_path, tmp_path / "gui" / "data" / "scratch")
    app, window, stop = build(["--home", str(tmp_path / "gui")])
    try:
        assert not dead.exists() and not half.exists()
    finally:
        window.workbench.files.dirty = False
        window.close()
        stop()
