"""Enterprise responses (totals, 28hr, historical) become rows and per-post problems."""
import json

import pytest

from engagement_builtins import parse_enterprise
from engagement_builtins.parse_body import as_count

from engagement_desktop.core import utc
from engagement_desktop.core.plan import Step
from engagement_desktop.core.rows import (DAY, ERROR, FORBIDDEN, HOUR, PROTECTED, TOTAL,
                                          UNAVAILABLE, UNSUPPORTED_IMPRESSIONS,
                                          UNSUPPORTED_VIDEO_VIEWS, ResponseError, Row)

A, B = "1460323737035677698", "850006245121695744"
DAY_20 = utc.epoch(utc.parse_instant("2026-11-20"))


def step(*groupings, ids=(A, B), metrics=("impressions", "engagements")):
    return Step(id="s1", endpoint="historical", account="demo", ids=tuple(ids),
                metrics=tuple(metrics),
                groupings=tuple((name, tuple(group_by)) for name, group_by in groupings))


def parse(the_step, body, status=200):
    return parse_enterprise.parse(the_step, status, json.dumps(body).encode())


PER_POST = ("per-post", ("tweet.id", "engagement.type"))


def test_totals_with_string_counts_become_total_rows():
    page = parse(step(PER_POST), {"per-post": {A: {"impressions": "551", "engagements": "8"}}})
    assert sorted(page.rows) == [Row(A, "engagements", None, TOTAL, 8),
                                 Row(A, "impressions", None, TOTAL, 551)]
    assert page.problems == []


def test_bare_number_counts_are_read_like_strings():
    page = parse(step(PER_POST), {"per-post": {A: {"impressions": 551, "engagements": 8.0}}})
    assert {r.metric: r.value for r in page.rows} == {"impressions": 551, "engagements": 8}


def test_type_before_post_nesting_is_read_in_the_order_sent():
    grouping = ("by-type", ("engagement.type", "tweet.id"))
    page = parse(step(grouping), {"by-type": {"impressions": {A: "5", B: "7"}}})
    assert sorted(page.rows) == [Row(A, "impressions", None, TOTAL, 5),
                                 Row(B, "impressions", None, TOTAL, 7)]


def test_hour_without_day_listed_still_nests_day_then_hour():
    grouping = ("hourly", ("tweet.id", "engagement.type", "engagement.hour"))
    page = parse(step(grouping), {"hourly": {A: {"impressions": {"2026-11-20": {"17": "3"}}}}})
    assert page.rows == [Row(A, "impressions", DAY_20 + 17 * 3600, HOUR, 3)]


@pytest.mark.parametrize("group_by", [
    ("tweet.id", "engagement.type", "engagement.day", "engagement.hour"),
    ("engagement.type", "tweet.id", "engagement.day", "engagement.hour"),
])
def test_both_legal_four_value_orders_give_hour_rows(group_by):
    inner = {"2026-11-20": {"00": "1", "23": "2"}}
    nested = ({A: {"impressions": inner}} if group_by[0] == "tweet.id"
              else {"impressions": {A: inner}})
    page = parse(step(("g", group_by)), {"g": nested})
    assert sorted(page.rows) == [Row(A, "impressions", DAY_20, HOUR, 1),
                                 Row(A, "impressions", DAY_20 + 23 * 3600, HOUR, 2)]


def test_day_grouping_gives_day_rows():
    grouping = ("daily", ("engagement.type", "engagement.day"))
    page = parse(step(grouping), {"daily": {"impressions": {"2026-11-20": "40"}}})
    assert page.rows == [Row(None, "impressions", DAY_20, DAY, 40)]


def test_grouping_without_post_gives_rows_for_all_posts_of_the_request():
    page = parse(step(("all", ("engagement.type",))), {"all": {"impressions": "99"}})
    assert page.rows == [Row(None, "impressions", None, TOTAL, 99)]


def test_several_groupings_carrying_the_same_number_count_it_once():
    by_post = ("a", ("tweet.id", "engagement.type"))
    by_type = ("b", ("engagement.type", "tweet.id"))
    daily = ("c", ("tweet.id", "engagement.type", "engagement.day"))
    page = parse(step(by_post, by_type, daily), {
        "a": {A: {"impressions": "10"}},
        "b": {"impressions": {A: "10"}},
        "c": {A: {"impressions": {"2026-11-20": "10"}}},
    })
    assert set(page.rows) == {Row(A, "impressions", None, TOTAL, 10),
                              Row(A, "impressions", DAY_20, DAY, 10)}
    assert len(page.rows) == 2


def test_media_clicks_from_the_server_is_reported_as_media_engagements():
    page = parse(step(PER_POST), {"per-post": {A: {"media_clicks": "4"}}})
    assert page.rows == [Row(A, "media_engagements", None, TOTAL, 4)]


def test_unavailable_posts_are_reported_once_per_post():
    page = parse(step(PER_POST), {"per-post": {A: {"impressions": "1"}},
                                  "unavailable_tweet_ids": [B],
                                  "errors": ["1 Tweet ID(s) are unavailable"]})
    assert [(p.post_id, p.kind) for p in page.problems] == [(B, UNAVAILABLE)]
    assert page.rows == [Row(A, "impressions", None, TOTAL, 1)]


def test_unsupported_video_views_drop_the_placeholder_zero_and_keep_other_metrics():
    page = parse(step(PER_POST, metrics=("favorites", "video_views")), {
        "per-post": {A: {"favorites": "69", "video_views": "0"},
                     B: {"favorites": "10", "video_views": "3"}},
        "unsupported_for_video_views_tweet_ids": [A]})
    assert sorted(page.rows) == [Row(A, "favorites", None, TOTAL, 69),
                                 Row(B, "favorites", None, TOTAL, 10),
                                 Row(B, "video_views", None, TOTAL, 3)]
    [problem] = page.problems
    assert (problem.post_id, problem.kind, problem.metrics) == (
        A, UNSUPPORTED_VIDEO_VIEWS, ("video_views",))
    assert "1800 days" in problem.message


def test_old_posts_lose_impressions_and_engagements_but_keep_the_rest():
    page = parse(step(PER_POST, metrics=("impressions", "engagements", "favorites")), {
        "per-post": {A: {"impressions": "0", "engagements": "0", "favorites": "5"}},
        "unsupported_for_impressions_engagements_tweet_ids": [A],
        "errors": ["Impressions & engagements for tweets older than 90 days (...) "
                   "are not supported"]})
    assert page.rows == [Row(A, "favorites", None, TOTAL, 5)]
    [problem] = page.problems
    assert (problem.kind, problem.metrics) == (UNSUPPORTED_IMPRESSIONS,
                                               ("impressions", "engagements"))


def test_an_error_the_lists_do_not_explain_is_reported_for_the_request():
    page = parse(step(PER_POST), {"per-post": {}, "errors": ["Something odd happened"]})
    assert [(p.post_id, p.kind, p.message) for p in page.problems] == [
        (None, ERROR, "Something odd happened")]


def test_protected_posts_400_names_them_and_asks_to_retry_without_them():
    page = parse(step(PER_POST), {"errors": ["1 Tweet ID(s) are unavailable"],
                                  "unavailable_tweet_ids": [B]}, status=400)
    assert [(p.post_id, p.kind) for p in page.problems] == [(B, PROTECTED)]
    assert page.retry_without == {B}
    assert page.rows == []


def test_forbidden_403_names_the_posts_and_asks_to_retry_without_them():
    page = parse(step(PER_POST), {"errors": [f"Forbidden to access tweets: {B}"]}, status=403)
    assert [(p.post_id, p.kind) for p in page.problems] == [(B, FORBIDDEN)]
    assert page.retry_without == {B}


def test_forbidden_403_without_ids_is_reported_for_every_post_with_the_servers_words():
    page = parse(step(PER_POST), {"errors": ["Forbidden"]}, status=403)
    assert [(p.post_id, p.kind) for p in page.problems] == [(A, FORBIDDEN), (B, FORBIDDEN)]
    assert all("Forbidden" in p.message for p in page.problems)
    assert page.retry_without == frozenset()


def test_other_client_errors_are_reported_for_every_post_with_the_servers_words():
    page = parse(step(PER_POST), {"errors": ["Unknown metric: likes"]}, status=400)
    assert [(p.post_id, p.kind) for p in page.problems] == [(A, ERROR), (B, ERROR)]
    assert all("Unknown metric: likes" in p.message and "400" in p.message
               for p in page.problems)


def test_a_404_with_a_json_body_gives_the_base_url_advice_and_the_servers_words():
    page = parse(step(PER_POST), {"errors": ["No such route"]}, status=404)
    assert [(p.post_id, p.kind) for p in page.problems] == [(A, ERROR), (B, ERROR)]
    assert all("Engagement API URL" in p.message and "No such route" in p.message
               for p in page.problems)


def test_a_403_without_a_json_body_is_still_forbidden_for_every_post():
    page = parse_enterprise.parse(step(PER_POST), 403, b"<html>Forbidden</html>")
    assert [(p.post_id, p.kind) for p in page.problems] == [(A, FORBIDDEN), (B, FORBIDDEN)]
    assert all("The server said" not in p.message for p in page.problems)


def test_a_protected_posts_400_cut_short_is_a_response_error_not_an_error_for_every_post():
    # Retried, the intact refusal names the protected post and the others are re-sent.
    intact = json.dumps({"errors": ["1 Tweet ID(s) are unavailable"],
                         "unavailable_tweet_ids": [B]}).encode()
    with pytest.raises(ResponseError, match=r"HTTP 400\) is not JSON"):
        parse_enterprise.parse(step(PER_POST), 400, intact[:-10])


def test_a_refusal_after_a_byte_order_mark_and_blank_lines_is_still_read():
    body = b"\xef\xbb\xbf\r\n " + json.dumps({"errors": ["1 Tweet ID(s) are unavailable"],
                                             "unavailable_tweet_ids": [B]}).encode()
    page = parse_enterprise.parse(step(PER_POST), 400, body)
    assert [(p.post_id, p.kind) for p in page.problems] == [(B, PROTECTED)]
    assert page.retry_without == {B}


def test_a_metric_key_in_another_spelling_is_read_as_its_catalog_name():
    page = parse(step(PER_POST), {"per-post": {A: {"Impressions": "3", "likes": "2"}}})
    assert sorted(r.metric for r in page.rows) == ["favorites", "impressions"]


HOURLY = ("h", ("tweet.id", "engagement.type", "engagement.hour"))


def hourly_body(texts: list[str]) -> dict:
    hours = {f"{n:02d}": text for n, text in enumerate(texts)}
    return {"h": {A: {"impressions": {"2026-11-20": hours}}}}


@pytest.mark.parametrize("texts", [
    ["0", "7", "007", "1234567"],  # leading zeros read as as_count reads them
    ["999999999999999999", "1"],  # 18 digits: the longest read in bulk
    ["9223372036854775807", "5"],  # 19 digits, the largest count: read one by one
])
def test_string_counts_read_in_bulk_are_what_each_reads_as_alone(texts):
    page = parse(step(HOURLY, metrics=("impressions",)), hourly_body(texts))
    assert [row.value for row in page.rows] == [as_count(text) for text in texts]


@pytest.mark.parametrize("texts, bad", [(["12", "", "3"], "''"),
                                        (["1", "9223372036854775808"], "'9223372036854775808'")])
def test_an_empty_or_too_large_string_count_is_named(texts, bad):
    with pytest.raises(ResponseError, match=f"expected a count, got {bad}"):
        parse(step(HOURLY, metrics=("impressions",)), hourly_body(texts))


@pytest.mark.parametrize("body", [b"", b"<html>oops</html>", b'{"per-post": {"1": {"imp',
                                  b"[1, 2]", b"\xff\xfe"])
def test_a_body_that_is_not_a_json_object_is_a_response_error(body):
    with pytest.raises(ResponseError, match="HTTP 200"):
        parse_enterprise.parse(step(PER_POST), 200, body)


@pytest.mark.parametrize("tree, where", [
    ({A: {"impressions": {"n": 1}}}, "expected a count"),
    ({A: {"impressions": True}}, "expected a count"),
    ({A: {"impressions": "12a"}}, "expected a count"),
    ({A: {"impressions": "-3"}}, "expected a count"),
    ({A: {"impressions": 2.5}}, "expected a count"),
    ({A: {"impressions": 2**64}}, "expected a count"),
    ({A: ["impressions"]}, "expected an object"),
    ({"not-an-id": {"impressions": "1"}}, "not a post ID"),
])
def test_a_wrong_shape_names_the_place_in_the_answer(tree, where):
    with pytest.raises(ResponseError, match=where):
        parse(step(PER_POST), {"per-post": tree})


@pytest.mark.parametrize("day, hour", [("2026-13-01", "01"), ("20261120", "01"),
                                       ("2026-11-20", "24"), ("2026-11-20", "7")])
def test_impossible_day_or_hour_keys_are_response_errors(day, hour):
    grouping = ("h", ("tweet.id", "engagement.type", "engagement.hour"))
    with pytest.raises(ResponseError, match="not a YYYY-MM-DD day|not an hour"):
        parse(step(grouping), {"h": {A: {"impressions": {day: {hour: "1"}}}}})


def test_a_missing_grouping_with_nothing_to_explain_it_is_a_response_error():
    with pytest.raises(ResponseError, match="lacks the grouping 'per-post'"):
        parse(step(PER_POST), {"start": "2026-11-20T00:00:00Z"})


def test_a_missing_grouping_is_fine_when_every_post_is_unavailable():
    page = parse(step(PER_POST, ids=(A,)), {"unavailable_tweet_ids": [A]})
    assert page.rows == [] and [p.kind for p in page.problems] == [UNAVAILABLE]
