"""`engagement-desktop run`: run one query of a workspace, journaled, and export the result.
Its arguments, help and exit codes are in cli/arguments.py.
"""
from __future__ import annotations

import argparse
import signal
import sys
import threading
from contextlib import ExitStack
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from ..core import workspace as core_workspace
from ..core.query import AUTO_ACCOUNT, InvalidQuery, Query
from ..core.results import ResultSet
from ..errors import InvalidInput
from ..paths import AppPaths
from ..runner.events import Finished, PageParsed, Progress, StepFailed
from ..runner.journal import JournalError
from ..transport.auth import AuthenticationError
from ..transport.masking import configure_logging
from .run_display import Display, problem_summary
from .run_exports import choose_exports, write_exports

OK, PROBLEMS, INVALID, AUTH, CANCELLED = 0, 1, 2, 3, 130


class _Invalid(InvalidInput):
    """Bad input: the message says what to change (exit code 2)."""


def main(args: argparse.Namespace) -> int:
    display = Display(sys.stderr)
    try:
        with ExitStack() as stack:
            return _run(args, display, stack)
    except _Invalid as err:
        display.line(f"error: {err}")
        return INVALID


def _run(args: argparse.Namespace, display: Display, stack: ExitStack) -> int:
    from ..credentials.usage_ledger import UsageLedger
    from ..plugins.registry import load_registry
    from ..runner.service import RunService

    paths = AppPaths.default().ensure()
    configure_logging(paths.logs)
    query = _query(args.workspace, args.query)
    registry = load_registry(paths)
    try:
        exports = choose_exports(args.export, registry)
    except ValueError as err:  # unknown file type, missing folder, a need we cannot lend
        raise _Invalid(str(err)) from None
    accounts, sandbox_url = _accounts(paths, query, args.base_url, display, stack)
    ledger = UsageLedger(paths.data)
    service = RunService(paths, registry, accounts, ledger, sandbox_base_url=sandbox_url)
    stack.callback(service.close)
    shown: set[str] = set()

    def warn() -> None:  # damage shows on opening a file, or deeper in it while it is used
        for notice in (ledger.problem, service.journal.problem):
            if notice and notice not in shown:
                display.line(f"warning: {notice}")
                shown.add(notice)

    warn()
    try:
        plan = service.plan(query)
    except InvalidQuery as invalid:
        raise _Invalid(f"query '{query.name}' cannot run; change this:\n" + "\n".join(
            f"  {p.field}: {p.message}" for p in invalid.problems)) from None
    display.estimate(service.estimate(plan))

    cancel = threading.Event()
    _cancel_on_interrupt(cancel, stack)
    result = ResultSet(query=query, metric_labels=plan.metric_labels)
    auth_refused, finished = False, None
    try:
        for event in service.run(query, cancel=cancel, resume_job=args.resume):
            if isinstance(event, PageParsed):
                result.add_rows(event.rows)
                result.add_problems(event.problems)
            elif isinstance(event, StepFailed):
                result.add_problems(event.problems)
                auth_refused |= event.status == 401
            elif isinstance(event, Progress):
                display.progress(event, args.workspace, query.name)
            elif isinstance(event, Finished):
                finished = event
    except (InvalidQuery, JournalError) as err:
        message = "\n".join(f"  {p.field}: {p.message}" for p in err.problems) \
            if isinstance(err, InvalidQuery) else str(err)
        raise _Invalid(message) from None
    except AuthenticationError as err:
        display.line(f"error: {err}")
        return AUTH
    display.end_progress()
    warn()
    if finished is None or finished.cancelled:
        display.line(f"Cancelled. Resume with: engagement-desktop run {args.workspace} "
                     f"--query '{query.name}' --resume {finished.job_id if finished else '?'}")
        return CANCELLED
    # Arrival order depends on the workers; exports must not.
    result.problems.sort(key=_problem_order)
    result.provenance = {"endpoint": query.endpoint, "account": query.account,
                         "job_id": finished.job_id, "sandbox": sandbox_url is not None,
                         "finished": datetime.now(timezone.utc).isoformat(),
                         "app": f"engagement-desktop {__version__}"}
    for line in problem_summary(finished, result):
        display.line(line)
    export_failed = not write_exports(exports, result, display.line)
    if auth_refused:
        return AUTH
    return PROBLEMS if result.problems or finished.steps_failed or export_failed else OK


def _query(path: str, name: str | None) -> Query:
    try:
        workspace = core_workspace.load(Path(path))
    except core_workspace.WorkspaceError as err:
        raise _Invalid(str(err)) from None
    if not workspace.queries:
        raise _Invalid(f"{path} has no queries; add one in the app first.")
    if name is None:
        return workspace.queries[0]
    query = workspace.query(name)
    if query is None:
        names = ", ".join(f"'{q.name}'" for q in workspace.queries)
        raise _Invalid(f"{path} has no query named '{name}'; its queries: {names}.")
    return query


def _accounts(paths: AppPaths, query: Query, base_url: str | None, display: Display,
              stack: ExitStack):
    """The accounts to run with and the sandbox URL, starting a sandbox when one is needed."""
    from ..credentials.account import AccountError
    from ..credentials.secret_store import SecretStore
    from ..credentials.store import AccountStore
    from ..runner.service import StaticAccounts

    try:
        store = AccountStore(paths.config, SecretStore())
        configured = store.list()
    except AccountError as err:  # the account list cannot be read: nothing to run with
        raise _Invalid(str(err)) from None
    for notice in (store.problem, store.warning if configured else None):
        if notice:
            display.line(f"warning: {notice}")
    if configured:
        used = configured if query.account == AUTO_ACCOUNT else \
            [a for a in configured if a.name == query.account]
        if base_url is None and any(a.sandbox for a in used):
            base_url = _start_sandbox(stack).base_url
            display.line(f"Sandbox accounts talk to an in-process sandbox at {base_url}.")
        return store, base_url
    if base_url is None:
        server = _start_sandbox(stack)
        base_url, demos = server.base_url, server.accounts
    else:
        from ..sandbox.accounts import DEMO_ACCOUNTS
        demos = DEMO_ACCOUNTS
    display.line(f"No accounts are configured: running against the sandbox at {base_url} "
                 "with its demo accounts (demo data, not real metrics). Add a real account "
                 "with `engagement-desktop accounts add`.")
    return StaticAccounts.from_sandbox(demos, base_url), base_url


def _start_sandbox(stack: ExitStack):
    from ..sandbox.server import SandboxServer
    return stack.enter_context(SandboxServer())


def _cancel_on_interrupt(cancel: threading.Event, stack: ExitStack) -> None:
    """First Ctrl+C cancels the run cleanly (journaled steps stay); a second one quits."""
    if threading.current_thread() is not threading.main_thread():
        return

    def interrupted(signum, frame):
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()

    previous = signal.signal(signal.SIGINT, interrupted)
    stack.callback(signal.signal, signal.SIGINT, previous)


def _problem_order(problem) -> tuple:
    post = problem.post_id
    return (post is None, len(post or ""), post or "", problem.kind, problem.message,
            problem.metrics)
