"""Issue 5, "Must show": whole runs against the sandbox, as a user would make them.

Heavy data is kept to what each claim needs: one metric for the 300 × 300-day hourly job, a
daily query for the fault run, and a high sandbox rate limit except where pacing is the point.
"""
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

import pytest
from e2e_fixtures import TODAY, collect, day, make_service, owned_ids, secrets_of
from runner.runner_fixtures import cancel_after

from engagement_desktop.core.query import Query
from engagement_desktop.core.rows import DAY, HOUR, PROTECTED, UNAVAILABLE
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.runner.events import Finished, PageParsed, Progress
from engagement_desktop.sandbox import posts
from engagement_desktop.sandbox.server import SandboxServer

pytestmark = pytest.mark.slow

END = TODAY - timedelta(days=1)
START = END - timedelta(days=300)
HOURLY = {"hourly": ["tweet.id", "engagement.type", "engagement.hour"]}
DAILY = {"daily": ["tweet.id", "engagement.type", "engagement.day"]}
HISTORICAL_IDS = owned_ids(300, START - timedelta(days=10))
HOURLY_QUERY = Query(name="hourly", endpoint="historical", account="auto", ids=HISTORICAL_IDS,
                     metrics=["impressions"], groupings=HOURLY, start=day(START), end=day(END))
TOTALS_METRICS = ["favorites", "retweets", "quote_tweets", "replies"]


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return tmp_path_factory.mktemp("issue5")


@pytest.fixture(scope="module")
def hourly_job(home, server):
    """The 300 posts × 300 days hourly job, run once in-process: its CSV and what it showed."""
    service = make_service(home / "inprocess", server)
    hourly, events = collect(service, HOURLY_QUERY)
    daily, _ = collect(service, Query(**{**HOURLY_QUERY.__dict__, "name": "daily",
                                         "groupings": DAILY}))
    summed = defaultdict(int)
    for row in hourly.rows():
        summed[row.post_id, row.metric, row.bucket - row.bucket % 86400] += row.value
    reference = home / "uninterrupted.csv"
    load_registry(service.paths).exporter_for(reference).export(hourly, reference)
    service.close()
    return {"summed": dict(summed), "daily": {(r.post_id, r.metric, r.bucket): r.value
                                              for r in daily.rows() if r.granularity == DAY},
            "values": len(hourly), "granularities": hourly.granularities(),
            "buckets": {post: len(b) for (post, _, _), b in hourly.series().items()},
            "problems": hourly.problems + daily.problems, "csv": reference,
            "steps": sum(isinstance(e, PageParsed) and e.step_id != "plan-checks" for e in events)}


def test_totals_for_10000_ids_with_a_bearer_at_600_per_minute_get_no_429_and_every_row(home):
    states = (posts.DELETED, posts.PROTECTED) + (posts.OK,) * 48  # 4 % the API will not serve
    ids = [str(posts.make_id(TODAY - timedelta(days=30, seconds=n * 97), n % 3, states[n % 50]))
           for n in range(10_000)]
    query = Query(name="totals", endpoint="totals", account="demo-app", ids=ids,
                  metrics=TOTALS_METRICS, groupings={"per-post": ["tweet.id", "engagement.type"]})
    with SandboxServer(rate_limit=600) as paced:
        service = make_service(home / "totals", paced)
        result, events = collect(service, query)
        refused = paced.stats["rate_limited"]
    assert events[-1] == Finished(cancelled=False, steps_done=40, steps_failed=0,
                                  job_id=events[-1].job_id)
    assert refused == 0
    problem_posts = {p.post_id for p in result.problems}
    expected_problems = {i for i in ids if posts.state(int(i)) != posts.OK}
    assert problem_posts == expected_problems and len(expected_problems) == 400
    assert {p.kind for p in result.problems} == {UNAVAILABLE, PROTECTED}
    assert len(result) == (len(ids) - len(problem_posts)) * len(TOTALS_METRICS)


def test_historical_300_posts_over_300_days_hourly_merges_windows_into_the_daily_sums(hourly_job):
    hours = (END - START) // timedelta(hours=1)
    assert hourly_job["steps"] == 12 * 11  # 300 posts in 25s × 300 days in 4-week windows
    assert hourly_job["granularities"] == {HOUR}
    # Windows merged: each post has every hour of the range exactly once.
    assert set(hourly_job["buckets"].values()) == {hours}
    assert hourly_job["values"] == 300 * hours
    assert hourly_job["summed"] == hourly_job["daily"]
    assert sum(hourly_job["daily"].values()) > 0 and hourly_job["problems"] == []


def test_with_429s_server_errors_and_dropped_connections_the_result_equals_a_clean_run(home,
                                                                                      server):
    ids = owned_ids(497, TODAY - timedelta(days=120), with_problems=True)
    ids += owned_ids(3, TODAY - timedelta(days=120), owner=1)  # not an account of ours: routed away
    query = Query(name="faults", endpoint="historical", account="auto", ids=ids,
                  metrics=["impressions", "engagements", "favorites"], groupings=DAILY,
                  start=day(TODAY - timedelta(days=85)), end=day(TODAY - timedelta(days=1)))
    accounts = [a for a in server.accounts if a["name"] in ("demo-app", "demo-owner")]
    service = make_service(home / "faults", server, accounts)
    clean, _ = collect(service, query)
    before = server.stats
    server.set_faults("429=0.1,500=0.05,drop=0.02,seed=5")
    try:
        faulted, _ = collect(service, query)
    finally:
        server.set_faults(None)
    faults = server.stats["faults"]
    assert all(faults.get(kind, 0) > before["faults"].get(kind, 0) for kind in ("429", "500", "drop"))
    assert list(faulted.rows()) == list(clean.rows()) and len(clean) > 100_000
    assert faulted.problems == clean.problems
    assert {p.kind for p in clean.problems} == {"not_owned", UNAVAILABLE, PROTECTED}
    service.close()


def cli(home: Path, *argv: str, **popen):
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_CACHE_HOME": str(home / "cache")}
    code = "import sys; from engagement_desktop.cli import main; sys.exit(main())"
    return subprocess.Popen([sys.executable, "-c", code, "run", *argv], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)


def settled_count(server) -> int:
    """The server's request count once it has stopped moving for half a second."""
    count = -1
    for _ in range(40):
        if count == (count := server.stats["requests"]):
            return count
        time.sleep(0.5)
    raise AssertionError("the sandbox kept receiving requests")


def test_a_job_killed_mid_run_resumes_to_a_byte_identical_csv(home, server, hourly_job):
    cli_home = home / "cli"
    workspace = home / "hourly.json"
    workspace.write_text(json.dumps({"format_version": 1, "name": "issue 5", "queries": [
        {**HOURLY_QUERY.__dict__}]}))
    first = cli(cli_home, str(workspace), "--base-url", server.base_url,
                "--export", str(home / "never.csv"))
    job = done = None
    for line in first.stderr:  # quiet progress lines: one per tenth of the job
        job = job or (re.search(r"^Job (\S+)\.", line) or [None, None])[1]
        if (found := re.search(r"^(\d+)/(\d+) requests done", line)) and int(found[1]) >= 26:
            done = int(found[1])
            first.send_signal(signal.SIGKILL)
            break
    first.wait(30)
    assert first.returncode == -signal.SIGKILL and job and done < hourly_job["steps"]
    assert not (home / "never.csv").exists()

    out = home / "resumed.csv"
    sent_before = settled_count(server)  # the killed process's last requests still finish
    second = cli(cli_home, str(workspace), "--base-url", server.base_url, "--resume", job,
                 "--export", str(out))
    _, err = second.communicate(timeout=300)
    assert second.returncode == 0, err
    replayed = int(re.search(r"^(\d+)/\d+ requests done", err, re.M)[1])
    assert replayed >= done  # every step reported done before the kill was journaled
    lookups = 0  # owner routing asked before the kill: its answers are in the owner cache
    assert server.stats["requests"] - sent_before - lookups == hourly_job["steps"] - replayed
    assert out.read_bytes() == hourly_job["csv"].read_bytes()


def test_cancel_stops_a_run_without_waiting_for_the_answers_on_the_wire(home):
    """The sandbox holds every answer until the test lets it go, after the run ended: a run
    that waited for them would never end (and the test run's timeout would fail it)."""
    ids = owned_ids(200, TODAY - timedelta(days=10))
    query = Query(name="slow", endpoint="totals", account="demo-app", ids=ids,
                  metrics=["favorites"], groupings={"per-post": ["tweet.id", "engagement.type"]})
    release = threading.Event()
    with SandboxServer(rate_limit=100_000, faults="latency=5s") as slow:
        slow.app.sleep = lambda _latency: release.wait()
        service = make_service(home / "cancel", slow)
        cancel = threading.Event()
        events = service.run(service.prepare(query), cancel=cancel)
        assert isinstance(next(events), Progress)  # the workers are sending
        rest = cancel_after(0.3, events, cancel)
        answered = slow.stats["requests"]
        release.set()
        service.close()
    assert answered == 0  # the run ended with every request still unanswered
    assert rest[-1].cancelled


def test_after_all_of_it_no_secret_is_in_any_config_data_log_or_export_file(home, server):
    secrets = secrets_of(server.accounts)
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files) and any(p.suffix == ".csv" for p in files)
    assert any("jobs.sqlite3" in p.name for p in files)
    leaks = [(str(p), s) for p in files for s in secrets if s.encode() in p.read_bytes()]
    assert leaks == []
