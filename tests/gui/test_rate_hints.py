"""The metric picker says which rates the ticked metrics are one metric short of and offers to
add it (issue 12, item 2): ticking Engagements says the engagement rate needs Impressions, and
one click ticks Impressions."""
from PySide6.QtWidgets import QLabel, QPushButton

from engagement_builtins import specs
from engagement_desktop.gui.editor.metric_picker import MetricPicker
from engagement_desktop.gui.editor.rate_hints import short_of
from i18n_translators import english  # noqa: F401 — fixture: the app always installs it


def hint(picker, metric):
    return (picker.findChild(QLabel, f"rateHint:{metric}"),
            picker.findChild(QPushButton, f"rateAdd:{metric}"))


def test_short_of_lists_the_rates_each_missing_metric_would_complete():
    missing = short_of({"engagements", "favorites", "video_completions"})
    assert {m: [r.name for r in rates] for m, rates in missing.items()} == {
        "impressions": ["engagement_rate", "like_rate"],
        "video_starts": ["video_completion_rate"]}
    assert short_of({"engagements", "impressions"}) == {}  # complete: nothing to say
    assert short_of({"impressions"}) == {}  # a denominator alone asks for no numerator


def test_ticking_engagements_offers_impressions_and_add_ticks_it(qtbot):
    picker = MetricPicker()
    qtbot.addWidget(picker)
    picker.set_context(specs.TOTALS, "owner", "oauth1-user")
    assert picker.rate_hints.isHidden()
    picker._boxes["engagements"].setChecked(True)
    picker._boxes["favorites"].setChecked(True)
    line, add = hint(picker, "impressions")
    assert line.text() == "Engagement rate, Like rate: needs Impressions."
    assert "engagements" in line.toolTip() and "divided by impressions" in line.toolTip()
    assert not picker.rate_hints.isHidden() and add.text() == "Add Impressions"
    with qtbot.waitSignal(picker.changed):
        add.click()
    assert set(picker.selected()) == {"impressions", "engagements", "favorites"}
    assert picker.rate_hints.isHidden()


def test_a_metric_the_account_cannot_ask_for_is_named_without_an_add_button(qtbot):
    picker = MetricPicker()
    qtbot.addWidget(picker)
    picker.set_selected(["favorites"])
    picker.set_context(specs.TOTALS, "app", "bearer")  # impressions need a user context
    line, add = hint(picker, "impressions")
    assert add is None
    assert line.text() == ("Like rate: needs Impressions, which this endpoint and account "
                           "cannot ask for.")
