"""The one check of an answer against its request, after the endpoint plugin parsed it and
before the journal keeps it: a server's answer may neither invent a post nor drop one.

- Rows and problems about posts the step did not ask for are dropped; one problem of the
  request says which (a wrong-width ID, `unavailable_tweet_ids` naming other posts).
- Every post the step asked for ends with values or a problem: one the answer said nothing
  about (left out, or lost to a duplicate key) gets a MISSING problem.
A page with aggregate rows (a grouping without the post: post ID None) speaks of its posts
together, so no post of it can be told missing.
"""
from __future__ import annotations

import unicodedata

from ..core.plan import Step
from ..core.rows import MISSING, NOT_REQUESTED, ParsedPage, PostProblem
from ..i18n.phrases import translate
from ..transport.masking import mask

SHOWN_IDS = 5  # unasked-for IDs quoted in the problem, before "and N more"
ID_CHARACTERS = 24  # a quoted ID is cut here: it came from the server


def checked_page(step: Step, page: ParsedPage) -> ParsedPage:
    """`page` holding only what `step` asked about, and a problem for each gap. Read by
    series, never by value: a page's rows are columns (SeriesRows)."""
    from ..core.series_rows import SeriesRows  # numpy, once an answer is in: not before a run

    rows = SeriesRows.from_rows(page.rows)
    asked = set(step.ids)
    posts = {post_id for post_id, _metric, _granularity in rows.keys}
    unasked = (posts | {p.post_id for p in page.problems}) - asked - {None}
    problems = [p for p in page.problems if p.post_id not in unasked]
    if unasked:
        rows = SeriesRows.from_parts(part for part in rows.parts if part[0][0] not in unasked)
        problems.append(_unasked_problem(unasked))
    if None not in posts:
        told = (posts - unasked) | {p.post_id for p in problems}
        problems += [_missing_problem(post_id) for post_id in step.ids if post_id not in told]
    if rows is page.rows and len(problems) == len(page.problems):
        return page
    return ParsedPage(rows, problems, page.retry_without)


# Phrases: the window says them in its language, the journal keeps them as phrases.
MISSING_SAID = translate(
    "Integrity", "The server's answer said nothing about this post although it was asked about "
    "it; it has no values from this request. Run again; if it stays missing, check the ID.")
UNASKED_SAID = translate(
    "Integrity", "The server's answer spoke of {count} post(s) that were not asked for: {ids}. "
    "What it said about them was left out.")
UNASKED_MORE_SAID = translate(
    "Integrity", "The server's answer spoke of {count} post(s) that were not asked for: {ids} "
    "and {more} more. What it said about them was left out.")


def _missing_problem(post_id: str) -> PostProblem:
    return PostProblem(post_id, MISSING, MISSING_SAID)


def _unasked_problem(unasked: set) -> PostProblem:
    ordered = sorted(unasked, key=lambda post_id: (len(str(post_id)), str(post_id)))
    # The IDs are the server's words: masked, and the only part of the sentence that is.
    shown = mask(", ".join(_quoted(post_id) for post_id in ordered[:SHOWN_IDS]))
    more = len(ordered) - SHOWN_IDS
    said = UNASKED_MORE_SAID.format(count=len(ordered), ids=shown, more=more) if more > 0 \
        else UNASKED_SAID.format(count=len(ordered), ids=shown)
    return PostProblem(None, NOT_REQUESTED, said)


def _quoted(post_id: object) -> str:
    """An ID from the server as it can be shown: printable characters only, cut short."""
    text = "".join(c for c in str(post_id) if unicodedata.category(c)[0] not in "CZ" or c == " ")
    cut = text[:ID_CHARACTERS] + ("…" if len(text) > ID_CHARACTERS else "")
    return f"'{cut}'"
