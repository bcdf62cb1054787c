"""The demo app, its three users and the tokens that stand for them.

These secrets are public on purpose: they only open this sandbox. `DEMO_ACCOUNTS` is what
`engagement-desktop sandbox accounts --json` prints; `demo_accounts(now)` computes the same
list for another clock (the sample posts are placed relative to "now").
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from ..core.endpoint import BEARER, OAUTH1_USER, OAUTH2_USER
from ..core.utc import utcnow
from . import posts

CONSUMER_KEY = "sandbox-demo-app-consumer-key"
CONSUMER_SECRET = "sandbox-demo-app-consumer-secret-not-a-real-secret"
APP_BEARER = "AAAAAAAAAAAAAAAAAAAAAsandbox-demo-app-bearer-token"

# Index i owns the posts whose ID is ≡ i (mod 3); see posts.py.
USERS = (
    {"name": "demo-owner", "user_id": "1600000000000000001", "screen_name": "demo_owner"},
    {"name": "demo-analyst", "user_id": "1600000000000000002", "screen_name": "demo_analyst"},
    {"name": "demo-creator", "user_id": "1600000000000000003", "screen_name": "demo_creator"},
)
ACCESS_TOKENS = {f"{u['user_id']}-sandbox{u['screen_name'].replace('_', '')}":
                 (f"sandbox-{u['name']}-access-token-secret", i) for i, u in enumerate(USERS)}
OAUTH2_USER_TOKENS = {"sandbox-oauth2-user-token-demo-owner": 0}

PRE_LIKES = datetime(2015, 6, 1, 15, 30, tzinfo=timezone.utc)  # before 2015-09-15
# Recent posts: (days before today 00:00 UTC, hour of that day), so each stays put for a day.
_RECENT = ((1, 9), (3, 14), (6, 20))


def owner_of(post_id: int | str) -> dict:
    """The demo user owning a post: {"name", "user_id", "screen_name"} (ID mod 3)."""
    return dict(USERS[posts.owner_index(int(post_id))])


def access_token_of(user_index: int) -> tuple[str, str]:
    return next((token, secret) for token, (secret, index) in ACCESS_TOKENS.items()
                if index == user_index)


def sample_posts(user_index: int, now: datetime | None = None) -> dict[str, list[str]]:
    """A user's documented posts by kind: recent, deleted, protected, older_than_90_days,
    older_than_1800_days, before_2015_09_15."""
    now = now or utcnow()
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)

    def at(days: int, hour: int) -> datetime:
        # Minutes differ per user so that the three users never share a creation time.
        return today - timedelta(days=days) + timedelta(hours=hour, minutes=7 * user_index)

    def make(when: datetime, state: str = posts.OK) -> str:
        return str(posts.make_id(when, user_index, state))
    return {
        "recent": [make(at(days, hour)) for days, hour in _RECENT],
        "deleted": [make(at(2, 11), posts.DELETED)],
        "protected": [make(at(2, 16), posts.PROTECTED)],
        "older_than_90_days": [make(at(120, 10))],
        "older_than_1800_days": [make(at(1850, 10))],
        "before_2015_09_15": [make(PRE_LIKES + timedelta(minutes=7 * user_index))],
    }


def demo_accounts(now: datetime | None = None) -> list[dict]:
    """The demo accounts, with sample posts placed relative to `now`."""
    samples = [sample_posts(i, now) for i in range(len(USERS))]
    flat = [[pid for ids in s.values() for pid in ids] for s in samples]
    out = [{"name": "demo-app", "kind": BEARER, "consumer_key": CONSUMER_KEY,
            "consumer_secret": CONSUMER_SECRET, "bearer_token": APP_BEARER,
            "sample_post_ids": [pid for s in samples for pid in s["recent"]]}]
    for i, user in enumerate(USERS):
        token, secret = access_token_of(i)
        out.append({"name": user["name"], "kind": OAUTH1_USER, "consumer_key": CONSUMER_KEY,
                    "consumer_secret": CONSUMER_SECRET, "access_token": token,
                    "access_token_secret": secret, "user_id": user["user_id"],
                    "screen_name": user["screen_name"], "sample_post_ids": flat[i]})
    for token, i in OAUTH2_USER_TOKENS.items():
        user = USERS[i]
        out.append({"name": f"{user['name']}-oauth2", "kind": OAUTH2_USER, "bearer_token": token,
                    "user_id": user["user_id"], "screen_name": user["screen_name"],
                    "sample_post_ids": flat[i]})
    return out


DEMO_ACCOUNTS = demo_accounts()
