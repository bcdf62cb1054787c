"""`engagement-desktop run`: run one query of a workspace, journaled, and export the result.
Its arguments, help and exit codes are in cli/arguments.py.
"""
from __future__ import annotations

import argparse
import signal
import sys
import threading
from contextlib import ExitStack
from pathlib import Path

from ..core import workspace as core_workspace
from ..core.query import AUTO_ACCOUNT, InvalidQuery, Query
from ..errors import InvalidInput
from ..paths import AppPaths
from ..runner.events import Finished, Progress, StepFailed
from ..runner.journal import JournalError
from ..transport.auth import AuthenticationError
from ..transport.cancel import Cancelled
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
    for line in registry.failure_lines():
        display.line(f"warning: {line}")
    try:
        exports = choose_exports(args.export, registry, paths,
                                 Path(args.workspace), args.overwrite)
    except ValueError as err:  # unknown file type, missing folder, a need we cannot lend
        raise _Invalid(str(err)) from None
    _check_base_url(args, display)
    accounts, sandbox_url, demo = _accounts(paths, query, args, display, stack)
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
    _cancel_on_interrupt(cancel := threading.Event(), stack)
    prepared = _prepare(service, query, cancel, display)
    if isinstance(prepared, int):
        return prepared
    display.estimate(prepared.estimate)
    ran = _follow(service, prepared, fold := service.fold(prepared), args, display, cancel)
    if isinstance(ran, int):
        return ran
    finished, auth_refused = ran
    display.end_progress()
    warn()
    if finished is None or finished.cancelled:
        display.line(f"Cancelled. Resume with: engagement-desktop run {args.workspace} "
                     f"--query '{query.name}' --resume {finished.job_id if finished else '?'}")
        return CANCELLED
    result = fold.result
    for line in problem_summary(finished, result):
        display.line(line)
    if not len(result) and finished.steps_failed and not finished.steps_done:
        display.line("Nothing exported: every request failed, so there are no values to write.")
        export_failed = bool(exports.targets)
    else:
        export_failed = not write_exports(exports, result, display.line)
    if auth_refused:
        return AUTH
    return PROBLEMS if result.problems or finished.steps_failed or export_failed else OK


def _prepare(service, query: Query, cancel: threading.Event, display: Display):
    """The query through the plan door (owners looked up for `auto`), or an exit code."""
    try:
        return service.prepare(query, cancel=cancel)
    except InvalidQuery as invalid:
        raise _Invalid(f"query '{query.name}' cannot run; change this:\n" + "\n".join(
            f"  {p.field}: {p.message}" for p in invalid.problems)) from None
    except AuthenticationError as err:  # the owner lookup was refused
        display.line(f"error: {err}")
        return AUTH
    except Cancelled:
        display.line("Cancelled while looking up the posts' owners; nothing was sent yet.")
        return CANCELLED


def _follow(service, prepared, fold, args: argparse.Namespace, display: Display,
            cancel: threading.Event):
    """Run `prepared`, folding its events and showing progress: (Finished or None, whether
    an account was refused), or an exit code."""
    auth_refused, finished = False, None
    try:
        for event in service.run(prepared, cancel=cancel, resume_job=args.resume):
            fold.add(event)
            if isinstance(event, StepFailed):
                auth_refused |= event.status == 401
            elif isinstance(event, Progress):
                display.progress(event, args.workspace, prepared.query.name)
            elif isinstance(event, Finished):
                finished = event
    except JournalError as err:
        raise _Invalid(str(err)) from None
    except AuthenticationError as err:
        display.line(f"error: {err}")
        return AUTH
    return finished, auth_refused


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


def _check_base_url(args: argparse.Namespace, display: Display) -> None:
    """--base-url must not send credentials in the clear to another computer unless the user
    allowed it with --allow-insecure-http (then warned on every run)."""
    from ..credentials.url_policy import InsecureURL, check_url

    if args.base_url is None:
        return
    try:
        warning = check_url(args.base_url, args.allow_insecure_http)
    except InsecureURL as err:
        raise _Invalid(f"--base-url: {err}") from None
    if warning:
        display.line(f"warning: {warning}")


def _accounts(paths: AppPaths, query: Query, args: argparse.Namespace, display: Display,
              stack: ExitStack):
    """The accounts to run with, the sandbox URL and whether the accounts are the sandbox's
    demo accounts (none is configured), starting a sandbox when one is needed."""
    from ..credentials.account import AccountError
    from ..credentials.secret_store import SecretStore
    from ..credentials.store import AccountStore
    from ..runner.memory_accounts import StaticAccounts

    base_url = args.base_url

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
        _warn_insecure(used, display)
        if base_url is None and any(a.sandbox for a in used):
            base_url = _start_sandbox(stack).base_url
            display.line(f"Sandbox accounts talk to an in-process sandbox at {base_url}.")
        return store, base_url, False
    if base_url is None:
        server = _start_sandbox(stack)
        base_url, demos = server.base_url, server.accounts
    else:
        from ..sandbox.accounts import DEMO_ACCOUNTS
        demos = DEMO_ACCOUNTS
    display.line(f"No accounts are configured: running against the sandbox at {base_url} "
                 "with its demo accounts (demo data, not real metrics). Add a real account "
                 "with `engagement-desktop accounts add`.")
    return StaticAccounts.from_sandbox(demos, base_url, args.allow_insecure_http), base_url, True


def _warn_insecure(accounts, display: Display) -> None:
    """Every run with an account allowed plain HTTP to another computer says so."""
    from ..credentials.url_policy import InsecureURL, check_account

    for account in accounts:
        try:
            warnings = check_account(account)
        except InsecureURL:  # refused with its message when the query is planned
            continue
        for warning in warnings:
            display.line(f"warning: account '{account.name}': {warning}")


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


