"""XLSX export of about 1M cells: our exporter vs a bare XlsxWriter constant-memory loop.

The result is 100 posts × 5 metrics × 400 daily buckets = 200,000 values, i.e. 1,000,000 cells on
the Data sheet (post, metric, granularity, bucket start, value). The bare loop writes exactly
those cells, prepared beforehand, with nothing else: no pivots, charts or other sheets. Prints
both times and their ratio; the goal (issue 5) is at most 1.3×. Best of --repeat runs each.

    /work/venv/bin/python benchmarks/bench_xlsx.py [--posts 100] [--repeat 3]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import xlsxwriter

from engagement_builtins import catalog as metrics
from engagement_builtins.export_xlsx import exporter

from engagement_desktop.core import utc
from engagement_desktop.plugins.api import DAY, ResultSet, Row

GOAL = 1.3
METRIC_COUNT, DAYS = 5, 400


def build_result(posts: int) -> ResultSet:
    start = utc.epoch(utc.parse_instant("2025-01-01"))
    names = list(metrics.METRICS)[:METRIC_COUNT]
    result = ResultSet()
    result.add_rows(Row(str(1460323737035677698 + p), name, start + d * 86400, DAY,
                        (p * 31 + d * 7 + i) % 1000)
                    for p in range(posts) for i, name in enumerate(names) for d in range(DAYS))
    return result


def bare_cells(result: ResultSet) -> list[tuple]:
    """The Data sheet's cells as our exporter writes them, ready for a plain loop."""
    return [(post_id, metrics.METRICS[metric].display, granularity,
             bucket / 86400 + 25569, value)
            for post_id, metric, bucket, granularity, value in result.rows()]


def bare_loop(cells: list[tuple], target: Path) -> None:
    workbook = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    sheet = workbook.add_worksheet("Data")
    date = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    for line, (post_id, metric, granularity, serial, value) in enumerate(cells, 1):
        sheet.write_string(line, 0, post_id)
        sheet.write_string(line, 1, metric)
        sheet.write_string(line, 2, granularity)
        sheet.write_number(line, 3, serial, date)
        sheet.write_number(line, 4, value)
    workbook.close()


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    result = build_result(args.posts)
    cells = bare_cells(result)
    print(f"{len(cells):,} values, {len(cells) * 5:,} data cells")
    with tempfile.TemporaryDirectory() as folder:
        bare = best_of(args.repeat, lambda: bare_loop(cells, Path(folder) / "bare.xlsx"))
        ours = best_of(args.repeat, lambda: exporter.export(result, Path(folder) / "ours.xlsx"))
    ratio = ours / bare
    print(f"bare XlsxWriter loop: {bare:6.2f} s")
    print(f"our XLSX exporter:    {ours:6.2f} s")
    print(f"ratio: {ratio:.2f}x (goal <= {GOAL}x: {'met' if ratio <= GOAL else 'NOT met'})")


if __name__ == "__main__":
    main()
