"""A large result from journal to tree and chart: 25 posts × 26 metrics × 8,760 hours (5.7M values).

A year of hourly v2-historical values is journaled the way the runner stores them (the real
plan: 14 four-week steps of 25 posts × 26 metrics, each committed with `Journal.commit_step`),
in a child process so that building it does not count towards this process's peak memory.
Then, in one run, this process times:
  1. journal replay → ResultSet (`finished_steps`, `add_rows`, `add_problems`, as a resume does);
  2. → ResultTree, root and first level (post > metric > day > hour);
  3. → chart: the float x/y arrays of all 650 series and one offscreen `PlotDataItem.setData`
     each (the chart draws at most 24 at once; this is every series it could be asked for).
and prints each stage, the total and the peak resident memory against the goal of issue 7
(< 3 s, < 1.5 GB).

    /work/venv/bin/python benchmarks/bench_large_result.py [--posts 25] [--hours 8760]
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from engagement_builtins.specs import V2_HISTORICAL  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engagement_desktop.core import utc  # noqa: E402
from engagement_desktop.core.endpoint import OAUTH2_USER  # noqa: E402
from engagement_desktop.core.planning import build_plan  # noqa: E402
from engagement_desktop.core.query import Query  # noqa: E402
from engagement_desktop.core.results import ResultSet  # noqa: E402
from engagement_desktop.core.rows import HOUR  # noqa: E402
from engagement_desktop.core.series_rows import NO_BUCKET, SeriesRows  # noqa: E402
from engagement_desktop.core.snowflake import TWITTER_EPOCH_MS  # noqa: E402
from engagement_desktop.core.tree import ResultTree  # noqa: E402
from engagement_desktop.runner.journal import Journal  # noqa: E402

GOAL_S, GOAL_MB = 3.0, 1536
NOW = datetime(2026, 1, 2, tzinfo=timezone.utc)
CREATED = datetime(2024, 6, 1, tzinfo=timezone.utc)  # the posts' age: every metric allowed


def large_plan(posts: int, hours: int):
    spec = V2_HISTORICAL
    created_ms = int(CREATED.timestamp() * 1000)
    ids = [str((created_ms - TWITTER_EPOCH_MS + p * 60_000) << 22) for p in range(posts)]
    start = NOW - timedelta(hours=hours)
    query = Query(name="large", endpoint=spec.name, account="me", ids=ids,
                  metrics=list(spec.metrics), start=utc.to_wire(start), end=utc.to_wire(NOW),
                  granularity="Hourly")
    return build_plan(query, spec, account_kind=OAUTH2_USER, now=NOW)


def build_journal(data_dir: Path, posts: int, hours: int) -> str:
    """One job of `posts` × 26 metrics × `hours`, every step committed; returns the job ID."""
    plan = large_plan(posts, hours)
    journal = Journal(data_dir)
    job_id = journal.start(plan)
    for step in plan.steps:
        hour_starts = np.arange(utc.epoch(step.start), utc.epoch(step.end), 3600, dtype=np.int64)
        parts = []
        for p, post_id in enumerate(step.ids):
            for m, metric in enumerate(step.metrics):
                values = (hour_starts // 3600 * 7 + p * 31 + m) % 997
                parts.append(((post_id, metric, HOUR), hour_starts, values))
        journal.commit_step(job_id, step.id, SeriesRows.from_parts(parts), [])
    journal.finish(job_id)
    journal.close()
    return job_id


def replay(data_dir: Path, job_id: str) -> ResultSet:
    journal = Journal(data_dir)
    result = ResultSet()
    for _step_id, rows, problems in journal.finished_steps(job_id):
        result.add_rows(rows)
        result.add_problems(problems)
    journal.close()
    return result


def first_level(result: ResultSet) -> ResultTree:
    tree = ResultTree(result, ("post", "metric", "day", "hour"))
    tree.root.children()
    return tree


def chart_series(result: ResultSet) -> int:
    """What the chart plots for every series: float x/y arrays set on a PlotDataItem."""
    points = 0
    for (_post, _metric, granularity), (buckets, values) in result.series_arrays().items():
        if granularity == HOUR:
            if len(buckets) and buckets[0] == NO_BUCKET:
                buckets, values = buckets[1:], values[1:]
            item = pg.PlotDataItem()
            item.setData(buckets.astype(float), values.astype(float), connect="finite")
            points += len(item.xData)
    return points


def timed(action):
    began = time.perf_counter()
    value = action()
    return value, time.perf_counter() - began


def peak_mb() -> float:
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=25)
    parser.add_argument("--hours", type=int, default=8760)
    parser.add_argument("--build-into", type=Path, help=argparse.SUPPRESS)  # the child's part
    args = parser.parse_args()
    if args.build_into:
        print(build_journal(args.build_into, args.posts, args.hours))
        return

    app = QApplication.instance() or QApplication([])  # pyqtgraph items need one
    with tempfile.TemporaryDirectory() as tmp:
        began = time.perf_counter()
        job_id = subprocess.run(
            [sys.executable, __file__, "--build-into", tmp, "--posts", str(args.posts),
             "--hours", str(args.hours)], check=True, capture_output=True, text=True).stdout.strip()
        size = sum(f.stat().st_size for f in Path(tmp).iterdir()) / 2**20
        print(f"journal built in {time.perf_counter() - began:.1f} s ({size:.0f} MB on disk, "
              "not timed)")
        baseline = peak_mb()
        result, t_replay = timed(lambda: replay(Path(tmp), job_id))
        m_replay = peak_mb()
    tree, t_tree = timed(lambda: first_level(result))
    m_tree = peak_mb()
    points, t_chart = timed(lambda: chart_series(result))
    m_chart = peak_mb()
    total = t_replay + t_tree + t_chart
    print(f"values: {len(result):,} in {len(result.series_arrays())} series; "
          f"{len(tree.root.children())} posts in the first level; {points:,} points charted")
    print(f"  {'stage':40} {'seconds':>7}  peak memory after")
    for name, seconds, peak in (("journal replay → ResultSet", t_replay, m_replay),
                                ("→ tree root + first level", t_tree, m_tree),
                                ("→ chart arrays + setData, all series", t_chart, m_chart)):
        print(f"  {name:40} {seconds:7.2f}  {peak:5.0f} MB")
    print(f"  {'total':40} {total:7.2f}  ({total / GOAL_S:.0%} of the {GOAL_S:.0f} s goal)")
    peak = peak_mb()
    print(f"peak resident memory: {peak:.0f} MB ({peak / GOAL_MB:.0%} of the 1.5 GB goal; "
          f"{baseline:.0f} MB before replay: Python, numpy, Qt, pyqtgraph)")
    app.quit()

if __name__ == "__main__":
    main()
