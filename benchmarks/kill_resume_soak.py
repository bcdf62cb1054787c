"""Issue 7 reliability soak: `kill -9` at 20 random moments of a long CLI job, resumed each
time; prints the rows lost and duplicated against an uninterrupted run (goal: 0 and 0).

The job is 300 posts × 300 days, daily, one metric (132 requests) on an in-process sandbox
answering with 300 ms latency, so the kills (0–1.5 s after each run's job starts) spread over
most of it. The soak itself lives in tests/reliability/test_kill_resume.py (5 kills in CI).

    /work/venv/bin/python benchmarks/kill_resume_soak.py [--kills 20] [--seed 1]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from e2e.e2e_fixtures import TODAY, day, owned_ids  # noqa: E402
from reliability.test_kill_resume import QUERY, soak  # noqa: E402

from engagement_desktop.sandbox.server import SandboxServer  # noqa: E402

END = TODAY - timedelta(days=1)
LONG_QUERY = replace(QUERY, ids=owned_ids(300, END - timedelta(days=310)), metrics=["impressions"],
                     start=day(END - timedelta(days=300)), end=day(END))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as root, SandboxServer(rate_limit=100_000) as server:
        outcome = soak(args.kills, args.seed, server, Path(root), query=LONG_QUERY,
                       latency="latency=300ms", max_delay=1.5)
    print(f"kills: {outcome.kills}  runs: {outcome.runs}  rows: {outcome.rows}  "
          f"lost: {outcome.lost}  duplicated: {outcome.duplicated}  "
          f"byte-identical CSV: {outcome.identical}  ({time.monotonic() - started:.0f} s)")
    return 0 if (outcome.lost, outcome.duplicated) == (0, 0) and outcome.identical else 1


if __name__ == "__main__":
    sys.exit(main())
