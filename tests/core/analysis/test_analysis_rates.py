"""Rates as data: a ratio of sums, blank where the denominator is zero or was not fetched."""
import math

import numpy as np
import pytest

from engagement_desktop.core.analysis.rates import (
    BUILTIN_RATES, RateSpec, applicable, missing, rate_table, ratio)

# Canonical metric names of SPEC.md §1 and the v2 name map: every rate must use them.
CANONICAL = {"impressions", "engagements", "favorites", "retweets", "replies", "quote_tweets",
             "url_clicks", "video_views", "video_starts", "video_completions"}


def by_name(name):
    return next(spec for spec in BUILTIN_RATES if spec.name == name)


def test_the_built_in_rates_divide_the_documented_metrics():
    assert by_name("engagement_rate").needs == ("engagements", "impressions")
    assert by_name("like_rate").needs == ("favorites", "impressions")
    assert by_name("repost_rate").needs == ("retweets", "impressions")
    assert by_name("reply_rate").needs == ("replies", "impressions")
    assert by_name("quote_rate").needs == ("quote_tweets", "impressions")
    assert by_name("link_click_through").needs == ("url_clicks", "impressions")
    assert by_name("video_view_rate").needs == ("video_views", "impressions")
    assert by_name("video_completion_rate").needs == ("video_completions", "video_starts")
    assert {m for spec in BUILTIN_RATES for m in spec.needs} <= CANONICAL
    assert all(spec.description for spec in BUILTIN_RATES)


def test_a_plugin_can_add_a_rate_but_not_reuse_a_name():
    bookmark = RateSpec("bookmark_rate", "Bookmark rate", "bookmarks", "impressions",
                        "Bookmarks over impressions.")
    assert rate_table([bookmark])[-1] is bookmark
    assert rate_table([bookmark])[:len(BUILTIN_RATES)] == BUILTIN_RATES
    with pytest.raises(ValueError, match="already defined"):
        rate_table([RateSpec("like_rate", "Likes", "favorites", "engagements", "")])
    with pytest.raises(ValueError, match="by itself"):
        rate_table([RateSpec("one", "One", "impressions", "impressions", "")])


def test_only_rates_whose_metrics_were_fetched_apply_and_the_missing_ones_are_named():
    names = [spec.name for spec in applicable(["impressions", "favorites", "replies"])]
    assert names == ["like_rate", "reply_rate"]
    assert missing(by_name("engagement_rate"), ["impressions"]) == ["engagements"]
    assert missing(by_name("video_completion_rate"), []) == ["video_completions",
                                                             "video_starts"]


def test_ratio_is_blank_for_a_zero_or_missing_denominator_and_zero_for_a_zero_numerator():
    out = ratio(np.array([5, 5, 0, 3]), np.array([10, 0, 10, 4]),
                np.array([True, True, True, False]))
    assert out[0] == 0.5 and out[2] == 0.0
    assert math.isnan(out[1]) and math.isnan(out[3])
