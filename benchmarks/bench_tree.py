"""Result tree on a large result: 25 posts × 26 metrics × 8,760 hours (about 5.7M values).

Prints the seconds to build the tree and open its root (first level), to expand one path down
to the leaves, and to regroup by day first; then the peak resident memory of the process.
The goal (issue 7): the first level well under 2 s, the whole under 1.5 GB.

    /work/venv/bin/python benchmarks/bench_tree.py [--hours 8760]
"""
from __future__ import annotations

import argparse
import resource
import sys
import time

from engagement_desktop.core import utc
from engagement_builtins.catalog import METRICS
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import HOUR, Row
from engagement_desktop.core.tree import ResultTree

GOAL_FIRST_LEVEL_S = 2.0


def build_result(posts: int, metrics: int, hours: int) -> ResultSet:
    start = utc.epoch(utc.parse_instant("2025-11-20"))
    names = list(METRICS)[:metrics]
    result = ResultSet()
    for p in range(posts):
        post_id = str(1460323737035677698 + p)
        for m, name in enumerate(names):
            result.add_rows(Row(post_id, name, start + h * 3600, HOUR, (h * 7 + p + m) % 97)
                            for h in range(hours))
    return result


def timed(action):
    began = time.perf_counter()
    value = action()
    return value, time.perf_counter() - began


def first_level(result: ResultSet, dims: tuple[str, ...]):
    tree = ResultTree(result, dims)
    tree.root.children()
    return tree


def to_leaves(tree: ResultTree) -> int:
    node, depth = tree.root, 0
    while node.has_children():
        node = node.children()[-1]
        depth += 1
    return depth


def peak_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=25)
    parser.add_argument("--metrics", type=int, default=26)
    parser.add_argument("--hours", type=int, default=8760)
    args = parser.parse_args()

    result, built = timed(lambda: build_result(args.posts, args.metrics, args.hours))
    print(f"values: {len(result):,}  (ResultSet built in {built:.2f} s, "
          f"peak so far {peak_mb():.0f} MB)")
    for dims in (("post", "metric", "day", "hour"), ("day", "post", "metric"),
                 ("week", "metric", "post", "day", "hour")):
        tree, opened = timed(lambda: first_level(result, dims))
        depth, expanded = timed(lambda: to_leaves(tree))
        print(f"{' > '.join(dims):36} root+first level {opened:.3f} s "
              f"({opened / GOAL_FIRST_LEVEL_S:.0%} of the 2 s goal); "
              f"one path to the leaves ({depth} levels) {expanded:.3f} s")
        del tree  # the GUI keeps one tree at a time
    print(f"peak resident memory: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
