"""Issue 13, item 5's memory bound: the CLI run against a 4 MB gzip bomb (4 GB inflated) and
against an endless chunked body ends with the process's peak RSS under 300 MB. The run is its
own child process, which reports its own peak as it ends (VmHWM in /proc: getrusage's
ru_maxrss would carry over the peak of the test process it was forked from, as it survives
exec); the server is this one."""
import subprocess
import sys

import pytest
from hostile_server import HostileServer
from totals_workspace import totals_workspace

pytestmark = pytest.mark.slow

PEAK_MB = 300
CHILD = """
import re, sys
from pathlib import Path
from engagement_desktop.cli import main
sys.argv = ["engagement-desktop", *sys.argv[1:]]
code = main()
peak = re.search(r"VmHWM:\\s*(\\d+) kB", Path("/proc/self/status").read_text()).group(1)
print("exit", code, "peak_kb", peak)
"""


@pytest.mark.parametrize("mode", ["gzip-bomb", "endless"])
def test_a_bomb_or_an_endless_body_leaves_the_peak_rss_under_300_mb(home, mode):
    workspace = totals_workspace(home.root)
    with HostileServer(mode) as server:
        ran = subprocess.run([sys.executable, "-c", CHILD, "run", str(workspace),
                              "--base-url", server.base_url], capture_output=True, text=True,
                             env=home.env(), cwd=home.root, timeout=120)
    words = ran.stdout.split()
    assert words[:2] == ["exit", "1"], ran.stderr  # done, with the posts' problems
    assert "answer_too_large" in ran.stderr
    assert int(words[3]) < PEAK_MB * 1024, f"peak RSS {int(words[3]) // 1024} MB"
