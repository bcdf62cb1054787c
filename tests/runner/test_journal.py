"""The journal lets a job resume: finished steps are replayed, only the missing ones fetched."""
import threading

import pytest
import responses
from runner_fixtures import ENDPOINTS, URL, favorites_answer, make_plan, value

from engagement_desktop.core.rows import DAY, HOUR, TOTAL, UNAVAILABLE, PostProblem, Row
from engagement_desktop.runner.events import Finished, PageParsed
from engagement_desktop.runner.journal import KEEP_FINISHED, Journal, JournalError
from engagement_desktop.runner.run import run_plan

BATCHES = [[str(200 + 10 * b + i) for i in range(4)] for b in range(6)]


def test_a_steps_rows_and_problems_come_back_exactly_as_committed(tmp_path):
    journal = Journal(tmp_path)
    plan = make_plan(BATCHES)
    job = journal.start(plan)
    rows = [Row("200", "impressions", 1_700_000_000, HOUR, 5), Row("200", "impressions", None, TOTAL, 9),
            Row(None, "favorites", 1_699_920_000, DAY, 0), Row("201", "impressions", 1_700_003_600, HOUR, 7)]
    problems = [PostProblem("202", UNAVAILABLE, "gone", ("impressions",)), PostProblem(None, "error", "x")]
    journal.commit_step(job, "step-0", rows, problems)
    journal.commit_step(job, "step-0", rows, problems)  # journaled twice after a crash: still once
    [(step_id, back_rows, back_problems)] = list(journal.finished_steps(job))
    assert step_id == "step-0" and sorted(back_rows, key=str) == sorted(rows, key=str)
    assert back_problems == problems
    assert journal.job(job).steps_done == 1


@responses.activate
def test_a_resumed_job_replays_journaled_steps_and_fetches_only_the_rest(tmp_path, transport):
    responses.add_callback(responses.POST, URL, callback=favorites_answer)
    plan = make_plan(BATCHES)
    journal = Journal(tmp_path)
    first = run_plan(plan, endpoints=ENDPOINTS, transport=transport, cancel=threading.Event(),
                     journal=journal, concurrency=1)
    pages = []
    for event in first:  # the process dies after the second page
        if isinstance(event, PageParsed):
            pages.append(event)
            if len(pages) == 2:
                break
    first.close()
    job_id = journal.jobs()[0].id
    sent_before = len(responses.calls)

    again = Journal(tmp_path)  # a new process opens the same journal
    events = list(run_plan(plan, endpoints=ENDPOINTS, transport=transport,
                           cancel=threading.Event(), journal=again, job_id=job_id))
    replayed = [e for e in events if isinstance(e, PageParsed) and e.resumed]
    fetched = [e for e in events if isinstance(e, PageParsed) and not e.resumed]
    assert {e.step_id for e in replayed} == {p.step_id for p in pages}
    # One request per missing step (plus, at most, one the first run still had in flight).
    assert len(fetched) == 4 and len(responses.calls) - sent_before <= 4 + 1
    rows = sorted((r.post_id, r.value) for e in replayed + fetched for r in e.rows)
    assert rows == sorted((i, value(i)) for ids in BATCHES for i in ids)  # none lost, none twice
    assert events[-1] == Finished(cancelled=False, steps_done=6, steps_failed=0, job_id=job_id)
    assert again.job(job_id).finished is not None


def test_resuming_with_a_changed_query_is_refused_with_a_reason(tmp_path):
    journal = Journal(tmp_path)
    job = journal.start(make_plan(BATCHES))
    with pytest.raises(JournalError, match="another query or plan"):
        journal.check_resumable(job, make_plan(BATCHES[:3]))


def test_resuming_an_unknown_job_says_to_run_without_resume(tmp_path):
    with pytest.raises(JournalError, match="no job 'nope'.*without --resume"):
        Journal(tmp_path).job("nope")


def test_a_corrupt_journal_is_kept_aside_and_a_new_one_started(tmp_path):
    (tmp_path / "jobs.sqlite3").write_bytes(b"this is not a database at all" * 100)
    journal = Journal(tmp_path)
    assert "damaged" in journal.problem and "kept as" in journal.problem
    aside = list(tmp_path.glob("jobs.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    assert journal.jobs() == []
    journal.start(make_plan(BATCHES))
    assert len(journal.jobs()) == 1


def test_only_the_newest_finished_jobs_are_kept_and_unfinished_ones_stay(tmp_path):
    journal = Journal(tmp_path)
    plan = make_plan(BATCHES)
    unfinished = journal.start(plan)
    for _ in range(KEEP_FINISHED + 3):
        job = journal.start(plan)
        journal.commit_step(job, "step-0", [Row("200", "favorites", None, TOTAL, 1)], [])
        journal.finish(job)
    journal.start(plan)
    jobs = journal.jobs()
    assert sum(j.finished is not None for j in jobs) == KEEP_FINISHED
    assert unfinished in {j.id for j in jobs}
