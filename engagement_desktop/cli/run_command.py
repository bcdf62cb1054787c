"""`engagement-desktop run`: run one query of a workspace, journaled, and export the result.
Its arguments, help and exit codes are in cli/arguments.py.
"""
from __future__ import annotations

import argparse
import sys
import threading
from contextlib import ExitStack
from pathlib import Path

from ..core.query import InvalidQuery, Query
from ..errors import InvalidInput
from ..paths import AppPaths
from ..runner.events import Finished, Progress, StepFailed
from ..runner.journal import JournalError
from ..storage import scratch
from ..storage.unwritable import StorageUnavailable
from ..transport.auth import AuthenticationError
from ..transport.cancel import Cancelled
from ..transport.masking import configure_logging
from .outcome import AUTH, CANCELLED, INVALID, outcome
from .names import with_metrics
from .run_display import Display, problem_summary, resume_command
from .run_setup import (SetupError, cancel_on_interrupt, check_base_url, run_accounts,
                        workspace_queries)
from .run_exports import choose_exports, write_exports
from .terminal_text import shown


class _Invalid(InvalidInput):
    """Bad input: the message says what to change (exit code 2)."""


def main(args: argparse.Namespace) -> int:
    display = Display(sys.stderr)
    try:
        with ExitStack() as stack:
            return _run(args, display, stack)
    except (_Invalid, SetupError) as err:
        display.line(f"error: {err}")
        return INVALID


def _run(args: argparse.Namespace, display: Display, stack: ExitStack) -> int:
    from ..credentials.usage_ledger import UsageLedger
    from ..plugins.registry import ENDPOINTS, EXPORTERS, load_registry
    from ..runner.service import RunService

    paths = _app_paths(stack)
    query = with_metrics(workspace_queries(args.workspace, args.query)[0], args.metrics)
    # Exporter plugins (and the libraries they import) only when there is a file to write.
    registry = load_registry(paths, kinds=(ENDPOINTS, EXPORTERS) if args.export else (ENDPOINTS,))
    for line in registry.failure_lines():
        display.line(f"warning: {line}")
    try:
        exports = choose_exports(args.export, registry, paths, Path(args.workspace),
                                 args.overwrite, args.export_language)
    except ValueError as err:  # unknown file type, missing folder, a need we cannot lend
        raise _Invalid(str(err)) from None
    check_base_url(args, display)
    accounts, sandbox_url, demo = run_accounts(paths, query, args, display, stack)
    ledger = UsageLedger(paths.data)
    service = RunService(paths, registry, accounts, ledger, sandbox_base_url=sandbox_url,
                         demo_accounts=demo, allow_insecure_sandbox=args.allow_insecure_http)
    stack.callback(service.close)
    shown: set[str] = set()

    def warn() -> None:  # damage shows on opening a file, or deeper in it while it is used
        for notice in (ledger.problem, service.journal.problem):
            if notice and notice not in shown:
                display.line(f"warning: {notice}")
                shown.add(notice)

    warn()
    cancel_on_interrupt(cancel := threading.Event(), stack)
    prepared = _prepare(service, query, cancel, display, args.resume)
    if isinstance(prepared, int):
        return prepared
    display.metrics(prepared.query.metrics)
    display.estimate(prepared.estimate)
    ran = _follow(service, prepared, args, display, cancel)
    if isinstance(ran, int):
        return ran
    fold, finished, auth_refused = ran
    display.end_progress()
    warn()
    if finished is None or finished.cancelled:
        display.line("Cancelled. Resume with: " + resume_command(
            args.workspace, query.name, finished.job_id if finished else None))
        return CANCELLED
    result = fold.result
    for line in problem_summary(finished, result):
        display.line(line)
    if not len(result) and finished.steps_failed and not finished.steps_done:
        display.line("Nothing exported: every request failed, so there are no values to write.")
        export_failed = bool(exports.targets)
    else:
        export_failed = not write_exports(exports, result, display.line)
    return outcome(result.problems, failed=bool(finished.steps_failed or export_failed),
                   auth_refused=auth_refused)


def _app_paths(stack: ExitStack) -> AppPaths:
    """The app's folders, its log, and this process's scratch (where what a killed export left
    is removed)."""
    paths = AppPaths.default().ensure()
    configure_logging(paths.logs)
    scratch.claim(paths.data / "scratch")
    stack.callback(scratch.release)
    return paths


def _prepare(service, query: Query, cancel: threading.Event, display: Display,
             resume: str | None):
    """The query through the plan door (owners looked up for `auto`), or an exit code. A
    resumed job runs the plan it was started with, its relative range as it was resolved then."""
    try:
        if resume:
            return service.prepare_job(resume, query=query, cancel=cancel)
        return service.prepare(query, cancel=cancel)
    except JournalError as err:
        raise _Invalid(str(err)) from None
    except InvalidQuery as invalid:
        raise _Invalid(f"query '{shown(query.name)}' cannot run; change this:\n" + "\n".join(
            f"  {p.field}: {p.message}" for p in invalid.problems)) from None
    except AuthenticationError as err:  # the owner lookup was refused
        display.line(f"error: {err}")
        return AUTH
    except Cancelled:
        display.line("Cancelled while looking up the posts' owners; nothing was sent yet.")
        return CANCELLED


def _follow(service, prepared, args: argparse.Namespace, display: Display,
            cancel: threading.Event):
    """Run `prepared`, folding its events and showing progress: (the fold, Finished or None,
    whether an account was refused), or an exit code. The fold (its columns need numpy) is
    made at the first event, when the first requests are already on their way."""
    auth_refused, finished, job_id, fold = False, None, None, None
    try:
        for event in service.run(prepared, cancel=cancel, resume_job=args.resume):
            if fold is None:
                fold = service.fold(prepared)
            fold.add(event)
            if isinstance(event, StepFailed):
                auth_refused |= event.status == 401
            elif isinstance(event, Progress):
                job_id = event.job_id
                display.progress(event, args.workspace, prepared.query.name)
            elif isinstance(event, Finished):
                finished = event
    except JournalError as err:
        raise _Invalid(str(err)) from None
    except StorageUnavailable as err:  # e.g. the disk filled up: what was journaled is kept
        display.line(f"error: {err}")
        if job_id:
            display.line("What was fetched so far is kept in the journal. Resume with: "
                         + resume_command(args.workspace, prepared.query.name, job_id))
        return StorageUnavailable.exit_code
    except AuthenticationError as err:
        display.line(f"error: {err}")
        return AUTH
    return fold, finished, auth_refused
