"""The account list, as JSON in the config dir. It never holds a secret.

Read on every call (the file is tiny), so the window and a CLI run at the same time see each
other's changes; written atomically, so a crash leaves the old list or the new one.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .account import Account, AccountError
from .damaged_file import move_aside

FILE_NAME = "accounts.json"
FORMAT_VERSION = 1


class AccountIndex:
    def __init__(self, config_dir: Path):
        self.path = Path(config_dir) / FILE_NAME
        # Set when a corrupt index was moved aside: the app starts anyway and shows this.
        self.problem: str | None = None
        self._read()

    def list(self) -> list[Account]:
        return self._read()

    def get(self, name: str) -> Account | None:
        return next((a for a in self._read() if a.name == name.strip()), None)

    def add(self, account: Account) -> None:
        accounts = self._read()
        if any(a.name == account.name for a in accounts):
            raise AccountError(f"An account named '{account.name}' already exists; "
                               "pick another name or remove it first.")
        self._write(accounts + [account])

    def update(self, account: Account) -> None:
        """Replace the account of the same name."""
        accounts = self._read()
        position = self._position(accounts, account.name)
        accounts[position] = account
        self._write(accounts)

    def rename(self, old: str, new: str) -> Account:
        accounts = self._read()
        position = self._position(accounts, old)
        renamed = Account.from_json({**accounts[position].to_json(), "name": new})
        if renamed.name != accounts[position].name and any(a.name == renamed.name for a in accounts):
            raise AccountError(f"An account named '{renamed.name}' already exists.")
        accounts[position] = renamed
        self._write(accounts)
        return renamed

    def remove(self, name: str) -> None:
        accounts = self._read()
        del accounts[self._position(accounts, name)]
        self._write(accounts)

    @staticmethod
    def _position(accounts: list[Account], name: str) -> int:
        for position, account in enumerate(accounts):
            if account.name == name.strip():
                return position
        raise AccountError(f"There is no account named '{name}'.")

    def _read(self) -> list[Account]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except OSError as err:
            raise AccountError(f"The account list {self.path} cannot be read: {err}") from None
        try:
            data = json.loads(text)
            return [Account.from_json(entry) for entry in data["accounts"]]
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            self._move_aside(err)
            return []

    def _move_aside(self, err: Exception) -> None:
        aside = move_aside(self.path)
        self.problem = (f"The account list was damaged ({err}); it was kept as {aside} and the app "
                        "starts with no accounts. Add them again (their keyring secrets are "
                        "still there under the same names).")

    def _write(self, accounts: list[Account]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"format_version": FORMAT_VERSION, "accounts": [a.to_json() for a in accounts]}
        handle, temp = tempfile.mkstemp(prefix=".accounts-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(payload, out, indent=2)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
