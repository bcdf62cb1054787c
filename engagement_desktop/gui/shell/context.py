"""Everything the window needs, built by app.py (the only place that knows the concrete
classes) and handed over in one object.

The services are typed by what the window asks of them. The Qt-free classes whose modules pull
in nothing heavy are named as they are (for the reader and type checkers only: not imported at
run time); the run service is a protocol, so the GUI never imports the runner's service and,
through it, the transport.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from ...paths import AppPaths

if TYPE_CHECKING:
    from ...core.plan import Step
    from ...core.query import Query
    from ...credentials.store import AccountStore
    from ...runner.tokens import Tokens
    from ...credentials.usage_ledger import UsageLedger
    from ...plugins.registry import PluginRegistry
    from ...runner.fold import ResultFold
    from ...runner.journal import Job
    from ...runner.plan_door import PreparedRun
    from ..run.run_worker import RunWorker


@runtime_checkable
class RunEstimate(Protocol):
    """What a plan will cost, as the plan summary and the run confirmation show it."""
    requests: int
    minutes: float
    per_minute: int
    new_handles: frozenset[str]  # owner @handles this run would add to this month's bill
    handles_known: bool


@runtime_checkable
class QueryRunner(Protocol):
    """The one plan door from a query to its prepared plan (estimate included), and the run
    of exactly that plan (runner.service.RunService)."""

    def prepare(self, query: Query, *, cancel: threading.Event | None = None,
                look_up_owners: bool = True) -> PreparedRun: ...

    def look_up_owners(self, prepared: PreparedRun,
                       cancel: threading.Event) -> PreparedRun | None: ...

    def fold(self, prepared: PreparedRun) -> ResultFold: ...

    def curl_preview(self, step: Step) -> str: ...

    def run(self, prepared: PreparedRun, *, cancel: threading.Event,
            resume_job: str | None = None) -> Iterator[object]: ...

    # The journal's jobs: listed, resumed with the plan they were started with, deleted.
    def jobs(self) -> list[Job]: ...

    def prepare_job(self, job_id: str, *, query: Query | None = None,
                    cancel: threading.Event | None = None,
                    look_up_owners: bool = True) -> PreparedRun: ...

    def delete_job(self, job_id: str) -> None: ...

    # The accounts dialog's network calls, asked in the background through the one transport.
    tokens: Tokens

    def test_connection(self, name: str) -> str: ...


@dataclass
class AppContext:
    paths: AppPaths
    settings: QSettings
    registry: PluginRegistry
    accounts: AccountStore
    ledger: UsageLedger
    service: QueryRunner
    make_results_panel: Callable[[], QWidget]  # gui.results.results_panel.ResultsPanel
    make_worker: Callable[[], RunWorker]
    sandbox_url: str | None = None  # the in-process sandbox, once it runs
    # Blocks until a sandbox starting in the background is up (then sandbox_url is set), and
    # raises why it could not start; what sends (a run, the accounts dialog) calls it first.
    wait_for_sandbox: Callable[[], None] = lambda: None
    demo_only: bool = False  # only sandbox accounts: the "demo data" banner shows
    startup_notes: tuple[str, ...] = ()  # problems found at start (damaged files moved aside)
