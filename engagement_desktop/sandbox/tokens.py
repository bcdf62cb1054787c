"""The token endpoints: app-only bearer (POST /oauth2/token) and the PIN flow
(POST /oauth/request_token → GET /oauth/authorize → POST /oauth/access_token).

The PIN flow hands out the demo user's fixed access token, for the user picked on the page.
"""
from __future__ import annotations

import base64
import html
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import unquote, urlencode

from werkzeug.wrappers import Request, Response

from . import accounts
from .identity import check_oauth1
from .oauth_verify import AuthFailure, NonceStore
from .wire import json_response

_MAX_PENDING = 1000


@dataclass
class _Pending:
    secret: str
    user: int | None = None
    verifier: str | None = None


class TokenDesk:
    def __init__(self, nonces: NonceStore):
        self._nonces = nonces
        self._pending: OrderedDict[str, _Pending] = OrderedDict()
        self._lock = threading.Lock()

    def bearer(self, request: Request) -> Response:
        scheme, _, encoded = request.headers.get("Authorization", "").partition(" ")
        try:
            key, _, secret = base64.b64decode(encoded.strip()).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            key = secret = ""
        if scheme.lower() != "basic" or unquote(key) != accounts.CONSUMER_KEY or \
                unquote(secret) != accounts.CONSUMER_SECRET:
            return _refused(403, 99, "Unable to verify your credentials")
        if request.form.get("grant_type") != "client_credentials":
            return _refused(400, 170, "Missing required parameter: grant_type=client_credentials")
        return json_response(200, {"token_type": "bearer", "access_token": accounts.APP_BEARER})

    def request_token(self, request: Request) -> Response:
        try:
            signed = check_oauth1(request, self._nonces, token_secret=lambda _token: None)
        except AuthFailure as err:
            return _refused(401, 32, f"Could not authenticate you: {err}")
        if not (signed.params.get("oauth_callback") or request.args.get("oauth_callback")):
            return _refused(400, 417, "oauth_callback is required; use oob for the PIN flow")
        token, secret = secrets.token_urlsafe(24), secrets.token_urlsafe(32)
        with self._lock:
            while len(self._pending) >= _MAX_PENDING:
                self._pending.popitem(last=False)
            self._pending[token] = _Pending(secret)
        return _form({"oauth_token": token, "oauth_token_secret": secret,
                      "oauth_callback_confirmed": "true"})

    def authorize(self, request: Request) -> Response:
        token = request.values.get("oauth_token", "")
        with self._lock:
            pending = self._pending.get(token)
        if pending is None:
            return _page("Link expired", "<p>This authorization link is invalid or has expired. "
                         "Start the login again in the app.</p>", 400)
        choice = request.values.get("user")
        if request.method == "POST" and choice is not None and choice.isdigit() and \
                int(choice) < len(accounts.USERS):
            with self._lock:
                pending.user, pending.verifier = int(choice), f"{secrets.randbelow(10**7):07d}"
            return _page("Authorized", f"<p>You authorized the app as "
                         f"@{accounts.USERS[pending.user]['screen_name']}.</p><p>Type this PIN in "
                         f"the app:</p><p id='pin' class='pin'>{pending.verifier}</p>")
        options = "".join(f"<label><input type='radio' name='user' value='{i}'"
                          f"{' checked' * (i == 0)}> @{html.escape(u['screen_name'])}</label><br>"
                          for i, u in enumerate(accounts.USERS))
        return _page("Authorize the app", f"<form method='post'><input type='hidden' "
                     f"name='oauth_token' value='{html.escape(token)}'><p>Sign in as:</p>"
                     f"{options}<p><button type='submit'>Authorize app</button></p></form>")

    def access_token(self, request: Request) -> Response:
        def secret_of(token: str) -> str | None:
            with self._lock:
                pending = self._pending.get(token)
            return pending.secret if pending else None
        try:
            signed = check_oauth1(request, self._nonces, token_secret=secret_of)
        except AuthFailure as err:
            return _refused(401, 32, f"Could not authenticate you: {err}")
        verifier = signed.params.get("oauth_verifier") or request.values.get("oauth_verifier")
        with self._lock:
            pending = self._pending.get(signed.token or "")
            if pending is None or pending.verifier is None or verifier != pending.verifier:
                return _refused(401, 89, "Invalid or expired token: the PIN does not match")
            del self._pending[signed.token]
        user = accounts.USERS[pending.user]
        token, secret = accounts.access_token_of(pending.user)
        return _form({"oauth_token": token, "oauth_token_secret": secret,
                      "user_id": user["user_id"], "screen_name": user["screen_name"]})


def _refused(status: int, code: int, message: str) -> Response:
    return json_response(status, {"errors": [{"code": code, "message": message}]})


def _form(fields: dict[str, str]) -> Response:
    return Response(urlencode(fields), content_type="application/x-www-form-urlencoded")


def _page(title: str, body: str, status: int = 200) -> Response:
    return Response(f"<!doctype html><html><head><meta charset='utf-8'><title>{title} · "
                    "Engagement Desktop sandbox</title><style>body{font-family:sans-serif;"
                    "max-width:30em;margin:3em auto}.pin{font-size:2em;letter-spacing:.2em}"
                    f"</style></head><body><h1>{title}</h1>{body}</body></html>",
                    status=status, content_type="text/html")
