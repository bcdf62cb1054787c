"""Getting tokens: the app-only bearer, and user tokens through the PIN (out-of-band) flow.

`base_url` is where the token endpoints live: https://api.x.com for X, the sandbox's URL for it.
The requests leave through the app's one HTTP client (the transport's), so they obey the same
plain-HTTP rule and timeouts as data requests; the keys and tokens involved are handed to the
masker first, and the server's words are read by the one refusal reader, masked. Every failure
becomes a TokenError whose message tells the user what to do next.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, urlencode

from requests.auth import HTTPBasicAuth

from ..errors import AUTH_REFUSED, FAILED, AppError
from ..i18n.phrases import translate
from ..transport.auth import oauth1
from ..transport.bounded_body import AnswerCut
from ..transport.client import Answer, HttpClient, Unreachable
from ..transport.masking import remember
from ..transport.refusals import refusal_reason
from ..credentials.url_policy import InsecureURL


class TokenError(AppError, RuntimeError):
    def __init__(self, message: str, refused: bool = False):
        super().__init__(message)
        self.refused = refused  # the server turned the credentials down (vs. could not be asked)
        self.exit_code = AUTH_REFUSED if refused else FAILED


KEYS_REFUSED = translate("Tokens", "The consumer key or secret was refused")


@dataclass(frozen=True)
class PinFlow:
    """A PIN flow between its two steps: the user has `authorize_url` to open."""
    authorize_url: str
    base_url: str
    request_token: str = field(repr=False)
    request_secret: str = field(repr=False)
    consumer_key: str = field(repr=False)
    consumer_secret: str = field(repr=False)
    allow_insecure_http: bool = False  # the account's deliberate plain-HTTP setting


@dataclass(frozen=True)
class UserTokens:
    access_token: str = field(repr=False)
    access_token_secret: str = field(repr=False)
    user_id: str
    screen_name: str


class Tokens:
    """The token endpoints, asked through `client`."""

    def __init__(self, client: HttpClient):
        self._client = client

    def app_bearer(self, base_url: str, consumer_key: str, consumer_secret: str, *,
                   allow_insecure_http: bool = False) -> str:
        """An app-only bearer token from the consumer key and secret (client credentials
        grant). `allow_insecure_http`: the account's setting (see url_policy)."""
        remember((consumer_key, consumer_secret))
        # RFC 6749 §2.3.1: key and secret are form-encoded before they are joined for Basic auth.
        basic = HTTPBasicAuth(quote(consumer_key, safe=""), quote(consumer_secret, safe=""))
        url = f"{base_url}/oauth2/token"
        answer = self._post(url, translate("Tokens", "getting an app-only bearer token"),
                            auth=basic, data={"grant_type": "client_credentials"},
                            refused=KEYS_REFUSED,
                            allow_insecure_http=allow_insecure_http)
        token = _bearer_in(answer)
        if token is None:
            raise _garbled(url, translate("Tokens", "the bearer token"))
        remember((token,))
        return token

    def start_pin(self, base_url: str, consumer_key: str, consumer_secret: str, *,
                  allow_insecure_http: bool = False) -> PinFlow:
        """Ask for a request token; the user then opens `authorize_url` and reads a PIN there."""
        remember((consumer_key, consumer_secret))
        auth = oauth1(consumer_key, consumer_secret, callback_uri="oob")
        url = f"{base_url}/oauth/request_token"
        answer = self._post(url, translate("Tokens", "starting the PIN login"), auth=auth,
                            refused=KEYS_REFUSED,
                            allow_insecure_http=allow_insecure_http)
        fields = _form_fields(answer, url, translate("Tokens", "the request token"),
                              ("oauth_token", "oauth_token_secret"))
        return PinFlow(authorize_url=f"{base_url}/oauth/authorize?"
                                     + urlencode({"oauth_token": fields["oauth_token"]}),
                       base_url=base_url, request_token=fields["oauth_token"],
                       request_secret=fields["oauth_token_secret"],
                       consumer_key=consumer_key, consumer_secret=consumer_secret,
                       allow_insecure_http=allow_insecure_http)

    def finish_pin(self, flow: PinFlow, pin: str) -> UserTokens:
        """Trade the PIN the user read for the user's access token and secret."""
        pin = pin.strip()
        if not pin or any(ch.isspace() for ch in pin):
            raise TokenError(translate("Tokens", "Type the PIN shown after you authorized the app "
                                       "(a short number)."))
        auth = oauth1(flow.consumer_key, flow.consumer_secret,
                      resource_owner_key=flow.request_token,
                      resource_owner_secret=flow.request_secret, verifier=pin)
        url = f"{flow.base_url}/oauth/access_token"
        answer = self._post(url, translate("Tokens", "finishing the PIN login"), auth=auth,
                            refused=translate("Tokens", "The PIN was not accepted (mistyped, "
                                              "already used or expired); start the login again "
                                              "for a new one"),
                            allow_insecure_http=flow.allow_insecure_http)
        fields = _form_fields(answer, url, translate("Tokens", "the access token"),
                              ("oauth_token", "oauth_token_secret", "user_id", "screen_name"))
        return UserTokens(access_token=fields["oauth_token"],
                          access_token_secret=fields["oauth_token_secret"],
                          user_id=fields["user_id"], screen_name=fields["screen_name"])

    def _post(self, url: str, doing: str, refused: str, **kwargs) -> Answer:
        try:
            answer = self._client.exchange("POST", url, **kwargs)
        except (InsecureURL, AnswerCut) as err:
            raise TokenError(err.args[0]) from None  # its phrase, not str(err)
        except Unreachable as err:
            if err.timed_out:
                raise TokenError(translate("Tokens", "No answer from {url} while {doing}; check "
                                           "the connection and the account's base URL, then "
                                           "try again.").format(url=url, doing=doing)) from None
            raise TokenError(translate("Tokens", "Could not reach {url} while {doing}: "
                                       "{reason}. Check the connection and the account's base "
                                       "URL.").format(url=url, doing=doing, reason=err.reason)
                             ) from None
        said = refusal_reason(answer.body, answer.status)  # the server's words, masked
        words = f": {said}" if said else ""
        if answer.status in (401, 403):
            raise TokenError(translate("Tokens", "{refused} (HTTP {status}{words}).").format(
                refused=refused, status=answer.status, words=words), refused=True)
        if answer.status != 200:
            raise TokenError(translate("Tokens", "The server answered HTTP {status}{words} while "
                                       "{doing}; try again later.").format(
                status=answer.status, words=words, doing=doing))
        return answer


def _bearer_in(answer: Answer) -> str | None:
    """The token of a client-credentials answer, or None when the answer holds none."""
    try:
        body = json.loads(answer.body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(body, dict) or str(body.get("token_type", "bearer")).lower() != "bearer":
        return None
    token = body.get("access_token")
    return token if isinstance(token, str) and token else None


def _form_fields(answer: Answer, url: str, what: str, names: tuple[str, ...]) -> dict[str, str]:
    parsed = parse_qs(answer.body.decode("utf-8", "replace"), strict_parsing=False)
    values = {name: parsed[name][0] for name in names if parsed.get(name) and parsed[name][0]}
    if len(values) != len(names):
        raise _garbled(url, what)
    remember(values.get(name) for name in ("oauth_token", "oauth_token_secret"))
    return values


def _garbled(url: str, what: str) -> TokenError:
    return TokenError(translate("Tokens", "The answer from {url} did not contain {what} "
                                "(unreadable response); check the account's base URL and try "
                                "again.").format(url=url, what=what))
