"""One `requests.Session` per worker thread (a Session is not safe to share between threads),
each asking for gzip and each call bounded by connect and read timeouts and an overall
deadline (answer_deadline.py)."""
from __future__ import annotations

import threading
from dataclasses import dataclass

import requests

from .. import __version__
from .answer_deadline import DeadlineAdapter


@dataclass(frozen=True)
class Timeouts:
    connect: float = 10.0
    read: float = 60.0
    # Seconds from sending to the body's last byte: headers or a body trickling in a byte at a
    # time never trip the read timeout. A large historical page takes a few seconds on a slow link.
    total: float = 180.0

    def pair(self) -> tuple[float, float]:
        return (self.connect, self.read)


class SessionPool:
    """Hands each thread its own Session; `close` closes every one made."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._lock = threading.Lock()
        self._made: list[requests.Session] = []

    def get(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = _new_session()
            self._local.session = session
            with self._lock:
                self._made.append(session)
        return session

    def close(self) -> None:
        with self._lock:
            made, self._made = self._made, []
        for session in made:
            session.close()


def _new_session() -> requests.Session:
    session = requests.Session()
    # Retries are ours (re-signed, paced, cancellable); urllib3 must not resend on its own.
    adapter = DeadlineAdapter(max_retries=0, pool_connections=4, pool_maxsize=4)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update({"Accept-Encoding": "gzip",
                            "User-Agent": f"engagement-desktop/{__version__}"})
    return session
