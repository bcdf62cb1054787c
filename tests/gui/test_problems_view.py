"""The Problems tab: one line per post that failed or came back partial, saying what it
means and what to do; the tab's title counts them."""
from engagement_builtins.specs import TOTALS
from PySide6.QtGui import QGuiApplication

from engagement_desktop.core.rows import (PROBLEM_KINDS, PROTECTED, UNAVAILABLE,
                                          UNSUPPORTED_IMPRESSIONS, UNSUPPORTED_VIDEO_VIEWS,
                                          PostProblem)
from engagement_desktop.gui.results.problems_view import EXPLANATIONS, ProblemsView
from engagement_desktop.gui.results.results_panel import ResultsPanel
from engagement_desktop.runner.events import Finished, PageParsed, StepFailed

PROBLEMS = [
    PostProblem("11", PROTECTED, "1 Tweet ID(s) are unavailable"),
    PostProblem("12", UNAVAILABLE, "1 Tweet ID(s) are unavailable"),
    PostProblem("13", UNSUPPORTED_VIDEO_VIEWS, "", ("video_views",)),
    PostProblem("13", UNSUPPORTED_IMPRESSIONS, "", ("impressions", "engagements")),
]


def line_texts(view, row):
    item = view.list.topLevelItem(row)
    return [item.text(c) for c in range(view.list.columnCount())]


def test_every_problem_kind_has_a_meaning_and_something_to_do():
    for kind in PROBLEM_KINDS:
        title, meaning, action = EXPLANATIONS[kind]
        assert title and meaning.endswith(".") and action.endswith(".")


def test_one_line_per_post_with_its_problem_and_what_to_do(qtbot):
    view = ProblemsView()
    qtbot.addWidget(view)
    view.set_problems(PROBLEMS, TOTALS.metric_labels)
    assert view.list.topLevelItemCount() == 3
    assert line_texts(view, 0)[:3] == ["11", "Protected account", "all"]
    assert "owns the post" in line_texts(view, 0)[3]
    post13 = view.list.topLevelItem(2)
    assert post13.text(1).endswith("(+1 more)") and post13.childCount() == 2
    assert {post13.child(i).text(2) for i in range(2)} == {"Video views",
                                                           "Impressions, Engagements"}
    assert view.summary.text().startswith("3 posts need attention")


def test_the_selected_line_explains_itself_below_the_list(qtbot):
    view = ProblemsView()
    qtbot.addWidget(view)
    view.set_problems(PROBLEMS, TOTALS.metric_labels)
    view.list.setCurrentItem(view.list.topLevelItem(1))
    details = view.details.text()
    assert "Post 12" in details and "deleted" in details and "What to do" in details


def test_copy_post_ids_puts_each_affected_post_once_on_the_clipboard(qtbot):
    view = ProblemsView()
    qtbot.addWidget(view)
    view.set_problems(PROBLEMS, TOTALS.metric_labels)
    view.copy_ids.click()
    assert QGuiApplication.clipboard().text() == "11\n12\n13\n"


def test_problems_of_a_run_reach_the_tab_and_its_title_counts_the_posts(qtbot):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.begin_run(None, None)
    panel.on_event(PageParsed("s1", [], PROBLEMS[:2]))
    panel.on_event(StepFailed("s2", "HTTP 503 three times", [], status=503))
    assert panel.tabs.tabText(panel.tabs.indexOf(panel.problems)) == "Problems (3)"
    whole = panel.problems.list.topLevelItem(2)
    assert whole.text(0) == "Whole request" and "s2" in whole.data(0, 256).message


def test_a_run_that_stopped_says_why_on_the_problems_tab_never_no_problems(qtbot):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.begin_run(None, None)
    panel.run_failed("Authentication failed for 'demo-app': the server refused its token.\nMore.")
    assert "No problems" not in panel.problems.summary.text()
    assert panel.tabs.tabText(panel.tabs.indexOf(panel.problems)) == "Problems (1)"
    stopped = panel.problems.list.topLevelItem(0)
    assert stopped.text(0) == "Whole request"
    assert "the server refused its token" in stopped.data(0, 256).message
    assert not panel.current_result()  # no values: the window's Export has nothing to write


def test_a_run_whose_requests_all_failed_keeps_its_problems_after_it_finished(qtbot):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.begin_run(None, None)
    panel.on_event(StepFailed("s1", "HTTP 401", [], status=401))
    panel.on_event(StepFailed("s2", "HTTP 401", [], status=401))
    panel.on_event(Finished(cancelled=False, steps_done=0, steps_failed=2))
    assert "No problems" not in panel.problems.summary.text()
    assert panel.problems.list.topLevelItemCount() == 1  # both under "Whole request"
    assert not panel.current_result()
