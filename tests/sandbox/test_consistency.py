"""The consistency properties of the synthetic data (issue 4, item 4), each over many random IDs.

HTTP tests ask the running sandbox; the larger samples ask the data module directly.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
import requests

from engagement_desktop.core.utc import floor_hour, to_wire
from engagement_desktop.sandbox import posts, synthetic
from engagement_desktop.sandbox.server import SandboxServer
from sandbox_fixtures import DAILY, FROZEN_NOW, HOURLY, PER_POST, bearer, body, oauth1, post

SERIES_METRICS = ["impressions", "engagements", "favorites", "retweets", "replies", "video_views",
                  "media_views", "media_engagements", "url_clicks", "hashtag_clicks",
                  "detail_expands", "permalink_clicks", "app_install_attempts", "app_opens",
                  "email_tweet", "user_follows", "user_profile_clicks"]
TOTALS_METRICS = ["impressions", "engagements", "favorites", "retweets", "replies",
                  "quote_tweets", "video_views"]


def random_ids(seed: int, count: int, newest: datetime, oldest: datetime,
               owner: int | None = 0) -> list[str]:
    """IDs of available posts created between `oldest` and `newest` (owner 0 by default)."""
    rng = random.Random(seed)
    span = (newest - oldest).total_seconds()
    return [str(posts.make_id(oldest + timedelta(seconds=rng.uniform(0, span)),
                              rng.randrange(3) if owner is None else owner))
            for _ in range(count)]


def counts(grouping: dict, post_id: str, metric: str) -> list[int]:
    """Hourly counts of a [tweet.id, engagement.type, day, hour] grouping, in time order."""
    days = grouping[post_id][metric]
    return [int(days[d][h]) for d in sorted(days) for h in sorted(days[d])]


def test_totals_equal_the_sum_of_the_hourly_series_since_creation(frozen):
    ids = random_ids(1, 25, FROZEN_NOW - timedelta(hours=2), FROZEN_NOW - timedelta(days=27))
    auth = oauth1(frozen, "demo-owner")
    totals = post(frozen, "totals", body(ids, TOTALS_METRICS[:3] + ["video_views"], PER_POST),
                  auth=auth).json()["g0"]
    series = post(frozen, "historical", body(ids, TOTALS_METRICS[:3] + ["video_views"], HOURLY),
                  auth=oauth1(frozen, "demo-owner")).json()["g0"]
    for post_id in ids:
        for metric in totals[post_id]:
            assert int(totals[post_id][metric]) == sum(counts(series, post_id, metric))
    assert sum(int(totals[i]["impressions"]) for i in ids) > 0


def test_totals_equal_the_hourly_sum_for_many_posts_up_to_a_year_old():
    now = FROZEN_NOW.timestamp()
    for post_id in map(int, random_ids(2, 150, FROZEN_NOW, FROZEN_NOW - timedelta(days=365),
                                       owner=None)):
        start = floor_hour(posts.created_at(post_id)).timestamp()
        hours = int((now - start) // 3600) + 1
        series = synthetic.hourly(post_id, TOTALS_METRICS, start, hours, now)
        totals = synthetic.totals(post_id, TOTALS_METRICS, now)
        assert {m: int(s.sum()) for m, s in series.items()} == totals


def test_daily_counts_are_the_sum_of_their_hours(frozen):
    ids = random_ids(3, 25, FROZEN_NOW, FROZEN_NOW - timedelta(days=60))
    data = post(frozen, "historical", body(ids, SERIES_METRICS, HOURLY, DAILY),
                auth=oauth1(frozen, "demo-owner")).json()
    for post_id in ids:
        for metric in SERIES_METRICS:
            hours = data["g0"][post_id][metric]
            daily = {day: str(sum(map(int, by_hour.values()))) for day, by_hour in hours.items()}
            assert daily == data["g1"][post_id][metric]


def test_weekly_counts_are_the_sum_of_their_days(frozen):
    ids = random_ids(4, 25, FROZEN_NOW, FROZEN_NOW - timedelta(days=40))
    token = bearer(frozen, "demo-owner-oauth2")
    params = {"tweet_ids": ",".join(ids), "requested_metrics": "Impressions,Engagements,Likes",
              "start_time": "2026-10-25T00:00:00Z", "end_time": "2026-11-20T00:00:00Z"}
    url = f"{frozen.base_url}/2/insights/historical"
    weekly, daily = (requests.get(url, params={**params, "granularity": g}, headers=token,
                                  timeout=10).json()["data"][0]["measurement"]
                     for g in ("Weekly", "Daily"))

    def by_post(measurement):
        out: dict = {}
        for point in measurement["metrics_time_series"]:
            values = {v["metric_type"]: v["metric_value"] for v in point["value"]["metric_values"]}
            out.setdefault(point["tweet_id"], []).append(values)
        return out
    weeks, days = by_post(weekly), by_post(daily)
    for post_id in ids:
        assert len(weeks[post_id]) == 4 and len(days[post_id]) == 26
        for w, week in enumerate(weeks[post_id]):
            for metric, value in week.items():
                assert value == sum(d[metric] for d in days[post_id][7 * w:7 * w + 7])


def test_impressions_are_at_least_engagements_and_nothing_is_negative(frozen):
    ids = random_ids(5, 25, FROZEN_NOW, FROZEN_NOW - timedelta(days=30), owner=1)
    data = post(frozen, "historical", body(ids, SERIES_METRICS, HOURLY),
                auth=oauth1(frozen, "demo-analyst")).json()["g0"]
    for post_id in ids:
        impressions = np.array(counts(data, post_id, "impressions"))
        assert (impressions >= np.array(counts(data, post_id, "engagements"))).all()
        assert all(min(counts(data, post_id, m)) >= 0 for m in SERIES_METRICS)


def test_impressions_bound_engagements_hour_by_hour_over_many_posts():
    now = FROZEN_NOW.timestamp()
    for post_id in map(int, random_ids(6, 300, FROZEN_NOW, FROZEN_NOW - timedelta(days=300),
                                       owner=None)):
        start = floor_hour(posts.created_at(post_id)).timestamp()
        s = synthetic.hourly(post_id, ["impressions", "engagements"], start, 24 * 20, now)
        assert (s["impressions"] >= s["engagements"]).all() and (s["engagements"] >= 0).all()


def test_hours_before_creation_read_zero(frozen):
    ids = random_ids(7, 25, FROZEN_NOW - timedelta(days=2), FROZEN_NOW - timedelta(days=20))
    data = post(frozen, "historical", body(ids, SERIES_METRICS, HOURLY),
                auth=oauth1(frozen, "demo-owner")).json()
    start = datetime.fromisoformat(data["start"])
    for post_id in ids:
        before = int((floor_hour(posts.created_at(int(post_id))) - start).total_seconds() // 3600)
        assert before > 0
        for metric in SERIES_METRICS:
            assert not any(counts(data["g0"], post_id, metric)[:before])
        assert any(counts(data["g0"], post_id, "impressions")[before:])


def test_likes_replies_and_retweets_read_zero_before_2015_09_15_on_historical():
    then = datetime(2015, 10, 1, tzinfo=timezone.utc)
    with SandboxServer(now=then) as server:
        ids = random_ids(8, 25, datetime(2015, 9, 1, tzinfo=timezone.utc),
                         datetime(2015, 8, 20, tzinfo=timezone.utc))
        request = body(ids, ["impressions", "favorites", "replies", "retweets"], HOURLY,
                       start="2015-09-01", end="2015-09-29")
        data = post(server, "historical", request, auth=oauth1(server, "demo-owner")).json()["g0"]
    cut = 14 * 24  # hours from 09-01 to 09-15
    for post_id in ids:
        for metric in ("favorites", "replies", "retweets"):
            assert not any(counts(data, post_id, metric)[:cut])
    assert sum(sum(counts(data, i, "impressions")[:cut]) for i in ids) > 0
    assert sum(sum(counts(data, i, "favorites")[cut:]) for i in ids) > 0


def test_hours_older_than_365_days_read_zero_on_historical(frozen):
    cutoff = floor_hour(FROZEN_NOW - timedelta(days=365))
    ids = random_ids(9, 25, cutoff - timedelta(days=20), cutoff - timedelta(days=40))
    request = body(ids, ["impressions", "engagements"], HOURLY,
                   start=to_wire(cutoff - timedelta(days=10)),
                   end=to_wire(cutoff + timedelta(days=10)))
    data = post(frozen, "historical", request, auth=oauth1(frozen, "demo-owner")).json()["g0"]
    for post_id in ids:
        assert not any(counts(data, post_id, "impressions")[:240])
    assert sum(sum(counts(data, i, "impressions")[240:]) for i in ids) > 0


def test_the_same_request_gives_the_same_numbers_on_another_server(frozen):
    ids = random_ids(10, 25, FROZEN_NOW, FROZEN_NOW - timedelta(days=30))
    request = body(ids, SERIES_METRICS, HOURLY)
    first = post(frozen, "historical", request, auth=oauth1(frozen, "demo-owner")).json()
    with SandboxServer(now=FROZEN_NOW) as other:
        again = post(other, "historical", request, auth=oauth1(other, "demo-owner")).json()
    assert first == again


def test_deleted_and_protected_posts_are_a_small_share_decided_by_the_id():
    rng = random.Random(11)
    ids = [rng.randrange(10**17, 2**63) for _ in range(30_000)]
    states = [posts.state(i) for i in ids]
    for kind in (posts.DELETED, posts.PROTECTED):
        assert 0.005 < states.count(kind) / len(ids) < 0.02
    assert states == [posts.state(i) for i in ids]
    owners = [posts.owner_index(i) for i in ids]
    assert all(0.3 < owners.count(k) / len(ids) < 0.37 for k in range(3))


@pytest.mark.parametrize("seed", range(3))
def test_a_post_bursts_after_posting_then_decays_with_a_day_night_rhythm(seed):
    now = FROZEN_NOW.timestamp()
    rhythmic = 0
    ids = random_ids(20 + seed, 40, FROZEN_NOW - timedelta(days=60),
                     FROZEN_NOW - timedelta(days=200), owner=None)
    for post_id in map(int, ids):
        start = floor_hour(posts.created_at(post_id)).timestamp()
        impressions = synthetic.hourly(post_id, ["impressions"], start, 24 * 40, now)["impressions"]
        assert impressions[:24].sum() > impressions[96:120].sum()  # burst, then decay
        late = impressions[24 * 20:24 * 40].reshape(20, 24).sum(0)  # by hour of day, days 20-40
        rhythmic += late.max() > 1.3 * max(late.min(), 1)
    assert rhythmic >= 30
