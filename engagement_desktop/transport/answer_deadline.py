"""An answer's overall deadline, kept from its status line to its body's last byte.

A read timeout bounds each socket read, not the answer: a server that sends its headers (or
its body) a byte every 2 s never trips it. So the sessions' connections read every answer
through a reader that asks the request's deadline before each socket read, and the request
ends with AnswerCut ("answer_too_slow") once it has passed, wherever the answer was.
"""
from __future__ import annotations

import http.client
import io
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from .bounded_body import too_slow

_current = threading.local()  # the deadline of the request this thread is sending


@contextmanager
def answer_deadline(past: Callable[[], bool], seconds: float) -> Iterator[None]:
    """Answers to requests sent in this block end once `past()` turns true; `seconds` is the
    deadline the message names."""
    _current.deadline = (past, seconds)
    try:
        yield
    finally:
        _current.deadline = None


class DeadlineAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections read answers against the request's deadline."""

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _POOLS
        return manager


class _ClockedSocketIO(io.RawIOBase):
    """The socket's reader, asking the deadline before each read."""

    def __init__(self, raw: io.RawIOBase, past: Callable[[], bool], seconds: float):
        super().__init__()
        self._raw, self._past, self._seconds = raw, past, seconds

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int | None:
        if self._past():
            raise too_slow(self._seconds)
        return self._raw.readinto(buffer)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _ClockedResponse(http.client.HTTPResponse):
    def __init__(self, sock, *args, **kwargs):
        super().__init__(sock, *args, **kwargs)
        deadline = getattr(_current, "deadline", None)
        if deadline is not None:  # nothing is read yet: the buffer is empty
            self.fp = io.BufferedReader(_ClockedSocketIO(self.fp.detach(), *deadline))


class _HTTPConnection(HTTPConnection):
    response_class = _ClockedResponse


class _HTTPSConnection(HTTPSConnection):
    response_class = _ClockedResponse


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}
