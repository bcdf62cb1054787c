"""The WSGI application: routing, strict gzip, authentication, rate limits, faults, stats."""
from __future__ import annotations

import gzip
import socket
import threading
import time
from collections import Counter

from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from ..core.endpoint import SANDBOX_HEADER
from . import analytics, enterprise, lookup, v2_insights
from .served_metrics import HISTORICAL, HR28, TOTALS
from .clock import Clock
from .faults import Faults
from .identity import identify
from .oauth_verify import AuthFailure, NonceStore
from .ratelimit import Quota, RateLimiter
from .tokens import TokenDesk
from .wire import enterprise_error, json_response, problem, unauthorized_v2

ENTERPRISE, V2, TOKENS = "enterprise", "v2", "tokens"
_ROUTES = Map([
    Rule("/insights/engagement/totals", endpoint=(ENTERPRISE, TOTALS), methods=["POST"]),
    Rule("/insights/engagement/28hr", endpoint=(ENTERPRISE, HR28), methods=["POST"]),
    Rule("/insights/engagement/historical", endpoint=(ENTERPRISE, HISTORICAL), methods=["POST"]),
    Rule("/2/insights/28hr", endpoint=(V2, "v2-28hr"), methods=["GET"]),
    Rule("/2/insights/historical", endpoint=(V2, "v2-historical"), methods=["GET"]),
    Rule("/2/tweets/analytics", endpoint=(V2, "v2-analytics"), methods=["GET"]),
    Rule("/2/tweets", endpoint=(V2, "lookup"), methods=["GET"]),
    Rule("/oauth2/token", endpoint=(TOKENS, "bearer"), methods=["POST"]),
    Rule("/oauth/request_token", endpoint=(TOKENS, "request_token"), methods=["POST"]),
    Rule("/oauth/authorize", endpoint=(TOKENS, "authorize"), methods=["GET", "POST"]),
    Rule("/oauth/access_token", endpoint=(TOKENS, "access_token"), methods=["POST"]),
], strict_slashes=False)
_GARBLED = b'{"data": [{"id": "\x00\xff<html>upstream hiccup'


class Stats:
    """Counts of what the server answered (thread-safe); `snapshot()` is a plain dict."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._status: Counter[int] = Counter()
        self._faults: Counter[str] = Counter()

    def record(self, status: int, fault: str | None) -> None:
        with self._lock:
            self._status[status] += 1
            if fault:
                self._faults[fault] += 1

    def snapshot(self) -> dict:
        with self._lock:
            return {"requests": sum(self._status.values()) + self._faults["drop"],
                    "rate_limited": self._status[429], "by_status": dict(self._status),
                    "faults": dict(self._faults)}


class SandboxApp:
    def __init__(self, clock: Clock, limiter: RateLimiter, faults: Faults | None = None,
                 strict_gzip: bool = True):
        self.clock, self.limiter, self.faults = clock, limiter, faults
        self.strict_gzip = strict_gzip
        self.stats = Stats()
        self.sleep = time.sleep  # the latency fault's wait; tests replace it to hold answers
        self.nonces = NonceStore()
        self.tokens = TokenDesk(self.nonces)

    def __call__(self, environ, start_response):
        request = Request(environ)
        fault = None
        try:
            (family, name), _ = _ROUTES.bind_to_environ(environ).match()
        except NotFound:
            response = _not_found(request.path)
        except MethodNotAllowed as err:
            response = json_response(405, {"errors": [f"{request.method} is not allowed here"]},
                                     {"Allow": ", ".join(err.valid_methods or [])})
        else:
            faults = self.faults
            if faults is not None and name != "authorize":
                if faults.latency:
                    self.sleep(faults.latency)
                fault = faults.pick()
            if fault == "drop":
                self.stats.record(0, fault)
                return _drop(environ, start_response)
            response = self._answer(request, family, name, fault)
        response = _encode(request, response, fault)
        response.headers[SANDBOX_HEADER] = "1"  # demo data: the client's provenance says so
        self.stats.record(response.status_code, fault)
        return response(environ, start_response)

    def _answer(self, request: Request, family: str, name: str, fault: str | None) -> Response:
        if family == TOKENS:
            return getattr(self.tokens, name)(request)
        if family == ENTERPRISE and self.strict_gzip and "gzip" not in request.headers.get(
                "Accept-Encoding", "").lower():
            return enterprise_error(406, "Send 'Accept-Encoding: gzip': this API answers only "
                                         "compressed (sandbox strict mode)")
        try:
            caller = identify(request, self.nonces)
        except AuthFailure as err:
            if family == V2:
                return unauthorized_v2()
            return _with_quota(enterprise_error(401, "Your account could not be authenticated. "
                                                     f"Reason: {err}"),
                               self.limiter.peek("anonymous", name), family)
        if fault in ("429", "500", "502", "503"):
            return _with_quota(_fault_answer(family, int(fault)),
                               self.limiter.peek(caller.key, name), family)
        quota = self.limiter.take(caller.key, name)
        if not quota.allowed:
            return _with_quota(_fault_answer(family, 429), quota, family)
        now = self.clock.now()
        if family == ENTERPRISE:
            response = enterprise.handle(name, request.get_data(), caller, now)
        elif name == "lookup":
            response = lookup.handle(request.args, caller)
        elif name == "v2-analytics":
            response = analytics.handle(request.args, caller, now)
        else:
            response = v2_insights.handle(name == "v2-historical", request.args, caller, now)
        return _with_quota(response, quota, family)


def _with_quota(response: Response, quota: Quota, family: str) -> Response:
    headers = quota.enterprise_headers() if family == ENTERPRISE else quota.v2_headers()
    response.headers.update(headers)
    return response


def _fault_answer(family: str, status: int) -> Response:
    if status == 429:
        if family == ENTERPRISE:
            return enterprise_error(429, "Rate limit exceeded: too many requests this minute")
        return problem(429, "Too Many Requests", "Too Many Requests")
    text = {500: "Internal Server Error", 502: "Proxy Error", 503: "Service Unavailable"}[status]
    if family == ENTERPRISE:
        return enterprise_error(status, f"{text}: retry with exponential backoff")
    return problem(status, text, text)


def _not_found(path: str) -> Response:
    if path.startswith("/2/"):
        return problem(404, "Not Found Error", f"No endpoint at {path}")
    return json_response(404, {"errors": [f"No endpoint at {path}"]})


def _encode(request: Request, response: Response, fault: str | None) -> Response:
    """gzip the body when the client accepts it; apply body faults."""
    body = response.get_data()
    if fault == "garble":
        body = _GARBLED
    if "gzip" in request.headers.get("Accept-Encoding", "").lower() and body:
        body = gzip.compress(body, compresslevel=5, mtime=0)
        response.headers["Content-Encoding"] = "gzip"
        response.headers.add("Vary", "Accept-Encoding")
    if fault == "truncate":
        body = body[:max(1, len(body) // 2)]
    response.set_data(body)
    return response


def _drop(environ, start_response):
    """Close the connection without an answer (the client sees a dropped connection)."""
    sock = environ.get("werkzeug.socket")
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
    start_response("500 Dropped", [("Content-Length", "0")])
    return [b""]

