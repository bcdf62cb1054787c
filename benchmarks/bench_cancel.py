"""How long a run takes to end after Cancel (goal: under 1 s), against the sandbox.

Two moments a user cancels in: while requests are on the wire (every answer takes 5 s), and
while the runner backs off after 5xx answers. Each is cancelled 0.3 s after the first progress
event; the time printed is from the cancel to the end of the run's generator. The tests check
the behaviour (the run ends without waiting for answers or backoffs); this measures it.

    /work/venv/bin/python benchmarks/bench_cancel.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

from bench_runner import service_for, totals_query

from engagement_desktop.sandbox.server import SandboxServer

GOAL_S = 1.0
MOMENTS = {"requests on the wire (5 s answers)": "latency=5s",
           "backing off after 500s": "500=1"}


def cancel_seconds(faults: str, root: Path) -> float:
    """Seconds from the cancel to the end of a run cancelled 0.3 s after it started sending."""
    with SandboxServer(rate_limit=100_000, faults=faults) as server:
        service = service_for(server, root)
        cancel = threading.Event()
        events = service.run(totals_query(8), cancel=cancel)
        next(events)  # the first progress: the workers are sending
        time.sleep(0.3)
        cancel.set()
        started = time.perf_counter()
        for _event in events:
            pass
        seconds = time.perf_counter() - started
        service.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as tmp:
        for title, faults in MOMENTS.items():
            times = [cancel_seconds(faults, Path(tmp) / f"{n}-{faults}") for n in range(repeat)]
            print(f"cancel while {title}: median {statistics.median(times):.3f} s, "
                  f"worst {max(times):.3f} s of {repeat}; goal < {GOAL_S} s: "
                  f"{'met' if max(times) < GOAL_S else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
