"""Issue 14, item 7: the plan summary says when the posts' owners (the bill) are unknown until
the run, and names the new @handles once they are known."""
from engagement_desktop.core.planning import Estimate
from engagement_desktop.gui.editor.plan_summary import PlanSummary, Summary


def test_the_summary_says_owners_are_unknown_until_the_run_then_names_them(qtbot):
    summary = PlanSummary()
    qtbot.addWidget(summary)
    summary.show_summary(Summary(estimate=Estimate(1, 0.1, 60, handles_known=False)))
    assert "owners are known only once the run starts" in summary.details.text()
    summary.show_summary(Summary(estimate=Estimate(1, 0.1, 60,
                                                   new_handles=frozenset({"demo_owner"}))))
    assert "@demo_owner" in summary.details.text()
    assert "known only once" not in summary.details.text()
