"""The journal lets a job resume: finished steps are replayed, only the missing ones fetched."""
import sqlite3
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


def test_a_problem_said_as_a_phrase_comes_back_as_the_same_phrase(tmp_path):
    """The window says a journaled problem in its language after a resume too."""
    from engagement_desktop.i18n.phrases import Phrase, translate

    journal = Journal(tmp_path)
    job = journal.start(make_plan(BATCHES))
    said = translate("Integrity", "{count} post(s): {ids}.").format(
        count=2, ids=translate("Ids", "{start}… ({length} characters)").format(start="ab",
                                                                              length=40))
    journal.commit_step(job, "step-0", [], [PostProblem(None, "not_requested", said)])
    [(_, _, [back])] = list(journal.finished_steps(job))
    assert isinstance(back.message, Phrase) and back.message == "2 post(s): ab… (40 characters)."
    assert back.message.template == said.template and back.message.values["count"] == 2
    assert back.message.values["ids"].template == "{start}… ({length} characters)"


@pytest.mark.parametrize("kept", [{"context": "C", "template": "{gone}", "values": {}},
                                  {"context": "C", "template": "{x}", "values": {"x": [1]}},
                                  {"template": "no context"}])
def test_a_step_whose_kept_phrase_is_damaged_is_fetched_again(tmp_path, kept):
    import json

    journal = Journal(tmp_path)
    job = journal.start(make_plan(BATCHES))
    journal.commit_step(job, "step-0", [], [PostProblem(None, "error", "x")])
    with sqlite3.connect(tmp_path / "jobs.sqlite3") as db:
        db.execute("UPDATE steps SET problems = ?", (json.dumps([[None, "error", kept, []]]),))
    assert list(journal.finished_steps(job)) == []
    journal.close()


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


def kept_aside(folder) -> list:
    """The journals moved aside (their -wal and -shm files move along with them)."""
    return [p for p in folder.glob("jobs.sqlite3.corrupt-*")
            if not p.name.endswith(("-wal", "-shm"))]


def journal_with_many_steps(folder) -> tuple[str, bytes]:
    """A journal whose job has enough steps to span many pages, closed and checkpointed: the
    job's ID and the file's bytes."""
    journal = Journal(folder)
    plan = make_plan(BATCHES)
    job = journal.start(plan)
    for n in range(30):
        rows = [Row("200", "impressions", 1_700_000_000 + 3600 * k, HOUR,
                    (k * 2654435761 + n) % 10**9) for k in range(3000)]
        journal.commit_step(job, f"step-{n}", rows, [])
    journal.close()
    with sqlite3.connect(folder / "jobs.sqlite3") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return job, (folder / "jobs.sqlite3").read_bytes()


def test_damage_deep_in_the_journal_found_on_resume_keeps_it_aside_and_says_why(tmp_path):
    job, healthy = journal_with_many_steps(tmp_path)
    middle = len(healthy) // 2  # past the pages an open reads: the open itself succeeds
    garbage = bytes((k * 7) % 256 for k in range(20_000))
    damaged = healthy[:middle] + garbage + healthy[middle + len(garbage):]
    (tmp_path / "jobs.sqlite3").write_bytes(damaged)
    journal = Journal(tmp_path)
    assert journal.problem is None
    with pytest.raises(JournalError, match="The job journal was damaged.*cannot be resumed"):
        journal.job(job)
    [aside] = kept_aside(tmp_path)
    assert aside.read_bytes() == damaged and str(aside) in journal.problem
    assert journal.jobs() == []  # the new journal works
    journal.start(make_plan(BATCHES))
    assert len(journal.jobs()) == 1
    journal.close()


def damage_all_but_the_jobs(folder) -> bytes:
    """Garble every page of the journal but the schema and the jobs table's, so an open works
    and the damage shows only when steps are touched; returns the damaged bytes."""
    path = folder / "jobs.sqlite3"
    with sqlite3.connect(path) as db:
        size = db.execute("PRAGMA page_size").fetchone()[0]
        kept = {1} | {root for (root,) in db.execute(  # the table and its ID's index
            "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'jobs'")}
    pages = [path.read_bytes()[n:n + size] for n in range(0, path.stat().st_size, size)]
    damaged = b"".join(page if number in kept else bytes((number * 31 + k) % 256
                                                         for k in range(size))
                       for number, page in enumerate(pages, start=1))
    path.write_bytes(damaged)
    return damaged


def test_a_job_started_on_a_journal_found_damaged_starts_in_a_new_one(tmp_path):
    journal_with_many_steps(tmp_path)
    damaged = damage_all_but_the_jobs(tmp_path)
    journal = Journal(tmp_path)
    assert journal.problem is None
    job = journal.start(make_plan(BATCHES))
    [aside] = kept_aside(tmp_path)
    assert aside.read_bytes() == damaged and str(aside) in journal.problem
    assert [j.id for j in journal.jobs()] == [job]
    journal.close()


def test_a_step_written_to_a_journal_found_damaged_does_not_stop_the_run(tmp_path):
    job, _ = journal_with_many_steps(tmp_path)
    damaged = damage_all_but_the_jobs(tmp_path)
    journal = Journal(tmp_path)
    assert journal.problem is None
    journal.commit_step(job, "step-15", [Row("200", "favorites", None, TOTAL, 1)], [])  # no error
    [aside] = kept_aside(tmp_path)
    journal.finish(job)
    assert aside.read_bytes() == damaged
    assert "The job journal was damaged" in journal.problem and "cannot be resumed" in journal.problem
    with pytest.raises(JournalError, match=f"There is no job '{job}'"):
        journal.job(job)
    journal.close()


def test_a_step_whose_stored_rows_are_damaged_stops_the_replay_with_a_journal_error(tmp_path):
    job, _ = journal_with_many_steps(tmp_path)
    with sqlite3.connect(tmp_path / "jobs.sqlite3") as db:
        db.execute("UPDATE steps SET rows = substr(rows, 1, 100) WHERE step_id = 'step-3'")
    journal = Journal(tmp_path)
    with pytest.raises(JournalError, match="The job journal was damaged.*cannot be resumed"):
        list(journal.finished_steps(job))
    assert len(kept_aside(tmp_path)) == 1
    journal.close()


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
