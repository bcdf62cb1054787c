"""The run's worker threads: as many requests in flight as the server's window lets leave.

A worker is started whenever every worker already started has its request on the wire and
steps are still waiting, up to a cap: so the requests in flight follow what the pacer lets
through (the budget the window has left, the server's even pace without one) instead of a
fixed number, and the threads never outnumber the steps. Answers are parsed as they arrive,
but at most PAGES_HELD pages are parsed or waiting for the run's consumer at once: a worker
with an answer waits for room before parsing, so memory stays bounded however many requests
are in flight and however slowly the pages are folded.
"""
from __future__ import annotations

import queue
import threading
from collections.abc import Mapping
from dataclasses import replace

from ..core.plan import Step
from ..core.rows import ERROR, ParsedPage
from ..plugins.api import EndpointPlugin
from ..transport.auth import AuthenticationError
from ..transport.bounded_body import AnswerCut
from ..transport.cancel import Cancelled
from ..transport.client import from_sandbox
from ..transport.masking import mask
from ..transport.sender import PLUGIN_FAILED, GaveUp, Transport
from .answer_size import answer_limit
from .integrity import checked_page
from .malloc_arenas import cap_malloc_arenas
from .step_queue import StepQueue

PAGES_HELD = 8  # pages parsed (or being parsed) and not yet taken by the run's consumer
ROOM_POLL = 0.05  # seconds between looks at cancel while waiting for room for a page


class Workers:
    """Daemon worker threads taking steps from a queue and putting outcomes on `results`:
    ("attempt", step, n), ("page", step, (page, sandbox)) or ("failed", step, (why, status,
    kind)). The taker of a page calls `page_taken` once it is done with it."""

    def __init__(self, steps: list[Step], endpoints: Mapping[str, EndpointPlugin],
                 transport: Transport, cancel: threading.Event, halt: threading.Event,
                 cap: int):
        cap_malloc_arenas()  # many workers' answers, not many arenas keeping freed memory
        self.results: queue.Queue = queue.Queue()
        self._steps = StepQueue(steps, transport.limits)
        self._endpoints, self._transport = endpoints, transport
        self._cancel, self._halt = cancel, halt
        self._cap = max(1, min(cap, len(steps)))
        self._lock = threading.Lock()
        self._started = self._waiting = 0  # workers started; those without a request out
        self._room = threading.Semaphore(PAGES_HELD)
        self._refused: dict[str, str] = {}  # account → why the server refused its credentials
        with self._lock:
            self._start_one()

    @property
    def started(self) -> int:
        return self._started

    def page_taken(self) -> None:
        self._room.release()

    def _start_one(self) -> None:  # under the lock
        self._started += 1
        self._waiting += 1
        threading.Thread(target=self._work, name="engagement-runner", daemon=True).start()

    def _sent(self) -> None:
        """A worker's request left: with none left to take the next one the pacer allows,
        start another."""
        with self._lock:
            self._waiting -= 1
            if not self._waiting and self._started < self._cap and self._steps.waiting():
                self._start_one()

    def _work(self) -> None:
        while not (self._halt.is_set() or self._cancel.is_set()):
            step = self._steps.take()
            if step is None:
                return
            claim = _Claim(self)
            try:
                self.results.put(("page", step, self._outcome(step, claim)))
            except _Failed as failed:
                claim.give_back()
                self.results.put(("failed", step, failed.args))
            except Cancelled:
                return
            finally:
                if claim.sent:
                    with self._lock:
                        self._waiting += 1

    def _outcome(self, step: Step, claim: _Claim) -> tuple[ParsedPage, bool]:
        if step.account in self._refused:  # no point sending what will be refused
            raise _Failed(self._refused[step.account], 401, ERROR)
        try:
            return self._fetch(step, claim)
        except AuthenticationError as err:
            self._refused[step.account] = err.args[0]  # a phrase, said in the window's language
            raise _Failed(err.args[0], 401, ERROR) from None
        except GaveUp as err:
            raise _Failed(err.args[0], err.status, ERROR) from None
        except AnswerCut as err:  # too large or too slow: its own kind of problem, a phrase
            raise _Failed(err.args[0], None, err.kind) from None
        except Cancelled:
            raise
        except Exception as err:  # a plugin's bug fails its step, never the whole run
            raise _Failed(PLUGIN_FAILED.format(detail=mask(f"{type(err).__name__}: {err}")),
                          None, ERROR) from None

    def _fetch(self, step: Step, claim: _Claim) -> tuple[ParsedPage, bool]:
        """The step's page, checked against what was asked, and whether a sandbox answered;
        IDs the server refused as a whole are dropped and the rest re-sent."""
        plugin = self._endpoints[step.endpoint]
        pages, problems, current, sandbox = [], [], step, False
        while True:
            def on_attempt(attempt: int) -> None:
                claim.on_the_wire()
                self.results.put(("attempt", step, attempt))

            def read(status, headers, body, sent: Step = current) -> ParsedPage:
                nonlocal sandbox
                claim.take()
                sandbox |= from_sandbox(headers)
                try:
                    return plugin.parse(sent, status, headers, body)
                except Exception:  # a garbled body is asked again: no page held meanwhile
                    claim.give_back()
                    raise

            page = self._transport.send(current.account, plugin.spec, plugin.build_request(current),
                                        self._cancel, read, on_attempt,
                                        limit=answer_limit(plugin.spec, current))
            from ..core.series_rows import SeriesRows  # numpy: once an answer is in, not before

            pages.append(SeriesRows.from_rows(page.rows))  # the page's one column build
            problems.extend(page.problems)
            left = tuple(post_id for post_id in current.ids if post_id not in page.retry_without)
            if not page.retry_without or not left or left == current.ids:
                return checked_page(step, ParsedPage(SeriesRows.joined(pages), problems)), sandbox
            current = replace(current, ids=left)

    def _wait_for_room(self) -> None:
        while not self._room.acquire(timeout=ROOM_POLL):
            if self._halt.is_set() or self._cancel.is_set():
                raise Cancelled()


class _Claim:
    """One step's place among the pages held (taken at its first answer, kept through the
    re-sends of a step), and whether its request went out."""

    def __init__(self, workers: Workers):
        self._workers, self.held, self.sent = workers, False, False

    def on_the_wire(self) -> None:
        if not self.sent:
            self.sent = True
            self._workers._sent()

    def take(self) -> None:
        if not self.held:
            self._workers._wait_for_room()
            self.held = True

    def give_back(self) -> None:
        if self.held:
            self.held = False
            self._workers.page_taken()


class _Failed(Exception):
    """A step's failure: (message, status, problem kind)."""
