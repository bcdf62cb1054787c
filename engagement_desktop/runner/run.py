"""`run_plan`: the steps of a plan sent by worker threads, yielded as events.

The generator itself runs in the caller's thread: it replays what the journal already holds,
hands the other steps to worker threads (as many in flight as the transport's rate limiter lets
leave, up to a cap: workers.py), commits each finished page to the journal and only then
yields it; the worker may parse another page once the caller has taken this one.
Cancel takes effect within a fraction of a second: the generator polls the event, and every wait
in the transport is interruptible. A request already on the wire is abandoned, not awaited —
its thread is a daemon and its answer is dropped (the step is fetched again on resume).
"""
from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace

from ..core.plan import Plan, Step
from ..core.rows import PostProblem
from ..plugins.api import EndpointPlugin
from ..transport.sender import Transport
from .events import Event, Finished, PageParsed, Progress, StepFailed, StepStarted
from .journal import Journal
from .pace_forecast import MAX_IN_FLIGHT
from .workers import Workers

POLL = 0.05  # seconds between looks at the cancel event while waiting for workers
HOLD_SHOWN = 5.0  # a wait for the server's rate window this long is said (CLI, window)


def run_plan(plan: Plan, *, endpoints: Mapping[str, EndpointPlugin], transport: Transport,
             cancel: threading.Event, journal: Journal | None = None, job_id: str | None = None,
             concurrency: int = MAX_IN_FLIGHT,
             clock: Callable[[], float] = time.monotonic) -> Iterator[Event]:
    """Events of the plan's run; with a journal, a job (new unless `job_id` names one to resume).
    `concurrency`: the most requests in flight at once."""
    if journal is not None and job_id is None:
        job_id = journal.start(plan)
    total = len(plan.steps)
    wanted = {step.id for step in plan.steps}
    done = failed = 0
    if journal is not None:
        for step_id, rows, problems in journal.finished_steps(job_id):
            if step_id in wanted:
                wanted.discard(step_id)
                done += 1
                yield PageParsed(step_id, rows, problems, resumed=True)
    pending = [step for step in plan.steps if step.id in wanted]
    counters = _Counters(transport, clock, done, {(s.account, s.endpoint) for s in pending})
    halt = threading.Event()  # no new steps: the user cancelled, or the caller left
    # The workers start before the first progress is yielded: the first requests are on their
    # way while the caller sets itself up (the CLI loads its result's columns, numpy, then).
    pool = Workers(pending, endpoints, transport, cancel, halt, concurrency)
    try:
        yield counters.progress(done, total, job_id, plan.steps[0] if plan.steps else None)
        outstanding = len(pending)
        while outstanding and not cancel.is_set():
            try:
                kind, step, payload = pool.results.get(timeout=POLL)
            except queue.Empty:
                if (notice := counters.held(done + failed, total, job_id)) is not None:
                    yield notice
                continue
            if kind == "attempt":
                yield StepStarted(step.id, payload)
                continue
            outstanding -= 1
            if kind == "page":
                page, sandbox = payload
                if journal is not None:
                    journal.commit_step(job_id, step.id, page.rows, page.problems)
                done += 1
                yield PageParsed(step.id, page.rows, page.problems, sandbox=sandbox)
                pool.page_taken()
            elif kind == "failed":
                failed += 1
                message, status, problem_kind = payload
                yield StepFailed(step.id, message,
                                 [PostProblem(post_id, problem_kind, message)
                                  for post_id in step.ids], status)
            yield counters.progress(done + failed, total, job_id, step)
    finally:
        halt.set()
    cancelled = cancel.is_set() and done + failed < total
    if journal is not None and done == total:
        journal.finish(job_id)
    yield Finished(cancelled=cancelled, steps_done=done, steps_failed=failed, job_id=job_id)


class _Counters:
    """Progress numbers: this run's requests and retries, ETA from this run's pace."""

    def __init__(self, transport: Transport, clock: Callable[[], float], already_done: int,
                 pairs: set[tuple[str, str]]):
        self._transport, self._clock = transport, clock
        self._started = clock()
        self._base_sent, self._base_retries = transport.requests_sent, transport.retries
        self._already = already_done
        self._pairs = sorted(pairs)  # (account, endpoint) of the steps to send
        self._hold_ends = 0.0  # when the last hold said so far ends

    def held(self, done: int, total: int, job_id: str | None) -> Progress | None:
        """A Progress saying how long the server's rate window holds every request, once per
        hold of HOLD_SHOWN seconds or more (a 429, the window's budget spent); else None."""
        holds = [(state.held_for, state.refused, account, endpoint)
                 for account, endpoint in self._pairs
                 if (state := self._transport.limits.peek(account, endpoint)) is not None]
        if not holds:
            return None
        held_for, refused, account, endpoint = min(holds)  # requests go as soon as one may
        ends = self._clock() + held_for
        if held_for < HOLD_SHOWN or ends < self._hold_ends + HOLD_SHOWN:
            return None
        self._hold_ends = ends
        shown = self.progress(done, total, job_id, None)
        return replace(shown, held_for=held_for, held_by_refusal=refused)

    def progress(self, done: int, total: int, job_id: str | None, step: Step | None) -> Progress:
        fetched = done - self._already
        eta = None
        if fetched > 0:
            eta = (self._clock() - self._started) / fetched * (total - done)
        limit = remaining = None
        if step is not None:
            state = self._transport.limits.peek(step.account, step.endpoint)
            if state is not None:
                limit, remaining = state.limit, state.remaining
        return Progress(done, total, eta, self._transport.requests_sent - self._base_sent,
                        self._transport.retries - self._base_retries, limit, remaining,
                        job_id=job_id)
