"""Analyst views on a large result: 25 posts × 26 metrics × 8,760 hours (about 5.7M values).

Prints the seconds for the metrics-as-columns table (build + first level) and the best-time
heatmap, each as a ratio to its goal (issue 12: table < 1 s, heatmap < 0.5 s) and to a baseline
measured beside it in the same run: a plain numpy groupby of the same values (concatenate the
series, one bincount), with no time zone, no rates, no blanks. "first" is a fresh result (the
columns are built); "regroup" the same result grouped another way, as when a user changes the
grouping, sort or filter of a finished run.

    .venv/bin/python benchmarks/bench_analysis.py [--hours 8760] [--repeat 3]
"""
from __future__ import annotations

import argparse
import time

import numpy as np

from engagement_desktop.core import utc
from engagement_desktop.core.analysis.heatmap import build_heatmap
from engagement_desktop.core.analysis.table import build_table
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import HOUR
from engagement_desktop.core.series_rows import SeriesRows

GOAL_TABLE_S, GOAL_HEATMAP_S = 1.0, 0.5
METRICS = ["impressions", "engagements", "favorites", "retweets", "replies", "quote_tweets",
           "url_clicks", "video_views", *(f"metric_{i:02d}" for i in range(18))]
ZONE = "Europe/Madrid"


def build_result(posts: int, hours: int) -> tuple[ResultSet, dict[str, str]]:
    start = utc.epoch(utc.parse_instant("2025-11-20"))
    buckets = start + np.arange(hours, dtype=np.int64) * 3600
    result, parts, handles = ResultSet(), [], {}
    for p in range(posts):
        post_id = str(1460323737035677698 + p)
        handles[post_id] = f"handle{p % 5}"
        for m, name in enumerate(METRICS):
            values = (np.arange(hours, dtype=np.int64) * 7 + p + m) % 97
            parts.append(((post_id, name, HOUR), buckets.copy(), values))
    result.add_rows(SeriesRows.from_parts(parts))
    result.series_arrays()  # merge once, as a finished run is
    return result, handles


def numpy_groupby(result: ResultSet) -> np.ndarray:
    """The baseline: the values as columns and one bincount by post and metric."""
    arrays = result.series_arrays()
    posts = {p: i for i, p in enumerate(dict.fromkeys(k[0] for k in arrays))}
    metrics = {m: i for i, m in enumerate(sorted({k[1] for k in arrays}))}
    sizes = [len(v) for _, v in arrays.values()]
    post = np.repeat([posts[k[0]] for k in arrays], sizes)
    metric = np.repeat([metrics[k[1]] for k in arrays], sizes)
    value = np.concatenate([v for _, v in arrays.values()])
    return np.bincount(post * len(metrics) + metric, weights=value)


def numpy_utc_heatmap(result: ResultSet) -> np.ndarray:
    """The baseline: weekday × hour in UTC of one metric, one bincount."""
    arrays = [a for k, a in result.series_arrays().items() if k[1] == "impressions"]
    buckets = np.concatenate([b for b, _ in arrays])
    values = np.concatenate([v for _, v in arrays])
    cell = (buckets // 86400 + 3) % 7 * 24 + buckets % 86400 // 3600
    return np.bincount(cell, weights=values, minlength=168)


def best_of(repeat: int, action) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return min(times)


def first_level(result, handles, dims):
    table = build_table(result, dims, tz=ZONE, handles=handles, sort="engagement_rate")
    return table.rows()


def to_leaves(result, handles) -> int:
    table = build_table(result, ["handle", "post", "day", "hour"], tz=ZONE, handles=handles)
    node, depth = table.total, 0
    while node.has_children():
        node, depth = node.children()[-1], depth + 1
    return depth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=25)
    parser.add_argument("--hours", type=int, default=8760)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    # Baseline and "first" alternate on the same fresh results, so both pay for fresh memory.
    firsts, baselines = [], []
    for _ in range(args.repeat):
        result, handles = build_result(args.posts, args.hours)
        baselines.append(best_of(1, lambda: numpy_groupby(result)))
        firsts.append(best_of(1, lambda: first_level(result, handles, ["post"])))
    baseline = min(baselines)
    print(f"values: {len(result):,} ({args.posts} posts × {len(METRICS)} metrics × "
          f"{args.hours} h); best of {args.repeat} runs; zone {ZONE}")
    print(f"baseline, numpy groupby by post and metric: {baseline:.3f} s")
    report("table, first, by post", min(firsts), GOAL_TABLE_S, baseline)
    for dims in (["post"], ["handle"], ["day"], ["hour"], ["weekday", "hour_of_day"],
                 ["handle", "post", "day"]):
        took = best_of(args.repeat, lambda: first_level(result, handles, dims))
        report(f"table, regroup, by {' > '.join(dims)}", took, GOAL_TABLE_S, baseline)
    deep = best_of(args.repeat, lambda: to_leaves(result, handles))
    report("table, handle > post > day > hour: one path to the leaves", deep, GOAL_TABLE_S,
           baseline)
    for measure in ("impressions", "engagement_rate"):
        heatmaps, baselines = [], []
        for _ in range(args.repeat):
            result = build_result(args.posts, args.hours)[0]
            baselines.append(best_of(1, lambda: numpy_utc_heatmap(result)))
            heatmaps.append(best_of(1, lambda: build_heatmap(result, measure, tz=ZONE)))
        print(f"baseline, numpy weekday × hour in UTC of impressions: {min(baselines):.3f} s")
        report(f"heatmap of {measure}, first", min(heatmaps), GOAL_HEATMAP_S, min(baselines))


def report(what: str, took: float, goal: float, baseline: float) -> None:
    print(f"{what:58} {took:.3f} s = {took / goal:4.0%} of the {goal:g} s goal, "
          f"{took / baseline:5.2f} × the baseline")


if __name__ == "__main__":
    main()
