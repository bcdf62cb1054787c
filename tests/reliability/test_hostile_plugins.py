"""Issue 13, item 9: drop-in plugins that raise KeyboardInterrupt or another BaseException at
import, end the process with os._exit, loop forever or start a non-daemon thread are named,
skipped and reported by `plugins`, `plan`, `run` and the window, which all finish as usual."""
from __future__ import annotations

import json
import os

import pytest
from reliability_fixtures import AppHome, raw_text_in

from engagement_desktop.app import Startup

pytestmark = pytest.mark.bad_input

A = "2109646518481850368"
WORKSPACE = {"format_version": 1, "name": "w", "queries": [{
    "name": "q", "endpoint": "totals", "account": "demo-app", "ids": [A], "metrics": ["favorites"],
    "groupings": {"g": ["tweet.id", "engagement.type"]}}]}
# Each writes a marker first, so the test can tell what ran where (and find the looper's pid).
HOSTILE = {
    "interrupter": "raise KeyboardInterrupt\n",
    "base_raiser": "class Boom(BaseException):\n    pass\nraise Boom('out of here')\n",
    "exiter": "import os\nos._exit(7)\n",
    "looper": "import os, pathlib\n"
              "pathlib.Path(__file__).with_suffix('.pid').write_text(str(os.getpid()))\n"
              "while True:\n    pass\n",
    "threader": "import threading, time\n"
                "threading.Thread(target=time.sleep, args=(3600,), name='forever').start()\n",
}
SAYS = {"interrupter": "KeyboardInterrupt", "base_raiser": "Boom: out of here",
        "exiter": "Ended the whole program while being imported (exit code 7)",
        "looper": "Did not finish importing within", "threader": "not a daemon (forever)"}
GOOD = ("from pathlib import Path\nfrom engagement_desktop.plugins.api import API_VERSION\n"
        "class Txt:\n    api_version, name, title, extensions = API_VERSION, 'txt', 'Text', ('.txt',)\n"
        "    def export(self, result, target, progress=None, **options):\n"
        "        Path(target).write_text('rows: %d' % len(list(result.rows())))\n"
        "EXPORTERS = [Txt()]\n")


def drop_hostile_plugins(folder) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, source in {**HOSTILE, "good_txt": GOOD}.items():
        (folder / f"{name}.py").write_text(source)


def assert_looper_is_gone(folder) -> None:
    pid = int((folder / "looper.pid").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_hostile_drop_ins_are_named_skipped_and_reported_by_every_command(home: AppHome):
    folder = home.config / "plugins"
    drop_hostile_plugins(folder)
    workspace = home.root / "work.json"
    workspace.write_text(json.dumps(WORKSPACE))
    before = workspace.read_bytes()

    listed = home.cli("plugins")
    assert listed.returncode == 0, listed.stderr
    for name, says in SAYS.items():
        assert f"{name}.py" in listed.stdout and says in listed.stdout, listed.stdout
    assert "5 failed" in listed.stdout and "ok     exporter txt" in listed.stdout
    assert_looper_is_gone(folder)

    planned = home.cli("plan", "--now", "2026-11-23T12:30:00Z", str(workspace))
    assert planned.returncode == 0, planned.stderr
    assert "POST /insights/engagement/totals" in planned.stdout
    export = home.root / "out.txt"
    ran = home.cli("run", str(workspace), "--export", str(export))
    assert ran.returncode == 0, ran.stderr
    assert export.read_text() == "rows: 1"
    for result in (planned, ran):
        warnings = [line for line in result.stderr.splitlines() if "failed and was skipped" in line]
        assert len(warnings) == 5 and all(line.startswith("warning: ") for line in warnings)
        for name, says in SAYS.items():
            assert any(f"'{name}'" in line and says in line for line in warnings), warnings
        assert raw_text_in(result.stderr) == []
    assert workspace.read_bytes() == before
    checks = json.loads((home.data / "plugin-checks.json").read_text())
    assert len(checks) == 6  # one verdict per file, kept for the next start


def test_a_changed_drop_in_is_checked_again(home: AppHome):
    folder = home.config / "plugins"
    folder.mkdir(parents=True)
    (folder / "fixed.py").write_text(HOSTILE["exiter"])
    assert "Ended the whole program" in home.cli("plugins").stdout
    (folder / "fixed.py").write_text(GOOD)
    listed = home.cli("plugins")
    assert "0 failed" in listed.stdout and "ok     exporter txt" in listed.stdout


def test_the_window_starts_and_says_which_plugins_failed(qtbot, tmp_path):
    root = tmp_path / "home"
    drop_hostile_plugins(root / "config" / "plugins")
    startup = Startup(["--home", str(root)])
    ready = []
    startup.finish_after_first_paint(on_ready=lambda: ready.append(True))
    try:
        qtbot.waitUntil(lambda: bool(ready), timeout=60000)
        workbench = startup.window.workbench
        notes = [n for n in workbench.ctx.startup_notes if "failed and was skipped" in n]
        assert len(notes) == 5
        assert "failed and was skipped" in workbench.status.currentMessage()
        assert "txt" in startup.registry.exporters
        assert_looper_is_gone(root / "config" / "plugins")
    finally:
        if startup.window.workbench is not None:
            startup.window.workbench.files.dirty = False
        startup.window.close()
        startup.stop()
