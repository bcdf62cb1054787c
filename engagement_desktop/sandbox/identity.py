"""Who is calling: the Authorization header of a request → a Caller, or AuthFailure."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from werkzeug.wrappers import Request

from . import accounts
from .oauth_verify import AuthFailure, NonceStore, Signed, verify

APP, OAUTH1_USER, OAUTH2_USER = "app", "oauth1-user", "oauth2-user"
UNKNOWN_TYPE = "Unknown Authorization Type"


@dataclass(frozen=True)
class Caller:
    kind: str  # APP (app-only bearer, or OAuth 1.0a without a token), OAUTH1_USER, OAUTH2_USER
    user: int | None  # index into accounts.USERS for user contexts
    key: str  # what the rate limiter counts by: one bucket per token

    @property
    def is_user(self) -> bool:
        return self.user is not None


def consumer_secret(key: str) -> str | None:
    return accounts.CONSUMER_SECRET if key == accounts.CONSUMER_KEY else None


def access_token_secret(token: str) -> str | None:
    entry = accounts.ACCESS_TOKENS.get(token)
    return entry[0] if entry else None


def oauth1_parts(request: Request) -> tuple[str, str, str, str | None]:
    """(method, URL without query, raw query, form body or None) as the signer saw them."""
    url = request.host_url.rstrip("/") + quote(request.path)
    form = None
    if request.mimetype == "application/x-www-form-urlencoded":
        form = request.get_data(as_text=True)
    return request.method, url, request.query_string.decode("latin-1"), form


def check_oauth1(request: Request, nonces: NonceStore, token_secret=access_token_secret) -> Signed:
    method, url, query, form = oauth1_parts(request)
    return verify(method, url, query, form, request.headers.get("Authorization", ""),
                  consumer_secret, token_secret, nonces)


def identify(request: Request, nonces: NonceStore) -> Caller:
    header = request.headers.get("Authorization", "").strip()
    scheme, _, credentials = header.partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        token = credentials.strip()
        if token == accounts.APP_BEARER:
            return Caller(APP, None, f"bearer:{token}")
        if token in accounts.OAUTH2_USER_TOKENS:
            return Caller(OAUTH2_USER, accounts.OAUTH2_USER_TOKENS[token], f"oauth2:{token}")
        raise AuthFailure("Access token not found")
    if scheme.lower() == "oauth":
        signed = check_oauth1(request, nonces)
        if signed.token is None:
            return Caller(APP, None, f"consumer:{signed.consumer_key}")
        user = accounts.ACCESS_TOKENS[signed.token][1]
        return Caller(OAUTH1_USER, user, f"oauth1:{signed.token}")
    raise AuthFailure(UNKNOWN_TYPE)
