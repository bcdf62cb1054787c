"""The CLI speaks the window's English vocabulary beside the API's: it prints 'Likes
(favorites)', its help lists every metric and rate that way, and --heatmap and --measure take
either name."""
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
                                     " LIKES "])
def test_an_api_name_a_label_or_both_name_the_same_metric(written):
    assert glossary.api_name(written) == "favorites"


def test_report_options_take_labels_for_the_heatmap_and_the_measure(tmp_path):
    args = argparse.Namespace(by=[], top=None, sort=None, export=str(tmp_path / "r.csv"),
                              rates=False, heatmap="Engagement rate", tz="UTC", compare=None,
                              measure="Likes (favorites)", filter=[])
    options = options_of(args)
    assert (options.heatmap, options.measure) == ("engagement_rate", "favorites")
    assert glossary.api_name("no such metric") == "no such metric"  # refused later, as written
