"""Every example request of the seed documents (keys translated back to SPEC.md's names),
answered in the documented shape."""
from __future__ import annotations

import requests

from sandbox_fixtures import bearer, oauth1, post

GETTING_STARTED = [1260294888811347969, 850006245121695744]


def is_count(value) -> bool:
    return isinstance(value, str) and value.isdigit()


def test_getting_started_totals_request_with_numeric_ids(server):
    request = {"tweet_ids": GETTING_STARTED,
               "engagement_types": ["retweets", "quote_tweets", "favorites", "replies"],
               "groupings": {"engagement-types-by-id": {"group_by": ["tweet.id",
                                                                     "engagement.type"]}}}
    data = post(server, "totals", request, headers=bearer(server)).json()
    assert set(data) == {"engagement-types-by-id"}
    for post_id in map(str, GETTING_STARTED):
        counts = data["engagement-types-by-id"][post_id]
        assert set(counts) == {"retweets", "quote_tweets", "favorites", "replies"}
        assert all(map(is_count, counts.values()))


def test_grand_totals_grouping_by_engagement_type_only(server):
    request = {"tweet_ids": [str(i) for i in GETTING_STARTED],
               "engagement_types": ["favorites", "replies", "retweets"],
               "groupings": {"Grand Totals": {"group_by": ["engagement.type"]}}}
    data = post(server, "totals", request, headers=bearer(server)).json()
    assert set(data["Grand Totals"]) == {"favorites", "replies", "retweets"}
    assert all(map(is_count, data["Grand Totals"].values()))


def test_four_hour_time_series_of_one_post(server):
    request = {"start": "2016-02-10T17:00:00Z", "end": "2016-02-10T21:00:00Z",
               "tweet_ids": ["697506383516729344"], "engagement_types": ["impressions",
                                                                          "engagements"],
               "groupings": {"Tweets_MetricType_TimeSeries": {
                   "group_by": ["tweet.id", "engagement.type", "engagement.hour"]}}}
    data = post(server, "historical", request, auth=oauth1(server, "demo-analyst")).json()
    series = data["Tweets_MetricType_TimeSeries"]["697506383516729344"]
    assert (data["start"], data["end"]) == ("2016-02-10T17:00:00Z", "2016-02-10T21:00:00Z")
    for metric in ("impressions", "engagements"):
        assert list(series[metric]) == ["2016-02-10"]
        assert list(series[metric]["2016-02-10"]) == ["17", "18", "19", "20"]


def test_public_metrics_of_unowned_posts_with_an_app_only_bearer(server):
    ids = ["1070059276213702656", "1021817816134156288", "1067094924124872705"]
    metrics = ["favorites", "retweets", "replies", "quote_tweets", "video_views"]
    request = {"tweet_ids": ids, "engagement_types": metrics,
               "groupings": {"perTweetMetricsUnowned": {"group_by": ["tweet.id",
                                                                     "engagement.type"]}}}
    data = post(server, "totals", request, headers=bearer(server)).json()
    assert sorted(data["perTweetMetricsUnowned"]) == sorted(ids)
    assert all(set(v) == set(metrics) for v in data["perTweetMetricsUnowned"].values())
    # Posted in 2018: more than 1800 days ago, so video views are listed and read zero.
    assert sorted(data["unsupported_for_video_views_tweet_ids"]) == sorted(ids)


def test_owned_metrics_with_oauth1_user_context(server):
    ids = ["1060976163948904448", "1045709644067471360"]
    request = {"tweet_ids": ids,
               "engagement_types": ["favorites", "replies", "retweets", "video_views",
                                    "impressions", "engagements"],
               "groupings": {"perTweetMetricsOwned": {"group_by": ["tweet.id",
                                                                   "engagement.type"]}}}
    data = post(server, "totals", request, auth=oauth1(server, "demo-creator")).json()
    assert sorted(data["perTweetMetricsOwned"]) == sorted(ids)
    # Posted in 2018: impressions and engagements are out of the 90-day reach.
    assert sorted(data["unsupported_for_impressions_engagements_tweet_ids"]) == sorted(ids)
    assert all(set(v) == {"favorites", "replies", "retweets", "video_views"}
               for v in data["perTweetMetricsOwned"].values())


def test_28hr_hourly_time_series_request(server):
    request = {"tweet_ids": ["123456789"], "engagement_types": ["impressions", "engagements"],
               "groupings": {"hourly-time-series": {"group_by": [
                   "tweet.id", "engagement.type", "engagement.day", "engagement.hour"]}}}
    data = post(server, "28hr", request, auth=oauth1(server, "demo-owner")).json()
    assert {"start", "end", "hourly-time-series"} == set(data)
    days = data["hourly-time-series"]["123456789"]["impressions"]
    assert sum(len(hours) for hours in days.values()) in (28, 29)


def test_historical_request_with_date_only_start_and_end(server):
    ids = ["123456789", "223456789", "323456789"]
    metrics = ["impressions", "engagements", "url_clicks", "detail_expands"]
    request = {"start": "2015-08-01", "end": "2015-08-15", "tweet_ids": ids,
               "engagement_types": metrics,
               "groupings": {"types-by-tweet-id": {"group_by": ["tweet.id", "engagement.type"]}}}
    data = post(server, "historical", request, auth=oauth1(server, "demo-owner")).json()
    assert (data["start"], data["end"]) == ("2015-08-01T00:00:00Z", "2015-08-15T00:00:00Z")
    assert sorted(data["types-by-tweet-id"]) == ids
    assert all(set(v) == set(metrics) and all(map(is_count, v.values()))
               for v in data["types-by-tweet-id"].values())


def test_a_user_token_on_totals_for_a_post_it_does_not_own_is_forbidden(server):
    request = {"tweet_ids": ["1054424731825229824"], "engagement_types": ["favorites"],
               "groupings": {"g": {"group_by": ["tweet.id"]}}}
    answer = post(server, "totals", request, auth=oauth1(server, "demo-owner"))
    assert answer.status_code == 403
    assert answer.json() == {"errors": ["Forbidden to access tweets: 1054424731825229824"]}


def test_v2_insights_28hr_total_for_post_20(server):
    answer = requests.get(f"{server.base_url}/2/insights/28hr", timeout=10,
                          headers=bearer(server, "demo-owner-oauth2"),
                          params={"tweet_ids": "20", "granularity": "Total",
                                  "requested_metrics": "Impressions,Likes,VideoViews",
                                  "engagement.fields": "errors,measurement"})
    data = answer.json()
    assert answer.status_code == 200 and set(data) == {"data"}
    total = data["data"][0]["measurement"]["metrics_total"][0]
    assert total["tweet_id"] == "20"
    assert [v["metric_type"] for v in total["value"]] == ["Impressions", "Likes", "VideoViews"]
    assert all(isinstance(v["metric_value"], int) for v in total["value"])
