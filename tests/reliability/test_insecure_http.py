"""Issue 13 item 2: credentials never cross the network in plain HTTP unless the user says so.

`run --base-url` and `accounts add --base-url` refuse http:// to another computer (exit 2, a
message that says why and how to allow it deliberately), warn on every use when allowed, and
refuse a URL holding a password. Nothing is sent to the far address in any of these tests:
each ends before a request (an invalid query, or the refusal itself)."""
import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.bad_input

FAR = "http://192.0.2.10:8000"  # TEST-NET-1: never routed


def workspace(home, account: str = "demo-app", ids=("20",)) -> str:
    path = home.root / "w.json"
    path.write_text(json.dumps({"format_version": 1, "name": "w", "queries": [{
        "name": "q", "endpoint": "totals", "account": account, "ids": list(ids),
        "metrics": ["favorites"], "groupings": {"g": ["tweet.id", "engagement.type"]}}]}))
    return str(path)


def test_run_refuses_a_plain_http_base_url_on_another_computer(home):
    ran = home.cli("run", workspace(home), "--base-url", FAR)
    assert ran.returncode == 2
    assert "plain http:// to 192.0.2.10" in ran.stderr and "--allow-insecure-http" in ran.stderr
    assert "Traceback" not in ran.stderr


def test_run_allowed_plain_http_warns_before_anything_else(home):
    ran = home.cli("run", workspace(home, ids=("not-an-id",)), "--base-url", FAR,
                   "--allow-insecure-http")
    assert ran.returncode == 2  # the query is invalid: nothing was sent
    assert "warning: plain http:// to 192.0.2.10 is allowed" in ran.stderr


def test_run_refuses_a_base_url_with_a_password_and_never_shows_it(home):
    ran = home.cli("run", workspace(home), "--base-url", "http://me:hunter22@127.0.0.1:9")
    assert ran.returncode == 2 and "user name or password" in ran.stderr
    assert "hunter22" not in ran.stderr + ran.stdout


@pytest.mark.parametrize("url", [FAR, "https://me:hunter22@api.example.test"])
def test_accounts_add_refuses_an_insecure_base_url(home, url):
    added = add_far(home, url, allow=False)
    assert added.returncode == 2, added.stderr
    assert "hunter22" not in added.stderr + added.stdout
    assert "far" not in home.cli("accounts", "list").stdout


def test_accounts_add_with_the_flag_keeps_the_setting_and_warns(home):
    added = add_far(home, FAR, allow=True)
    # Exit 1: the keyring here is memory-only, so the token typed lives only for this process.
    assert added.returncode == 1, added.stderr
    assert "kept for this session only" in added.stderr
    assert "warning: plain http:// to 192.0.2.10 is allowed" in added.stderr
    index = next(home.config.rglob("*.json")).read_text()
    assert '"allow_insecure_http": true' in index


def add_far(home, url: str, allow: bool) -> subprocess.CompletedProcess:
    """`accounts add far` at `url`, its token from stdin."""
    flag = ["--allow-insecure-http"] if allow else []
    return subprocess.run(
        [sys.executable, "-m", "engagement_desktop.cli", "accounts", "add", "far", "--kind",
         "bearer", "--base-url", url, "--api-base-url", url, *flag, "--secrets-from-stdin"],
        input="bearer_token=AAAA-far-token\n", capture_output=True, text=True, env=home.env(),
        timeout=60, cwd=home.root)
