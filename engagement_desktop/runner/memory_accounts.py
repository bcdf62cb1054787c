"""Accounts held in memory: the sandbox's demo accounts when none are configured."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..credentials.account import Account, Secrets, from_demo


class StaticAccounts:
    def __init__(self, entries: Iterable[tuple[Account, Secrets]]):
        self._entries = {account.name: (account, secrets) for account, secrets in entries}

    @classmethod
    def from_sandbox(cls, demo_accounts: Iterable[dict], base_url: str | None = None,
                     allow_insecure_http: bool = False) -> StaticAccounts:
        """Demo accounts at `base_url`, or, without one, following the app's sandbox
        (`allow_insecure_http`: the user allowed that URL's plain HTTP to another computer)."""
        entries = (from_demo(demo, base_url) for demo in demo_accounts)
        return cls((replace(account, allow_insecure_http=allow_insecure_http), secrets)
                   for account, secrets in entries)

    def list(self) -> list[Account]:
        return [account for account, _ in self._entries.values()]

    def get(self, name: str) -> Account | None:
        entry = self._entries.get(name)
        return entry[0] if entry else None

    def secrets(self, name: str) -> Secrets:
        return self._entries[name][1]
