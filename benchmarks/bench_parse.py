"""Issue 15, parsing straight into columns, as ratios measured in one run.

1. Client CPU per value: the built-in historical plugin's `parse` (decode included) of
   historical hourly pages against `json.loads` of the same bodies, the baseline beside it.
   The pages are the sandbox's own: 25 posts × 13 metrics × 28 days hourly plus per-post totals
   (218,725 values, about 2.1 MB of JSON each). CPU time, best of --rounds, interleaved.
2. Resident memory per stored value: a fresh process parses the pages of a 500 posts × 40 days
   hourly job (40 pages, 6,246,500 values) with 8 worker threads (the most pages the runner
   parses or holds at once, runner.workers.PAGES_HELD), journals each page and folds it into a
   ResultSet; it prints its peak RSS (Python and the libraries
   included) per value, beside the RSS of the same process before the first page.

    .venv/bin/python benchmarks/bench_parse.py [--pages 4] [--rounds 5]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

NOW = datetime(2026, 11, 30, tzinfo=timezone.utc)
METRICS = ("impressions engagements favorites retweets replies video_views media_views "
           "media_engagements url_clicks hashtag_clicks detail_expands permalink_clicks "
           "user_profile_clicks").split()
GROUPINGS = (("hourly", ("tweet.id", "engagement.type", "engagement.day", "engagement.hour")),
             ("per-post", ("tweet.id", "engagement.type")))
POSTS, DAYS, BATCH = 500, 40, 25


def steps():
    """The hourly job's steps: batches of 25 posts × 4-week windows over 40 days."""
    from engagement_desktop.core.plan import Step
    from engagement_desktop.sandbox import posts

    first = NOW - timedelta(days=DAYS + 60)
    ids = [str(posts.make_id(first + n * timedelta(minutes=3), 0)) for n in range(POSTS)]
    start = NOW - timedelta(days=DAYS)
    windows = [(start, start + timedelta(days=28)), (start + timedelta(days=28), NOW)]
    return [Step(f"{b}-{w}", "historical", "demo-owner", tuple(ids[b:b + BATCH]),
                 tuple(METRICS), GROUPINGS, begin, end)
            for b in range(0, POSTS, BATCH) for w, (begin, end) in enumerate(windows)]


def body_of(step) -> bytes:
    """The sandbox's answer to the step, as it sends it."""
    from engagement_desktop.core.utc import to_wire
    from engagement_desktop.sandbox import enterprise
    from engagement_desktop.sandbox.identity import OAUTH1_USER, Caller

    request = {"tweet_ids": list(step.ids), "engagement_types": list(step.metrics),
               "groupings": {name: {"group_by": list(by)} for name, by in step.groupings},
               "start": to_wire(step.start), "end": to_wire(step.end)}
    answer = enterprise.handle("historical", json.dumps(request).encode(),
                               Caller(OAUTH1_USER, 0, "bench"), NOW)
    assert answer.status_code == 200, answer.get_data()[:200]
    return answer.get_data()


def plugin():
    from engagement_builtins.enterprise import historical
    return historical


def cpu_per_value(pages: int, rounds: int) -> None:
    parser = plugin()
    chosen = steps()[:pages]
    bodies = [body_of(step) for step in chosen]
    ours, theirs, values = 0.0, 0.0, 0
    for step, body in zip(chosen, bodies):
        best_ours = best_theirs = float("inf")
        for _ in range(rounds):  # interleaved: the machine's load weighs on both alike
            started = time.process_time()
            json.loads(body)
            best_theirs = min(best_theirs, time.process_time() - started)
            started = time.process_time()
            page = parser.parse(step, 200, {}, body)
            best_ours = min(best_ours, time.process_time() - started)
        ours, theirs, values = ours + best_ours, theirs + best_theirs, values + len(page.rows)
    print(f"1. CPU per value over {pages} hourly pages ({values:,} values, best of {rounds}): "
          f"parse {ours / values * 1e9:.0f} ns, json.loads {theirs / values * 1e9:.0f} ns "
          f"= {ours / theirs:.2f} × json.loads (goal ≤ 1.5 ×)")


def rss_child(folder: str) -> None:
    """In a fresh process: parse every page with PAGES_HELD threads, journal and fold it; print
    RSS."""
    from engagement_desktop.core.results import ResultSet
    from engagement_desktop.runner.journal import Journal
    from engagement_desktop.runner.workers import PAGES_HELD

    parser, files = plugin(), sorted(Path(folder).glob("page-*.json"))
    plan_steps = steps()
    journal = Journal(Path(folder))
    result = ResultSet()
    before = _peak()

    def parsed(n: int):
        return parser.parse(plan_steps[n], 200, {}, files[n].read_bytes())

    with ThreadPoolExecutor(PAGES_HELD) as pool:
        for n, page in enumerate(pool.map(parsed, range(len(files)))):
            journal.commit_step("bench", plan_steps[n].id, page.rows, page.problems)
            result.add_rows(page.rows)
    values = len(result)
    print(json.dumps({"values": values, "before": before, "peak": _peak()}))


def _peak() -> int:
    """This process's own peak RSS in bytes (VmHWM: ru_maxrss survives exec, so a child would
    report the larger of its parent's and its own)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def rss_per_value() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for n, step in enumerate(steps()):
            Path(folder, f"page-{n:03d}.json").write_bytes(body_of(step))
        out = subprocess.run([sys.executable, __file__, "--child", folder], check=True,
                             capture_output=True, text=True).stdout
    found = json.loads(out)
    values, before, peak = found["values"], found["before"], found["peak"]
    print(f"2. {values:,} hourly values parsed with 8 threads, journaled and folded: peak RSS "
          f"{peak / 2**20:.0f} MiB = {peak / values:.1f} bytes per value (goal ≤ 100, "
          f"< 700 MB); the same process before the first page (Python, numpy, the app): "
          f"{before / 2**20:.0f} MiB; above it {(peak - before) / values:.1f} bytes per value, "
          f"against the 16 bytes the result's two int64 columns hold")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        rss_child(args.child)
        return
    cpu_per_value(args.pages, args.rounds)
    rss_per_value()


if __name__ == "__main__":
    main()
