"""Enterprise 200 answers: partial failures, the documented keys, and grouping nesting."""
from __future__ import annotations

from engagement_desktop.sandbox import accounts
from sandbox_fixtures import DAILY, HOURLY, PER_POST, bearer, body, oauth1, post

SAMPLES = accounts.sample_posts(0)


def test_deleted_posts_are_listed_as_unavailable_beside_the_data_of_the_others(server):
    ids = SAMPLES["recent"] + SAMPLES["deleted"]
    answer = post(server, "totals", body(ids, ["favorites"], PER_POST), headers=bearer(server))
    data = answer.json()
    assert answer.status_code == 200
    assert data["unavailable_tweet_ids"] == SAMPLES["deleted"]
    assert data["errors"] == ["1 Tweet ID(s) are unavailable"]
    assert sorted(data["g0"]) == sorted(SAMPLES["recent"])


def test_totals_impressions_of_posts_older_than_90_days_are_unsupported_not_invented(server):
    old = SAMPLES["older_than_90_days"]
    ids = SAMPLES["recent"][:1] + old
    data = post(server, "totals", body(ids, ["impressions", "favorites"], PER_POST),
                auth=oauth1(server, "demo-owner")).json()
    assert data["unsupported_for_impressions_engagements_tweet_ids"] == old
    assert any(e.startswith("Impressions & engagements for tweets older than 90 days")
               for e in data["errors"])
    assert set(data["g0"][old[0]]) == {"favorites"}
    assert set(data["g0"][ids[0]]) == {"impressions", "favorites"}


def test_video_views_of_posts_older_than_1800_days_read_zero_and_are_listed(server):
    old = SAMPLES["older_than_1800_days"]
    data = post(server, "totals", body(old, ["video_views", "favorites"], PER_POST),
                headers=bearer(server)).json()
    assert data["unsupported_for_video_views_tweet_ids"] == old
    assert data["g0"][old[0]]["video_views"] == "0"


def test_leaf_counts_are_strings_and_series_answers_carry_start_and_end(server):
    data = post(server, "28hr", body(SAMPLES["recent"], ["impressions"], HOURLY),
                auth=oauth1(server, "demo-owner")).json()
    assert {"start", "end", "g0"} <= set(data)
    days = data["g0"][SAMPLES["recent"][0]]["impressions"]
    leaves = [v for hours in days.values() for v in hours.values()]
    assert leaves and all(isinstance(v, str) and v.isdigit() for v in leaves)
    assert all(len(h) == 2 for hours in days.values() for h in hours)


def test_the_28hr_window_is_now_minus_28h_floored_to_now_ceiled(frozen):
    data = post(frozen, "28hr", body(accounts.sample_posts(0, frozen.clock.now())["recent"],
                                     ["impressions"], PER_POST),
                auth=oauth1(frozen, "demo-owner")).json()
    assert (data["start"], data["end"]) == ("2026-11-19T08:00:00Z", "2026-11-20T13:00:00Z")


def test_the_order_of_group_by_is_the_nesting_order(server):
    ids = SAMPLES["recent"][:2]
    request = body(ids, ["impressions", "favorites"], PER_POST, ("engagement.type", "tweet.id"),
                   ("engagement.type",))
    data = post(server, "28hr", request, auth=oauth1(server, "demo-owner")).json()
    request = body(ids, ["impressions"], ("engagement.hour", "tweet.id"))
    data["g3"] = post(server, "28hr", request, auth=oauth1(server, "demo-owner")).json()["g0"]
    for post_id in ids:
        for metric in ("impressions", "favorites"):
            assert data["g0"][post_id][metric] == data["g1"][metric][post_id]
    assert int(data["g2"]["impressions"]) == sum(int(data["g0"][i]["impressions"]) for i in ids)
    # engagement.hour alone still gives two levels, day then hour, above the posts.
    day = next(iter(data["g3"]))
    hour = next(iter(data["g3"][day]))
    assert len(day) == 10 and len(hour) == 2 and set(data["g3"][day][hour]) == set(ids)


def test_the_other_four_value_order_nests_metric_before_post(server):
    ids = SAMPLES["recent"][:2]
    request = body(ids, ["impressions"], ("engagement.type", "tweet.id", "engagement.day",
                                          "engagement.hour"), DAILY)
    data = post(server, "28hr", request, auth=oauth1(server, "demo-owner")).json()
    for post_id in ids:
        by_day = data["g0"]["impressions"][post_id]
        assert {d: str(sum(map(int, h.values()))) for d, h in by_day.items()} == \
            data["g1"][post_id]["impressions"]
