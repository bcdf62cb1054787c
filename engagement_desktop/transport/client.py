"""The app's one HTTP client: every request it sends — data, token endpoints, owner lookups,
connection tests — leaves through `HttpClient.exchange`.

One place, so every request gets the same things: a Session per thread asking for gzip, connect
and read timeouts, the plain-HTTP rule (`url_policy`), and failures described in masked words.
Pacing, retries and signing with an account's secrets are the Transport's (sender.py), built on
this.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass

import requests

from .masking import mask
from .sessions import SessionPool, Timeouts
from ..credentials.url_policy import check_url

log = logging.getLogger(__name__)

# Connection-level failures: refused, dropped, timed out, cut-off or undecodable bodies.
TRANSIENT = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError,
             requests.exceptions.ContentDecodingError)


@dataclass(frozen=True)
class Answer:
    status: int
    headers: Mapping[str, str]
    body: bytes


class Unreachable(RuntimeError):
    """No answer came: the connection failed or timed out. The message is masked."""

    def __init__(self, url: str, error: Exception):
        self.timed_out = isinstance(error, requests.Timeout)
        self.kind = type(error).__name__
        super().__init__(mask(f"{type(error).__name__}: {error}"))
        self.url = url


class HttpClient:
    def __init__(self, timeouts: Timeouts | None = None):
        self.timeouts = timeouts or Timeouts()
        self._sessions = SessionPool()
        self._lock = threading.Lock()
        self._warned: set[str] = set()  # hosts allowed plain HTTP, warned about in this client

    def exchange(self, method: str, url: str, *, auth: requests.auth.AuthBase | None = None,
                 params: Mapping | None = None, json: object = None,
                 data: Mapping | None = None, allow_insecure_http: bool = False) -> Answer:
        """One request, one answer (any status). Raises InsecureURL before sending to a URL
        the plain-HTTP rule refuses, Unreachable when no answer comes."""
        warning = check_url(url, allow_insecure_http)
        if warning:
            self._warn_once(url, warning)
        try:
            response = self._sessions.get().request(method, url, params=params or None,
                                                    json=json, data=data, auth=auth,
                                                    timeout=self.timeouts.pair())
            return Answer(response.status_code, response.headers, response.content)
        except TRANSIENT as err:
            raise Unreachable(url, err) from None

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
