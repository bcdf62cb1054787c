"""Against the real sandbox: a refusal (HTTP 400) whose body arrives garbled is retried like any
garbled answer, so the user gets the intact refusal's per-post news, not an unexplained
"HTTP 400" for every post."""
from dataclasses import dataclass
from datetime import timedelta

from e2e.e2e_fixtures import TODAY, collect, day, make_service, owned_ids

from engagement_desktop.core.query import Query
from engagement_desktop.core.rows import ERROR, PROTECTED
from engagement_desktop.runner.events import StepFailed, StepStarted
from engagement_desktop.sandbox.faults import Faults
from engagement_desktop.transport.retry import RetryPolicy

# Five posts of @demo_owner, one deleted and one protected: the sandbox refuses the batch with
# a 400 naming the protected post, and the runner re-sends it without that post.
IDS = owned_ids(5, TODAY - timedelta(days=20), with_problems=True)
PROTECTED_ID = IDS[2]
QUERY = Query(name="garbled-400", endpoint="historical", account="demo-owner", ids=IDS,
              metrics=["impressions", "favorites"],
              groupings={"daily": ["tweet.id", "engagement.type", "engagement.day"]},
              start=day(TODAY - timedelta(days=10)), end=day(TODAY - timedelta(days=1)))
FAST_RETRIES = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.02)


@dataclass
class FirstAnswersGarbled(Faults):
    """The sandbox's own `garble` fault on the first `count` answers, then none: a transient
    fault at a known place (a share would garble at random)."""
    count: int = 1

    def pick(self) -> str | None:
        with self._lock:
            if self.count:
                self.count -= 1
                return "garble"
        return None


def run(server, root, faults: Faults | None):
    """The query's result and events with `faults` on, and the server's counts for that run."""
    service = make_service(root, server)
    service.transport.policy = FAST_RETRIES
    before = server.stats
    server.set_faults(faults)
    try:
        result, events = collect(service, QUERY)
    finally:
        server.set_faults(None)
        service.close()
    after = server.stats
    injected = {k: n - before["faults"].get(k, 0) for k, n in after["faults"].items()}
    statuses = {k: n - before["by_status"].get(k, 0) for k, n in after["by_status"].items()}
    return result, events, injected, statuses


def test_a_batch_whose_first_answer_is_a_garbled_400_ends_with_the_clean_result(
        server, tmp_path):
    clean, *_ = run(server, tmp_path / "clean", None)
    assert [p.kind for p in clean.problems if p.post_id == PROTECTED_ID] == [PROTECTED]
    assert list(clean.rows())

    result, events, injected, statuses = run(server, tmp_path / "faulted",
                                             FirstAnswersGarbled())

    assert injected == {"garble": 1}
    assert statuses[400] == 2  # the garbled refusal, then the intact one after the retry
    assert max(e.attempt for e in events if isinstance(e, StepStarted)) == 2
    assert not any(isinstance(e, StepFailed) for e in events)
    assert list(result.rows()) == list(clean.rows())
    assert result.problems == clean.problems


def test_a_400_garbled_on_every_try_lists_every_post_with_the_reason(server, tmp_path):
    result, events, injected, _ = run(server, tmp_path, FirstAnswersGarbled(count=99))

    assert injected == {"garble": FAST_RETRIES.max_attempts}
    failed = [e for e in events if isinstance(e, StepFailed)]
    assert len(failed) == 1 and failed[0].status == 400
    assert "HTTP 400" in failed[0].message and "is not JSON" in failed[0].message
    assert list(result.rows()) == []
    assert {(p.post_id, p.kind) for p in result.problems} == {(i, ERROR) for i in IDS}
    assert all(p.message == failed[0].message for p in result.problems)
