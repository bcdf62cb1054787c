"""The runner against the sandbox (issue 7, benchmarks 1 and 2), as ratios measured in one run.

1. Throughput with a 300/min limit: the runner's requests per minute vs the rate-limit ceiling,
   and vs a plain sequential `requests` loop over the same plan (signed the same way, no
   pacing, no retries) — how scripts usually do it. Also the 429s the server sent. Measured at
   the goal's 200 ms of latency, and at 1.5 s (a slow link, a large historical page), where a
   loop falls far below the ceiling. Each measurement gets a fresh sandbox, so the loop's
   requests do not eat into the runner's minute. The runner is timed to its last step's page;
   how long its end then waits for the posts' owners (looked up beside the run, with the
   sandbox's demo bearer account, on a limit of their own) is said apart.
2. Client overhead with no latency and no limit: milliseconds per request for plan → sign →
   send → parse → journal, with the sandbox in the same process (so it includes serving).

    .venv/bin/python benchmarks/bench_runner.py [--steps 300]
"""
from __future__ import annotations

import argparse
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import requests

from engagement_desktop.core.query import Query
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.registry import ENDPOINTS, load_registry
from engagement_desktop.runner.events import Finished, PageParsed, StepFailed
from engagement_desktop.runner.memory_accounts import StaticAccounts
from engagement_desktop.runner.service import RunService
from engagement_desktop.sandbox import posts
from engagement_desktop.sandbox.server import SandboxServer
from engagement_desktop.transport.auth import auth_for

LIMIT = 300


def totals_query(steps: int) -> Query:
    now = datetime.now(timezone.utc)
    ids = [str(posts.make_id(now - timedelta(days=3, seconds=n * 31), n % 3))
           for n in range(steps * 250)]
    return Query(name="bench", endpoint="totals", account="demo-app", ids=ids,
                 metrics=["favorites", "retweets", "replies"],
                 groupings={"per-post": ["tweet.id", "engagement.type"]})


def service_for(server: SandboxServer, root: Path) -> RunService:
    paths = AppPaths.under(root).ensure()
    return RunService(paths, load_registry(paths, kinds=(ENDPOINTS,)),
                      StaticAccounts.from_sandbox(server.accounts, server.base_url),
                      UsageLedger(paths.data), sandbox_base_url=server.base_url)


def run_seconds(service: RunService, query: Query) -> tuple[float, float, Finished]:
    """(seconds to the last step's page, seconds to Finished, Finished): Finished waits for the
    posts' owners, looked up beside the run (a demo bearer account is there), which is not the
    runner's throughput."""
    started = time.perf_counter()
    for event in service.run(service.prepare(query), cancel=threading.Event()):
        if isinstance(event, (PageParsed, StepFailed)):
            last_page = time.perf_counter()
        finished = event
    return last_page - started, time.perf_counter() - started, finished


def sequential_seconds(service: RunService, query: Query) -> float:
    plan = service.prepare(query).plan
    plugin = service.registry.endpoints[query.endpoint]
    account = service.accounts.get(query.account)  # the sandbox's, at its URL
    auth = auth_for(account, service.accounts.secrets(query.account))
    started = time.perf_counter()
    with requests.Session() as session:
        for step in plan.steps:
            request = plugin.build_request(step)
            answer = session.post(account.base_url + request.path, json=request.json,
                                  auth=auth, headers={"Accept-Encoding": "gzip"}, timeout=60)
            plugin.parse(step, answer.status_code, answer.headers, answer.content)
    return time.perf_counter() - started


def throughput(latency_ms: int, loop_steps: int, runner_steps: int, root: Path) -> None:
    """Print the loop's and the runner's requests per minute at this latency."""
    faults = f"latency={latency_ms}ms"
    with SandboxServer(rate_limit=LIMIT, faults=faults) as server:
        service = service_for(server, root / f"loop-{latency_ms}")
        loop = loop_steps / sequential_seconds(service, totals_query(loop_steps)) * 60
        service.close()
    with SandboxServer(rate_limit=LIMIT, faults=faults) as server:
        service = service_for(server, root / f"runner-{latency_ms}")
        took, ended, finished = run_seconds(service, totals_query(runner_steps))
        refused = server.stats["rate_limited"]
        service.close()
    runner = finished.steps_done / took * 60
    print(f"   {latency_ms} ms latency: runner {runner:.0f}/min over {runner_steps} requests = "
          f"{runner / LIMIT:.2f} × the ceiling, {runner / loop:.2f} × the sequential loop "
          f"({loop:.0f}/min over {loop_steps}); 429s sent by the server: {refused}; the end "
          f"{ended - took:.1f} s after the last page (the owner lookup of "
          f"{runner_steps * 250:,} posts)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=300,
                        help="runner requests per measurement (250 IDs each); 300 = a minute")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root:
        print(f"1. plan throughput, limit {LIMIT}/min:")
        throughput(200, min(args.steps, 100), args.steps, Path(root))
        throughput(1500, min(args.steps, 20), args.steps, Path(root))
        with SandboxServer(rate_limit=1_000_000) as server:
            service = service_for(server, Path(root) / "free")
            run_seconds(service, totals_query(1))  # learn the limit, warm up
            took, _, finished = run_seconds(service, totals_query(args.steps))
            service.close()
        print(f"2. no latency, no limit: {took / finished.steps_done * 1000:.1f} ms per request "
              f"(250 IDs × 3 metrics, journal included, sandbox in-process)")


if __name__ == "__main__":
    main()
