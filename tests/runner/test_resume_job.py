"""Issue 14, item 5: a job resumes with the plan it was started with — even when its relative
range ("last 28 days") means other dates today — sending only the steps its journal lacks."""
import threading
from datetime import timedelta

import pytest

from engagement_desktop.core.query import Query
from engagement_desktop.runner.events import PageParsed, StepStarted
from engagement_desktop.runner.journal import JournalError
from engagement_desktop.sandbox import posts
from test_service import TODAY, service_for

DAILY = {"daily": ["tweet.id", "engagement.type", "engagement.day"]}
QUERY = Query(name="last weeks", endpoint="historical", account="demo-owner",
              ids=[str(posts.make_id(TODAY - timedelta(days=85, minutes=n), 0)) for n in range(3)],
              metrics=["impressions"], groupings=DAILY,
              range="last 90 days")


def started_and_cancelled(service) -> tuple[str, int]:
    """A job whose first answer is journaled and whose run was then cancelled: (job, steps)."""
    service.concurrency = 1  # one request at a time: nothing else is journaled meanwhile
    prepared = service.prepare(QUERY)
    cancel = threading.Event()
    job = None
    for event in service.run(prepared, cancel=cancel):
        job = getattr(event, "job_id", None) or job
        if isinstance(event, PageParsed):
            cancel.set()
    return job, len(prepared.plan.steps)


def test_a_job_resumes_with_its_own_plan_after_its_relative_range_has_moved(tmp_path, sandbox):
    earlier = service_for(tmp_path, sandbox)
    earlier.door.clock = lambda: sandbox.clock.now() - timedelta(hours=5)
    job, steps = started_and_cancelled(earlier)
    assert steps > 2
    later = service_for(tmp_path, sandbox)  # another start, five hours on: other dates today
    assert later.prepare(QUERY).plan.steps != later.prepare_job(job).plan.steps
    events = list(later.run(later.prepare_job(job, query=QUERY), cancel=threading.Event(),
                            resume_job=job))
    replayed = [e for e in events if isinstance(e, PageParsed) and e.resumed]
    sent = {e.step_id for e in events if isinstance(e, StepStarted)}
    assert len(replayed) == 1 and len(sent) == steps - 1
    assert later.transport.requests_sent == steps - 1
    assert events[-1].steps_done == steps and later.journal.job(job).finished is not None


def test_a_job_is_not_resumed_for_another_query(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox)
    job, _ = started_and_cancelled(service)
    other = Query(**{**QUERY.__dict__, "ids": QUERY.ids[:2]})
    with pytest.raises(JournalError, match="another query"):
        service.prepare_job(job, query=other)


def test_a_deleted_job_is_gone_from_the_list_and_cannot_be_resumed(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox)
    job, _ = started_and_cancelled(service)
    assert [j.id for j in service.jobs()] == [job]
    service.delete_job(job)
    assert service.jobs() == []
    with pytest.raises(JournalError, match="no job"):
        service.prepare_job(job)
