"""The run's workers: as many requests in flight as the pacer lets leave, up to the cap and
never more than the steps; at most PAGES_HELD pages parsed and not yet taken by the caller.
The transport is a stand-in whose requests stay on the wire until the test answers them."""
import threading
import time

from runner_fixtures import ENDPOINTS, make_plan

from engagement_desktop.runner.events import Finished, PageParsed
from engagement_desktop.runner.run import run_plan
from engagement_desktop.runner.workers import PAGES_HELD, Workers
from engagement_desktop.transport.cancel import Cancelled
from engagement_desktop.transport.ratelimit import RateLimits

ANSWER = b'{"per-post": {}}'


class HeldTransport:
    """Requests leave while `budget` allows (the pacer's part), then wait; each stays on the
    wire until `answer` is set; counts what is in flight and what was parsed."""

    def __init__(self, budget: int):
        self.limits = RateLimits()
        self.answer = threading.Event()
        self.lock = threading.Lock()
        self.budget = budget
        self.in_flight = self.most = self.parsed = 0
        self.requests_sent = self.retries = 0  # what the run's progress reads
        self.more = threading.Condition(self.lock)

    def send(self, account, spec, request, cancel, read, on_attempt, limit=None):
        with self.more:
            while self.budget <= 0:
                self.more.wait(0.05)
                if cancel.is_set():
                    raise Cancelled()
            self.budget -= 1
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
        on_attempt(1)
        self.answer.wait()
        with self.lock:
            self.in_flight -= 1

        def counted(status, headers, body):
            page = read(status, headers, body)
            with self.lock:
                self.parsed += 1
            return page
        return counted(200, {}, ANSWER)

    def open_window(self, budget: int) -> None:
        with self.more:
            self.budget += budget
            self.more.notify_all()


def batches(n):
    return [[str(1000 + 10 * b + i) for i in range(2)] for b in range(n)]


def wait_until(condition, seconds=10.0):
    """Let the threads get there (a generous limit: a loaded machine is slow, not wrong)."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


def start(transport, steps, cap):
    """The workers, and how to stop them (every thread ends: none is left waiting)."""
    halt, cancel = threading.Event(), threading.Event()
    workers = Workers(make_plan(batches(steps)).steps, ENDPOINTS, transport, cancel, halt, cap)

    def stop():
        halt.set()
        cancel.set()
        transport.answer.set()
    return workers, stop


def settled(transport, workers, in_flight):
    """Once `in_flight` requests are out, and a moment after (a worker too many would have sent
    by then): the most ever in flight and the workers started."""
    assert wait_until(lambda: transport.in_flight == in_flight)
    time.sleep(0.2)
    return transport.most, workers.started


def test_the_requests_in_flight_grow_to_the_cap_when_the_window_allows_it():
    transport = HeldTransport(budget=1000)
    workers, stop = start(transport, steps=50, cap=32)
    assert settled(transport, workers, 32) == (32, 32)
    stop()


def test_never_more_workers_than_steps():
    transport = HeldTransport(budget=1000)
    workers, stop = start(transport, steps=5, cap=32)
    assert settled(transport, workers, 5) == (5, 5)
    stop()


def test_the_workers_follow_the_windows_budget_not_the_cap():
    """With 10 requests allowed, 10 are in flight and one more worker waits for the window."""
    transport = HeldTransport(budget=10)
    workers, stop = start(transport, steps=50, cap=32)
    assert settled(transport, workers, 10) == (10, 11)
    transport.open_window(15)  # the next window: the waiting worker sends, more are started
    assert settled(transport, workers, 25) == (25, 26)
    stop()


def test_a_caller_that_does_not_take_its_pages_holds_the_parsing_at_pages_held():
    transport = HeldTransport(budget=1000)
    transport.answer.set()
    events = run_plan(make_plan(batches(30)), endpoints=ENDPOINTS, transport=transport,
                      cancel=threading.Event(), concurrency=32)
    first = next(event for event in events if isinstance(event, PageParsed))
    assert wait_until(lambda: transport.parsed == PAGES_HELD)
    time.sleep(0.3)  # a worker not held back would parse a ninth page by now
    assert transport.parsed == PAGES_HELD
    rest = list(events)
    pages = [first] + [event for event in rest if isinstance(event, PageParsed)]
    assert len(pages) == 30 and transport.parsed == 30
    assert rest[-1] == Finished(cancelled=False, steps_done=30, steps_failed=0)
