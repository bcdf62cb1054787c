"""Issue 14, item 5, in the window: after a run stops, Resume (Ctrl+Shift+R) fetches only what
the job is missing, with the plan the job was started with — its relative range as resolved
then — and the Jobs list (Ctrl+J) shows it finished."""
import threading
from datetime import datetime, timedelta, timezone

import pytest
from window_fixtures import window_on

from engagement_desktop.core.query import Query
from engagement_desktop.core.workspace import Workspace
from engagement_desktop.runner.events import PageParsed
from engagement_desktop.sandbox import posts
from engagement_desktop.sandbox.server import SandboxServer

pytestmark = pytest.mark.slow

TODAY = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
QUERY = Query(name="last weeks", endpoint="historical", account="demo-owner",
              ids=[str(posts.make_id(TODAY - timedelta(days=85, minutes=n), 0))
                   for n in range(3)],
              metrics=["impressions", "favorites"],
              groupings={"daily": ["tweet.id", "engagement.type", "engagement.day"]},
              range="last 90 days")


def stopped_job(service, query: Query, hours_ago: int):
    """A job planned `hours_ago` hours ago whose run stopped after its first answer."""
    service.concurrency = 1  # one request at a time: nothing else is journaled meanwhile
    clock = service.door.clock
    service.door.clock = lambda: clock() - timedelta(hours=hours_ago)
    try:
        prepared = service.prepare(query)
    finally:
        service.door.clock = clock
    cancel = threading.Event()
    for event in service.run(prepared, cancel=cancel):
        if isinstance(event, PageParsed):
            cancel.set()
    return prepared


def test_resume_fetches_only_what_the_stopped_job_is_missing(qtbot, tmp_path):
    with SandboxServer() as sandbox:
        window = window_on(tmp_path / "app", sandbox.base_url, Workspace("jobs", [QUERY]))
        workbench = window.workbench
        service, actions = workbench.ctx.service, workbench.actions
        try:
            assert not actions.resume.isEnabled()  # no job yet
            prepared = stopped_job(service, workbench.editor.query(), hours_ago=5)
            [job] = service.jobs()
            workbench.jobs.refresh()
            assert actions.resume.isEnabled() and job.id in actions.resume.statusTip()
            sent = service.transport.requests_sent
            with qtbot.waitSignal(workbench.runs.run_finished, timeout=30000) as finished:
                actions.resume.trigger()
            steps = len(prepared.plan.steps)
            assert steps > 2 and service.transport.requests_sent - sent == steps - 1
            result = finished.args[0]
            assert result.provenance["job_id"] == job.id
            # The job's own dates, not what "last 90 days" means five hours on.
            assert (result.query.start, result.query.end) == (prepared.query.start,
                                                              prepared.query.end)
            assert service.journal.job(job.id).finished is not None
            assert not actions.resume.isEnabled()  # nothing left to resume
            actions.jobs.trigger()
            dialog = workbench.jobs.dialog
            assert dialog.isVisible() and dialog.table.item(0, 0).text() == "Finished"
            assert dialog.table.item(0, 1).text() == f"{steps} of {steps} requests"
            dialog.reject()
        finally:
            workbench.runs.stop_and_wait()
            workbench.files.dirty = False
            window.close()
