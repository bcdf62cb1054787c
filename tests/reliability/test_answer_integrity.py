"""Issue 13, item 6: a server's answer can neither invent a post nor drop one. Against answers
that add a post not asked for, spell an ID with a leading zero, refuse with
`unavailable_tweet_ids` naming other posts, or repeat a post's key in place of another's, the
run keeps rows only of the posts asked for, every post asked for ends with values or a listed
problem, and `run` and `report` exit 4 saying so."""
import json

import pytest
from hostile_server import INTEGRITY, NOT_ASKED, HostileServer
from reliability_fixtures import raw_text_in
from totals_workspace import POSTS, run_totals, secrets_found, totals_workspace

from engagement_desktop.cli.outcome import MISMATCH, OK, PROBLEMS

pytestmark = pytest.mark.slow

# mode → (posts the answer left out, the unasked-for ID it spoke of, or None)
EXPECTED = {
    "extra-post": (set(), NOT_ASKED),
    "wrong-width": ({POSTS[0]}, "0" + POSTS[0]),
    "unavailable-others": (set(POSTS), NOT_ASKED),
    "duplicate-keys": ({POSTS[1]}, None),
}


@pytest.mark.parametrize("mode", INTEGRITY)
def test_rows_only_of_posts_asked_for_and_every_post_ends_with_values_or_a_problem(home, mode):
    missing, unasked = EXPECTED[mode]
    with HostileServer(mode) as server:
        ran = run_totals(home, server.base_url, "out.json", "out.csv")
    assert ran.returncode == MISMATCH, ran.stderr
    assert raw_text_in(ran.stderr) == []
    document = json.loads((home.root / "out.json").read_text())
    with_values = {row["post_id"] for row in document["rows"]}
    problems = {(p["post_id"], p["kind"]) for p in document["problems"]}
    assert with_values == set(POSTS) - missing  # nothing invented
    assert {post for post, kind in problems if kind == "missing"} == missing
    assert all(post in with_values or (post, "missing") in problems for post in POSTS)
    csv_posts = {line.split(",")[0] for line in
                 (home.root / "out.csv").read_text(encoding="utf-8-sig").splitlines()[1:]}
    assert csv_posts == with_values
    for post in missing:
        assert f"post {post}: missing: The server's answer said nothing about this post" \
            in ran.stderr
    if unasked:
        assert (None, "not_requested") in problems
        assert f"not asked for: '{unasked}'." in ran.stderr
    assert secrets_found(home, ran.stdout + ran.stderr) == []


def test_an_honest_answer_ends_with_values_for_every_post_and_exit_0(home):
    with HostileServer("totals") as server:
        ran = run_totals(home, server.base_url, "out.json")
    assert ran.returncode == OK, ran.stderr
    document = json.loads((home.root / "out.json").read_text())
    assert {row["post_id"] for row in document["rows"]} == set(POSTS)
    assert document["problems"] == []


@pytest.mark.parametrize("mode, code", [("extra-post", MISMATCH), ("wrong-width", MISMATCH),
                                        ("totals", OK)])
def test_report_exits_with_the_code_run_exits_with_for_the_same_answers(home, mode, code):
    with HostileServer(mode) as server:
        ran = run_totals(home, server.base_url)
        reported = home.cli("report", str(totals_workspace(home.root)), "--fresh",
                            "--base-url", server.base_url, "--by", "post",
                            "--export", str(home.root / "table.csv"), timeout=120)
    assert ran.returncode == reported.returncode == code, (ran.stderr, reported.stderr)
    assert (home.root / "table.csv").exists() and raw_text_in(reported.stderr) == []


def test_report_of_several_queries_exits_with_the_code_of_the_one_to_look_at_most():
    from engagement_desktop.cli.outcome import AUTH, worst
    assert worst([OK, MISMATCH, PROBLEMS]) == MISMATCH
    assert worst([PROBLEMS, OK]) == PROBLEMS and worst([MISMATCH, AUTH]) == AUTH
    assert worst([]) == OK
