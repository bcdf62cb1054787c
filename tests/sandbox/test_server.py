"""The server object and the `engagement-desktop sandbox` command."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
import requests

from engagement_desktop.cli import main as cli_main
from engagement_desktop.sandbox import accounts, posts
from engagement_desktop.sandbox.server import SandboxServer
from sandbox_fixtures import FROZEN_NOW, PER_POST, bearer, body, oauth1, post


def test_the_server_listens_on_a_free_local_port_and_stops():
    server = SandboxServer().start()
    url = server.base_url
    assert url.startswith("http://127.0.0.1:") and int(url.rsplit(":", 1)[1]) > 0
    assert requests.get(f"{url}/nowhere", timeout=5).status_code == 404
    server.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{url}/nowhere", timeout=5)


def test_server_accounts_are_what_the_accounts_command_prints(capsys):
    assert cli_main(["sandbox", "accounts", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    with SandboxServer() as server:
        assert server.accounts == printed
    assert [a["name"] for a in printed] == ["demo-app", "demo-owner", "demo-analyst",
                                            "demo-creator", "demo-owner-oauth2"]
    assert {a["kind"] for a in printed} == {"bearer", "oauth1-user", "oauth2-user"}
    assert "access_token" not in printed[0] and "consumer_key" not in printed[4]


def test_each_demo_user_owns_its_sample_posts_of_every_documented_kind():
    now = datetime.now(timezone.utc)
    for index, user in enumerate(accounts.USERS):
        samples = accounts.sample_posts(index, now)
        for post_id in (p for ids in samples.values() for p in ids):
            assert accounts.owner_of(post_id) == user
        assert posts.state(int(samples["deleted"][0])) == posts.DELETED
        assert posts.state(int(samples["protected"][0])) == posts.PROTECTED
        age = {kind: now - posts.created_at(int(ids[0])) for kind, ids in samples.items()}
        assert all(timedelta(hours=1) < age[k] < timedelta(days=8) for k in ("recent",))
        assert age["older_than_90_days"] > timedelta(days=90)
        assert age["older_than_1800_days"] > timedelta(days=1800)
        assert posts.created_at(int(samples["before_2015_09_15"][0])) < datetime(
            2015, 9, 15, tzinfo=timezone.utc)


def test_the_clock_can_be_set_and_moves_the_data(frozen):
    request = body(accounts.sample_posts(0, FROZEN_NOW)["recent"], ["impressions"], PER_POST)
    before = post(frozen, "totals", request, auth=oauth1(frozen, "demo-owner")).json()
    frozen.clock.set(FROZEN_NOW + timedelta(days=2))
    try:
        after = post(frozen, "totals", request, auth=oauth1(frozen, "demo-owner")).json()
    finally:
        frozen.clock.set(FROZEN_NOW)
    assert frozen.clock.now() == FROZEN_NOW
    for post_id, counts in before["g0"].items():
        assert int(after["g0"][post_id]["impressions"]) >= int(counts["impressions"])
    assert before != after


def test_stats_count_requests_by_status():
    with SandboxServer() as server:
        post(server, "totals", body(["20"], ["favorites"], PER_POST), headers=bearer(server))
        requests.get(f"{server.base_url}/nowhere", timeout=5)
        assert server.stats["requests"] == 2
        assert server.stats["by_status"] == {200: 1, 404: 1}


@pytest.mark.parametrize("argv, says", [
    (["--faults", "nonsense=1"], "--faults"), (["--now", "soon"], "--now"),
    (["--rate-limit", "0"], "--rate-limit"), (["--port", "70000"], "--port"),
    (["--bogus"], "unrecognized"),
])
def test_bad_sandbox_options_exit_2_with_a_message(capsys, argv, says):
    assert cli_main(["sandbox", *argv]) == 2
    assert says in capsys.readouterr().err


def test_the_command_serves_until_ctrl_c_and_exits_0_without_a_traceback():
    process = subprocess.Popen(
        [sys.executable, "-m", "engagement_desktop.cli", "sandbox", "--now",
         "2026-11-20T12:00:00Z", "--rate-limit", "5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        # Ctrl+C as a terminal delivers it: a suite started in the background has SIGINT
        # ignored, which its children inherit (Python then never raises KeyboardInterrupt).
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        printed = [process.stdout.readline() for _ in range(8)]  # up to the tokens hint
        base_url = printed[0].split()[3]
        # Timeouts here only keep a hung process from stalling the suite: generous, for a
        # loaded machine.
        answer = requests.get(f"{base_url}/2/tweets", params={"ids": "20"}, timeout=60,
                              headers={"Authorization": f"Bearer {accounts.APP_BEARER}"})
        assert answer.status_code == 200 and answer.headers["x-rate-limit-limit"] == "5"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 0
    assert "demo-owner" in "".join(printed) and "Sandbox stopped." in out
    assert "Traceback" not in err
