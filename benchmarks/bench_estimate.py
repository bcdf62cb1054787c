"""The plan's estimate against the run's time (issue 15: within 10 %), on a sandbox in a process
of its own at 200 ms latency: a first session (nothing learned: the endpoint's declared
60/min) and the next session on the same data folder (what the first one learned of the
server, kept in learned-pace.json). The run's time is from its first request leaving to its
last answer parsed, as the estimate counts it; the ratio is estimate ÷ time (1.00: exact).

    .venv/bin/python benchmarks/bench_estimate.py [--quick]
"""
from __future__ import annotations

import argparse
import json
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
from engagement_desktop.runner.events import PageParsed, StepStarted
from engagement_desktop.runner.memory_accounts import StaticAccounts
from engagement_desktop.runner.service import RunService
from engagement_desktop.sandbox.accounts import demo_accounts


def session(paths: AppPaths, base_url: str, query: Query) -> tuple[float, float, bool]:
    """A new session's estimate (seconds), its run's time and whether the limit was learned."""
    service = RunService(paths, load_registry(paths, kinds=(ENDPOINTS,)),
                         StaticAccounts.from_sandbox(demo_accounts(), base_url),
                         UsageLedger(paths.data), sandbox_base_url=base_url)
    try:
        prepared = service.prepare(query)
        first = last = None
        for event in service.run(prepared, cancel=threading.Event()):
            if isinstance(event, StepStarted) and first is None:
                first = time.perf_counter()
            elif isinstance(event, PageParsed):
                last = time.perf_counter()
        return prepared.estimate.minutes * 60, last - first, prepared.estimate.learned
    finally:
        service.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller plans, to iterate")
    args = parser.parse_args()
    sizes = ((100, 30), (200, 30), (500, 300)) if args.quick else \
        ((500, 30), (1000, 30), (4000, 300))  # (posts, limit): 40, 80 and 320 requests
    rows = [Row(f"historical daily, {posts} posts, {limit}/min", "historical", posts, limit)
            for posts, limit in sizes]
    print("| work (requests) | session | estimate | run (first request to last answer) | "
          "estimate ÷ run |\n|---|---|---|---|---|")
    for row in rows:
        with tempfile.TemporaryDirectory() as temporary:
            sandbox = clients.Sandbox(row.limit, row.latency_ms)
            try:
                made = materialize(row, sandbox.base_url, Path(temporary))
                query = Query(**json.loads(made.workspace.read_text())["queries"][0])
                paths = AppPaths.under(Path(temporary) / "app").ensure()
                for name in ("first", "next"):
                    guess, took, learned = session(paths, sandbox.base_url, query)
                    said = "learned" if learned else "declared 60/min"
                    print(f"| {row.title} ({row.requests}) | {name} ({said}) | {guess:.1f} s | "
                          f"{took:.1f} s | **{guess / took:.2f}** |", flush=True)
            finally:
                sandbox.close()


if __name__ == "__main__":
    main()
