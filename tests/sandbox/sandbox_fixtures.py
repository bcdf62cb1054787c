"""Helpers for the sandbox tests: the demo accounts' signers and enterprise request bodies."""
from __future__ import annotations

from datetime import datetime, timezone

import requests
from requests_oauthlib import OAuth1

from engagement_desktop.sandbox.server import SandboxServer

GZIP = {"Accept-Encoding": "gzip"}
# A fixed "now" for tests that need exact windows; OAuth still signs with real time.
FROZEN_NOW = datetime(2026, 11, 20, 12, 30, tzinfo=timezone.utc)


def demo(server: SandboxServer, name: str) -> dict:
    return next(a for a in server.accounts if a["name"] == name)


def oauth1(server: SandboxServer, name: str) -> OAuth1:
    account = demo(server, name)
    return OAuth1(account["consumer_key"], account["consumer_secret"], account["access_token"],
                  account["access_token_secret"])


def bearer(server: SandboxServer, name: str = "demo-app") -> dict[str, str]:
    return {"Authorization": f"Bearer {demo(server, name)['bearer_token']}"}


def post(server: SandboxServer, endpoint: str, body, auth=None, headers=None,
         **kwargs) -> requests.Response:
    """POST an enterprise request (JSON body, gzip accepted)."""
    send = {"json": body} if not isinstance(body, (bytes, str)) else {"data": body}
    return requests.post(f"{server.base_url}/insights/engagement/{endpoint}", auth=auth,
                         headers={**GZIP, **(headers or {})}, timeout=10, **send, **kwargs)


def body(ids, metrics, *group_bys, **extra) -> dict:
    """An enterprise request body with groupings named g0, g1, ..."""
    return {"tweet_ids": [str(i) for i in ids], "engagement_types": list(metrics),
            "groupings": {f"g{k}": {"group_by": list(g)} for k, g in enumerate(group_bys)},
            **extra}


PER_POST = ("tweet.id", "engagement.type")
HOURLY = ("tweet.id", "engagement.type", "engagement.day", "engagement.hour")
DAILY = ("tweet.id", "engagement.type", "engagement.day")
