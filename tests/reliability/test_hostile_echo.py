"""Issue 13 item 4: a server that echoes the Authorization header and the secrets it knows —
in a 400, 401, 403 or 500, in a 200's `errors`, in a garbled body, at the token endpoint —
never gets one of them into stderr, stdout, the log, the journal or an export.

The CLI runs against the hostile server with the demo accounts (no account configured,
--base-url), so the secrets are known to the test and can be looked for in every byte the app
wrote."""
import json
import secrets as random_secrets
import subprocess
import sys

import pytest
from hostile_server import MODES, HostileServer

from engagement_desktop.runner.tokens import TokenError, Tokens
from engagement_desktop.sandbox.accounts import DEMO_ACCOUNTS
from engagement_desktop.transport.client import HttpClient

pytestmark = [pytest.mark.slow, pytest.mark.bad_input]

DEMO = {account["name"]: account for account in DEMO_ACCOUNTS}
OWNER, APP = DEMO["demo-owner"], DEMO["demo-app"]
SECRET_FIELDS = ("consumer_key", "consumer_secret", "access_token", "access_token_secret",
                 "bearer_token")
EXPORTS = ("out.csv", "out.json", "out.xlsx")
QUERIES = {
    "owner": {"name": "owner", "endpoint": "v2-28hr", "account": "demo-owner",
              "ids": OWNER["sample_post_ids"][:3], "metrics": ["impressions"],
              "granularity": "hourly"},
    "app": {"name": "app", "endpoint": "totals", "account": "demo-app",
            "ids": APP["sample_post_ids"][:3], "metrics": ["favorites", "retweets"],
            "groupings": {"per-post": ["tweet.id", "engagement.type"]}},
}


def secrets_of(*accounts: dict) -> set[str]:
    return {a[f] for a in accounts for f in SECRET_FIELDS if a.get(f)}


def leaks_in(home, text: str, secrets: set[str]) -> list[tuple[str, str]]:
    """(where, secret) for every secret in the text or in any file under the home."""
    found = [("output", s) for s in secrets if s in text]
    for path in (p for p in home.root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [(path.name, s) for s in secrets if s.encode() in data]
    return found


def run_query(home, server: HostileServer, query: str):
    workspace = home.root / "hostile.json"
    workspace.write_text(json.dumps({"format_version": 1, "name": "hostile",
                                     "queries": [QUERIES[query]]}))
    exports = [arg for name in EXPORTS for arg in ("--export", str(home.root / name))]
    return home.cli("run", str(workspace), "--base-url", server.base_url, *exports, timeout=120)


@pytest.mark.parametrize("mode", MODES)
def test_an_oauth1_account_s_echoed_secrets_reach_no_output_or_file(home, mode):
    secrets = secrets_of(*DEMO_ACCOUNTS)  # the sender's, and those of every account it holds
    with HostileServer(mode, leaks=tuple(secrets)) as server:
        ran = run_query(home, server, "owner")
    assert server.requests >= 1  # the echo was sent to the app
    assert ran.returncode in (1, 3), ran.stderr  # problems, or refused credentials
    assert "Traceback" not in ran.stderr
    if mode != "500":  # a 500's body is never shown: only its status is
        assert "***" in ran.stdout + ran.stderr + _files_text(home)  # the echo, masked
    assert leaks_in(home, ran.stdout + ran.stderr, secrets) == []


@pytest.mark.parametrize("mode", ["400", "403"])
def test_a_bearer_account_s_echoed_token_reaches_no_output_or_file(home, mode):
    secrets = secrets_of(APP)
    with HostileServer(mode, leaks=tuple(secrets)) as server:
        ran = run_query(home, server, "app")
    assert ran.returncode == 1, ran.stderr
    assert all((home.root / name).stat().st_size > 0 for name in EXPORTS)
    assert leaks_in(home, ran.stdout + ran.stderr, secrets) == []


def test_two_held_accounts_neither_s_echoed_secret_reaches_an_output_or_file(home):
    """Two accounts of the user's (the keyring holds them), the query sends with one, and the
    server echoes both: the other account's secrets are masked as well as the sender's."""
    env = {k: v for k, v in home.env().items() if k != "PYTHON_KEYRING_BACKEND"}
    held = {name: random_secrets.token_urlsafe(30) for name in ("echo-sender", "echo-other")}
    query = {**QUERIES["app"], "account": "echo-sender"}
    workspace = home.root / "two.json"
    workspace.write_text(json.dumps({"format_version": 2, "name": "two", "queries": [query]}))
    with HostileServer("400", leaks=tuple(held.values())) as server:
        for name, token in held.items():
            added = _cli(env, "accounts", "add", name, "--kind", "bearer", "--base-url",
                         server.base_url, "--api-base-url", server.base_url,
                         ED_BEARER_TOKEN=token)
            if "No secure keyring" in added.stderr:
                pytest.skip("no Secret Service to hold the two accounts between commands")
            assert added.returncode == 0, added.stderr
        try:
            ran = _cli(env, "run", str(workspace), "--export", str(home.root / "two.json.csv"))
        finally:
            for name in held:
                _cli(env, "accounts", "remove", name)
    assert server.requests >= 1 and ran.returncode == 1, ran.stderr
    assert "***" in ran.stderr + _files_text(home)  # the echo was shown and logged, masked
    assert leaks_in(home, ran.stdout + ran.stderr, set(held.values())) == []


def _cli(env: dict, *args: str, **secrets: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "engagement_desktop.cli", *args],
                          capture_output=True, text=True, env={**env, **secrets},
                          cwd=env["HOME"], timeout=120)


@pytest.mark.parametrize("flow", ["bearer", "pin"])
def test_a_token_endpoint_echoing_the_consumer_secret_is_refused_in_masked_words(flow):
    key, secret = APP["consumer_key"], APP["consumer_secret"]
    with HostileServer("token", leaks=(key, secret)) as server:
        tokens = Tokens(HttpClient())
        with pytest.raises(TokenError, match=r"refused \(HTTP 401: we know \*\*\*") as err:
            if flow == "bearer":
                tokens.app_bearer(server.base_url, key, secret)
            else:
                tokens.start_pin(server.base_url, key, secret)
    assert err.value.refused and "***" in str(err.value)
    assert key not in str(err.value) and secret not in str(err.value)


def _files_text(home) -> str:
    """The app's text files (logs, JSON and CSV exports), for the masked echo."""
    return "".join(p.read_text(errors="replace") for p in home.root.rglob("*")
                   if p.is_file() and p.suffix in (".log", ".json", ".csv"))
