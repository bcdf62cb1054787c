"""A plan past one rate window against the physical floor (issue 15: within 2 %), on a sandbox
in a process of its own at 300/min and 200 ms latency: historical daily, 450 requests, so the
fresh window's 300 leave at once and the last 150 wait for the next calendar minute.

The floor of each run is taken from that run: from its first request to the start of the
window its last request is counted in, plus one latency. Each cap on the requests in flight
(--caps; 8 was the runner's fixed number before issue 15) runs on a fresh sandbox, started a
few seconds into a minute, so the first window has room for its whole budget.

    .venv/bin/python benchmarks/bench_floor.py [--caps 8 32] [--posts 5625]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import tempfile
import threading
import time
from pathlib import Path

from peers import clients
from peers.plans import Row, materialize

from engagement_desktop.core.query import Query
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.registry import ENDPOINTS, load_registry
from engagement_desktop.runner.events import Finished, PageParsed, StepStarted
from engagement_desktop.runner.memory_accounts import StaticAccounts
from engagement_desktop.runner.service import RunService
from engagement_desktop.sandbox.accounts import demo_accounts

LIMIT, LATENCY, WINDOW = 300, 0.2, 60.0
START_AT = (3.0, 15.0)  # seconds into a minute a run may start at


def one_run(row: Row, cap: int, root: Path) -> tuple[float, float, int, int, float]:
    """(seconds from the first request to the last answer, the floor, steps done, 429s, the
    sandbox's CPU seconds per request)."""
    sandbox = clients.Sandbox(row.limit, row.latency_ms)
    try:
        made = materialize(row, sandbox.base_url, root)
        query = Query(**json.loads(made.workspace.read_text())["queries"][0])
        paths = AppPaths.under(root / "app").ensure()
        service = RunService(paths, load_registry(paths, kinds=(ENDPOINTS,)),
                             StaticAccounts.from_sandbox(demo_accounts(), sandbox.base_url),
                             UsageLedger(paths.data), sandbox_base_url=sandbox.base_url,
                             concurrency=cap)
        prepared = service.prepare(query)
        idle = _cpu_seconds(sandbox.process.pid)  # its start-up, not the run's serving
        while not START_AT[0] <= time.time() % WINDOW < START_AT[1]:
            time.sleep(0.2)
        first_wall = first = last = None
        for event in service.run(prepared, cancel=threading.Event()):
            if isinstance(event, StepStarted) and first is None:
                first, first_wall = time.perf_counter(), time.time()
            elif isinstance(event, PageParsed):
                last = time.perf_counter()
            elif isinstance(event, Finished):
                done = event.steps_done
        service.close()
        served = _cpu_seconds(sandbox.process.pid) - idle
    finally:
        refused = sandbox.close().get("rate_limited", 0)
    requests = len(prepared.plan.steps)
    first_window_end = math.ceil(first_wall / WINDOW) * WINDOW
    windows_after = math.ceil(max(requests - LIMIT, 0) / LIMIT)  # a fresh window: LIMIT left
    last_opens = 0.0 if windows_after == 0 else \
        first_window_end - first_wall + (windows_after - 1) * WINDOW
    return last - first, last_opens + LATENCY, done, refused, served / requests


def _cpu_seconds(pid: int) -> float:
    """A process's user + system CPU time so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--caps", type=int, nargs="+", default=[8, 32])
    parser.add_argument("--posts", type=int, default=5625, help="25 a request, 2 windows each")
    args = parser.parse_args()
    row = Row("floor", "historical", args.posts, LIMIT, int(LATENCY * 1000))
    print(f"historical daily, {row.requests} requests, {LIMIT}/min, {LATENCY * 1000:.0f} ms")
    print("| requests in flight at most | run | floor | run ÷ floor | tail past the floor | "
          "429s | sandbox CPU per request |\n|---|---|---|---|---|---|---|")
    for cap in args.caps:
        with tempfile.TemporaryDirectory() as temporary:
            took, floor, done, refused, served = one_run(row, cap, Path(temporary))
        print(f"| {cap} | {took:.2f} s ({done} done) | {floor:.2f} s | **{took / floor:.3f}** | "
              f"{took - floor:.2f} s | {refused} | {served * 1000:.1f} ms |", flush=True)


if __name__ == "__main__":
    main()
