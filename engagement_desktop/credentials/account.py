"""An account (what the index file keeps) and its secrets (what only the keyring keeps)."""
from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass, fields, replace
from urllib.parse import urlsplit

from ..core.endpoint import AUTH_KINDS, BEARER, ENTERPRISE, OAUTH1_USER, OAUTH2_USER
from ..errors import InvalidInput
from ..i18n.phrases import translate

DEFAULT_BASE_URL = "https://data-api.x.com"  # enterprise Engagement API
DEFAULT_API_BASE_URL = "https://api.x.com"  # X API v2 and the token endpoints
AUTO = "auto"  # a query's account "auto" routes each post to its owner: no account may take it
MAX_NAME_LENGTH = 64


class AccountError(InvalidInput, ValueError):
    """An account operation the user asked for cannot be done; the message says why."""


@dataclass
class Account:
    name: str
    kind: str  # OAUTH1_USER, BEARER or OAUTH2_USER
    base_url: str = DEFAULT_BASE_URL
    api_base_url: str = DEFAULT_API_BASE_URL
    user_id: str | None = None
    screen_name: str | None = None
    # True: talk to the in-process sandbox, whose URL (port) is only known at run time.
    sandbox: bool = False
    # True: the user allowed plain http:// to another computer (see url_policy), warned each use.
    allow_insecure_http: bool = False

    def __post_init__(self) -> None:
        self.name = check_name(self.name)
        if self.kind not in AUTH_KINDS:
            raise AccountError(translate("Accounts", "'{kind}' is not an account kind; use one "
                                                     "of: {kinds}").format(
                kind=self.kind, kinds=", ".join(AUTH_KINDS)))
        self.base_url = check_base_url(self.base_url)
        self.api_base_url = check_base_url(self.api_base_url)

    def url_for(self, family: str) -> str:
        """The base URL an endpoint of `family` (core.endpoint) is asked at."""
        return self.base_url if family == ENTERPRISE else self.api_base_url

    def with_sandbox_url(self, sandbox_url: str, allow_insecure_http: bool = False) -> Account:
        """This account pointed at a running sandbox (unchanged unless it is a sandbox account);
        `allow_insecure_http`: the user allowed that URL's plain HTTP."""
        if not self.sandbox:
            return self
        return replace(self, base_url=sandbox_url, api_base_url=sandbox_url,
                       allow_insecure_http=allow_insecure_http)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Account:
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


def check_name(name: str) -> str:
    """The name as stored (trimmed), or AccountError saying what to change."""
    if not isinstance(name, str) or not name.strip():
        raise AccountError(translate("Accounts", "An account needs a name."))
    name = name.strip()
    if len(name) > MAX_NAME_LENGTH:
        raise AccountError(translate("Accounts", "Account names are at most {count} "
                                                 "characters.").format(count=MAX_NAME_LENGTH))
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise AccountError(translate("Accounts", "Account names cannot hold control characters."))
    if name.lower() == AUTO:
        raise AccountError(translate("Accounts", "'{auto}' is reserved (it routes each post to "
                                     "its owner's account); pick another name.").format(
                                         auto=AUTO))
    return name


def check_base_url(url: str) -> str:
    """An http(s) URL without a trailing slash, or AccountError."""
    parts = urlsplit(url.strip()) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise AccountError(translate("Accounts", "'{url}' is not a base URL; write it like "
                                     "https://data-api.x.com").format(url=url))
    return url.strip().rstrip("/")


@dataclass(frozen=True)
class Secrets:
    """Whatever secrets an account has; every value is masked in repr, so logs cannot leak it."""
    consumer_key: str | None = None
    consumer_secret: str | None = None
    access_token: str | None = None
    access_token_secret: str | None = None
    bearer_token: str | None = None  # app-only bearer, or an OAuth 2.0 user access token

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={'***' if getattr(self, f.name) else None}"
                          for f in fields(self))
        return f"Secrets({shown})"

    __str__ = __repr__

    def present(self) -> dict[str, str]:
        """The secrets that have a value, by field name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}

    def merged(self, newer: Secrets) -> Secrets:
        """These secrets with every value `newer` has taking precedence."""
        return replace(self, **newer.present())

    def missing_for(self, kind: str) -> list[str]:
        """The secret fields an account of `kind` still needs before it can send requests."""
        return [name for name in USABLE_WITH[kind] if not getattr(self, name)]


SECRET_FIELDS = tuple(f.name for f in fields(Secrets))

# What each kind signs its requests with.
USABLE_WITH: dict[str, tuple[str, ...]] = {
    OAUTH1_USER: ("consumer_key", "consumer_secret", "access_token", "access_token_secret"),
    BEARER: ("bearer_token",),
    OAUTH2_USER: ("bearer_token",),
}


def public_demo_secrets(account: Account) -> Secrets | None:
    """The secrets of a sandbox demo account that follows the in-process sandbox; None for any
    other account. They are public (they open only the sandbox), so they are never stored:
    such an account works on every start, with or without a keyring."""
    if not account.sandbox:
        return None
    from ..sandbox.accounts import DEMO_ACCOUNTS  # only for sandbox accounts

    demo = next((d for d in DEMO_ACCOUNTS if d["name"] == account.name), None)
    return from_demo(demo)[1] if demo is not None and demo["kind"] == account.kind else None


def from_demo(demo: dict, base_url: str | None = None) -> tuple[Account, Secrets]:
    """A sandbox demo account (an entry of `sandbox accounts --json`) as an account of ours:
    pointed at `base_url`, or, without one, following the app's in-process sandbox."""
    urls = {"base_url": base_url, "api_base_url": base_url} if base_url else {}
    account = Account(name=demo["name"], kind=demo["kind"], user_id=demo.get("user_id"),
                      screen_name=demo.get("screen_name"), sandbox=base_url is None, **urls)
    return account, Secrets(**{name: demo[name] for name in SECRET_FIELDS if demo.get(name)})
