"""`engagement-desktop` itself: one parser with a subcommand each, only the chosen command's body
imported, and plain exits for help, version, unknown commands, user errors and closed pipes."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from engagement_desktop import __version__
from engagement_desktop.cli import main
from engagement_desktop.cli.arguments import COMMANDS
from engagement_desktop.resources import EXAMPLES

HEAVY = ("PySide6", "pyqtgraph", "numpy", "requests", "keyring", "openpyxl")


def command_line(home: Path, code: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state")}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=60)


def test_plan_loads_no_qt_numpy_network_keyring_nor_another_commands_body(tmp_path):
    code = ("import json, sys; from engagement_desktop.cli import main; code = main(); "
            "print(json.dumps([code, sorted(sys.modules)]))")
    done = command_line(tmp_path, code, "plan", "--now", "2026-11-23T12:00:00Z",
                        str(EXAMPLES / "totals-launch-week.json"))
    exit_code, modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert exit_code == 0, done.stderr
    loaded_heavy = [m for m in modules if m.split(".")[0] in HEAVY]
    assert loaded_heavy == []
    bodies = {spec.module for spec in COMMANDS.values()} & set(modules)
    assert bodies == {"engagement_desktop.cli.plan_command"}


def test_help_lists_every_command_and_how_to_open_the_window(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "engagement-desktop [--home DIR] [WORKSPACE.json]" in out
    for name, command in COMMANDS.items():
        assert name in out and command.summary in out


def test_a_commands_help_shows_its_description_and_options(capsys):
    assert main(["run", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: engagement-desktop run")
    assert "Exit codes: 0 done, 1 done with problems" in out and "--export PATH" in out


def test_version_prints_the_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"engagement-desktop {__version__}\n"


def test_an_unknown_command_exits_2_with_the_usage(capsys):
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: engagement-desktop") and "'frobnicate'" in err
    assert "choose from 'plan', 'run', 'accounts'" in err


@pytest.mark.parametrize("argv", [[], ["work.json"], ["--home", "somewhere"]])
def test_no_command_a_workspace_or_a_window_option_opens_the_window(argv, monkeypatch):
    opened = []
    monkeypatch.setattr("engagement_desktop.app.main", lambda args: opened.append(args) or 0)
    assert main(argv) == 0
    assert opened == [argv]


def test_a_reader_that_goes_away_is_no_error(tmp_path):
    code = "import sys; from engagement_desktop.cli import main; sys.exit(main())"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    listing = subprocess.Popen([sys.executable, "-c", code, "plugins"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env)
    listing.stdout.close()  # gone before the listing is written, as `... | head -0` would be
    _, err = listing.communicate(timeout=60)
    assert listing.returncode == 0 and b"Traceback" not in err and b"Exception" not in err


def test_a_run_on_the_demo_accounts_finds_no_keyring_and_loads_no_exporter(tmp_path):
    # Issue 15: the demo accounts' secrets are public, so the keyring (0.1–0.4 s to find) is
    # not looked for; without --export no exporter plugin is imported.
    code = ("import json, sys; from engagement_desktop.cli import main; code = main(); "
            "print(json.dumps([code, sorted(sys.modules)]))")
    done = command_line(tmp_path, code, "run", str(EXAMPLES / "totals-launch-week.json"))
    exit_code, modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert exit_code in (0, 1), done.stderr  # done, perhaps with notes on old posts
    assert "Done:" in done.stderr
    assert [m for m in modules if m.split(".")[0] == "keyring"] == []
    assert [m for m in modules if m.startswith("engagement_builtins.export")] == []


def test_a_runs_workers_start_before_numpy_or_oauthlib_is_loaded(tmp_path, server):
    # Issue 15: the first requests leave before the result's columns (numpy) are loaded; a
    # bearer account's run never loads oauthlib. Recorded as the workers start, in `run`.
    code = ("import json, sys; from engagement_desktop.cli import main; "
            "from engagement_desktop.runner import run; started = run.Workers.__init__; "
            "seen = []; "
            "run.Workers.__init__ = lambda self, *a, **k: (seen.append(sorted("
            "m for m in ('numpy', 'oauthlib', 'keyring') if m in sys.modules)), "
            "started(self, *a, **k))[1]; "
            "code = main(); print(json.dumps([code, seen, 'numpy' in sys.modules]))")
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"format_version": 1, "name": "w", "queries": [{
        "name": "q", "endpoint": "totals", "account": "demo-app",
        "ids": ["2109646518481850368"], "metrics": ["favorites"],
        "groupings": {"g": ["tweet.id", "engagement.type"]}}]}))
    done = command_line(tmp_path, code, "run", str(path), "--base-url", server.base_url)
    exit_code, seen, numpy_at_the_end = json.loads(done.stdout.strip().splitlines()[-1])
    assert exit_code == 0, done.stderr
    assert seen == [[]]
    assert numpy_at_the_end  # loaded once the answer was in, to read and fold it
