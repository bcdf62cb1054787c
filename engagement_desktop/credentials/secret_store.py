"""Secrets in the OS keyring, or in this process's memory when the keyring is not safe.

One keyring entry per account (service "engagement-desktop", username = account name, password
= the account's secrets as JSON): an update replaces all of them at once, so an account is never
left half-written. Nothing here ever writes a file.

The keyring is found the first time a secret or its state is asked for: importing keyring and
discovering its backends takes 0.1–0.4 s, which a run on the sandbox's demo accounts (public
secrets, never stored) or a command that reads no secret never needs.
"""
from __future__ import annotations

import json
import os
import threading
from typing import TYPE_CHECKING

from ..errors import AppError
from ..i18n.phrases import translate
from .account import SECRET_FIELDS, Secrets

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# The test suite points this elsewhere so that it never touches a developer's real entries.
SERVICE = os.environ.get("ENGAGEMENT_DESKTOP_KEYRING_SERVICE", "engagement-desktop")

# Backends that only pretend, or keep secrets readable on disk. keyrings.alt calls all of its
# backends "less secure" alternates (plaintext files, or a file whose password is prompted on
# stdin, which a window app cannot answer).
_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

NO_SECURE_KEYRING = translate(
    "Keyring", "No secure keyring is available ({backend}): secrets are kept in memory for this "
    "session only and are gone when the app quits. Install and unlock a Secret Service such as "
    "gnome-keyring or KeePassXC (macOS Keychain and Windows Credential Manager work without "
    "setup).")


class SecretStoreError(AppError, RuntimeError):
    """The keyring refused an operation; the message says what to do."""


def is_secure(backend: KeyringBackend) -> bool:
    """True when secrets given to `backend` are kept by a real, protected OS keyring."""
    chained = getattr(backend, "backends", None)
    if chained is not None:  # a ChainerBackend writes to whichever of its backends accepts
        return bool(chained) and all(is_secure(each) for each in chained)
    return not type(backend).__module__.startswith(_INSECURE_MODULE_PREFIXES)


def backend_label(backend: KeyringBackend) -> str:
    return getattr(backend, "name", None) or type(backend).__name__


class SecretStore:
    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE):
        self._backend = backend  # None: the OS keyring, found at the first use
        self._service = service
        self._found = False
        self._finding = threading.Lock()
        self._name = ""
        self._secure = False
        # Session-only secrets: all of them without a secure backend, or those the keyring
        # refused to store (they take precedence over its older entries).
        self._session_only = False
        self._memory: dict[str, Secrets] = {}
        self._lock = threading.Lock()

    @property
    def backend_name(self) -> str:
        self._keyring()
        return self._name

    @property
    def secure(self) -> bool:
        """True when secrets are kept by a real, protected OS keyring."""
        self._keyring()
        return self._secure

    @property
    def warning(self) -> str | None:
        """One line for the user when secrets will not outlive this session, else None."""
        self._keyring()
        return NO_SECURE_KEYRING.format(backend=self._name) if self._session_only else None

    def get(self, name: str) -> Secrets:
        """The account's secrets; empty Secrets when none are stored."""
        backend = self._keyring()
        from keyring.errors import KeyringError

        with self._lock:
            if name in self._memory or not self._secure:
                return self._memory.get(name, Secrets())
        try:
            stored = backend.get_password(self._service, name)
        except KeyringError as err:
            raise SecretStoreError(translate("Keyring", "The keyring ({keyring}) could not be "
                                             "read ({detail}). Unlock it and try again.").format(
                keyring=self._name, detail=str(err))) from None
        return _decode(stored) if stored else Secrets()

    def set(self, name: str, secrets: Secrets) -> None:
        backend = self._keyring()
        from keyring.errors import KeyringError

        if not self._session_only:
            try:
                backend.set_password(self._service, name, _encode(secrets))
                return
            except KeyringError as err:
                # Better a session-only secret (and the warning saying so) than a lost one.
                self._name = f"{self._name}, which refused to store: {err}"
                self._session_only = True
        with self._lock:
            self._memory[name] = secrets

    def delete(self, name: str) -> None:
        """Forget the account's secrets (nothing to forget is fine)."""
        backend = self._keyring()
        from keyring.errors import PasswordDeleteError

        with self._lock:
            self._memory.pop(name, None)
        if not self._secure:
            return
        try:
            backend.delete_password(self._service, name)
        except PasswordDeleteError:
            pass  # there was no entry
        except Exception as err:  # KeyringError, or the D-Bus error of an unreachable keyring
            raise SecretStoreError(translate("Keyring", "The keyring ({keyring}) could not delete "
                                             "the secrets of '{name}' ({detail}). Unlock it and "
                                             "try again.").format(
                keyring=self._name, name=name, detail=str(err))) from None

    def _keyring(self) -> KeyringBackend:
        """The backend, found (once) the first time it is needed."""
        with self._finding:
            if not self._found:
                if self._backend is None:
                    import keyring

                    self._backend = keyring.get_keyring()
                self._name = backend_label(self._backend)
                self._secure = is_secure(self._backend)
                self._session_only = not self._secure
                self._found = True
        return self._backend


def _encode(secrets: Secrets) -> str:
    return json.dumps(secrets.present(), sort_keys=True)


def _decode(stored: str) -> Secrets:
    try:
        data = json.loads(stored)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise SecretStoreError(translate("Keyring", "The keyring entry of this account is not "
                                         "readable; remove the account and add it again."))
    return Secrets(**{key: str(value) for key, value in data.items() if key in SECRET_FIELDS})
