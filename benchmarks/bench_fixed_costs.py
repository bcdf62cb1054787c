"""Fixed costs of the CLI (issue 15), each beside a baseline measured in the same run:

1. `engagement-desktop plan` of a 10,000-post workspace, start to exit, vs `python -c 'import
   requests'` (medians of N, interleaved; goal ≤ 1.5 ×), and whether `plan` imports numpy.
2. `engagement-desktop run` of the same workspace (totals, 40 requests; its first run, in a
   fresh home where only `plan` ran before, so the posts' owners are looked up beside it:
   100 more requests) against a fresh sandbox in this process, no latency: process start →
   the first request arriving (goal ≤ 0.5 s; also ÷ the `import requests` median, which tells
   the app's cost from the machine's load), and the last answer leaving → the "Done" line on
   stderr (goal ≤ 0.5 s), also counted from the last answer of the data requests alone.
3. The same run at 200 ms of latency (fewer runs: each takes seconds): "Done" after the last
   answer and after the last data answer (the owner lookup is what a run waits for then).

Medians of the runs and their range. Every command runs with its bytecode cached, as an
installed app does (pip compiles it when it installs): a cache folder of the benchmark's own,
filled by one untimed run of each first. --no-bytecode-cache measures an editable install
under PYTHONDONTWRITEBYTECODE instead, which compiles the app's modules at every start while
`requests` has its installed bytecode.

    .venv/bin/python benchmarks/bench_fixed_costs.py [--runs 7] [--slow-runs 3]
                                                     [--no-bytecode-cache]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from engagement_desktop.sandbox import posts
from engagement_desktop.sandbox.server import SandboxServer

POSTS = 10_000
OWNER_LOOKUP = "/2/tweets"


def seconds(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True)
    return time.perf_counter() - started


def workspace(root: Path, count: int) -> Path:
    now = datetime.now(timezone.utc)
    ids = [str(posts.make_id(now - timedelta(days=3, seconds=n * 31), n % 3))
           for n in range(count)]
    path = root / "ws.json"
    path.write_text(json.dumps({"format_version": 1, "name": "bench", "queries": [{
        "name": "q", "endpoint": "totals", "account": "demo-app", "ids": ids,
        "metrics": ["favorites", "retweets", "replies"],
        "groupings": {"per-post": ["tweet.id", "engagement.type"]}}]}))
    return path


class Timestamps:
    """WSGI middleware: when the first request arrived and the last answer left, of all the
    requests and of the data requests alone (not the owner lookup's)."""

    def __init__(self, app):
        self.app, self.first, self.last, self.last_data = app, None, None, None
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            self.first = self.first or time.time()
        try:
            return self.app(environ, start_response)
        finally:
            with self.lock:
                self.last = time.time()
                if environ["PATH_INFO"] != OWNER_LOOKUP:
                    self.last_data = self.last


def timed_run(command: list[str], env: dict, faults: str | None = None) -> dict[str, float]:
    """One `run` against a fresh sandbox: start → first request, last answer → "Done", last
    data answer → "Done"."""
    with SandboxServer(rate_limit=100_000, faults=faults) as server:
        stamps = Timestamps(server.app)
        server._server.app = stamps
        started = time.time()
        process = subprocess.Popen([*command, "--base-url", server.base_url], env=env,
                                   stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        done_at = None
        for line in process.stderr:
            if line.startswith("Done"):
                done_at = time.time()
        if process.wait() != 0 or done_at is None:
            raise SystemExit(f"the run failed (exit {process.returncode})")
    return {"first": stamps.first - started, "done": done_at - stamps.last,
            "done_data": done_at - stamps.last_data}


def runs_of(runs: int, plan: list[str], command: list[str], env: dict, root: Path,
            faults: str | None = None) -> dict[str, list[float]]:
    """`runs` timed runs, each the first in a fresh home where `plan` ran before."""
    measured: dict[str, list[float]] = {}
    for run in range(runs):
        home = {**env, "HOME": str(root / f"home-{faults or 'no-latency'}-{run}")}
        seconds(plan, home)
        for name, value in timed_run(command, home, faults).items():
            measured.setdefault(name, []).append(value)
    return measured


def spread(values: list[float]) -> str:
    return (f"{statistics.median(values):.3f} s (range {min(values):.3f}–{max(values):.3f}, "
            f"{len(values)} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--slow-runs", type=int, default=3)
    parser.add_argument("--no-bytecode-cache", action="store_true")
    args = parser.parse_args()
    runs, slow_runs = args.runs, args.slow_runs
    print(f"load average at the start: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as root:
        root = Path(root)
        env = {key: value for key, value in os.environ.items()
               if key not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
        env.update({"PYTHONDONTWRITEBYTECODE": "1"} if args.no_bytecode_cache
                   else {"PYTHONPYCACHEPREFIX": str(root / "bytecode")}, HOME=str(root / "home"))
        ws = workspace(root, POSTS)
        app = [sys.executable, "-m", "engagement_desktop.cli"]
        plan, floor = [*app, "plan", str(ws)], [sys.executable, "-c", "import requests"]
        for warm_up in (plan, floor):
            seconds(warm_up, env)
        pairs = [(seconds(plan, env), seconds(floor, env)) for _ in range(runs)]
        ours, baseline = (statistics.median(p[i] for p in pairs) for i in (0, 1))
        imported = subprocess.run([sys.executable, "-X", "importtime", *plan[1:]], env=env,
                                  capture_output=True, text=True).stderr
        numpy = any(line.rstrip().endswith("| numpy") for line in imported.splitlines())
        print(f"1. plan, {POSTS:,} posts: {ours:.3f} s vs import requests {baseline:.3f} s = "
              f"{ours / baseline:.2f} × (medians of {runs}, interleaved); "
              f"imports numpy: {'yes' if numpy else 'no'}")
        run = [*app, "run", str(ws)]
        runs_of(1, plan, run, env, root / "warm-up")  # the bytecode of `run`
        fast = runs_of(runs, plan, run, env, root)
        print(f"2. run, {POSTS:,} posts, no latency: first request {spread(fast['first'])} "
              f"after start = {statistics.median(fast['first']) / baseline:.2f} × import "
              f"requests; 'Done' {spread(fast['done'])} after the last answer, "
              f"{spread(fast['done_data'])} after the last data answer")
        slow = runs_of(slow_runs, plan, run, env, root, "latency=200ms")
        print(f"3. the same at 200 ms latency: 'Done' {spread(slow['done'])} after the last "
              f"answer, {spread(slow['done_data'])} after the last data answer")
    print(f"load average at the end: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")


if __name__ == "__main__":
    main()
