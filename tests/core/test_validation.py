"""One test per query rule of SPEC.md §1–2, each checking the sentence the user reads."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from engagement_builtins.specs import (ALL, HISTORICAL, HR28, TOTALS, V2_ANALYTICS_SPEC,
                                       V2_HISTORICAL)

from engagement_desktop.core.endpoint import BEARER, OAUTH1_USER, OAUTH2_USER
from engagement_desktop.core.query import AUTO_ACCOUNT, FieldProblem, Query
from engagement_desktop.core.validation import query_range, validate

NOW = datetime(2026, 11, 23, 12, 30, tzinfo=timezone.utc)
ID = "2109646518481850368"
HOURLY = ["tweet.id", "engagement.type", "engagement.day", "engagement.hour"]
BASE = {
    "totals": (Query(name="t", endpoint="totals", account="demo-app", ids=[ID],
                     metrics=["favorites"],
                     groupings={"per-post": ["tweet.id", "engagement.type"]}),
               TOTALS, BEARER),
    "historical": (Query(name="h", endpoint="historical", account="demo-owner", ids=[ID],
                         metrics=["impressions"], groupings={"hourly": HOURLY}),
                   HISTORICAL, OAUTH1_USER),
    "v2": (Query(name="v", endpoint="v2-historical", account="demo-owner-oauth2", ids=[ID],
                 metrics=["Impressions"], granularity="Daily"), V2_HISTORICAL, OAUTH2_USER),
}


def problems(base: str = "historical", kind: str | None = "same", **changes) -> list[FieldProblem]:
    query, spec, base_kind = BASE[base]
    return validate(replace(query, **changes), spec, now=NOW,
                    account_kind=base_kind if kind == "same" else kind, endpoints=ALL)


def messages(base: str = "historical", field: str | None = None, **changes) -> list[str]:
    return [p.message for p in problems(base, **changes) if field in (None, p.field)]


@pytest.mark.parametrize("base", BASE)
def test_the_example_queries_are_valid(base):
    assert problems(base) == []


# -- endpoint and account -------------------------------------------------------------------
def test_an_unknown_endpoint_names_the_known_ones():
    query = replace(BASE["historical"][0], endpoint="hourly")
    assert validate(query, None, account_kind=OAUTH1_USER, now=NOW,
                    endpoints=[TOTALS, HISTORICAL]) == [
        FieldProblem("endpoint",
                     "There is no endpoint named 'hourly'; pick one of: totals, historical.")]


def test_a_missing_account_asks_to_choose_one():
    assert problems(account="  ") == [
        FieldProblem("account", "Choose the account to send these requests with.")]


@pytest.mark.parametrize("base, spec", [("historical", HR28), ("historical", HISTORICAL),
                                        ("v2", V2_HISTORICAL)])
def test_a_bearer_account_is_refused_on_endpoints_that_need_a_user(base, spec):
    query = replace(BASE[base][0], endpoint=spec.name, account="demo-owner")
    found = validate(query, spec, account_kind=BEARER, now=NOW)
    assert [p.field for p in found] == ["account"]
    assert found[0].message.startswith(f"'demo-owner' is an app-only bearer account, which the "
                                       f"{spec.name} endpoint does not accept; pick ")
    assert found[0].message.endswith("of the posts' owner.")


def test_an_oauth2_user_account_is_refused_on_the_enterprise_api():
    assert messages(kind=OAUTH2_USER) == [
        "'demo-owner' is an OAuth 2.0 user account, which the historical endpoint does not "
        "accept; pick an OAuth 1.0a user account of the posts' owner."]


def test_the_auto_account_and_an_unknown_kind_are_not_checked_here():
    assert problems(account=AUTO_ACCOUNT, kind=BEARER) == []
    assert problems(kind=None) == []


# -- IDs ------------------------------------------------------------------------------------
def test_no_ids_at_all_asks_for_at_least_one():
    assert problems(ids=[]) == [FieldProblem(
        "ids", "There are no post IDs; add at least one ID or status URL "
               "(https://x.com/<handle>/status/<ID>).")]


def test_every_rejected_id_token_is_a_problem_with_its_reason():
    found = messages(field="ids", ids=[ID, "12a", "https://x.com/home", "9" * 20, str(2**63)])
    assert found == [
        "“12a” is not a post ID: a post ID has digits only. Fix it or remove it.",
        "“https://x.com/home” is not a post ID: a link, but not to a post "
        "(expected https://x.com/<handle>/status/<ID>). Fix it or remove it.",
        f"“{'9' * 20}” is not a post ID: more than 19 digits, longer than any post ID. "
        "Fix it or remove it.",
        f"“{2**63}” is not a post ID: larger than the largest possible post ID "
        f"({2**63 - 1}). Fix it or remove it."]


def test_only_garbage_ids_report_each_token_and_that_none_is_left():
    found = messages(field="ids", ids=["foo bar"])
    assert len(found) == 3 and found[-1].startswith("There are no post IDs")


def test_many_ids_are_not_a_problem_the_plan_batches_them():
    assert problems(ids=[str(int(ID) + i) for i in range(1000)]) == []


# -- metrics --------------------------------------------------------------------------------
def test_no_metric_asks_to_pick_one():
    assert messages("totals", metrics=[]) == [
        "Pick at least one metric; totals serves impressions, engagements, favorites, retweets, "
        "quote_tweets, replies, video_views."]


def test_an_unknown_metric_suggests_the_closest_name():
    assert messages(metrics=["impresions"]) == [
        "'impresions' is not a metric; did you mean impressions?"]


def test_quote_tweets_is_not_served_by_historical():
    assert messages(metrics=["quote_tweets"]) == [
        "Quotes (quote_tweets) is not served by the historical endpoint; remove it, or ask "
        "totals or v2-28hr or v2-historical or v2-analytics for it."]


def test_media_views_is_not_served_by_totals():
    assert messages("totals", metrics=["media_views"]) == [
        "Media views (media_views) is not served by the totals endpoint; remove it, or ask "
        "28hr or historical or v2-28hr or v2-historical or v2-analytics for it."]


@pytest.mark.parametrize("metric", ["impressions", "engagements"])
def test_totals_impressions_and_engagements_need_a_user_account_not_a_bearer(metric):
    display = metric.capitalize()
    assert messages("totals", metrics=["favorites", metric]) == [
        f"{display} ({metric}) on totals needs a user-context account; 'demo-app' is an app-only "
        "bearer account. Remove the metric or pick an OAuth 1.0a user account."]
    assert problems("totals", kind=OAUTH1_USER, metrics=[metric]) == []


def test_a_metric_display_name_suggests_its_canonical_name():
    assert messages(metrics=["Reposts"]) == ["'Reposts' is not a metric; did you mean retweets?"]


def test_analytics_field_names_are_accepted_as_their_canonical_metric():
    assert problems(metrics=["likes", "follows"], endpoint="historical") == []


def test_the_old_media_clicks_name_and_v2_names_are_accepted():
    assert problems(metrics=["media_clicks", "Likes", "UrlClicks", "IMPRESSIONS"]) == []


# -- groupings ------------------------------------------------------------------------------
def test_enterprise_queries_need_a_grouping():
    assert messages(groupings={}) == [
        "Add a grouping, for example tweet.id, engagement.type (one number per post and metric)."]


def test_more_than_three_groupings_are_refused():
    four = {f"g{i}": ["engagement.type"] for i in range(4)}
    assert messages(groupings=four) == [
        "There are 4 groupings; a request takes at most 3. Remove 1."]


def test_an_empty_grouping_is_refused():
    assert messages(groupings={"x": []}) == [
        "Grouping 'x' is empty; add engagement.type and what to group it by."]


def test_a_grouping_without_a_name_is_refused():
    assert messages(groupings={" ": ["engagement.type"]}) == [
        "A grouping has no name; name it (the name becomes a key of the response)."]


def test_two_groupings_with_the_same_name_once_trimmed_are_refused():
    assert messages(groupings={"a": ["engagement.type"], "a ": ["engagement.type"]}) == [
        "Several groupings are named 'a'; rename all but one."]


def test_a_grouping_named_like_a_response_key_is_refused():
    assert messages(groupings={"errors": ["engagement.type"]}) == [
        "'errors' cannot name a grouping: the response uses that key for something else. "
        "Rename it."]


def test_a_repeated_grouping_value_is_refused():
    assert messages(groupings={"x": ["engagement.type", "tweet.id", "engagement.type"]}) == [
        "Grouping 'x' lists engagement.type 2 times; list it once."]


def test_an_unknown_grouping_value_lists_the_allowed_ones():
    assert messages(groupings={"x": ["engagement.type", "engagement.minute"]}) == [
        "Grouping 'x': 'engagement.minute' is not a grouping value; use tweet.id, "
        "engagement.type, engagement.day, engagement.hour."]


@pytest.mark.parametrize("value", ["engagement.day", "engagement.hour"])
def test_days_and_hours_are_not_groupings_of_totals(value):
    assert messages("totals", groupings={"x": ["engagement.type", value]}) == [
        f"Grouping 'x': {value} is not available on totals (it has no days or hours); use "
        "tweet.id and engagement.type."]


@pytest.mark.parametrize("order", [
    ["tweet.id", "engagement.type", "engagement.day", "engagement.hour"],
    ["engagement.type", "tweet.id", "engagement.day", "engagement.hour"]])
def test_both_legal_four_value_orders_are_accepted(order):
    assert problems(groupings={"x": order}) == []


def test_any_other_four_value_order_is_refused_naming_the_legal_ones():
    assert messages(groupings={"x": ["engagement.day", "engagement.hour", "tweet.id",
                                     "engagement.type"]}) == [
        "Grouping 'x' has all 4 values in an order the API refuses; order them [tweet.id, "
        "engagement.type, engagement.day, engagement.hour] or [engagement.type, tweet.id, "
        "engagement.day, engagement.hour]."]


def test_two_four_value_groupings_in_one_request_are_refused():
    assert messages(groupings={"a": HOURLY, "b": HOURLY}) == [
        "Only one grouping per request may have all 4 values; 'a', 'b' do. Shorten all but one."]


def test_a_grouping_without_engagement_type_is_refused_with_the_reason():
    assert messages(groupings={"x": ["tweet.id", "engagement.day"]}) == [
        "Grouping 'x' must include engagement.type: without it the numbers of different metrics "
        "are added together and cannot be told apart."]


def test_grouping_values_are_read_in_any_case_and_spacing():
    assert problems(groupings={"x": [" Tweet.ID", "ENGAGEMENT.TYPE "]}) == []


def test_v2_queries_have_no_groupings_the_granularity_replaces_them():
    assert messages("v2", groupings={"x": ["engagement.type"]}) == [
        "The v2-historical endpoint has no groupings — the granularity replaces them; remove "
        "them and pick a granularity."]


# -- granularity ----------------------------------------------------------------------------
def test_v2_needs_a_granularity():
    assert messages("v2", granularity=None) == ["Pick a granularity: Hourly, Daily, Weekly, Total."]


def test_an_unknown_granularity_lists_the_allowed_ones():
    assert messages("v2", granularity="Minutely") == [
        "'Minutely' is not a granularity of v2-historical; use one of Hourly, Daily, Weekly, "
        "Total."]


def test_granularity_is_accepted_in_any_case():
    assert problems("v2", granularity="hOURLY") == []
    query = replace(BASE["v2"][0], endpoint="v2-analytics", granularity="Weekly")
    assert validate(query, V2_ANALYTICS_SPEC, account_kind=OAUTH2_USER, now=NOW) == []


def test_enterprise_endpoints_have_no_granularity():
    assert messages(granularity="Daily") == [
        "The historical endpoint has no granularity (its groupings decide the buckets); clear it."]


# -- dates ----------------------------------------------------------------------------------
def test_totals_has_no_date_range():
    assert problems("totals", start="2026-10-01", end="2026-11-01") == [
        FieldProblem("start", "The totals endpoint has no date range (it gives lifetime totals at "
                              "request time); clear the start date."),
        FieldProblem("end", "The totals endpoint has no date range (it gives lifetime totals at "
                            "request time); clear the end date.")]


def test_28hr_has_no_date_range():
    query = replace(BASE["historical"][0], endpoint="28hr", start="2026-11-20")
    assert validate(query, HR28, account_kind=OAUTH1_USER, now=NOW) == [
        FieldProblem("start", "The 28hr endpoint has no date range (it always covers the last 28 "
                              "hours); clear the start date.")]


def test_a_date_in_another_format_says_how_to_write_it():
    assert problems(start="01/10/2026", end="2026-11-01") == [FieldProblem(
        "start",
        "'01/10/2026' is not a date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC).")]


def test_the_end_must_be_after_the_start():
    assert problems(start="2026-11-01", end="2026-10-01") == [FieldProblem(
        "end", "The end 2026-10-01T00:00:00Z must be after the start 2026-11-01T00:00:00Z.")]


def test_a_2013_start_is_before_the_floor_and_says_which_start_to_pick():
    assert problems(start="2013-06-01", end="2026-11-01") == [FieldProblem(
        "start", "The start 2013-06-01 is before 2014-09-01, the earliest date the API has data "
                 "for, and engagement data reaches back only 365 days anyway; pick a start on or "
                 "after 2025-11-24.")]


def test_a_start_more_than_365_days_ago_is_refused():
    assert problems(start="2025-11-20", end="2026-01-01") == [FieldProblem(
        "start", "The start 2025-11-20 is more than 365 days ago; engagement data reaches back "
                 "365 days, so pick a start on or after 2025-11-24.")]


def test_how_far_back_a_start_may_be_is_the_endpoints_declared_fact():
    query, spec, kind = BASE["historical"]
    dated = replace(query, start="2026-06-01", end="2026-07-01")
    short = replace(spec, reach_back_days=90, max_range_days=None)
    assert validate(dated, short, account_kind=kind, now=NOW, endpoints=ALL) == [FieldProblem(
        "start", "The start 2026-06-01 is more than 90 days ago; engagement data reaches back "
                 "90 days, so pick a start on or after 2026-08-26.")]
    unlimited = replace(spec, reach_back_days=None, earliest=None, max_range_days=None)
    assert validate(replace(query, start="2013-06-01", end="2026-11-01"), unlimited,
                    account_kind=kind, now=NOW, endpoints=ALL) == []


def test_a_query_with_no_endpoint_yet_asks_to_pick_one_of_the_loaded():
    query = replace(BASE["historical"][0], endpoint="")
    assert validate(query, None, account_kind=OAUTH1_USER, now=NOW,
                    endpoints=[TOTALS, HISTORICAL]) == [
        FieldProblem("endpoint", "No endpoint is chosen; pick one of: totals, historical.")]


def test_an_end_in_the_future_is_refused():
    assert problems(start="2026-11-01", end="2026-11-23T13:00:00Z") == [FieldProblem(
        "end", "The end 2026-11-23T13:00:00Z is in the future; pick an end no later than now "
               "(2026-11-23T12:30:00Z), or clear both dates to ask for the last 4 weeks.")]


def test_a_range_longer_than_365_days_is_refused():
    found = problems(start="2026-01-01", end="2027-03-01")
    assert FieldProblem("end", "The range is 424 days long; a query covers at most 365 days "
                               "(sent as 4-week requests). Shorten it.") in found


def test_a_range_longer_than_four_weeks_is_fine_the_plan_splits_it():
    assert problems(start="2026-01-01", end="2026-11-01") == []


@pytest.mark.parametrize("given", [{"start": "2026-10-01"}, {"end": "2026-11-01"}])
def test_only_one_date_asks_for_the_other_or_neither(given):
    missing = "end" if "start" in given else "start"
    assert problems(**given) == [FieldProblem(
        missing, f"Give the {missing} date too, or clear the {next(iter(given))} date to ask for "
                 "the last 4 weeks.")]


def test_no_dates_on_historical_mean_the_last_four_weeks():
    query, spec, _ = BASE["historical"]
    assert query_range(query, spec, NOW) == (datetime(2026, 10, 26, 12, tzinfo=timezone.utc),
                                             datetime(2026, 11, 23, 12, tzinfo=timezone.utc))


def test_every_problem_is_reported_at_once():
    found = problems(account="", ids=["x"], metrics=["nope"], groupings={"a": ["tweet.id"]},
                     start="2013-01-01", end="2030-01-01", granularity="Daily")
    assert [p.field for p in found] == ["account", "ids", "ids", "metrics", "groupings",
                                        "granularity", "start", "end"]
