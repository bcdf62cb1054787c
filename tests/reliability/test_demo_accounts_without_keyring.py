"""Issue 14, item 3, from the command line: with no keyring at all, `accounts add-sandbox` then
`run` works (the demo accounts' secrets are public), and a run whose requests all failed says
so and writes no empty export."""
import json
import re

import pytest
from reliability_fixtures import AppHome

from engagement_desktop.sandbox.accounts import DEMO_ACCOUNTS
from engagement_desktop.sandbox.server import SandboxServer

pytestmark = pytest.mark.slow


def totals_workspace(home: AppHome) -> str:
    path = home.root / "w.json"
    path.write_text(json.dumps({"format_version": 2, "name": "w", "queries": [{
        "name": "totals", "endpoint": "totals", "account": "demo-app",
        "ids": DEMO_ACCOUNTS[0]["sample_post_ids"][:1], "metrics": ["favorites"],
        "groupings": {"per-post": ["tweet.id", "engagement.type"]}}]}))
    return str(path)


def test_add_sandbox_then_run_works_without_a_keyring(tmp_path):
    home = AppHome(tmp_path)  # its environment selects keyring's fail backend
    added = home.cli("accounts", "add-sandbox")
    assert added.returncode == 0, added.stderr
    assert "No secure keyring" not in added.stderr  # nothing of theirs goes to a keyring
    listed = home.cli("accounts", "list")
    assert listed.stdout.count(" ready ") == len(DEMO_ACCOUNTS), listed.stdout
    ran = home.cli("run", totals_workspace(home), "--export", str(tmp_path / "out.csv"),
                   timeout=120)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert len((tmp_path / "out.csv").read_text().splitlines()) > 1


def test_a_run_whose_requests_all_failed_says_so_and_writes_no_export(tmp_path):
    home = AppHome(tmp_path)
    with SandboxServer(faults="500=1") as failing:  # every answer a 500, retried, then given up
        ran = home.cli("run", totals_workspace(home), "--base-url", failing.base_url,
                       "--export", str(tmp_path / "out.csv"), timeout=180)
    assert ran.returncode == 1, ran.stderr
    assert re.search(r"Done: 0 requests answered, 1 failed", ran.stderr), ran.stderr
    assert "no problems" not in ran.stderr.lower()
    assert "Nothing exported: every request failed" in ran.stderr
    assert not (tmp_path / "out.csv").exists()
