"""The rows of the peers benchmark and, per row, what each client is given: our workspace, the
plain loop's requests (the very requests of our plan), the peers' command lines, credentials."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from engagement_desktop.core.planning import build_plan
from engagement_desktop.core.query import Query
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.registry import ENDPOINTS, load_registry
from engagement_desktop.sandbox import accounts, posts

PEER_COMMITS = {"twitterdev/enterprise-scripts-python": "9973fc8c776fa8fb85d57f48d30a8424f3b27964",
                "twitterdev/Gnip-Insights-Interface": "41dff7a95701ddb2b5c762e500a5a83568d853ae"}
ENTERPRISE_PEERS = ("ours", "plain loop", "enterprise-scripts", "Gnip-II")
HISTORICAL_METRICS = ["impressions", "engagements", "favorites", "retweets", "replies",
                      "media_views", "media_engagements", "url_clicks", "hashtag_clicks",
                      "detail_expands", "permalink_clicks", "user_follows", "user_profile_clicks"]
TOTALS_METRICS = ["favorites", "retweets", "replies", "quote_tweets"]
V2_FIELDS = {"impressions": "impressions", "engagements": "engagements", "favorites": "likes",
             "retweets": "retweets", "replies": "replies"}
OWNER = 0  # demo-owner owns the posts whose ID ≡ 0 (mod 3)


@dataclass(frozen=True)
class Row:
    title: str
    endpoint: str  # historical, totals, v2-analytics
    posts: int
    limit: int  # per minute
    latency_ms: int = 200
    hourly: bool = False
    peers: tuple[str, ...] = ENTERPRISE_PEERS

    @property
    def requests(self) -> int:
        per = {"historical": 25, "totals": 250, "v2-analytics": 100}[self.endpoint]
        windows = 2 if self.endpoint == "historical" else 1  # 40 days: two 4-week windows
        return -(-self.posts // per) * windows


def rows_for(quick: bool) -> list[Row]:
    n = 100 if quick else 500
    return [Row(f"historical {n} posts × 40 days, daily, 300/min", "historical", n, 300),
            Row(f"historical {n // 2 if quick else n} posts, hourly, 300/min", "historical",
                n // 2 if quick else n, 300, hourly=True, peers=("ours", "plain loop")),
            Row(f"totals {n * 4} posts, 300/min", "totals", n * 4, 300,
                peers=("ours", "plain loop", "enterprise-scripts", "Gnip-II")),
            Row(f"historical {n} posts, daily, {5 if quick else 30}/min", "historical", n,
                5 if quick else 30),
            Row(f"historical {n} posts, daily, 1,000 ms latency", "historical", n, 300, 1000),
            Row("/2/tweets/analytics, 10 requests", "v2-analytics", 1000, 300,
                peers=("ours", "plain loop", "xdk"))]


@dataclass
class Materials:
    workspace: Path
    home: Path
    auth: dict
    loop_job: dict = field(default_factory=dict)
    xdk_job: dict = field(default_factory=dict)
    script_calls: list[list[str]] = field(default_factory=list)
    gnip_argv: list[str] = field(default_factory=list)


def materialize(row: Row, base_url: str, where: Path) -> Materials:
    where.mkdir(parents=True, exist_ok=True)
    now = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    query = _query(row, now)
    (where / "ws.json").write_text(json.dumps({"format_version": 1, "name": "bench",
                                               "queries": [vars(query)]}))
    demo = {a["name"]: a for a in accounts.demo_accounts()}
    owner = demo["demo-owner"]
    auth = {"consumer_key": owner["consumer_key"], "consumer_secret": owner["consumer_secret"],
            "token": owner["access_token"], "token_secret": owner["access_token_secret"]}
    home = where / "home"
    home.mkdir(exist_ok=True)
    made = Materials(where / "ws.json", home, auth)
    requests = _requests(query, now, where)
    token = demo["demo-owner-oauth2"]["bearer_token"]
    made.loop_job = {"base_url": base_url, "requests": requests,
                     "auth": {"bearer": token} if row.endpoint == "v2-analytics" else auth}
    if row.endpoint == "v2-analytics":
        made.xdk_job = {"base_url": base_url, "token": token, "start": query.start,
                        "end": query.end, "fields": list(V2_FIELDS.values()),
                        "batches": [query.ids[i:i + 100] for i in range(0, len(query.ids), 100)]}
    else:
        made.script_calls, made.gnip_argv = _peer_calls(row, query, where)
    return made


def _query(row: Row, now: datetime) -> Query:
    start = now - timedelta(days=45)
    ids = [str(posts.make_id(start - timedelta(days=5, seconds=37 * n), OWNER))
           for n in range(row.posts)]
    if row.endpoint == "totals":
        return Query("bench", "totals", "demo-owner", ids, TOTALS_METRICS,
                     {"per-post": ["tweet.id", "engagement.type"]})
    if row.endpoint == "v2-analytics":
        recent = [str(posts.make_id(now - timedelta(days=10, seconds=37 * n), OWNER))
                  for n in range(row.posts)]
        return Query("bench", "v2-analytics", "demo-owner-oauth2", recent, list(V2_FIELDS),
                     start=f"{now - timedelta(days=9):%Y-%m-%dT%H:00:00Z}",
                     end=f"{now - timedelta(days=1):%Y-%m-%dT%H:00:00Z}", granularity="total")
    unit = "engagement.hour" if row.hourly else "engagement.day"
    return Query("bench", "historical", "demo-owner", ids, HISTORICAL_METRICS,
                 {"series": ["tweet.id", "engagement.type", unit]},
                 start=f"{start:%Y-%m-%d}", end=f"{start + timedelta(days=40):%Y-%m-%d}")


def _requests(query: Query, now: datetime, where: Path) -> list[dict]:
    """Our plan's requests, for the plain loop to send one after the other."""
    registry = load_registry(AppPaths.under(where / "registry").ensure(), kinds=(ENDPOINTS,))
    plugin = registry.endpoints[query.endpoint]
    kind = "oauth2-user" if query.endpoint == "v2-analytics" else "oauth1-user"
    plan = build_plan(query, plugin.spec, account_kind=kind, now=now,
                      endpoints=[p.spec for p in registry.endpoints.values()])
    return [{"method": r.method, "path": r.path, "json": r.json, "params": r.params}
            for r in (plugin.build_request(step) for step in plan.steps)]


def _peer_calls(row: Row, query: Query, where: Path) -> tuple[list[list[str]], list[str]]:
    """enterprise-scripts' command lines (one request each) and Gnip-II's one command line."""
    config = where / "gnip.yaml"
    config.write_text(json.dumps({"engagement": {
        "groupings": {name: {"group_by": by} for name, by in query.groupings.items()},
        "engagement_types": query.metrics}}))
    if row.endpoint == "totals":
        calls = [["engagement_totals.py", "-o", "-t", *query.ids[i:i + 250], "-m", *query.metrics]
                 for i in range(0, len(query.ids), 250)]
        return calls, ["-T", "-c", str(config), "-i", *query.ids]
    middle = (datetime.fromisoformat(query.start) + timedelta(days=28)).strftime("%Y-%m-%d")
    calls = [["engagement_historical.py", "-t", *query.ids[i:i + 25], "-s", f"{start}T00:00:00Z",
              "-e", f"{end}T00:00:00Z", "-m", *query.metrics]
             for i in range(0, len(query.ids), 25)
             for start, end in ((query.start, middle), (middle, query.end))]
    return calls, ["-H", query.start, query.end, "-c", str(config), "-i", *query.ids]
