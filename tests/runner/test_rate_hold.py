"""A server that answers 429 forever: the run says that it waits (a Progress the CLI prints and
the window shows), then its steps give up after the policy's bounded total with advice to
resume. The rate limiter runs on a fake clock that moves a minute in a fraction of a second."""
import io
import math
import threading
import time

import responses
from runner_fixtures import ENDPOINTS, URL, make_plan

from engagement_desktop.cli.run_display import Display
from engagement_desktop.core.endpoint import BEARER
from engagement_desktop.credentials.account import Account, Secrets
from engagement_desktop.runner.events import Finished, Progress, StepFailed
from engagement_desktop.runner.run import run_plan
from engagement_desktop.transport.ratelimit import RateLimits
from engagement_desktop.transport.retry import RetryPolicy
from engagement_desktop.transport.sender import Credential, Transport


class QuickClock:
    """Fake time for the limiter: each nap moves it on at once, after a real millisecond (so
    the runner, on real time, sees the holds)."""

    def __init__(self):
        self.now = 0.0
        self.lock = threading.Lock()

    def clock(self):
        with self.lock:
            return self.now

    def sleep(self, cancel, seconds):
        time.sleep(0.001)
        with self.lock:
            self.now += max(seconds, 0)


@responses.activate
def test_429_forever_is_shown_as_a_wait_then_gives_up_with_resume_advice():
    responses.post(URL, status=429, headers={"x-per-minute-limit": "300",
                                             "x-per-minute-remaining": "0"})
    fake = QuickClock()
    account = Credential(Account("app", BEARER, base_url="https://enterprise.test"),
                         Secrets(bearer_token="tok-app-secret"))
    transport = Transport(lambda name: account,
                          policy=RetryPolicy(max_rate_limited=1000, max_rate_limited_wait=150),
                          limits=RateLimits(fake.clock, lambda: 1_700_000_000 + fake.clock(),
                                            fake.sleep))
    batches = [[str(100 + 10 * b + i) for i in range(3)] for b in range(4)]
    events = list(run_plan(make_plan(batches), endpoints=ENDPOINTS, transport=transport,
                           cancel=threading.Event(), clock=fake.clock, concurrency=1))
    transport.close()

    holds = [e for e in events if isinstance(e, Progress) and e.held_for]
    assert holds and all(e.held_by_refusal and e.held_for >= 5 for e in holds)
    failed = [e for e in events if isinstance(e, StepFailed)]
    assert len(failed) == 4 and all(e.status == 429 for e in failed)
    assert all("resume the job later" in e.message for e in failed)
    assert events[-1] == Finished(cancelled=False, steps_done=0, steps_failed=4)
    # Bounded: about 150 s of windows (one worker, so naps add up as time would), then the
    # steps after the first give up without sending.
    assert fake.now < 150 + 2 * 61 and len(responses.calls) <= 8

    screen = io.StringIO()
    Display(screen).progress(holds[0], "ws.json", "q")
    assert f"Waiting {math.ceil(holds[0].held_for)} s for the server's" in screen.getvalue()
    assert "rate limit (it answered 429, too many requests)" in screen.getvalue()
