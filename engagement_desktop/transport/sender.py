"""Sends one endpoint request for one account: signed, paced, retried, cancellable.

The caller hands over how to read an answer (`read(status, headers, body)`, the endpoint
plugin's parse); a body it finds garbled (ResponseError) is retried like a server error, so a
page is only ever returned whole. Every wait — the rate limiter's, a backoff — ends the moment
the cancel event is set.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from ..core.endpoint import EndpointSpec, HttpRequest
from ..core.rows import ResponseError
from ..credentials.account import Account, Secrets
from ..errors import AppError
from ..i18n.phrases import rounded, translate
from .auth import AuthenticationError, auth_for
from .cancel import Cancelled, wait
from .client import HttpClient, Unreachable
from .masking import mask, masked
from .ratelimit import RateLimits
from .refusals import refusal_reason
from .retry import RATE_LIMITED, RETRY, UNAUTHORIZED, RetryPolicy, classify
from .sessions import Timeouts
from ..credentials.url_policy import InsecureURL, check_url

log = logging.getLogger(__name__)
T = TypeVar("T")
RESUME_LATER = translate("Transport", "gave up for now: resume the job later to fetch what is "
                                      "missing.")


@dataclass(frozen=True)
class Credential:
    account: Account  # with its real base URLs (a sandbox account: the running sandbox's)
    secrets: Secrets


class GaveUp(AppError, RuntimeError):
    """Retries are exhausted; the message says what failed last."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class ReadFailed(GaveUp):
    """The endpoint plugin failed on an answer (a bug of the plugin, not a garbled body): the
    step fails with the error's text, masked like anything that may quote a server."""


class Transport:
    """Data requests of accounts, on the one HTTP client. Everything it returns (the problems of
    what `read` made of an answer) and every message it raises is masked against the secrets
    the app holds: a server that echoes a token never gets it shown, logged or stored."""

    def __init__(self, credentials: Callable[[str], Credential], *,
                 policy: RetryPolicy | None = None, timeouts: Timeouts | None = None,
                 limits: RateLimits | None = None):
        self._credentials = credentials
        self.policy = policy or RetryPolicy()
        self.client = HttpClient(timeouts)
        self.limits = limits or RateLimits()
        self._lock = threading.Lock()
        self.requests_sent = 0
        self.retries = 0
        self.rate_limited = 0  # 429 answers seen

    def send(self, account: str, spec: EndpointSpec, request: HttpRequest,
             cancel: threading.Event, read: Callable[[int, Mapping[str, str], bytes], T],
             on_attempt: Callable[[int], None] | None = None, once: bool = False,
             limit: int | None = None) -> T:
        """`read`'s result for the first usable answer, its problems masked; `once`: no
        retries (a connection test asks once); `limit`: the most bytes the answer may be.

        Raises Cancelled, AuthenticationError (missing secrets, 401, a URL that may not carry
        credentials), GaveUp, or the client's AnswerCut (too large, too slow: not retried).
        """
        credential = self._credentials(account)
        auth = auth_for(credential.account, credential.secrets)
        target = _Target(credential.account, spec, request, auth, limit)
        limiter = self.limits.get(account, spec.name, spec.default_per_minute)
        attempt = failures = refusals = 0
        while True:
            attempt += 1
            self._check_refusals(limiter)
            ticket = limiter.acquire(cancel)
            if on_attempt:
                on_attempt(attempt)
            outcome, status, detail = self._attempt(target, limiter, ticket, read)
            if outcome is not _FAILED:
                return masked(outcome)
            if status == 401:
                raise _refused(account, detail)
            if cancel.is_set():
                raise Cancelled()
            if once:
                raise GaveUp(detail, status)
            self._count(retry=True, refused=status == 429)
            if status == 429:
                refusals += 1
                if refusals >= self.policy.max_rate_limited:
                    raise GaveUp(translate(
                        "Transport", "The server kept answering 429 (too many requests) {times} "
                        "times in a row; {resume}").format(times=refusals, resume=RESUME_LATER),
                        status)
                continue  # the limiter holds the next acquire until the window opens
            failures += 1
            if failures >= self.policy.max_attempts:
                raise GaveUp(translate("Transport", "Gave up after {tries} tries: {detail}")
                             .format(tries=failures, detail=detail), status)
            delay = self.policy.backoff(failures)
            log.info("%s %s: %s; retrying in %.1f s", request.method, request.path, detail, delay)
            wait(cancel, delay)

    def _check_refusals(self, limiter) -> None:
        """GaveUp, without sending, once the pair's 429s have lasted the policy's longest
        wait: a server that refuses for good ends the run's remaining requests quickly."""
        refused_for = limiter.refused_for()
        if refused_for >= self.policy.max_rate_limited_wait:
            raise GaveUp(translate(
                "Transport", "The server has answered only 429 (too many requests) for {minutes} "
                "minutes; {resume}").format(minutes=rounded(refused_for / 60, 0),
                                            resume=RESUME_LATER), 429)

    def _attempt(self, target: _Target, limiter, ticket: int, read):
        """(result, None, None) for a usable answer, else (_FAILED, status or None, why); the
        why is masked."""
        started = time.monotonic()
        self._count()
        request = target.request
        try:
            # A fresh request each time: the auth hook signs it anew (new nonce, timestamp).
            answer = self.client.exchange(request.method, target.url, auth=target.auth,
                                          params=request.params, json=request.json,
                                          allow_insecure_http=target.allow_insecure_http,
                                          limit=target.limit)
        except Unreachable as err:
            limiter.release(ticket)
            return _FAILED, None, err.reason
        status = answer.status
        log.debug("%s %s -> %s in %.0f ms", request.method, request.path, status,
                  (time.monotonic() - started) * 1000)
        limiter.observe(status, answer.headers, ticket)
        verdict = classify(status)
        if verdict == UNAUTHORIZED:
            return _FAILED, status, mask(refusal_reason(answer.body) or "") or NO_REASON
        if verdict == RATE_LIMITED:
            return _FAILED, status, translate("Transport", "too many requests (HTTP 429)")
        if verdict == RETRY:
            return _FAILED, status, translate("Transport", "server error (HTTP {status})").format(
                status=status)
        try:
            return read(status, answer.headers, answer.body), status, None
        except ResponseError as err:  # its message may be a phrase: kept one
            return _FAILED, status, mask(err.args[0] if len(err.args) == 1 else str(err))
        except Cancelled:  # the reader waited for room to parse and the run ended
            raise
        except Exception as err:  # the plugin's bug: its text may quote the body
            raise ReadFailed(PLUGIN_FAILED.format(detail=mask(f"{type(err).__name__}: {err}"))) \
                from None

    def _count(self, retry: bool = False, refused: bool = False) -> None:
        with self._lock:
            if retry:
                self.retries += 1
                self.rate_limited += refused
            else:
                self.requests_sent += 1

    def close(self) -> None:
        self.client.close()


class _Target:
    """Where one request goes and how it is signed; refused before sending when its URL may
    not carry credentials."""

    def __init__(self, account: Account, spec: EndpointSpec, request: HttpRequest, auth,
                 limit: int | None = None):
        self.url = account.url_for(spec.family) + request.path
        self.request, self.auth = request, auth
        self.limit = limit
        self.allow_insecure_http = account.allow_insecure_http
        try:
            check_url(self.url, self.allow_insecure_http)
        except InsecureURL as err:
            raise AuthenticationError(account.name, translate(
                "Transport", "'{name}' cannot be used: {why}").format(
                    name=account.name, why=err.args[0])) from None


_FAILED = object()
NO_REASON = translate("Transport", "no reason given")
# A plugin's bug: its author needs the error's own words, so they stay (masked) as the detail.
PLUGIN_FAILED = translate("Transport", "the endpoint plugin failed ({detail}); tell the "
                                       "plugin's author")


def _refused(account: str, detail: str) -> AuthenticationError:
    """The server refused the account's credentials: the command line names its login
    command, the window its Accounts dialog."""
    values = {"account": account, "detail": detail}
    return AuthenticationError(account, translate(
        "Transport", "The server refused the credentials of '{account}' (HTTP 401: {detail}). "
        "Check them with `engagement-desktop accounts login {account}`.").format(**values),
        status=401, window=translate(
            "Transport", "The server refused the credentials of '{account}' (HTTP 401: "
            "{detail}). Check them in Accounts, or log in again.").format(**values))


__all__ = ["AuthenticationError", "Cancelled", "Credential", "GaveUp", "PLUGIN_FAILED",
           "ReadFailed", "Transport"]
