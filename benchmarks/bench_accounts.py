"""Several accounts side by side (issue 15): a historical plan over posts of the sandbox's three
demo users, run with account `auto` (each post routed to its owner's account, each account with
a per-minute limit of its own), against a fresh sandbox. Prints the requests per minute reached
against the sum of the accounts' limits, from the first request to the last answer (the first
window's budget counted in, as the floor counts it), and the 429s.

    .venv/bin/python benchmarks/bench_accounts.py [--limit 20] [--per-account 60]
"""
from __future__ import annotations

import argparse
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from engagement_desktop.core.query import Query
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.registry import ENDPOINTS, load_registry
from engagement_desktop.runner.events import Finished, StepStarted
from engagement_desktop.runner.memory_accounts import StaticAccounts
from engagement_desktop.runner.service import RunService
from engagement_desktop.sandbox import posts
from engagement_desktop.sandbox.server import SandboxServer

OWNERS = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=20, help="requests per minute per account")
    parser.add_argument("--per-account", type=int, default=60, help="requests per account")
    args = parser.parse_args()
    now = datetime.now(timezone.utc)
    start = now - timedelta(days=20)
    ids = [str(posts.make_id(start - timedelta(days=2, seconds=37 * n), n % OWNERS))
           for n in range(args.per_account * 25 * OWNERS)]
    query = Query("bench", "historical", "auto", ids, ["impressions", "favorites"],
                  {"series": ["tweet.id", "engagement.type", "engagement.day"]},
                  start=f"{start:%Y-%m-%d}", end=f"{start + timedelta(days=10):%Y-%m-%d}")
    with tempfile.TemporaryDirectory() as root, \
            SandboxServer(rate_limit=args.limit, faults="latency=200ms") as server:
        paths = AppPaths.under(Path(root)).ensure()
        service = RunService(paths, load_registry(paths, kinds=(ENDPOINTS,)),
                             StaticAccounts.from_sandbox(server.accounts, server.base_url),
                             UsageLedger(paths.data), sandbox_base_url=server.base_url)
        prepared = service.prepare(query)  # owner lookups: on the app's bearer token
        accounts = sorted({step.account for step in prepared.plan.steps})
        first = None
        for event in service.run(prepared, cancel=threading.Event()):
            if isinstance(event, StepStarted) and first is None:
                first = time.perf_counter()
            if isinstance(event, Finished):
                took, finished = time.perf_counter() - first, event
        service.close()
        stats = server.app.stats.snapshot()
    rate = finished.steps_done / took * 60
    ceiling = args.limit * len(accounts)
    print(f"{len(accounts)} accounts ({', '.join(accounts)}) at {args.limit}/min each: "
          f"{finished.steps_done} requests in {took:.1f} s = {rate:.1f}/min = "
          f"{rate / ceiling:.2f} × the sum of their limits ({ceiling}/min); "
          f"{stats['rate_limited']} 429s; estimate {prepared.estimate.minutes * 60:.0f} s")


if __name__ == "__main__":
    main()
