"""run_plan sends every step, reports each as it finishes, and keeps going past failures."""
import json
import threading

import responses
from runner_fixtures import (URL, ENDPOINTS, cancel_after, favorites_answer, make_plan,
                             make_transport, value)

from engagement_desktop.core.rows import ERROR, FORBIDDEN
from engagement_desktop.runner.events import (Finished, PageParsed, Progress, StepFailed,
                                              StepStarted)
from engagement_desktop.runner.run import run_plan

BATCHES = [[str(100 + 10 * b + i) for i in range(3)] for b in range(5)]


def run(plan, transport, **options):
    return list(run_plan(plan, endpoints=ENDPOINTS, transport=transport,
                         cancel=options.pop("cancel", threading.Event()), **options))


@responses.activate
def test_every_step_yields_its_rows_and_progress_reaches_the_total(transport):
    responses.add_callback(responses.POST, URL, callback=favorites_answer)
    events = run(make_plan(BATCHES), transport)
    pages = [e for e in events if isinstance(e, PageParsed)]
    rows = sorted((r.post_id, r.value) for page in pages for r in page.rows)
    assert rows == sorted((i, value(i)) for ids in BATCHES for i in ids)
    assert {e.step_id for e in events if isinstance(e, StepStarted)} == {f"step-{n}" for n in range(5)}
    progress = [e for e in events if isinstance(e, Progress)]
    assert (progress[0].done, progress[-1].done, progress[-1].total) == (0, 5, 5)
    assert progress[-1].requests_sent == 5 and progress[-1].rate_limit == 60000
    assert events[-1] == Finished(cancelled=False, steps_done=5, steps_failed=0)


@responses.activate
def test_posts_the_server_refuses_are_dropped_and_the_rest_sent_again(transport):
    def answer(request):
        ids = json.loads(request.body)["tweet_ids"]
        if "101" in ids:
            return 403, {}, json.dumps({"errors": ["Forbidden to access tweets: 101"]})
        return favorites_answer(request)

    responses.add_callback(responses.POST, URL, callback=answer)
    events = run(make_plan([BATCHES[0]]), transport)
    page = next(e for e in events if isinstance(e, PageParsed))
    assert sorted(r.post_id for r in page.rows) == ["100", "102"]
    assert [(p.post_id, p.kind) for p in page.problems] == [("101", FORBIDDEN)]
    assert json.loads(responses.calls[1].request.body)["tweet_ids"] == ["100", "102"]


@responses.activate
def test_a_step_that_keeps_failing_is_reported_per_post_and_the_others_still_run(transport):
    def answer(request):
        if "120" in json.loads(request.body)["tweet_ids"]:
            return 503, {}, ""
        return favorites_answer(request)

    responses.add_callback(responses.POST, URL, callback=answer)
    events = run(make_plan(BATCHES), transport)
    failed = [e for e in events if isinstance(e, StepFailed)]
    assert [f.step_id for f in failed] == ["step-2"] and failed[0].status == 503
    assert {(p.post_id, p.kind) for p in failed[0].problems} == {(i, ERROR) for i in BATCHES[2]}
    assert events[-1] == Finished(cancelled=False, steps_done=4, steps_failed=1)


@responses.activate
def test_refused_credentials_fail_that_accounts_steps_without_sending_them_again(transport):
    responses.post(URL, status=401, json={"errors": ["Reason: Access token not found"]})
    events = run(make_plan(BATCHES), transport, concurrency=1)
    failed = [e for e in events if isinstance(e, StepFailed)]
    assert len(failed) == 5 and {f.status for f in failed} == {401}
    assert "Access token not found" in failed[0].message
    assert len(responses.calls) == 1


@responses.activate
def test_a_plugin_crash_fails_its_step_with_a_message_not_the_run(transport):
    responses.post(URL, json={"per-post": {"100": {"favorites": "1"}}})

    class Broken:
        spec = ENDPOINTS["totals"].spec
        api_version = "1.0"
        build_request = ENDPOINTS["totals"].build_request

        def parse(self, step, status, headers, body):
            raise KeyError("surprise")

    events = list(run_plan(make_plan([BATCHES[0]]), endpoints={"totals": Broken()},
                           transport=transport, cancel=threading.Event()))
    failed = next(e for e in events if isinstance(e, StepFailed))
    assert "KeyError" in failed.message and isinstance(events[-1], Finished)


@responses.activate
def test_cancel_ends_the_run_at_once_even_with_a_request_on_the_wire():
    """The server answers only when the test releases it, after the run ended: a run that
    waited for its requests would never end (and the test run's timeout would fail it)."""
    transport = make_transport()
    release = threading.Event()
    answered = []

    def hang(request):
        release.wait()  # a server that does not answer
        answered.append(request)
        return favorites_answer(request)

    responses.add_callback(responses.POST, URL, callback=hang)
    cancel = threading.Event()
    events = run_plan(make_plan(BATCHES), endpoints=ENDPOINTS, transport=transport, cancel=cancel)
    next(events)  # the first Progress: workers are sending
    rest = cancel_after(0.2, events, cancel)
    assert answered == []  # the run ended with its requests still on the wire
    release.set()
    assert rest[-1].cancelled and rest[-1].steps_done == 0
    # Answered after the run ended, its workers stop without taking another step (and send
    # nothing into the next test).
    for worker in [t for t in threading.enumerate() if t.name == "engagement-runner"]:
        worker.join(timeout=30)
        assert not worker.is_alive()
    assert len(answered) == len(responses.calls)
