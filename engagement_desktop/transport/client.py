"""The app's one HTTP client: every request it sends — data, token endpoints, owner lookups,
connection tests — leaves through `HttpClient.exchange`.

One place, so every request gets the same things: a Session per thread asking for gzip, connect
and read timeouts, the plain-HTTP rule (`url_policy`), a body bounded in size and time
and in time (bounded_body.py, answer_deadline.py: a cut-off answer raises AnswerCut, never
retried, since the same request would be answered the same way), and failures described in masked words.
Pacing, retries and signing with an account's secrets are the Transport's (sender.py), built on
this.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import requests
import urllib3

from ..core.endpoint import SANDBOX_HEADER
from .answer_deadline import answer_deadline
from .bounded_body import UnknownEncoding, read_bounded
from .connection_failure import TIMED_OUT, failure_words
from .masking import mask
from .sessions import SessionPool, Timeouts
from ..credentials.url_policy import check_url

log = logging.getLogger(__name__)

# Connection-level failures: refused, dropped, timed out, cut-off or undecodable bodies.
TRANSIENT = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError,
             requests.exceptions.ContentDecodingError)
# The body is read from urllib3 directly (bounded_body.py), so its failures come unwrapped.
_BODY_FAILURES = (urllib3.exceptions.HTTPError, UnknownEncoding, OSError)
# The most any answer may be when the caller names no size: the owner lookups, the token
# endpoints, a connection test all answer in kilobytes.
FLOOR_BYTES = 16_000_000


@dataclass(frozen=True)
class Answer:
    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def from_sandbox(self) -> bool:
        return from_sandbox(self.headers)


def from_sandbox(headers: Mapping[str, str]) -> bool:
    """Whether an answer's headers mark it as the built-in sandbox's (demo data)."""
    return headers.get(SANDBOX_HEADER) == "1"


class Unreachable(RuntimeError):
    """No answer came: the connection failed or timed out. The message is what happened, in
    words (a phrase); the library's own detail, masked, goes to the log."""

    def __init__(self, url: str, error: Exception):
        self.reason = failure_words(error)
        self.timed_out = self.reason is TIMED_OUT
        super().__init__(self.reason)
        self.url = url
        log.info("no answer from %s: %s", mask(url), mask(f"{type(error).__name__}: {error}"))


class HttpClient:
    def __init__(self, timeouts: Timeouts | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.timeouts = timeouts or Timeouts()
        self._clock = clock  # the deadline's
        self._sessions = SessionPool()
        self._lock = threading.Lock()
        self._warned: set[str] = set()  # hosts allowed plain HTTP, warned about in this client

    def exchange(self, method: str, url: str, *, auth: requests.auth.AuthBase | None = None,
                 params: Mapping | None = None, json: object = None,
                 data: Mapping | None = None, allow_insecure_http: bool = False,
                 limit: int | None = None) -> Answer:
        """One request, one answer (any status) of at most `limit` bytes decompressed (default
        FLOOR_BYTES). Raises InsecureURL before sending to a URL the plain-HTTP rule refuses,
        Unreachable when no answer comes, AnswerCut when it is too large or too slow."""
        warning = check_url(url, allow_insecure_http)
        if warning:
            self._warn_once(url, warning)
        deadline = self._clock() + self.timeouts.total
        try:
            with answer_deadline(lambda: self._clock() > deadline, self.timeouts.total):
                response = self._sessions.get().request(
                    method, url, params=params or None, json=json, data=data, auth=auth,
                    timeout=self.timeouts.pair(), stream=True)
        except TRANSIENT as err:
            raise Unreachable(url, err) from None
        try:
            body = read_bounded(lambda size: response.raw.read1(size, decode_content=False),
                                response.headers.get("Content-Encoding", ""),
                                limit or FLOOR_BYTES)
        except BaseException as err:
            response.close()  # the rest of the body is unread: the connection is not reused
            if isinstance(err, _BODY_FAILURES):
                raise Unreachable(url, err) from None
            raise
        response.raw.release_conn()  # read to its end: the connection serves the next request
        return Answer(response.status_code, response.headers, body)

    def _warn_once(self, url: str, warning: str) -> None:
        """Log the plain-HTTP warning once per host and client (each run, each command has its
        own client), not once per request of a 100,000-request run."""
        host = requests.utils.urlparse(url).hostname or url
        with self._lock:
            if host in self._warned:
                return
            self._warned.add(host)
        log.warning("%s", warning)

    def close(self) -> None:
        self._sessions.close()
