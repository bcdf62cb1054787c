"""The whole query editor, with the real plugins and run service (nothing is sent)."""
import pytest

from engagement_desktop.core.query import Query
from engagement_desktop.credentials.account import Account, Secrets
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.gui.editor.plan_preview import PlanPreview
from engagement_desktop.gui.editor.query_editor import QueryEditor
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.runner.service import RunService
from engagement_desktop.transport.masking import MASK

SECRET = "very-secret-consumer-secret"


@pytest.fixture
def editor(qtbot, paths, store):
    store.add(Account("owner", "oauth1-user", base_url="http://127.0.0.1:9",
                      api_base_url="http://127.0.0.1:9", user_id="7", screen_name="owner7"),
              Secrets(consumer_key="ck", consumer_secret=SECRET, access_token="at",
                      access_token_secret="ats"))
    store.add(Account("app", "bearer", base_url="http://127.0.0.1:9"), Secrets(bearer_token="bt"))
    registry = load_registry(paths)
    service = RunService(paths, registry, store, UsageLedger(paths.data))
    preview = PlanPreview(service, registry.endpoints)
    widget = QueryEditor(preview.specs, store.list, preview.summarize)
    qtbot.addWidget(widget)
    return widget


def test_problems_are_listed_in_plain_words_while_editing(qtbot, editor):
    editor.set_query(Query(name="q", endpoint="historical", account="owner", ids=["abc"],
                           metrics=["impressions"],
                           groupings={"g": ["engagement.day", "tweet.id", "engagement.type",
                                            "engagement.hour"]},
                           start="2013-01-01", end="2013-01-10"))
    text = editor.plan.details.text()
    assert "things to fix" in editor.plan.headline.text()
    assert "“abc” is not a post ID" in text
    assert "2014-09-01" in text
    assert editor.groupings.problems.isVisible() or editor.groupings.problems.text()
    assert "4 values" in editor.groupings.problems.text()


def test_a_valid_query_shows_requests_new_handles_and_a_masked_curl_preview(qtbot, editor):
    ids = [str(1460323737035677698 + i) for i in range(30)]
    editor.set_query(Query(name="q", endpoint="historical", account="owner", ids=ids,
                           metrics=["impressions", "engagements"],
                           groupings={"per-post": ["tweet.id", "engagement.type"]}))
    editor.time.apply_preset(90)
    editor.check_now()
    summary = editor.plan.summary
    assert summary.problems == []
    assert summary.requests == 2 * 4  # 30 posts in batches of 25, 90 days in 4-week windows
    assert "8 requests" in editor.plan.headline.text()
    assert summary.new_handles == ["owner7"]
    assert summary.curl.startswith("curl ") and "/insights/engagement/historical" in summary.curl
    assert SECRET not in summary.curl and 'oauth_token="at"' not in summary.curl
    assert MASK in summary.curl


def test_changing_the_endpoint_reshapes_the_editor_from_the_plugin_facts(qtbot, editor):
    editor.set_query(Query(name="q", endpoint="totals", account="app", ids=["20"],
                           metrics=["favorites"]))
    assert not editor.time.range_box.isVisibleTo(editor)
    assert not editor.metrics._boxes["impressions"].isEnabled()
    editor.endpoint.setCurrentIndex(editor.endpoint.findData("v2-historical"))
    assert editor.time.range_box.isVisibleTo(editor)
    assert editor.time.granularity.isVisibleTo(editor)
    assert not editor.groupings.add_button.isEnabled()
    assert editor.query().groupings == {}


def test_edits_reach_the_query_as_written(qtbot, editor):
    editor.set_query(Query(name="q", endpoint="totals", account="owner", ids=[],
                           metrics=["favorites"]))
    with qtbot.waitSignal(editor.edited):
        editor.ids.edit.setPlainText("https://x.com/a/status/20\n21")
    editor.metrics._boxes["retweets"].setChecked(True)
    query = editor.query()
    assert query.ids == ["https://x.com/a/status/20", "21"]
    assert query.metrics == ["favorites", "retweets"]
    assert query.account == "owner"


def test_a_relative_range_round_trips_through_the_editor_and_plans_from_today(qtbot, editor):
    ids = [str(1460323737035677698 + i) for i in range(30)]
    written = Query(name="q", endpoint="historical", account="owner", ids=ids,
                    metrics=["impressions"], groupings={"per-post": ["tweet.id", "engagement.type"]},
                    range="last 90 days")
    editor.set_query(written)
    assert editor.query() == written  # stored as words, no dates
    editor.check_now()
    assert editor.plan.summary.problems == []
    assert editor.plan.summary.requests == 2 * 4  # 30 posts in batches of 25, 90 days in 4 weeks
    editor.set_query(Query(**{**written.__dict__, "range": "last fortnight"}))
    editor.check_now()
    assert [p.field for p in editor.plan.summary.problems] == ["range"]
    assert "Range: 'last fortnight' is not a relative range" in editor.plan.details.text()


def test_the_plan_lists_the_comparison_s_extra_requests_and_the_query_keeps_it(qtbot, editor):
    ids = [str(1460323737035677698 + i) for i in range(30)]
    editor.set_query(Query(name="q", endpoint="historical", account="owner", ids=ids,
                           metrics=["impressions"], range="last 28 days",
                           groupings={"per-post": ["tweet.id", "engagement.type"]}))
    assert editor.plan.summary.requests == 2 and editor.query().compare is None
    editor.compare.choice.setCurrentIndex(editor.compare.choice.findData("7:28"))
    editor.check_now()
    assert editor.query().compare == "7:28"
    assert editor.plan.summary.requests == 4  # 2 batches for the query, 2 for the baseline
    lines = editor.plan.details.text().splitlines()
    assert lines[0].startswith("Comparison: Last 7 days vs the 28 before. Recent ")
    assert lines[1].startswith("Extra requests for the baseline before the query's range (")
    assert lines[1].endswith("): 2, counted above.")
    editor.set_query(Query(name="q", endpoint="totals", account="owner", ids=ids,
                           metrics=["impressions"], compare="28:365",
                           groupings={"per-post": ["tweet.id", "engagement.type"]}))
    assert "• Comparison: 'Last 28 days vs the 365 before' compares periods" in \
        editor.plan.details.text()
