"""SandboxServer: the emulator on a real socket, in a background thread.

    with SandboxServer() as server:           # 127.0.0.1, a free port
        requests.post(server.base_url + "/insights/engagement/totals", ...)

`now=None` runs on real time; pass a datetime (or call `server.clock.set(...)`) to freeze it.
"""
from __future__ import annotations

import threading
from datetime import datetime

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from . import accounts
from .app import SandboxApp
from .clock import Clock
from .faults import Faults, parse
from .ratelimit import RateLimiter


class _QuietHandler(WSGIRequestHandler):
    """No access log: tests stay quiet and nothing about callers is written anywhere."""

    def log_request(self, code="-", size="-") -> None:
        pass


class SandboxServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, rate_limit: int | None = None,
                 faults: str | Faults | None = None, now: datetime | None = None,
                 strict_gzip: bool = True):
        self.clock = Clock(now)
        self.limiter = RateLimiter(self.clock, rate_limit)
        self.app = SandboxApp(self.clock, self.limiter, _faults(faults), strict_gzip)
        self._host, self._port = host, port
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> SandboxServer:
        if self._server is None:
            self._server = make_server(self._host, self._port, self.app, threaded=True,
                                       request_handler=_QuietHandler)
            self._server.daemon_threads = True
            self._thread = threading.Thread(target=self._server.serve_forever,
                                            kwargs={"poll_interval": 0.1},
                                            name="sandbox-server", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)
            self._server = self._thread = None

    def serve_forever(self) -> None:
        """Serve in the calling thread until KeyboardInterrupt (the CLI's way)."""
        self.start()
        try:
            self._thread.join()
        finally:
            self.stop()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the sandbox is not running; call start() first")
        return self._server.server_port

    @property
    def base_url(self) -> str:
        host = self._server.server_address[0] if self._server else self._host
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    @property
    def accounts(self) -> list[dict]:
        """The demo accounts, sample posts placed relative to this server's clock."""
        return accounts.demo_accounts(self.clock.now())

    @property
    def stats(self) -> dict:
        """{"requests", "rate_limited" (429s sent), "by_status": {status: n}, "faults": {..}}"""
        return self.app.stats.snapshot()

    def set_faults(self, spec: str | Faults | None) -> None:
        self.app.faults = _faults(spec)

    def set_rate_limit(self, per_minute: int | None) -> None:
        self.limiter.per_minute = RateLimiter(self.clock, per_minute).per_minute


def _faults(spec: str | Faults | None) -> Faults | None:
    return spec if isinstance(spec, Faults) or spec is None else parse(spec)
