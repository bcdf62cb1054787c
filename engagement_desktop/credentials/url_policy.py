"""Where the app may send credentials: https anywhere, plain http:// only to this computer.

Every request carries a token, an OAuth signature or (at the token endpoint) the consumer key
and secret; over plain HTTP anyone on the network reads them. The sandbox listens on loopback,
so http://127.0.0.1 stays usable; any other http:// address is refused before anything is sent
unless the user allows it deliberately (a CLI flag or an account setting), and is then warned
about on every use. A URL with `user:password@` is always refused: it would print and log a
password, and the app never sends one that way.
"""
from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from ..i18n.phrases import translate
from .account import Account, AccountError

FLAG = "--allow-insecure-http"
SETTING = "allow_insecure_http"


class InsecureURL(AccountError):
    """A URL the app will not send credentials to; the message says why and what to do."""


def check_url(url: str, allow_insecure_http: bool = False) -> str | None:
    """None for a URL that may carry credentials; a warning to show on every use for plain
    HTTP to another computer that the user allowed; InsecureURL otherwise."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.username is not None or parts.password is not None:
        shown = parts._replace(netloc=host + (f":{parts.port}" if parts.port else "")).geturl()
        raise InsecureURL(translate(
            "Accounts", "The base URL {url} holds a user name or password (user:password@…), "
            "which would be shown and logged; remove that part: the account's secrets go in the "
            "keyring.").format(url=shown))
    if parts.scheme != "http" or is_loopback(host):
        return None
    if not allow_insecure_http:
        raise InsecureURL(translate(
            "Accounts", "{url} is plain http:// to {host}, which is not this computer: the "
            "account's tokens and keys would cross the network unencrypted, for anyone on the "
            "way to read. Use https://; or, for a sandbox you trust on another computer, allow "
            "it deliberately with {flag} (command line) or the account setting {setting}.")
            .format(url=f"{parts.scheme}://{parts.netloc}", host=host, flag=FLAG,
                    setting=SETTING))
    return translate("Accounts", "plain http:// to {host} is allowed by {flag} / {setting}: "
                     "tokens and keys cross the network unencrypted.").format(
        host=host, flag=FLAG, setting=SETTING)


def check_account(account: Account) -> list[str]:
    """The warnings of the account's URLs (see check_url); InsecureURL for a URL it may not use."""
    warnings = [check_url(url, account.allow_insecure_http)
                for url in dict.fromkeys((account.base_url, account.api_base_url))]
    return [warning for warning in warnings if warning]


def is_loopback(host: str) -> bool:
    if host.rstrip(".").lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
