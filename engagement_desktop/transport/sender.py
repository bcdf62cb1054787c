"""Sends one endpoint request for one account: signed, paced, retried, cancellable.

The caller hands over how to read an answer (`read(status, headers, body)`, the endpoint
plugin's parse); a body it finds garbled (ResponseError) is retried like a server error, so a
page is only ever returned whole. Every wait — the rate limiter's, a backoff — ends the moment
the cancel event is set.
"""
from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

import requests

from ..core.endpoint import ENTERPRISE, EndpointSpec, HttpRequest
from ..core.rows import ResponseError
from ..credentials.account import Account, Secrets
from ..errors import AppError
from .auth import AuthenticationError, auth_for
from .cancel import Cancelled, wait
from .masking import mask
from .ratelimit import RateLimits, RateState
from .retry import RATE_LIMITED, RETRY, UNAUTHORIZED, RetryPolicy, classify
from .sessions import SessionPool, Timeouts

log = logging.getLogger(__name__)
T = TypeVar("T")

# Connection-level failures worth another try: refused, dropped, timed out, cut-off bodies.
TRANSIENT = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError,
             requests.exceptions.ContentDecodingError)


@dataclass(frozen=True)
class Credential:
    account: Account  # with its real base URLs (a sandbox account: the running sandbox's)
    secrets: Secrets


class GaveUp(AppError, RuntimeError):
    """Retries are exhausted; the message says what failed last."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class Transport:
    def __init__(self, credentials: Callable[[str], Credential], *,
                 policy: RetryPolicy | None = None, timeouts: Timeouts | None = None,
                 limits: RateLimits | None = None):
        self._credentials = credentials
        self.policy = policy or RetryPolicy()
        self.timeouts = timeouts or Timeouts()
        self.limits = limits or RateLimits()
        self._sessions = SessionPool()
        self._lock = threading.Lock()
        self.requests_sent = 0
        self.retries = 0
        self.rate_limited = 0  # 429 answers seen

    def credential(self, account: str) -> Credential:
        return self._credentials(account)

    def rate_state(self, account: str, spec: EndpointSpec) -> RateState:
        return self.limits.get(account, spec.name, spec.default_per_minute).state

    def send(self, account: str, spec: EndpointSpec, request: HttpRequest,
             cancel: threading.Event, read: Callable[[int, Mapping[str, str], bytes], T],
             on_attempt: Callable[[int], None] | None = None) -> T:
        """`read`'s result for the first usable answer.

        Raises Cancelled, AuthenticationError (missing secrets, 401) or GaveUp.
        """
        credential = self._credentials(account)
        auth = auth_for(credential.account, credential.secrets)
        base = credential.account.base_url if spec.family == ENTERPRISE else credential.account.api_base_url
        url = base + request.path
        limiter = self.limits.get(account, spec.name, spec.default_per_minute)
        attempt = failures = refusals = 0
        while True:
            attempt += 1
            limiter.acquire(cancel)
            if on_attempt:
                on_attempt(attempt)
            outcome, status, detail = self._attempt(request, url, auth, limiter, read)
            if outcome is not _FAILED:
                return outcome
            if status == 401:
                raise AuthenticationError(account, (
                    f"The server refused the credentials of '{account}' (HTTP 401: {detail}). "
                    f"Check them with `engagement-desktop accounts login {account}`."))
            if cancel.is_set():
                raise Cancelled()
            self._count(retry=True, refused=status == 429)
            if status == 429:
                refusals += 1
                if refusals >= self.policy.max_rate_limited:
                    raise GaveUp(f"The server kept answering 429 (too many requests) "
                                 f"{refusals} times in a row.", status)
                continue  # the limiter holds the next acquire until the window opens
            failures += 1
            if failures >= self.policy.max_attempts:
                raise GaveUp(f"Gave up after {failures} tries: {detail}", status)
            delay = self.policy.backoff(failures)
            log.info("%s %s: %s; retrying in %.1f s", request.method, request.path, detail, delay)
            wait(cancel, delay)

    def _attempt(self, request: HttpRequest, url: str, auth, limiter, read):
        """(result, None, None) for a usable answer, else (_FAILED, status or None, why)."""
        session = self._sessions.get()
        started = time.monotonic()
        self._count()
        try:
            # A fresh request each time: the auth hook signs it anew (new nonce, timestamp).
            response = session.request(request.method, url, params=request.params or None,
                                       json=request.json, auth=auth,
                                       timeout=self.timeouts.pair())
            status, headers, body = response.status_code, response.headers, response.content
        except TRANSIENT as err:
            return _FAILED, None, f"connection problem ({type(err).__name__}: {mask(str(err))})"
        log.debug("%s %s -> %s in %.0f ms", request.method, request.path, status,
                  (time.monotonic() - started) * 1000)
        limiter.observe(status, headers)
        verdict = classify(status)
        if verdict == UNAUTHORIZED:
            return _FAILED, status, _reason(body)
        if verdict == RATE_LIMITED:
            return _FAILED, status, "too many requests (HTTP 429)"
        if verdict == RETRY:
            return _FAILED, status, f"server error (HTTP {status})"
        try:
            return read(status, headers, body), status, None
        except ResponseError as err:
            return _FAILED, status, mask(str(err))

    def _count(self, retry: bool = False, refused: bool = False) -> None:
        with self._lock:
            if retry:
                self.retries += 1
                self.rate_limited += refused
            else:
                self.requests_sent += 1

    def close(self) -> None:
        self._sessions.close()


_FAILED = object()


def _reason(body: bytes) -> str:
    """The server's own words from an error body, masked, or a plain fallback."""
    try:
        data = json.loads(body)
    except ValueError:
        return "no reason given"
    if isinstance(data, dict):
        errors = data.get("errors")
        if isinstance(errors, list) and errors:
            return mask("; ".join(_said(e) for e in errors))
        if isinstance(data.get("detail"), str):
            return mask(data["detail"])
    return "no reason given"


def _said(error: object) -> str:
    if isinstance(error, dict):
        return str(error.get("message") or error.get("detail") or error)
    return str(error)


__all__ = ["AuthenticationError", "Cancelled", "Credential", "GaveUp", "Transport"]
