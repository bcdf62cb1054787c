"""OAuth 1.0a HMAC-SHA1 verification (RFC 5849) with oauthlib's signature functions.

The base string covers the method, the URL and the query and form parameters — never a JSON
body (RFC 5849 §3.4.1.3). A nonce is accepted once per consumer/token; a timestamp more than
WINDOW seconds from the machine's real time is refused. Real time, not the sandbox clock:
every OAuth library signs with real time, so a test that freezes the data clock can still sign.
"""
from __future__ import annotations

import hmac
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

from oauthlib.oauth1.rfc5849 import signature, utils

WINDOW = 300  # seconds
_REQUIRED = ("oauth_consumer_key", "oauth_nonce", "oauth_signature", "oauth_signature_method",
             "oauth_timestamp")
_MAX_NONCES = 200_000  # memory bound even under a flood; older ones expire first anyway


class AuthFailure(Exception):
    """The request's credentials are refused; str() is the `Reason:` the API gives."""


@dataclass(frozen=True)
class Signed:
    consumer_key: str
    token: str | None
    params: dict[str, str]  # the oauth_* parameters of the header


class NonceStore:
    def __init__(self) -> None:
        self._seen: OrderedDict[tuple[str, str, str], float] = OrderedDict()
        self._lock = threading.Lock()

    def use(self, consumer: str, token: str, nonce: str, now: float) -> bool:
        """True the first time this nonce is used (by this consumer and token)."""
        key = (consumer, token, nonce)
        with self._lock:
            while self._seen and (next(iter(self._seen.values())) < now - 2 * WINDOW
                                  or len(self._seen) >= _MAX_NONCES):
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            self._seen[key] = now
            return True


def verify(method: str, url: str, query: str, form_body: str | None, authorization: str,
           consumer_secret: Callable[[str], str | None],
           token_secret: Callable[[str], str | None], nonces: NonceStore,
           now: Callable[[], float] = time.time) -> Signed:
    """Check an `Authorization: OAuth ...` request; AuthFailure says why it is refused."""
    try:
        oauth = {key: utils.unescape(value)
                 for key, value in utils.parse_authorization_header(authorization)}
    except (ValueError, TypeError):
        raise AuthFailure("Malformed OAuth Authorization header") from None
    missing = [name for name in _REQUIRED if not oauth.get(name)]
    if missing:
        raise AuthFailure(f"Missing OAuth parameter {missing[0]}")
    if oauth["oauth_signature_method"] != "HMAC-SHA1":
        raise AuthFailure(f"Unsupported signature method {oauth['oauth_signature_method']}")
    if oauth.get("oauth_version", "1.0") != "1.0":
        raise AuthFailure("Unsupported OAuth version")
    client_secret = consumer_secret(oauth["oauth_consumer_key"])
    if client_secret is None:
        raise AuthFailure("Consumer key not found")
    token = oauth.get("oauth_token") or None
    owner_secret = ""
    if token is not None:
        owner_secret = token_secret(token)
        if owner_secret is None:
            raise AuthFailure("Access token not found")
    try:
        stamp = int(oauth["oauth_timestamp"])
    except ValueError:
        raise AuthFailure("Invalid timestamp") from None
    real_now = now()
    if abs(real_now - stamp) > WINDOW:
        raise AuthFailure("Timestamp out of bounds (more than 300 seconds from server time)")
    params = signature.collect_parameters(uri_query=query, body=form_body or [],
                                          headers={"Authorization": authorization})
    base = signature.signature_base_string(method.upper(), signature.base_string_uri(url),
                                           signature.normalize_parameters(params))
    expected = signature.sign_hmac_sha1_with_client(
        base, SimpleNamespace(client_secret=client_secret, resource_owner_secret=owner_secret))
    if not hmac.compare_digest(expected, oauth["oauth_signature"]):
        raise AuthFailure("Invalid signature")
    if not nonces.use(oauth["oauth_consumer_key"], token or "", oauth["oauth_nonce"], real_now):
        raise AuthFailure("Nonce already used (a retry must be signed again)")
    return Signed(oauth["oauth_consumer_key"], token, oauth)
