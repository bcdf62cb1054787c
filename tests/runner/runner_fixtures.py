"""A totals plan over a mocked enterprise server, for the runner's unit tests."""
import json
import time

from engagement_builtins.enterprise import totals

from engagement_desktop.core.endpoint import BEARER
from engagement_desktop.core.plan import Plan, Step
from engagement_desktop.core.query import Query
from engagement_desktop.credentials.account import Account, Secrets
from engagement_desktop.transport.retry import RetryPolicy
from engagement_desktop.transport.sender import Credential, Transport

BASE = "https://enterprise.test"
URL = BASE + totals.spec.path
GROUPING = (("per-post", ("tweet.id", "engagement.type")),)
ENDPOINTS = {"totals": totals}


def make_plan(batches: list[list[str]], account: str = "app") -> Plan:
    steps = [Step(f"step-{n}", "totals", account, tuple(ids), ("favorites",), GROUPING)
             for n, ids in enumerate(batches)]
    every = [i for ids in batches for i in ids]
    return Plan(Query(name="t", endpoint="totals", account=account, ids=every,
                      metrics=["favorites"]), steps, every)


def make_transport(**policy) -> Transport:
    accounts = {name: Credential(Account(name, BEARER, base_url=BASE), Secrets(bearer_token=f"tok-{name}-secret"))
                for name in ("app", "other")}
    settings = {"max_attempts": 3, "base_delay": 0.01, "max_delay": 0.02, **policy}
    transport = Transport(accounts.__getitem__, policy=RetryPolicy(**settings))
    for name in accounts:  # fast pacing: these tests are not about the rate limit
        transport.limits.get(name, "totals", 60000)
    return transport


def favorites_answer(request):
    """The server's totals answer: favorites = the ID's last three digits."""
    ids = json.loads(request.body)["tweet_ids"]
    body = {"per-post": {i: {"favorites": str(int(i) % 1000)} for i in ids}}
    return 200, {"x-per-minute-limit": "60000", "x-per-minute-remaining": "59999"}, json.dumps(body)


def value(post_id: str) -> int:
    return int(post_id) % 1000


def cancel_after(seconds: float, events, cancel) -> list:
    """Cancel a run `seconds` after now (its workers already sending): the events it still
    yields until its generator ends."""
    time.sleep(seconds)
    cancel.set()
    return list(events)
