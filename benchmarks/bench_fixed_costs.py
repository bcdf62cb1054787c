"""Fixed costs of the CLI (issue 15), as ratios and intervals measured in one run:

1. `engagement-desktop plan` start to exit vs `python -c 'import requests'` (medians of 7,
   interleaved), and whether `plan` imports numpy.
2. `engagement-desktop run` of 10,000 totals posts (40 requests) against a sandbox in this
   process: process start → the first request arriving, and the last answer leaving → the
   "Done" line on stderr.

    .venv/bin/python benchmarks/bench_fixed_costs.py
"""
from __future__ import annotations

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

RUNS = 7


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
    """WSGI middleware: when the first request arrived and the last answer left."""

    def __init__(self, app):
        self.app, self.first, self.last = app, None, None
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            self.first = self.first or time.time()
        try:
            return self.app(environ, start_response)
        finally:
            with self.lock:
                self.last = time.time()


def main() -> None:
    with tempfile.TemporaryDirectory() as root:
        root = Path(root)
        env = {**os.environ, "HOME": str(root / "home")}
        ws = workspace(root, 10_000)
        plan = [sys.executable, "-m", "engagement_desktop.cli", "plan", str(ws)]
        pairs = [(seconds(plan, env), seconds([sys.executable, "-c", "import requests"], env))
                 for _ in range(RUNS)]
        ours, floor = (statistics.median(p[i] for p in pairs) for i in (0, 1))
        imported = subprocess.run([sys.executable, "-X", "importtime", *plan[1:]], env=env,
                                  capture_output=True, text=True).stderr
        numpy = any(line.rstrip().endswith("| numpy") for line in imported.splitlines())
        print(f"1. plan: {ours:.3f} s vs import requests {floor:.3f} s = {ours / floor:.2f} × "
              f"(median of {RUNS}); imports numpy: {'yes' if numpy else 'no'}")
        with SandboxServer(rate_limit=100_000) as server:
            stamps = Timestamps(server.app)
            server._server.app = stamps
            started = time.time()
            process = subprocess.Popen([*plan[:3], "run", str(ws), "--base-url",
                                        server.base_url], env=env, stderr=subprocess.PIPE,
                                       stdout=subprocess.DEVNULL, text=True)
            done_at = None
            for line in process.stderr:
                if line.startswith("Done"):
                    done_at = time.time()
            process.wait()
        print(f"2. run, 10,000 posts: first request {stamps.first - started:.3f} s after start; "
              f"'Done' {done_at - stamps.last:.3f} s after the last answer")


if __name__ == "__main__":
    main()
