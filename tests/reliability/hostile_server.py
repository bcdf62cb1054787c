"""A hostile HTTP server on 127.0.0.1 that echoes the credentials it is sent back at the app.

Every answer quotes the request's Authorization header and the secrets it was told to leak
(a server that knows the consumer secret or a token), in the shape its mode names:

- "400", "403", "401": a JSON refusal with the echo in `errors`, `title` and `detail`
- "500": a server error whose body is the echo
- "200-errors": a 200 whose `errors` (per post, v2 style) carry the echo
- "garbled": a body that opens like JSON and breaks off inside the echo
- "token": a token endpoint that refuses with the echo (OAuth 1.0a and Basic alike)
"""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

MODES = ("400", "401", "403", "500", "200-errors", "garbled")


class HostileServer:
    def __init__(self, mode: str, leaks: tuple[str, ...] = ()):
        self.mode, self.leaks = mode, leaks
        self.requests = 0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, authorization: str, post_ids: list[str]) -> tuple[int, bytes]:
        """The status and body of this mode, echoing `authorization` and the leaks."""
        # The leaks first: a message that quotes a body's start then shows (part of) one.
        echo = f"we know {' '.join(self.leaks)} and you sent Authorization: {authorization}"
        refusal = {"title": echo, "detail": echo, "errors": [{"message": echo}, echo]}
        if self.mode in ("400", "401", "403", "token"):
            status = 401 if self.mode == "token" else int(self.mode)
            return status, json.dumps(refusal).encode()
        if self.mode == "500":
            return 500, echo.encode()
        if self.mode == "200-errors":
            errors = [{"value": post_id, "resource_id": post_id, "title": echo, "detail": echo,
                       "type": "https://api.x.com/2/problems/resource-not-found"}
                      for post_id in post_ids]
            return 200, json.dumps({"errors": errors, "detail": echo}).encode()
        return 200, ('{"errors": [{"message": "' + echo).encode()  # garbled: cut off


def _handler(server: HostileServer):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self._answer()

        def _answer(self) -> None:
            server.requests += 1
            query = parse_qs(urlsplit(self.path).query)
            ids = ",".join(query.get("ids", []) + query.get("tweet_ids", [])).split(",")
            status, body = server.answer(self.headers.get("Authorization", ""),
                                         [i for i in ids if i])
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:  # quiet: the test reads the app's outputs
            pass

    return Handler
