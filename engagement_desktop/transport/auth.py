"""How a request proves who sends it: OAuth 1.0a user context or a bearer token.

requests-oauthlib signs each prepared request with a fresh nonce and timestamp, and signs a body
only when it is form-encoded — our JSON bodies are not part of the base string (RFC 5849
§3.4.1.3), as the API expects. Every retry prepares the request again, so it is a new signature.
"""
from __future__ import annotations

import requests

from ..core.endpoint import BEARER, OAUTH1_USER, OAUTH2_USER
from ..credentials.account import Account, Secrets
from ..errors import AUTH_REFUSED, AppError


class AuthenticationError(AppError, RuntimeError):
    """The account cannot sign requests, or the server refused its credentials (401)."""

    exit_code = AUTH_REFUSED

    def __init__(self, account: str, message: str, missing: tuple[str, ...] = (),
                 status: int | None = None, window: str | None = None):
        super().__init__(message, window=window)
        self.account = account
        self.missing = missing  # the secrets the account lacks, when that is the reason
        self.status = status  # 401 when the server refused the credentials


class BearerAuth(requests.auth.AuthBase):
    def __init__(self, token: str):
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "BearerAuth(***)"


def oauth1(*args, **options) -> requests.auth.AuthBase:
    """requests-oauthlib's OAuth 1.0a signer, imported when an account first signs with it: a
    run with a bearer account never loads oauthlib (40 ms at every start)."""
    from requests_oauthlib import OAuth1

    return OAuth1(*args, **options)


def auth_for(account: Account, secrets: Secrets) -> requests.auth.AuthBase:
    """The signer of `account`'s requests; AuthenticationError when a secret is missing."""
    missing = secrets.missing_for(account.kind)
    if missing:
        raise AuthenticationError(account.name, (
            f"The account '{account.name}' has no {', '.join(missing)}: run "
            f"`engagement-desktop accounts login {account.name}` (or add its secrets again)."),
            tuple(missing))
    if account.kind == OAUTH1_USER:
        return oauth1(secrets.consumer_key, secrets.consumer_secret, secrets.access_token,
                      secrets.access_token_secret, signature_type="auth_header")
    if account.kind in (BEARER, OAUTH2_USER):
        return BearerAuth(secrets.bearer_token)
    raise AuthenticationError(account.name, f"'{account.kind}' is not an account kind.")
