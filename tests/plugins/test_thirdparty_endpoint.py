"""A third-party endpoint plugin, dropped into the user plugin folder, with metrics the app has
never heard of: the core validates and plans it from its declared facts alone, and the CLI
runs it against its own service and exports what it parsed."""
import csv
import json
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from engagement_builtins.specs import ALL as BUILTIN_SPECS
from thirdparty.saves_server import SavesServer

from engagement_desktop.cli import main
from engagement_desktop.core.endpoint import BEARER, OAUTH1_USER
from engagement_desktop.core.planning import build_plan
from engagement_desktop.core.query import Query
from engagement_desktop.core.rows import TOO_OLD, UNAVAILABLE
from engagement_desktop.core.snowflake import TWITTER_EPOCH_MS
from engagement_desktop.core.validation import validate
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.registry import load_registry

DROP_IN = Path(__file__).parent / "thirdparty" / "post_saves.py"
NOW = datetime.now(timezone.utc).replace(microsecond=0)


def posted(days_ago: int, sequence: int = 0) -> str:
    when = NOW - timedelta(days=days_ago)
    return str(((int(when.timestamp() * 1000) - TWITTER_EPOCH_MS) << 22) | sequence)


RECENT, RECENT_2, OLD = posted(5), posted(6, 1), posted(60, 2)


@pytest.fixture
def registry(tmp_path):
    paths = AppPaths.under(tmp_path).ensure()
    shutil.copy(DROP_IN, paths.plugins / DROP_IN.name)
    return load_registry(paths)


@pytest.fixture
def specs(registry):
    return [plugin.spec for plugin in registry.endpoints.values()]


def saves_query(metrics, account="owner", ids=(RECENT,)) -> Query:
    return Query(name="s", endpoint="post-saves", account=account, ids=list(ids), metrics=metrics)


def test_the_drop_in_loads_with_metrics_no_built_in_endpoint_knows(registry):
    assert "post-saves" in registry.endpoints
    assert not registry.failures
    built_in = {name for spec in BUILTIN_SPECS for name in spec.metric_names}
    assert {"saves", "shares_out"}.isdisjoint(built_in)


@pytest.mark.parametrize("written", ["saves", "Bookmarked", "save_count", "SAVES"])
def test_its_metric_is_accepted_under_each_declared_spelling(registry, specs, written):
    spec = registry.endpoints["post-saves"].spec
    query = saves_query([written])
    assert validate(query, spec, account_kind=OAUTH1_USER, now=NOW, endpoints=specs) == []
    plan = build_plan(query, spec, account_kind=OAUTH1_USER, now=NOW, endpoints=specs)
    assert [step.metrics for step in plan.steps] == [("saves",)]


def test_its_user_context_metric_is_refused_to_a_bearer_account_in_the_usual_words(registry,
                                                                                    specs):
    spec = registry.endpoints["post-saves"].spec
    found = validate(saves_query(["saves", "shares_out"], account="app"), spec,
                     account_kind=BEARER, now=NOW, endpoints=specs)
    assert [p.message for p in found] == [
        "Shares out (shares_out) on post-saves needs a user-context account; 'app' is an "
        "app-only bearer account. Remove the metric or pick an OAuth 1.0a user account."]


def test_a_built_in_metric_is_pointed_to_the_endpoints_that_serve_it_in_registry_order(
        registry, specs):
    spec = registry.endpoints["post-saves"].spec
    found = validate(saves_query(["quote_tweets"]), spec, account_kind=OAUTH1_USER, now=NOW,
                     endpoints=specs)
    serving = [s.name for s in specs if s.metric("quote_tweets")]
    assert [p.message for p in found] == [
        f"Quotes (quote_tweets) is not served by the post-saves endpoint; remove it, or ask "
        f"{' or '.join(serving)} for it."]


def test_its_declared_age_limit_and_batch_size_shape_the_plan(registry, specs):
    spec = registry.endpoints["post-saves"].spec
    plan = build_plan(saves_query(["saves", "shares_out"], ids=(RECENT, OLD, RECENT_2)), spec,
                      account_kind=OAUTH1_USER, now=NOW, endpoints=specs)
    assert [(s.ids, s.metrics) for s in plan.steps] == [
        ((RECENT, RECENT_2), ("saves", "shares_out")), ((OLD,), ("shares_out",))]
    assert [(n.post_id, n.kind, n.metrics) for n in plan.notes] == [(OLD, TOO_OLD, ("saves",))]
    assert "more than 30 days ago: post-saves gives no saves for it" in plan.notes[0].message
    assert plan.metric_labels == {"saves": "Saves", "shares_out": "Shares out"}


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The app's folders under tmp_path, with the drop-in in its user plugin folder."""
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    paths = AppPaths.default().ensure()
    shutil.copy(DROP_IN, paths.plugins / DROP_IN.name)
    return paths


def test_the_cli_runs_it_against_its_service_and_exports_csv_and_json(home, tmp_path, capsys):
    gone = posted(7, 3)
    entry = {"name": "saved", "endpoint": "post-saves", "account": "demo-owner",
             "ids": [RECENT, OLD, gone], "metrics": ["bookmarked", "shares_out"]}
    workspace = tmp_path / "ws.json"
    workspace.write_text(json.dumps({"format_version": 1, "name": "w", "queries": [entry]}))
    csv_path, json_path = tmp_path / "saves.csv", tmp_path / "saves.json"
    with SavesServer(known_posts={RECENT, OLD}) as service:
        code = main(["run", str(workspace), "--base-url", service.base_url,
                     "--export", str(csv_path), "--export", str(json_path)])
    err = capsys.readouterr().err
    assert code == 1, err  # it ran; the old and the unknown post have problems to report
    assert all(request["authorised"] for request in service.asked)
    assert sorted((r["ids"], r["fields"]) for r in service.asked) == [
        ([OLD], ["share_count"]), ([RECENT, gone], ["save_count", "share_count"])]
    with open(csv_path, encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    assert lines == [["post_id", "metric", "granularity", "bucket_start", "value"],
                     [OLD, "shares_out", "total", "", str(int(OLD) % 7)],
                     [RECENT, "saves", "total", "", str(int(RECENT) % 1000)],
                     [RECENT, "shares_out", "total", "", str(int(RECENT) % 7)]]
    exported = json.loads(json_path.read_text())
    assert [(r["post_id"], r["metric"], r["value"]) for r in exported["rows"]] == [
        (post, metric, int(value)) for post, metric, _, _, value in lines[1:]]
    assert {(p["post_id"], p["kind"]) for p in exported["problems"]} == {
        (OLD, TOO_OLD), (gone, UNAVAILABLE)}


def test_report_adds_its_own_rate_beside_the_built_in_ones_as_a_ratio_of_sums(
        home, tmp_path, capsys):
    entry = {"name": "saved", "endpoint": "post-saves", "account": "demo-owner",
             "ids": [RECENT, RECENT_2], "metrics": ["saves", "shares_out"]}
    workspace = tmp_path / "ws.json"
    workspace.write_text(json.dumps({"format_version": 1, "name": "w", "queries": [entry]}))
    target = tmp_path / "rates.csv"
    with SavesServer(known_posts={RECENT, RECENT_2}) as service:
        code = main(["report", str(workspace), "--base-url", service.base_url, "--by", "post",
                     "--rates", "--export", str(target)])
    assert code == 0, capsys.readouterr().err
    lines = target.read_text(encoding="utf-8").splitlines()
    assert "# Shares out per save = shares_out / saves: Shares out divided by saves, both " \
           "summed over the row." in lines
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    assert list(rows[0]) == ["post", "saves", "shares_out", "share_out_rate"]
    saves = {p: int(p) % 1000 for p in (RECENT, RECENT_2)}
    shares = {p: int(p) % 7 for p in (RECENT, RECENT_2)}
    by_post = {row["post"]: row for row in rows}
    for post in (RECENT, RECENT_2):
        assert float(by_post[post]["share_out_rate"]) == pytest.approx(shares[post] / saves[post])
    assert float(by_post["Total"]["share_out_rate"]) == pytest.approx(
        sum(shares.values()) / sum(saves.values()))


def test_the_editor_offers_to_add_the_metric_its_own_rate_needs(qtbot, registry, specs):
    from engagement_desktop.gui.editor.metric_picker import MetricPicker
    picker = MetricPicker(specs)
    qtbot.addWidget(picker)
    picker.set_context(registry.endpoints["post-saves"].spec, "me", OAUTH1_USER)
    picker._boxes["shares_out"].setChecked(True)
    hint = picker.rate_hints.findChild(QLabel, "rateHint:saves")
    assert hint is not None and hint.text() == "Shares out per save: needs Saves."


def test_the_editor_shows_its_metrics_by_their_declared_labels_and_facts(qtbot, registry, specs):
    from engagement_desktop.gui.editor.metric_picker import MetricPicker
    picker = MetricPicker(specs)
    qtbot.addWidget(picker)
    picker.set_context(registry.endpoints["post-saves"].spec, "app", BEARER)
    saves, shares = picker._boxes["saves"], picker._boxes["shares_out"]
    assert (saves.text(), shares.text()) == ("Saves", "Shares out")
    assert saves.isEnabled() and saves.toolTip() == "saves. Times the post was saved."
    assert not shares.isEnabled()
    assert "Shares out (shares_out) on post-saves needs a user-context account" in shares.toolTip()
