"""The CLI speaks the window's English vocabulary beside the API's: it prints 'Likes
(favorites)', its help lists every metric and rate that way, and --heatmap and --measure take
either name; so do --metrics, --sort, --filter, --by and --rates, in any case."""
import argparse
import json
import os
import subprocess
import sys

import pytest

from engagement_desktop.cli import main
from engagement_desktop.cli.report_command import options_of
from engagement_desktop.core.query import Query
from engagement_desktop.core.workspace import Workspace, save
from engagement_desktop.i18n import glossary

NOW = "2026-11-23T12:00:00Z"
OWNED = "2109646518481850368"  # a demo-owner post in the sandbox's scheme


def test_plan_names_each_metric_by_label_and_api_name(tmp_path):
    path = tmp_path / "w.json"
    save(Workspace("t", [Query(name="q", endpoint="totals", account="demo-owner", ids=[OWNED],
                               metrics=["impressions", "favorites", "retweets"],
                               groupings={"g": ["tweet.id", "engagement.type"]})]), path)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state")}
    run = [sys.executable, "-m", "engagement_desktop.cli", "plan", "--now", NOW, str(path)]
    text = subprocess.run(run, capture_output=True, text=True, env=env, timeout=60)
    assert text.returncode == 0, text.stderr
    assert "Metrics: Impressions (impressions), Likes (favorites), Reposts (retweets)" \
        in text.stdout.splitlines()
    as_json = subprocess.run([*run, "--json"], capture_output=True, text=True, env=env,
                             timeout=60)
    metrics = json.loads(as_json.stdout)["queries"][0]["metrics"]
    assert metrics == [{"name": "impressions", "label": "Impressions"},
                       {"name": "favorites", "label": "Likes"},
                       {"name": "retweets", "label": "Reposts"}]


@pytest.mark.parametrize("command", ["plan", "run", "report"])
def test_every_command_help_says_how_labels_and_api_names_relate(command, capsys):
    assert main([command, "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Likes (favorites)" in out and "Reposts (retweets)" in out


def test_report_help_lists_every_metric_and_rate_of_the_glossary(capsys):
    assert main(["report", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert len(glossary.vocabulary()) >= 38
    assert [name for name in glossary.vocabulary() if name not in out] == []
    assert "Engagement rate (engagement_rate)" in out


@pytest.mark.parametrize("written", ["favorites", "Likes", "likes", "Likes (favorites)",
                                     " LIKES ", "FAVORITES", "likes (FAVORITES)"])
def test_an_api_name_a_label_or_both_name_the_same_metric(written):
    assert glossary.api_name(written) == "favorites"


def test_report_options_take_labels_for_the_heatmap_and_the_measure(tmp_path):
    args = argparse.Namespace(by=[], top=None, sort=None, export=str(tmp_path / "r.csv"),
                              rates=None, heatmap="Engagement rate", tz="UTC", compare=None,
                              measure="Likes (favorites)", filter=[])
    options = options_of(args)
    assert (options.heatmap, options.measure) == ("engagement_rate", "favorites")
    assert glossary.api_name("no such metric") == "no such metric"  # refused later, as written


def report_args(tmp_path, **given) -> argparse.Namespace:
    values = dict(by=[], top=None, sort=None, export=str(tmp_path / "r.csv"), rates=None,
                  heatmap=None, tz="UTC", compare=None, measure=None, filter=[])
    return argparse.Namespace(**{**values, **given})


def test_report_options_take_labels_or_api_names_in_any_case_for_every_column(tmp_path):
    options = options_of(report_args(
        tmp_path, by=["@Handle", "Hour of day", "post"], sort="Engagement rate asc",
        filter=["LIKES >= 10", "like_rate > 2%", "Link click-through<1%"],
        rates=["Like rate, ENGAGEMENT_RATE", "reply_rate"]))
    assert options.dims == ["handle", "hour_of_day", "post"]
    assert (options.sort.column, options.sort.descending) == ("engagement_rate", False)
    assert [(f.column, f.op, f.threshold) for f in options.filters] == [
        ("favorites", ">=", 10), ("like_rate", ">", 0.02), ("link_click_through", "<", 0.01)]
    assert options.rates == ["like_rate", "engagement_rate", "reply_rate"]
    assert options_of(report_args(tmp_path, rates=[])).rates is True  # --rates alone: all
    assert options_of(report_args(tmp_path)).rates is False
    assert options_of(report_args(tmp_path, sort="Likes")).sort.column == "favorites"


def test_metrics_are_taken_by_label_and_printed_with_their_api_name(tmp_path, capsys):
    path = tmp_path / "w.json"
    save(Workspace("t", [Query(name="q", endpoint="totals", account="demo-owner", ids=[OWNED],
                               metrics=["impressions"],
                               groupings={"g": ["tweet.id", "engagement.type"]})]), path)
    assert main(["plan", "--now", NOW, "--metrics", "Likes, REPOSTS,quote_tweets",
                 str(path)]) == 0
    assert "Metrics: Likes (favorites), Reposts (retweets), Quotes (quote_tweets)" \
        in capsys.readouterr().out.splitlines()
    assert main(["plan", "--now", NOW, "--metrics", "Likes, Hearts", str(path)]) == 2
    assert "Hearts" in capsys.readouterr().err  # a name neither speaks: refused by the rules


def test_a_report_by_label_groups_sorts_and_filters_like_by_api_name(tmp_path):
    from engagement_desktop.core.analysis import build_table, parse_filter, parse_sort
    from engagement_desktop.core.results import ResultSet
    from engagement_desktop.core.rows import TOTAL, Row

    result = ResultSet()
    result.add_rows([Row(p, m, None, TOTAL, v) for p, m, v in (
        ("1", "impressions", 100), ("1", "favorites", 9), ("2", "impressions", 100),
        ("2", "favorites", 1), ("3", "impressions", 100), ("3", "favorites", 5))])
    by_label = options_of(report_args(tmp_path, by=["Post"], sort="Like rate",
                                      filter=["Likes > 2"], rates=["Like rate"]))
    table = build_table(result, by_label.dims, rates=by_label.rates, sort=by_label.sort,
                        filters=by_label.filters)
    by_api = build_table(result, ["post"], rates=["like_rate"], sort=parse_sort("like_rate"),
                         filters=[parse_filter("favorites > 2")])
    assert [row.label for row in table.rows()] == [row.label for row in by_api.rows()] \
        == ["1", "3"]


def test_a_column_the_report_does_not_know_is_refused_listing_labels_and_api_names(
        tmp_path):
    from engagement_desktop.core.analysis import build_table
    from engagement_desktop.core.results import ResultSet
    from engagement_desktop.core.rows import TOTAL, Row

    result = ResultSet()
    result.add_rows([Row("1", "impressions", None, TOTAL, 100), Row("1", "favorites", None,
                                                                    TOTAL, 9)])
    options = options_of(report_args(tmp_path, sort="Hearts"))
    with pytest.raises(ValueError) as unknown:
        build_table(result, ["post"], sort=options.sort)
    assert str(unknown.value) == ("'Hearts' is not a column of this table; it has Likes "
                                  "(favorites), Impressions (impressions), Like rate "
                                  "(like_rate).")  # metrics in the result's order
    with pytest.raises(ValueError) as no_rate:
        build_table(result, ["post"], rates=options_of(report_args(tmp_path, rates=["Hearts"]))
                    .rates)
    assert str(no_rate.value).startswith("'Hearts' is not a rate; choose from Engagement rate "
                                         "(engagement_rate), Like rate (like_rate),")
