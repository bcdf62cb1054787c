"""Secrets in the OS keyring, or in this process's memory when the keyring is not safe.

One keyring entry per account (service "engagement-desktop", username = account name, password
= the account's secrets as JSON): an update replaces all of them at once, so an account is never
left half-written. Nothing here ever writes a file.
"""
from __future__ import annotations

import json
import os
import threading

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from ..errors import AppError
from ..i18n.phrases import translate
from .account import SECRET_FIELDS, Secrets

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
        self._backend = backend or keyring.get_keyring()
        self._service = service
        self.backend_name = backend_label(self._backend)
        self.secure = is_secure(self._backend)
        # Session-only secrets: all of them without a secure backend, or those the keyring
        # refused to store (they take precedence over its older entries).
        self._session_only = not self.secure
        self._memory: dict[str, Secrets] = {}
        self._lock = threading.Lock()

    @property
    def warning(self) -> str | None:
        """One line for the user when secrets will not outlive this session, else None."""
        return NO_SECURE_KEYRING.format(backend=self.backend_name) if self._session_only else None

    def get(self, name: str) -> Secrets:
        """The account's secrets; empty Secrets when none are stored."""
        with self._lock:
            if name in self._memory or not self.secure:
                return self._memory.get(name, Secrets())
        try:
            stored = self._backend.get_password(self._service, name)
        except KeyringError as err:
            raise SecretStoreError(f"The keyring ({self.backend_name}) could not be read: {err}. "
                                   "Unlock it and try again.") from None
        return _decode(stored) if stored else Secrets()

    def set(self, name: str, secrets: Secrets) -> None:
        if not self._session_only:
            try:
                self._backend.set_password(self._service, name, _encode(secrets))
                return
            except KeyringError as err:
                # Better a session-only secret (and the warning saying so) than a lost one.
                self.backend_name = f"{self.backend_name}, which refused to store: {err}"
                self._session_only = True
        with self._lock:
            self._memory[name] = secrets

    def delete(self, name: str) -> None:
        """Forget the account's secrets (nothing to forget is fine)."""
        with self._lock:
            self._memory.pop(name, None)
        if not self.secure:
            return
        try:
            self._backend.delete_password(self._service, name)
        except PasswordDeleteError:
            pass  # there was no entry
        except Exception as err:  # KeyringError, or the D-Bus error of an unreachable keyring
            raise SecretStoreError(f"The keyring ({self.backend_name}) could not delete the "
                                   f"secrets of '{name}': {err}. Unlock it and try again.") from None


def _encode(secrets: Secrets) -> str:
    return json.dumps(secrets.present(), sort_keys=True)


def _decode(stored: str) -> Secrets:
    try:
        data = json.loads(stored)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise SecretStoreError("The keyring entry of this account is not readable; remove the "
                               "account and add it again.")
    return Secrets(**{key: str(value) for key, value in data.items() if key in SECRET_FIELDS})
