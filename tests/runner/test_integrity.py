"""The runner's one check of an answer against its request (issue 13, item 6), on pages as an
endpoint plugin returns them."""
from engagement_desktop.core.plan import Step
from engagement_desktop.core.rows import MISSING, NOT_REQUESTED, TOTAL, ParsedPage, PostProblem, Row
from engagement_desktop.core.series_rows import SeriesRows
from engagement_desktop.runner.integrity import checked_page

STEP = Step("s1", "totals", "acct", ("11", "12"), ("favorites",))


def test_a_sound_page_passes_unchanged():
    page = ParsedPage(SeriesRows.from_rows([Row("11", "favorites", None, TOTAL, 3)]),
                      [PostProblem("12", "unavailable", "gone")])
    assert checked_page(STEP, page) is page


def test_aggregate_rows_speak_for_every_post_of_the_request():
    page = ParsedPage(SeriesRows.from_rows([Row(None, "favorites", None, TOTAL, 9)]))
    assert checked_page(STEP, page) is page


def test_an_unasked_post_is_dropped_and_named_and_a_silent_post_is_missing():
    page = ParsedPage([Row("11", "favorites", None, TOTAL, 3),
                       Row("13\x1b[31m", "favorites", None, TOTAL, 5)],
                      [PostProblem("14", "protected", "private")])
    checked = checked_page(STEP, page)
    assert list(checked.rows) == [Row("11", "favorites", None, TOTAL, 3)]
    assert [(p.post_id, p.kind) for p in checked.problems] == [(None, NOT_REQUESTED),
                                                               ("12", MISSING)]
    assert "2 post(s) that were not asked for: '14', '13[31m'." in checked.problems[0].message
