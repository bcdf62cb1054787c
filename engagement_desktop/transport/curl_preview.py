"""A copyable curl command for one step's request, with every secret masked.

The request is prepared and signed exactly as the transport would send it, then masked, so the
preview shows the real URL, headers and body (and where the credentials go) without the
credentials themselves.
"""
from __future__ import annotations

import shlex

import requests

from ..core.endpoint import HttpRequest
from ..credentials.account import Account, Secrets
from .auth import AuthenticationError, auth_for
from .masking import MASK, mask


def curl_command(request: HttpRequest, account: Account, secrets: Secrets, family: str) -> str:
    """`curl ...` for `request` as `account` would send it to the endpoint family's base URL."""
    prepared = requests.Request(request.method, account.url_for(family) + request.path,
                                params=request.params or None, json=request.json).prepare()
    try:
        auth_for(account, secrets)(prepared)
    except AuthenticationError:  # not logged in yet: show where the header goes
        prepared.headers["Authorization"] = MASK
    parts = ["curl", "--compressed", "-X", prepared.method, mask(prepared.url)]
    headers = {**prepared.headers, "Accept-Encoding": "gzip"}
    headers.pop("Content-Length", None)
    for name, value in headers.items():
        value = value.decode() if isinstance(value, bytes) else value  # requests-oauthlib's
        parts += ["-H", f"{name}: {mask(value)}"]
    if prepared.body:
        body = prepared.body.decode() if isinstance(prepared.body, bytes) else prepared.body
        parts += ["--data-raw", mask(body)]
    return " ".join(shlex.quote(part) for part in parts)
