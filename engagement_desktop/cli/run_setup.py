"""What `run` and `report` both do before a run: read the workspace's queries, check
--base-url, choose the accounts (starting a sandbox when needed) and turn Ctrl+C into a
clean cancel."""
from __future__ import annotations

import argparse
import signal
import threading
from contextlib import ExitStack
from pathlib import Path

from ..core import workspace as core_workspace
from ..core.query import AUTO_ACCOUNT, Query
from ..errors import InvalidInput
from ..paths import AppPaths
from .run_display import Display
from .terminal_text import shown


class SetupError(InvalidInput):
    """Bad input found while setting a run up: the message says what to change."""


def workspace_queries(path: str, name: str | None) -> list[Query]:
    """The workspace's queries, or only the one called `name` when it is given."""
    try:
        workspace = core_workspace.load(Path(path))
    except core_workspace.WorkspaceError as err:
        raise SetupError(str(err)) from None
    if not workspace.queries:
        raise SetupError(f"{path} has no queries; add one in the app first.")
    if name is None:
        return list(workspace.queries)
    query = workspace.query(name)
    if query is None:
        names = ", ".join(f"'{shown(q.name)}'" for q in workspace.queries)
        raise SetupError(f"{path} has no query named '{shown(name)}'; its queries: {names}.")
    return [query]


def check_base_url(args: argparse.Namespace, display: Display) -> None:
    """--base-url must not send credentials in the clear to another computer unless the user
    allowed it with --allow-insecure-http (then warned on every run)."""
    from ..credentials.url_policy import InsecureURL, check_url

    if args.base_url is None:
        return
    try:
        warning = check_url(args.base_url, args.allow_insecure_http)
    except InsecureURL as err:
        raise SetupError(f"--base-url: {err}") from None
    if warning:
        display.line(f"warning: {warning}")


def run_accounts(paths: AppPaths, query: Query, args: argparse.Namespace, display: Display,
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
        raise SetupError(str(err)) from None
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


def cancel_on_interrupt(cancel: threading.Event, stack: ExitStack) -> None:
    """First Ctrl+C cancels the run cleanly (journaled steps stay); a second one quits."""
    if threading.current_thread() is not threading.main_thread():
        return

    def interrupted(signum, frame):
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()

    previous = signal.signal(signal.SIGINT, interrupted)
    stack.callback(signal.signal, signal.SIGINT, previous)


