"""`engagement-desktop run` against the clients people use instead (issue 15), each on a fresh
sandbox of its own (a separate process), on the same plans; prints the table of time ratios.

Clients: the plain loop (peers/plain_loop.py: requests + requests-oauthlib, sequential, no
pacing, sleep until the reset on a 429), enterprise-scripts-python and Gnip-Insights-Interface
run unchanged from their pinned commits (configured by environment and credentials file, the
API host redirected to the sandbox: peers/redirect/sitecustomize.py), and xdk's
`posts.get_analytics` in a loop (peers/xdk_loop.py). A peer that is not on this machine, or
cannot run a row, gets a cell saying why. Ratio = the other client's time ÷ ours (above 1: we
are faster). The floor is one latency, plus, when the first window's budget is not enough, the
wait for the next calendar minute and a minute for each further window.

A row with more requests than one window allows (30/min) waits for the sandbox's next calendar
minute, so a client's time depends on the second of the minute it starts at: every client of
such a row starts at the same second (--start-second; run it with a few to see the spread).

    .venv/bin/python benchmarks/bench_peers.py [--quick] [--rows 1,3] [--start-second 5] \
        [--peers-python PATH] [--mirror /work/.mirror]
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import tarfile
import tempfile
import time
from datetime import date
from pathlib import Path

from peers import clients
from peers.plans import PEER_COMMITS, Row, rows_for, materialize

COLUMNS = ("plain loop", "enterprise-scripts", "Gnip-II", "xdk")


def checkout(mirror: Path, repo: str, into: Path) -> Path | None:
    """The peer's pinned commit, extracted; None when its snapshot is not on this machine."""
    owner_name = repo.replace("/", "+")
    git_dir = next((p for p in (mirror / owner_name / "repo" / ".git", mirror / owner_name / "repo")
                    if (p / "objects").exists()), None)
    if git_dir is None:
        return None
    target = into / owner_name
    target.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "--git-dir", str(git_dir), "archive", PEER_COMMITS[repo]],
                             capture_output=True, check=True).stdout
    with tempfile.TemporaryFile() as handle:
        handle.write(archive)
        handle.seek(0)
        tarfile.open(fileobj=handle).extractall(target, filter="data")
    return target


def wait_for_second(second: int) -> None:
    """Sleep until the wall clock is at `second` of a minute (the sandbox counts calendar
    minutes), so that every client of a row meets the same part of its first window."""
    time.sleep((second - time.time()) % 60)


def run_client(row: Row, name: str, work: Path, peers: dict, python: str, start_second: int):
    """One client on one row, on a fresh sandbox: an Outcome, or the text of a cell."""
    if name not in row.peers:
        return "—"
    sandbox = clients.Sandbox(row.limit, row.latency_ms)
    try:
        made = materialize(row, sandbox.base_url, work / name)
        if row.requests > row.limit:
            wait_for_second(start_second)
        if name == "ours":
            outcome = clients.ours(made.workspace, sandbox.base_url, made.home)
        elif name == "plain loop":
            outcome = clients.plain_loop(made.loop_job, python)
        elif name == "xdk":
            outcome = clients.xdk_loop(made.xdk_job, python)
        elif peers.get(name) is None:
            return f"not on this machine ({name})"
        elif name == "enterprise-scripts":
            outcome = clients.enterprise_scripts(peers[name], python, sandbox.base_url,
                                                 made.auth, made.script_calls)
        else:
            outcome = clients.gnip_insights(peers[name], python, sandbox.base_url, made.auth,
                                            made.gnip_argv, made.home)
    except clients.CannotRun as why:
        return str(why)
    finally:
        stats = sandbox.close()
    outcome.refused = stats.get("rate_limited", 0)
    return outcome


def cell(theirs, ours) -> str:
    if not isinstance(theirs, clients.Outcome):
        return theirs
    if theirs.values is None or not isinstance(ours, clients.Outcome) or not ours.seconds:
        return f"failed: {theirs.note[:120]}"
    text = f"**{theirs.seconds / ours.seconds:.2f}** ({theirs.seconds:.1f} s"
    if theirs.refused:
        text += f", {theirs.refused} 429s"
    if ours.values and theirs.values != ours.values:
        text += f", {theirs.values:,} values vs our {ours.values:,}"
    return text + (f"; {theirs.note}" if theirs.note else "") + ")"


def ours_cell(row: Row, ours, start_second: int) -> str:
    if not isinstance(ours, clients.Outcome) or ours.values is None:
        return f"failed: {getattr(ours, 'note', ours)[:200]}"
    windows_after = -(-max(row.requests - row.limit, 0) // row.limit)
    waits = (60 - start_second + 60 * (windows_after - 1)) if windows_after else 0
    floor = waits + row.latency_ms / 1000
    return (f"{ours.seconds:.1f} s, {ours.values:,} values, {ours.refused} 429s; floor "
            f"{floor:.1f} s ({ours.seconds / floor:.2f} ×); {ours.note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller plans, to iterate")
    parser.add_argument("--rows", help="comma-separated row numbers (default: all)")
    parser.add_argument("--peers-python", default=os.environ.get("PEERS_PYTHON", "python3"),
                        help="a Python with requests-oauthlib, python-dotenv, python-dateutil, "
                             "PyYAML and xdk (default: $PEERS_PYTHON or python3)")
    parser.add_argument("--mirror", default="/work/.mirror", type=Path,
                        help="where the peers' repository snapshots are")
    parser.add_argument("--start-second", type=int, default=5, choices=range(60), metavar="0-59",
                        help="the second of the minute every client of a row that outlasts "
                             "one window starts at (default: 5)")
    args = parser.parse_args()
    rows = rows_for(args.quick)
    wanted = {int(n) for n in args.rows.split(",")} if args.rows else set(range(1, len(rows) + 1))
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        peers = {"enterprise-scripts": checkout(args.mirror, "twitterdev/enterprise-scripts-python",
                                                work / "peers"),
                 "Gnip-II": checkout(args.mirror, "twitterdev/Gnip-Insights-Interface",
                                     work / "peers")}
        print(f"{date.today()}, {platform.system()} {platform.machine()}, Python "
              f"{platform.python_version()}, {os.cpu_count()} cores; peers: "
              + ", ".join(f"{repo} @ {commit[:10]}" for repo, commit in PEER_COMMITS.items()))
        print("\n| # | work | ours | " + " | ".join(COLUMNS) + " |")
        print("|---|---|---|" + "---|" * len(COLUMNS))
        for number, row in enumerate(rows, 1):
            if number not in wanted:
                continue
            where, start = work / f"row{number}", args.start_second
            ours = run_client(row, "ours", where, peers, args.peers_python, start)
            cells = [cell(run_client(row, name, where, peers, args.peers_python, start), ours)
                     for name in COLUMNS]
            at = f", each client started at :{start:02d}" if row.requests > row.limit else ""
            print(f"| {number} | {row.title} ({row.requests} requests{at}) | "
                  f"{ours_cell(row, ours, start)} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
