"""Getting tokens: the app-only bearer, and user tokens through the PIN (out-of-band) flow.

`base_url` is where the token endpoints live: https://api.x.com for X, the sandbox's URL for it.
Every failure becomes a TokenError whose message tells the user what to do next.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, urlencode

import requests
from requests.auth import HTTPBasicAuth
from requests_oauthlib import OAuth1

from ..errors import AUTH_REFUSED, FAILED, AppError

TIMEOUT = (10, 30)  # seconds: connect, read


class TokenError(AppError, RuntimeError):
    def __init__(self, message: str, refused: bool = False):
        super().__init__(message)
        self.refused = refused  # the server turned the credentials down (vs. could not be asked)
        self.exit_code = AUTH_REFUSED if refused else FAILED


@dataclass(frozen=True)
class PinFlow:
    """A PIN flow between its two steps: the user has `authorize_url` to open."""
    authorize_url: str
    base_url: str
    request_token: str = field(repr=False)
    request_secret: str = field(repr=False)
    consumer_key: str = field(repr=False)
    consumer_secret: str = field(repr=False)


@dataclass(frozen=True)
class UserTokens:
    access_token: str = field(repr=False)
    access_token_secret: str = field(repr=False)
    user_id: str
    screen_name: str


def fetch_app_bearer(base_url: str, consumer_key: str, consumer_secret: str,
                     timeout: tuple[float, float] = TIMEOUT) -> str:
    """An app-only bearer token from the consumer key and secret (client credentials grant)."""
    # RFC 6749 §2.3.1: key and secret are form-encoded before they are joined for Basic auth.
    basic = HTTPBasicAuth(quote(consumer_key, safe=""), quote(consumer_secret, safe=""))
    response = _post(f"{base_url}/oauth2/token", "getting an app-only bearer token", timeout,
                     auth=basic, data={"grant_type": "client_credentials"},
                     refused="The consumer key or secret was refused")
    try:
        body = response.json()
        token = body["access_token"]
    except (ValueError, KeyError, TypeError):
        raise _garbled(response, "the bearer token") from None
    if str(body.get("token_type", "bearer")).lower() != "bearer" or not isinstance(token, str) or not token:
        raise _garbled(response, "the bearer token")
    return token


def start_pin_flow(base_url: str, consumer_key: str, consumer_secret: str,
                   timeout: tuple[float, float] = TIMEOUT) -> PinFlow:
    """Ask for a request token; the user then opens `authorize_url` and reads a PIN there."""
    auth = OAuth1(consumer_key, consumer_secret, callback_uri="oob")
    response = _post(f"{base_url}/oauth/request_token", "starting the PIN login", timeout,
                     auth=auth, refused="The consumer key or secret was refused")
    fields = _form_fields(response, "the request token", ("oauth_token", "oauth_token_secret"))
    return PinFlow(authorize_url=f"{base_url}/oauth/authorize?"
                                 + urlencode({"oauth_token": fields["oauth_token"]}),
                   base_url=base_url, request_token=fields["oauth_token"],
                   request_secret=fields["oauth_token_secret"],
                   consumer_key=consumer_key, consumer_secret=consumer_secret)


def finish_pin_flow(flow: PinFlow, pin: str, timeout: tuple[float, float] = TIMEOUT) -> UserTokens:
    """Trade the PIN the user read for the user's access token and secret."""
    pin = pin.strip()
    if not pin or any(ch.isspace() for ch in pin):
        raise TokenError("Type the PIN shown after you authorized the app (a short number).")
    auth = OAuth1(flow.consumer_key, flow.consumer_secret, resource_owner_key=flow.request_token,
                  resource_owner_secret=flow.request_secret, verifier=pin)
    response = _post(f"{flow.base_url}/oauth/access_token", "finishing the PIN login", timeout,
                     auth=auth, refused="The PIN was not accepted (mistyped, already used or "
                                        "expired); start the login again for a new one")
    fields = _form_fields(response, "the access token",
                          ("oauth_token", "oauth_token_secret", "user_id", "screen_name"))
    return UserTokens(access_token=fields["oauth_token"],
                      access_token_secret=fields["oauth_token_secret"],
                      user_id=fields["user_id"], screen_name=fields["screen_name"])


def _post(url: str, doing: str, timeout: tuple[float, float], refused: str,
          **kwargs) -> requests.Response:
    try:
        response = requests.post(url, timeout=timeout, **kwargs)
    except requests.Timeout:
        raise TokenError(f"No answer from {url} while {doing}; check the connection and the "
                         "account's base URL, then try again.") from None
    except requests.RequestException as err:
        raise TokenError(f"Could not reach {url} while {doing} ({type(err).__name__}); check "
                         "the connection and the account's base URL.") from None
    if response.status_code in (401, 403):
        raise TokenError(f"{refused} (HTTP {response.status_code}{_reason(response)}).",
                         refused=True)
    if response.status_code != 200:
        raise TokenError(f"The server answered HTTP {response.status_code}{_reason(response)} "
                         f"while {doing}; try again later.")
    return response


def _form_fields(response: requests.Response, what: str, names: tuple[str, ...]) -> dict[str, str]:
    parsed = parse_qs(response.text, strict_parsing=False)
    values = {name: parsed[name][0] for name in names if parsed.get(name) and parsed[name][0]}
    if len(values) != len(names):
        raise _garbled(response, what)
    return values


def _garbled(response: requests.Response, what: str) -> TokenError:
    return TokenError(f"The answer from {response.url} did not contain {what} (unreadable "
                      "response); check the account's base URL and try again.")


def _reason(response: requests.Response) -> str:
    """The server's own words, if it gave a short JSON reason (never echo a long body)."""
    try:
        errors = response.json().get("errors")
        first = errors[0] if isinstance(errors, list) and errors else None
        text = first.get("message") if isinstance(first, dict) else first
    except (ValueError, AttributeError):
        return ""
    return f": {text}" if isinstance(text, str) and len(text) < 300 else ""
