"""Sandbox speed and memory, measured in one run over real HTTP on 127.0.0.1.

1. a totals request for 250 IDs × 7 metrics (OAuth 1.0a, per-post grouping);
2. a historical request for 25 IDs × 17 metrics × 672 hours with the 4-value grouping;
   for both: the seconds per request (median of --repeat), answer size, and the share of
   the time spent inside the WSGI app (the rest is HTTP, gzip decoding and JSON parsing);
3. resident memory over --requests small requests (3 IDs: bearer totals and OAuth 2 v2
   insights, alternating): after a warm-up tenth, and at the end — flat means the ratio
   stays near 1.

    /work/venv/bin/python benchmarks/bench_sandbox.py [--repeat 10] [--requests 10000]
"""
from __future__ import annotations

import argparse
import statistics
import time
from datetime import timedelta

import requests
from requests_oauthlib import OAuth1

from engagement_desktop.sandbox import accounts, posts
from engagement_desktop.sandbox.server import SandboxServer

SERIES = ["impressions", "engagements", "favorites", "retweets", "replies", "video_views",
          "media_views", "media_engagements", "url_clicks", "hashtag_clicks", "detail_expands",
          "permalink_clicks", "app_install_attempts", "app_opens", "email_tweet", "user_follows",
          "user_profile_clicks"]
TOTALS = ["impressions", "engagements", "favorites", "retweets", "quote_tweets", "replies",
          "video_views"]
HOURLY = ["tweet.id", "engagement.type", "engagement.day", "engagement.hour"]


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


def timed(server: SandboxServer, send, repeat: int) -> tuple[float, float, int]:
    """(median seconds per request, share inside the app, answer bytes)."""
    app = server.app
    inner: list[float] = []
    original = app._answer

    def measured(*args):
        started = time.perf_counter()
        response = original(*args)
        response.get_data()
        inner.append(time.perf_counter() - started)
        return response
    app._answer = measured
    seconds, size = [], 0
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            response = send()
            response.json()
            seconds.append(time.perf_counter() - started)
            assert response.status_code == 200, response.text[:300]
            size = len(response.content)
    finally:
        app._answer = original
    return statistics.median(seconds), sum(inner) / sum(seconds), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--requests", type=int, default=10_000)
    args = parser.parse_args()
    with SandboxServer(rate_limit=10**9) as server:
        now = server.clock.now()
        owner = next(a for a in server.accounts if a["name"] == "demo-owner")
        auth = OAuth1(owner["consumer_key"], owner["consumer_secret"], owner["access_token"],
                      owner["access_token_secret"])
        ids = [str(posts.make_id(now - timedelta(hours=5 + 6 * k), 0)) for k in range(250)]
        session = requests.Session()
        headers = {"Accept-Encoding": "gzip"}

        def enterprise(endpoint, body):
            return lambda: session.post(f"{server.base_url}/insights/engagement/{endpoint}",
                                        json=body, auth=auth, headers=headers, timeout=60)
        totals = {"tweet_ids": ids, "engagement_types": TOTALS,
                  "groupings": {"per-post": {"group_by": HOURLY[:2]}}}
        historical = {"tweet_ids": ids[:25], "engagement_types": SERIES,
                      "groupings": {"hourly": {"group_by": HOURLY}}}
        for name, send in (("totals 250 IDs x 7 metrics", enterprise("totals", totals)),
                           ("historical 25 IDs x 17 metrics x 672 h, 4-value grouping",
                            enterprise("historical", historical))):
            seconds, inside, size = timed(server, send, args.repeat)
            print(f"{name}: {seconds * 1000:.0f} ms per request (median of {args.repeat}), "
                  f"{inside:.0%} inside the app, {size / 1024:.0f} KiB of JSON")

        app_bearer = {"Authorization": f"Bearer {accounts.APP_BEARER}", **headers}
        user_bearer = {"Authorization": "Bearer " + next(iter(accounts.OAUTH2_USER_TOKENS)),
                       **headers}
        small = {"tweet_ids": ids[:3], "engagement_types": TOTALS[2:],
                 "groupings": {"g": {"group_by": HOURLY[:2]}}}
        v2 = {"tweet_ids": ",".join(ids[:3]), "granularity": "Daily",
              "requested_metrics": "Impressions,Engagements,Likes"}
        warm_up = max(1, args.requests // 10)
        started = time.perf_counter()
        for n in range(args.requests):
            if n == warm_up:
                after_warm_up = rss_mb()
            if n % 2:
                answer = session.get(f"{server.base_url}/2/insights/28hr", params=v2,
                                     headers=user_bearer, timeout=30)
            else:
                answer = session.post(f"{server.base_url}/insights/engagement/totals",
                                      json=small, headers=app_bearer, timeout=30)
            assert answer.status_code == 200, answer.text[:300]
        elapsed = time.perf_counter() - started
        end = rss_mb()
        print(f"memory over {args.requests} requests ({elapsed / args.requests * 1000:.1f} ms "
              f"each): {after_warm_up:.1f} MiB after {warm_up}, {end:.1f} MiB at the end "
              f"(ratio {end / after_warm_up:.3f})")
        print(f"server stats: {server.stats['by_status']}")


if __name__ == "__main__":
    main()
