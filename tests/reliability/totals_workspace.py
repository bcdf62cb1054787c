"""The query the answer-integrity, bounds and provenance tests run: enterprise totals of three
of the demo app's posts, per post and engagement type, with the demo accounts (no account is
configured, so --base-url names the server they talk to)."""
from __future__ import annotations

import json
from pathlib import Path

from engagement_desktop.sandbox.accounts import DEMO_ACCOUNTS

APP = next(account for account in DEMO_ACCOUNTS if account["name"] == "demo-app")
POSTS = tuple(APP["sample_post_ids"][:3])
SECRETS = {APP[field] for field in ("consumer_key", "consumer_secret", "bearer_token")}
QUERY = {"name": "app", "endpoint": "totals", "account": "demo-app", "ids": list(POSTS),
         "metrics": ["favorites", "retweets"],
         "groupings": {"per-post": ["tweet.id", "engagement.type"]}}


def totals_workspace(folder: Path) -> Path:
    workspace = folder / "totals.json"
    workspace.write_text(json.dumps({"format_version": 2, "name": "totals", "queries": [QUERY]}))
    return workspace


def run_totals(home, base_url: str, *exports: str, resume: str | None = None):
    """`run` of the totals query against `base_url`, exporting to `exports` under the home."""
    args = ["run", str(totals_workspace(home.root)), "--base-url", base_url]
    args += [arg for name in exports for arg in ("--export", str(home.root / name))]
    args += ["--resume", resume, "--overwrite"] if resume else []
    return home.cli(*args, timeout=120)


def secrets_found(home, output: str) -> list[str]:
    """The demo app's secrets in `output` or in any file under the home."""
    found = [s for s in SECRETS if s in output]
    for path in (p for p in home.root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path.name}: {s}" for s in SECRETS if s.encode() in data]
    return found
