"""Does the window stay responsive while rows stream in with an analyst tab on screen?

The same stream as bench_ui_stall.py (100,000 hourly rows through the real RunWorker into a
shown ResultsPanel, a 5 ms precise timer measuring how late each tick fires), once per tab
kept on screen for the whole run: the Tree tab (the baseline, measured in the same run), the
Table tab and the Best time tab. The runs are interleaved (tree, table, heatmap, tree, ...)
so the machine's load weighs on each tab alike; the ratios are each tab's worst longest
stall and worst p99 over the Tree tab's. Each page's request takes --network-ms (default 100,
a quick server), so the 28hr run lasts a few seconds and the tab is refreshed a dozen times
while it fills, as it would be.

    .venv/bin/python benchmarks/bench_analysis_stall.py [--rows N] [--runs N] [--network-ms MS]
"""
from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bench_ui_stall import measure_stall  # noqa: E402  (the stream and its clock)

TABS = ("tree", "table", "heatmap")  # the first is the baseline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--interval-ms", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--network-ms", type=float, default=100)
    args = parser.parse_args(argv)
    print(f"load average at the start: {os.getloadavg()[0]:.2f}")
    for title, hours in (("28hr pages, 4,200 rows each", 28),
                         ("one 4-week historical page, 100,800 rows", 672)):
        reports = {tab: [] for tab in TABS}
        for _ in range(args.runs):
            for tab in TABS:
                reports[tab].append(measure_stall(args.rows, hours, args.interval_ms, tab,
                                                  args.network_ms / 1000))
        worst = {tab: max(r.max_stall_ms for r in runs) for tab, runs in reports.items()}
        p99 = {tab: max(r.p99_stall_ms for r in runs) for tab, runs in reports.items()}
        busy = {tab: max(r.worst_stall_cpu_ms for r in runs) for tab, runs in reports.items()}
        for tab in TABS:
            stalls = ", ".join(f"{r.max_stall_ms:.0f}" for r in reports[tab])
            print(f"{title}, {tab} tab shown: {reports[tab][0].rows:,} rows; longest stalls "
                  f"[{stalls}] ms, worst {worst[tab]:.1f} ms = {worst[tab] / worst[TABS[0]]:.2f} "
                  f"x the tree's; worst p99 {p99[tab]:.1f} ms = "
                  f"{p99[tab] / max(p99[TABS[0]], 0.1):.2f} x the tree's; GUI thread busy at "
                  f"most {busy[tab]:.1f} ms of a longest stall")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
