"""The one plan door: `auto` is routed inside it, a preview sends nothing, and a run sends
exactly the prepared plan — never a plan made again."""
import threading

import pytest

from engagement_desktop.runner import plan_door
from engagement_desktop.runner.events import StepStarted
from test_service import historical, ids_of, service_for


def test_an_auto_preview_sends_nothing_and_says_whose_owners_are_looked_up(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox, {"demo-app", "demo-owner"})
    posts = ids_of(0, 4) + ids_of(1, 2)
    preview = service.prepare(historical("auto", posts), look_up_owners=False)
    assert preview.pending_owners == tuple(posts) and preview.plan.steps == []
    assert not preview.estimate.handles_known
    assert service.transport.requests_sent == 0
    with pytest.raises(ValueError, match="owners"):  # a run never starts on unrouted posts
        service.run(preview, cancel=threading.Event()).__next__()


def test_auto_lists_only_steps_that_are_sent_and_owners_are_looked_up_once(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox, {"demo-app", "demo-owner"})
    mine = ids_of(0, 4)
    query = historical("auto", mine + ids_of(1, 2))
    prepared = service.prepare(query)
    assert {s.account for s in prepared.plan.steps} == {"demo-owner"}
    assert [p for s in prepared.plan.steps for p in s.ids] == mine
    assert prepared.estimate.new_handles == {"demo_owner"}
    sent = {e.step_id for e in service.run(prepared, cancel=threading.Event())
            if isinstance(e, StepStarted)}
    assert sent == {s.id for s in prepared.plan.steps}
    lookups = service.transport.requests_sent - len(sent)
    again = service.prepare(query, look_up_owners=False)  # the owners are known now
    assert again.pending_owners == () and again.plan.steps == prepared.plan.steps
    assert service.transport.requests_sent - len(sent) == lookups == 1


def test_a_run_runs_the_prepared_plan_without_planning_again(tmp_path, sandbox, monkeypatch):
    service = service_for(tmp_path, sandbox)
    built = []
    real = plan_door.build_plan
    monkeypatch.setattr(plan_door, "build_plan", lambda *a, **k: built.append(1) or real(*a, **k))
    prepared = service.prepare(historical("demo-owner", ids_of(0, 30)))
    events = list(service.run(prepared, cancel=threading.Event()))
    assert len(built) == 1 and events[-1].steps_done == len(prepared.plan.steps) == 2
