"""Each client of the peers benchmark, run as its own process against a fresh sandbox: ours
(`engagement-desktop run`), the plain loop, enterprise-scripts-python, Gnip-Insights-Interface
and xdk. Each returns an Outcome, or says why it cannot run."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENTERPRISE_HOST = "https://data-api.twitter.com"


@dataclass
class Outcome:
    seconds: float | None
    values: int | None = None
    refused: int = 0  # 429s the sandbox sent
    note: str = ""  # why it could not run, or what went wrong


class CannotRun(Exception):
    """The client is not on this machine, or cannot run this row; the message says why."""


class Sandbox:
    """A fresh sandbox process for one client's run."""

    def __init__(self, limit: int, latency_ms: int):
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "sandbox_process.py"), str(limit), str(latency_ms)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.base_url = self.process.stdout.readline().strip()

    def close(self) -> dict:
        stats = {}
        if self.process.poll() is None:
            self.process.stdin.write("stop\n")
            self.process.stdin.flush()
            stats = json.loads(self.process.stdout.readline() or "{}")
        self.process.wait(timeout=30)
        return stats


def timed(command: list[str], env: dict | None = None, cwd: str | None = None,
          stdin: str | None = None) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, input=stdin, capture_output=True,
                          text=True, timeout=3600)
    return time.perf_counter() - started, done


def ours(workspace: Path, base_url: str, home: Path) -> Outcome:
    env = {**os.environ, "HOME": str(home)}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env.pop(name, None)
    took, done = timed([sys.executable, "-m", "engagement_desktop.cli", "run", str(workspace),
                        "--base-url", base_url], env)
    found = re.search(r"Done: [\d,]+ requests?(?: answered)?[^;,]*[;,] ([\d,]+) values?",
                      done.stderr)
    if done.returncode != 0 or not found:
        return Outcome(took, None, note=f"exit {done.returncode}: {done.stderr[-300:]}")
    estimate = re.search(r"about ([\d.]+) (s|minutes|hours)", done.stderr)
    note = f"estimate {estimate.group(1)} {estimate.group(2)}" if estimate else ""
    return Outcome(took, int(found.group(1).replace(",", "")), note=note)


def plain_loop(job: dict, python: str) -> Outcome:
    return _json_script(python, HERE / "plain_loop.py", job)


def xdk_loop(job: dict, python: str) -> Outcome:
    check = subprocess.run([python, "-c", "import xdk"], capture_output=True)
    if check.returncode != 0:
        raise CannotRun("xdk is not installed in the peers' Python")
    return _json_script(python, HERE / "xdk_loop.py", job)


def _json_script(python: str, script: Path, job: dict) -> Outcome:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(job, handle)
    try:
        took, done = timed([python, str(script), handle.name])
    finally:
        os.unlink(handle.name)
    if done.returncode != 0:
        return Outcome(took, None, note=f"exit {done.returncode}: {done.stderr[-300:]}")
    return Outcome(took, json.loads(done.stdout.strip().splitlines()[-1])["values"])


def count_values(node) -> int:
    if isinstance(node, dict):
        return sum(count_values(v) for k, v in node.items() if k not in ("start", "end"))
    if isinstance(node, list):
        return sum(count_values(v) for v in node)
    return 1 if isinstance(node, (int, float, str)) and not isinstance(node, bool) else 0


def enterprise_scripts(checkout: Path, python: str, base_url: str, auth: dict,
                       calls: list[list[str]]) -> Outcome:
    """One process per request, as the scripts are used (they send one request each)."""
    env = {**os.environ, "PYTHONPATH": str(HERE / "redirect"),
           "PEER_REDIRECT": f"{ENTERPRISE_HOST}={base_url}",
           "TWITTER_CONSUMER_KEY": auth["consumer_key"],
           "TWITTER_CONSUMER_SECRET": auth["consumer_secret"],
           "TWITTER_ACCESS_TOKEN": auth["token"], "TWITTER_ACCESS_TOKEN_SECRET": auth["token_secret"],
           "TWITTER_BEARER_TOKEN": auth.get("bearer", "")}
    values, started, lost = 0, time.perf_counter(), 0
    for argv in calls:
        _, done = timed([python, *argv], env, cwd=str(checkout / "Engagement-API"))
        status, _, body = done.stdout.partition("\n")
        if "Status: 200" not in status:
            lost += 1
            continue
        values += count_values(json.loads(body))
    took = time.perf_counter() - started
    return Outcome(took, values, note=f"{lost} of {len(calls)} requests lost" if lost else "")


def gnip_insights(checkout: Path, python: str, base_url: str, auth: dict, argv: list[str],
                  home: Path) -> Outcome:
    (home / ".twitter_api_creds").write_text(
        "engagement:\n"
        f"  url: {base_url}/insights/engagement\n"
        f"  consumer_key: {auth['consumer_key']}\n  consumer_secret: {auth['consumer_secret']}\n"
        f"  token: {auth['token']}\n  token_secret: {auth['token_secret']}\n")
    env = {**os.environ, "HOME": str(home), "PYTHONPATH": f"{HERE / 'redirect'}:{checkout}"}
    took, done = timed([python, str(checkout / "tweet_engagements.py"), *argv], env)
    if done.returncode != 0:
        return Outcome(took, None, note=f"exit {done.returncode}: "
                                         f"{done.stderr.strip().splitlines()[-1][:200]}")
    return Outcome(took, count_values(json.loads(done.stdout.strip().splitlines()[-1])))
