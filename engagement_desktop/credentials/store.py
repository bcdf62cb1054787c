"""Accounts with their secrets: the index file for what may be seen, the keyring for the rest."""
from __future__ import annotations

from pathlib import Path

from .account import Account, AccountError, Secrets, check_name, public_demo_secrets
from .index import NAME_TAKEN, NO_SUCH_ACCOUNT, AccountIndex
from .secret_store import SecretStore
from .url_policy import check_account


class AccountStore:
    def __init__(self, config_dir: Path, secret_store: SecretStore):
        self.index = AccountIndex(config_dir)
        self.secret_store = secret_store

    @property
    def problem(self) -> str | None:
        """Why the account list had to be started afresh, if it had to."""
        return self.index.problem

    @property
    def warning(self) -> str | None:
        """Why secrets will not outlive this session, if they will not."""
        return self.secret_store.warning

    def list(self) -> list[Account]:
        return self.index.list()

    def get(self, name: str) -> Account | None:
        return self.index.get(name)

    def secrets(self, name: str) -> Secrets:
        account = self._existing(name)
        stored = self.secret_store.get(account.name)
        if stored.missing_for(account.kind):  # nothing usable stored: a demo's are public
            return public_demo_secrets(account) or stored
        return stored

    def add(self, account: Account, secrets: Secrets) -> None:
        check_account(account)  # no account whose URLs would carry its secrets in the clear
        self.index.add(account)
        if public_demo_secrets(account) == secrets:
            return  # a demo account's public secrets: nothing to keep
        try:
            self.secret_store.set(account.name, secrets)
        except BaseException:
            self.index.remove(account.name)  # no account without the secrets it was given
            raise

    def update(self, account: Account, secrets: Secrets | None = None) -> None:
        """Replace the account of the same name and, when given, all of its secrets."""
        self._existing(account.name)
        check_account(account)
        if secrets is not None:
            self.secret_store.set(account.name, secrets)
        self.index.update(account)

    def rename(self, old: str, new: str) -> Account:
        account = self._existing(old)
        new = check_name(new)
        if new == account.name:
            return account
        if self.index.get(new) is not None:
            raise AccountError(NAME_TAKEN.format(name=new))
        secrets = self.secret_store.get(account.name)
        # Copy before renaming and delete after: a failure midway leaves a spare keyring
        # entry at worst, never an account without its secrets.
        self.secret_store.set(new, secrets)
        renamed = self.index.rename(account.name, new)
        self.secret_store.delete(account.name)
        return renamed

    def remove(self, name: str) -> None:
        account = self._existing(name)
        self.secret_store.delete(account.name)
        self.index.remove(account.name)

    def _existing(self, name: str) -> Account:
        account = self.index.get(name)
        if account is None:
            raise AccountError(NO_SUCH_ACCOUNT.format(name=name))
        return account
