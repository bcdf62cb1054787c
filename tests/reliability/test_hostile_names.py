"""Issue 13, item 3: names from a workspace are shown, never obeyed. A query whose name is shell
code makes `run` print a resume command that, pasted into a shell, resumes the job and runs
nothing else; names holding terminal escapes reach neither stdout nor stderr as escapes."""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.bad_input

A = "2109646518481850368"
SHELL_CODE = "x'; touch PWNED; echo '"
ESCAPES = "q\x1b]0;pwned\x07\x1b[2J\x1b[31m\x9b1m"


def workspace(home, name: str, path: str = "w.json") -> Path:
    file = home.root / path
    file.write_text(json.dumps({"format_version": 1, "name": "w\x1b[5m", "queries": [{
        "name": name, "endpoint": "totals", "account": "demo-app", "ids": [A],
        "metrics": ["favorites"], "groupings": {"g": ["tweet.id", "engagement.type"]}}]}))
    return file


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell runs the printed line")
@pytest.mark.parametrize("path", ["w.json", "my $(touch PWNED) ws.json", "-w.json"])
def test_the_printed_resume_command_resumes_the_job_and_runs_nothing_else(home, path):
    file = workspace(home, SHELL_CODE, path)
    first = home.cli("run", "--query", SHELL_CODE, "--", file.name)
    assert first.returncode == 0, first.stderr
    line = re.search(r"^Job \S+\. If it stops, resume it with: (.+)$", first.stderr, re.M)[1]
    env = {**home.env(), "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    pasted = subprocess.run(["bash", "-c", line], capture_output=True, text=True, env=env,
                            cwd=home.root, timeout=120)
    assert not (home.root / "PWNED").exists()
    assert pasted.returncode == 0, (line, pasted.stderr)
    assert "no problems" in pasted.stderr
    assert "Traceback" not in first.stderr + pasted.stderr


@pytest.mark.parametrize("command", [("plan",), ("run",), ("run", "--query", "nope")])
def test_names_with_terminal_escapes_reach_no_output_as_escapes(home, command):
    file = workspace(home, ESCAPES)
    ran = home.cli(*command[:1], str(file), *command[1:])
    assert ran.returncode in (0, 2), ran.stderr
    assert "Traceback" not in ran.stderr
    out = ran.stdout + ran.stderr
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), repr(out)
    assert "q]0;pwned" not in out  # the escape's text is dropped with it, not left visible
