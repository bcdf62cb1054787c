"""The account list, as JSON in the config dir. It never holds a secret.

Read on every call (the file is tiny), so the window and a CLI run at the same time see each
other's changes; written atomically, so a crash leaves the old list or the new one.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..errors import FAILED
from ..i18n.phrases import translate
from ..storage.atomic import write_text
from ..storage.damaged import DamagedFile
from ..storage.unwritable import reason
from .account import Account, AccountError

FILE_NAME = "accounts.json"
FORMAT_VERSION = 1
NAME_TAKEN = translate("Accounts", "An account named '{name}' already exists; pick another name "
                                   "or remove it first.")
NO_SUCH_ACCOUNT = translate("Accounts", "There is no account named '{name}'.")


class AccountListError(AccountError):
    """The account list file cannot be read or saved (a folder in its place, no permission, a
    full disk): not a mistake in what the user asked, so commands report it as a failure."""

    exit_code = FAILED


class AccountIndex:
    def __init__(self, config_dir: Path):
        self.path = Path(config_dir) / FILE_NAME
        self._damage = DamagedFile(self.path, translate("Storage", "account list"),
                                   translate("Storage", "the app starts with no accounts. Add "
                                             "them again (their keyring secrets are still there "
                                             "under the same names)."))
        self._read()

    @property
    def problem(self) -> str | None:
        """Why a damaged list was kept aside (the app starts anyway and shows this), if it was."""
        return self._damage.problem

    def list(self) -> list[Account]:
        return self._read()

    def get(self, name: str) -> Account | None:
        return next((a for a in self._read() if a.name == name.strip()), None)

    def add(self, account: Account) -> None:
        accounts = self._read()
        if any(a.name == account.name for a in accounts):
            raise AccountError(NAME_TAKEN.format(name=account.name))
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
            raise AccountError(NAME_TAKEN.format(name=renamed.name))
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
        raise AccountError(NO_SUCH_ACCOUNT.format(name=name))

    def _read(self) -> list[Account]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as err:
            raise AccountListError(translate("Accounts", "The account list {path} cannot be "
                                             "read: {reason}").format(
                path=str(self.path), reason=_plain_reason(err))) from None
        try:
            return _accounts_in(raw)
        except _Damaged as damaged:
            self._damage.keep_aside(damaged)
            return []

    def _write(self, accounts: list[Account]) -> None:
        payload = {"format_version": FORMAT_VERSION, "accounts": [a.to_json() for a in accounts]}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Private like the keyring entries it names, though it holds no secret.
            write_text(self.path, json.dumps(payload, indent=2), new_file_mode=0o600)
        except OSError as err:  # a full disk, no permission: the old list stays
            raise AccountListError(translate("Accounts", "The account list {path} cannot be "
                                             "saved: {reason}").format(
                path=str(self.path), reason=_plain_reason(err))) from None


class _Damaged(Exception):
    """The file is not an account list; the message says why in a clause (no final stop)."""


def _accounts_in(raw: bytes) -> list[Account]:
    """The accounts the file's bytes hold, or _Damaged saying what is wrong with them."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # a BOM from a hand edit is no damage
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or nested too deep to read
        raise _Damaged(translate("Storage", "it is not valid JSON")) from None
    entries = data.get("accounts") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise _Damaged(translate("Storage", "it has no list of accounts"))
    return [_account(number, entry) for number, entry in enumerate(entries, start=1)]


def _account(number: int, entry) -> Account:
    if not isinstance(entry, dict):
        raise _Damaged(translate("Storage", "account {number} is not a set of named fields")
                       .format(number=number))
    for field in ("name", "kind"):
        if not isinstance(entry.get(field), str) or not entry[field].strip():
            raise _Damaged(translate("Storage", "account {number} has no {field}").format(
                number=number, field=field))
    try:
        return Account.from_json(entry)
    except AccountError as err:
        raise _Damaged(translate("Storage", "account {number} cannot be used: {why}").format(
            number=number, why=err.args[0])) from None


def _plain_reason(err: OSError) -> str:
    """Why the file cannot be read or written, and what to do, as a sentence."""
    if isinstance(err, IsADirectoryError):
        return translate("Accounts", "it is a folder, not a file. Move or rename that folder "
                                     "and start again.")
    if isinstance(err, PermissionError):
        return translate("Accounts", "your user has no permission to it. Give your user read "
                                     "and write access to it.")
    return translate("Accounts", "{reason}. Free some space or make the folder writable, then "
                                 "try again.").format(reason=reason(err))
