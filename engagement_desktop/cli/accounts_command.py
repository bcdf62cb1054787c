"""`engagement-desktop accounts list|add|remove|rename|login|add-sandbox` (arguments and help:
cli/arguments.py). Its errors are AppErrors: the command line prints them and exits with their
code (2 for a mistake in what was asked, 3 for refused credentials, 1 otherwise).

Secrets come from environment variables, stdin or a hidden prompt (cli/secret_input.py), never
from arguments: arguments show in the process list and in shell history.
"""
from __future__ import annotations

import argparse
import sys

from ..core.endpoint import BEARER, OAUTH1_USER
from ..credentials.account import Account, AccountError, Secrets, from_demo
from ..credentials.secret_store import SERVICE, SecretStore
from ..credentials.store import AccountStore
from ..runner.tokens import Tokens
from ..credentials.url_policy import check_account
from ..errors import FAILED
from ..paths import AppPaths
from .secret_input import read_secrets
from .terminal_text import command_line, say, shown

OK = 0


def main(args: argparse.Namespace) -> int:
    store = AccountStore(AppPaths.default().config, SecretStore())  # reads the account list
    # Demo accounts keep no secrets: no keyring warning for them; `add` says what it means for
    # the secrets it was given.
    quiet = args.action in ("add-sandbox", "add")
    for notice in (store.problem, None if quiet else store.warning):
        if notice:
            say(f"warning: {notice}", file=sys.stderr)
    return ACTIONS[args.action](store, args)


def _list(store: AccountStore, args: argparse.Namespace) -> int:
    accounts = store.list()
    if not accounts:
        say("No accounts. Add one with `engagement-desktop accounts add NAME --kind KIND`, "
            "or the sandbox's demo accounts with `engagement-desktop accounts add-sandbox`.")
        return OK
    table = [("NAME", "KIND", "USER", "SECRETS", "SERVER")]
    for account in accounts:
        missing = store.secrets(account.name).missing_for(account.kind)
        table.append((account.name, account.kind,
                      f"@{account.screen_name}" if account.screen_name else "-",
                      "missing " + ", ".join(missing) if missing else "ready",
                      "sandbox (in-process)" if account.sandbox else account.base_url))
    widths = [max(len(shown(row[i])) for row in table) for i in range(len(table[0]) - 1)]
    for row in table:
        row = [shown(cell) for cell in row]
        say("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[-1])
    say(f"Secrets are kept in: {store.secret_store.backend_name}")
    return OK


def _add(store: AccountStore, args: argparse.Namespace) -> int:
    account = Account(name=args.name, kind=args.kind, base_url=args.base_url,
                      api_base_url=args.api_base_url, user_id=args.user_id,
                      screen_name=args.screen_name,
                      allow_insecure_http=args.allow_insecure_http)
    for warning in check_account(account):  # InsecureURL (exit 2) before anything is stored
        say(f"warning: {warning}", file=sys.stderr)
    secrets = read_secrets(args.kind, args.secrets_from_stdin, for_login=False)
    store.add(account, secrets)
    missing = secrets.missing_for(account.kind)
    say(f"Added account '{account.name}' ({account.kind}).")
    login = command_line(["engagement-desktop", "accounts", "login", account.name])
    if secrets.present() and store.warning:  # the keyring did not keep what was typed
        say(f"error: No secure keyring is available ({store.secret_store.backend_name}), so the "
            f"secrets given for '{shown(account.name)}' were kept for this session only: they are "
            "gone when this command ends. Install and unlock a Secret Service such as "
            f"gnome-keyring or KeePassXC, then give them again with `{login}`.", file=sys.stderr)
        return FAILED
    if missing:
        say(f"It still needs {', '.join(missing)}: run `{login}`.")
    return OK


def _remove(store: AccountStore, args: argparse.Namespace) -> int:
    store.remove(args.name)
    if store.secret_store.secure:
        say(f"Removed account '{args.name}' and its keyring secrets.")
        return OK
    # No keyring could be asked: secrets stored while one was reachable may still be there.
    say(f"Removed account '{args.name}'.")
    say(f"warning: no secure keyring is reachable ({store.secret_store.backend_name}), so "
        f"secrets stored for '{args.name}' earlier were not removed from it; remove the entry "
        f"'{args.name}' of the service '{SERVICE}' with the keyring's own tool.", file=sys.stderr)
    return FAILED


def _rename(store: AccountStore, args: argparse.Namespace) -> int:
    renamed = store.rename(args.old, args.new)
    say(f"Renamed account '{args.old}' to '{renamed.name}'.")
    return OK


def _login(store: AccountStore, args: argparse.Namespace) -> int:
    account = store.get(args.name)
    if account is None:
        raise AccountError(f"There is no account named '{args.name}'; "
                           "`engagement-desktop accounts list` shows them.")
    if account.sandbox:
        say(f"'{account.name}' is a sandbox demo account: its tokens come with the sandbox, "
            "there is nothing to log in.")
        return OK
    stored = store.secrets(account.name)
    secrets = stored.merged(read_secrets(account.kind, args.secrets_from_stdin, for_login=True,
                                         have=stored))
    from ..transport.client import HttpClient
    tokens = Tokens(HttpClient())
    if account.kind == BEARER:
        token = tokens.app_bearer(account.api_base_url, secrets.consumer_key,
                                  secrets.consumer_secret,
                                  allow_insecure_http=account.allow_insecure_http)
        store.update(account, secrets.merged(Secrets(bearer_token=token)))
        say(f"Stored a new app-only bearer token for '{account.name}'.")
    elif account.kind == OAUTH1_USER:
        flow = tokens.start_pin(account.api_base_url, secrets.consumer_key,
                                secrets.consumer_secret,
                                allow_insecure_http=account.allow_insecure_http)
        say("Open this address, sign in as the account's user and authorize the app:")
        say(flow.authorize_url, flush=True)
        say("Then type the PIN it shows: ", end="", file=sys.stderr, flush=True)
        user = tokens.finish_pin(flow, sys.stdin.readline())
        account.user_id, account.screen_name = user.user_id, user.screen_name
        store.update(account, secrets.merged(Secrets(access_token=user.access_token,
                                                     access_token_secret=user.access_token_secret)))
        say(f"Logged in '{account.name}' as @{user.screen_name} (user {user.user_id}).")
    else:  # OAUTH2_USER: the user access token comes from the app's OAuth 2.0 flow, read above
        store.update(account, secrets)
        say(f"Stored the new OAuth 2.0 user access token for '{account.name}'.")
    return OK


def _add_sandbox(store: AccountStore, args: argparse.Namespace) -> int:
    from ..sandbox.accounts import DEMO_ACCOUNTS  # the sandbox only when it is asked for

    for demo in DEMO_ACCOUNTS:
        if store.get(demo["name"]) is not None:
            say(f"Skipped '{demo['name']}': an account of that name exists "
                "(remove it first to add the demo one).")
            continue
        account, secrets = from_demo(demo, args.base_url)
        store.add(account, secrets)
        say(f"Added sandbox account '{account.name}' ({account.kind}).")
    return OK


ACTIONS = {"list": _list, "add": _add, "remove": _remove, "rename": _rename, "login": _login,
           "add-sandbox": _add_sandbox}
