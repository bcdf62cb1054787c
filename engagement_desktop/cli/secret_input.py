"""Where the CLI reads secrets from: ED_* environment variables, stdin, or a hidden prompt.

Never from arguments (they show in the process list). Error messages name the missing key,
never a value.
"""
from __future__ import annotations

import getpass
import os
import re
import sys

from ..core.endpoint import BEARER, OAUTH1_USER, OAUTH2_USER
from ..credentials.account import SECRET_FIELDS, Secrets
from ..errors import InvalidInput

ENV_PREFIX = "ED_"
LABELS = {
    "consumer_key": "Consumer key (API key)",
    "consumer_secret": "Consumer secret (API key secret)",
    "access_token": "Access token",
    "access_token_secret": "Access token secret",
    "bearer_token": "Bearer token",
}


class SecretInputError(InvalidInput, ValueError):
    """The secrets given are incomplete or malformed; the message says what to supply."""


def read_secrets(kind: str, from_stdin: bool, for_login: bool, have: Secrets = Secrets()) -> Secrets:
    """The secrets an `add` (or a `login`, which already `have` some) needs, from env/stdin/prompt."""
    # A login reuses the stored consumer key/secret; an OAuth 2.0 user login brings a new token.
    reuse = for_login and kind != OAUTH2_USER
    given = _from_env()
    if from_stdin:
        given = given.merged(_from_stdin(sys.stdin.read()))
    elif sys.stdin.isatty():
        known = have.merged(given) if reuse else given
        given = given.merged(_prompt(kind, for_login, known))
    _check(kind, for_login, have.merged(given) if reuse else given)
    return given


def _from_env() -> Secrets:
    return Secrets(**{name: os.environ[ENV_PREFIX + name.upper()] for name in SECRET_FIELDS
                      if os.environ.get(ENV_PREFIX + name.upper(), "").strip()})


# One case only and short, as 'token' or 'ED_TOKEN': mixed case or digits may be a secret.
_LOOKS_LIKE_A_NAME = re.compile(r"[a-z_]{1,16}|[A-Z_]{1,16}")


def _from_stdin(text: str) -> Secrets:
    values: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        raw_key, equals, value = line.partition("=")
        key = raw_key.strip().lower().removeprefix(ENV_PREFIX.lower())
        if not equals:
            raise SecretInputError(f"stdin line {number} is not KEY=value.")
        if key not in SECRET_FIELDS:
            # A pasted secret may hold '=' (base64 padding): name the key only when it cannot
            # be part of one (a short lowercase word, as 'token').
            named = f"'{key}'" if _LOOKS_LIKE_A_NAME.fullmatch(raw_key.strip()) else "the text before '='"
            raise SecretInputError(f"stdin line {number}: {named} is not a secret name; use one "
                                   f"of: {', '.join(SECRET_FIELDS)}.")
        if value.strip():
            values[key] = value.strip()
    return Secrets(**values)


def _prompt(kind: str, for_login: bool, known: Secrets) -> Secrets:
    """Ask, hidden, for what is still missing; Enter skips an optional one."""
    values: dict[str, str] = {}

    def ask(name: str, optional: bool = False) -> str:
        if getattr(known, name):
            return getattr(known, name)
        suffix = " (Enter to get it with `login`)" if optional else ""
        values[name] = getpass.getpass(f"{LABELS[name]}{suffix}: ").strip()
        return values[name]

    if kind == OAUTH2_USER:
        ask("bearer_token")
    elif kind == BEARER and not for_login and ask("bearer_token", optional=True):
        pass  # a bearer token given as is needs no consumer key
    else:
        ask("consumer_key")
        ask("consumer_secret")
        if kind == OAUTH1_USER and not for_login and ask("access_token", optional=True):
            ask("access_token_secret")
    return Secrets(**{name: value for name, value in values.items() if value})


def _check(kind: str, for_login: bool, secrets: Secrets) -> None:
    if kind == OAUTH2_USER:
        needed = ["bearer_token"]
    elif kind == BEARER and not for_login and secrets.bearer_token:
        needed = []
    else:
        needed = ["consumer_key", "consumer_secret"]
        if kind == OAUTH1_USER and (secrets.access_token or secrets.access_token_secret):
            needed += ["access_token", "access_token_secret"]  # a token is useless without the other
    missing = [name for name in needed if not getattr(secrets, name)]
    if missing:
        raise SecretInputError(
            "missing " + ", ".join(missing) + ": set " + ", ".join(ENV_PREFIX + m.upper() for m in missing)
            + ", or pipe KEY=value lines with --secrets-from-stdin, or run in a terminal to be asked.")
