"""A hostile HTTP server on 127.0.0.1 that echoes the credentials it is sent back at the app.

Every answer quotes the request's Authorization header and the secrets it was told to leak
(a server that knows the consumer secret or a token), in the shape its mode names:

- "400", "403", "401": a JSON refusal with the echo in `errors`, `title` and `detail`
- "500": a server error whose body is the echo
- "200-errors": a 200 whose `errors` (per post, v2 style) carry the echo
- "garbled": a body that opens like JSON and breaks off inside the echo
- "token": a token endpoint that refuses with the echo (OAuth 1.0a and Basic alike)

Other modes answer without echoing, each with a failure of its own (issue 13, items 5 and 6):

- "gzip-bomb": a 4 MB gzip body that inflates to 4 GB
- "endless": a chunked body that never ends
- "trickle": a body sent a byte every `interval` seconds
- "trickle-head": a status line, then headers sent a byte every `interval` seconds
- "totals": honest enterprise totals (grouping `per-post`: tweet.id, engagement.type), from a
  server that is not the sandbox
- "extra-post", "wrong-width", "unavailable-others", "duplicate-keys": such totals that
  add a post not asked for, spell an ID
  with a leading zero, refuse with `unavailable_tweet_ids` naming other posts, or repeat a
  post's key in place of another's
"""
from __future__ import annotations

import json
import threading
import time
import zlib
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

MODES = ("400", "401", "403", "500", "200-errors", "garbled")
STREAMS = ("gzip-bomb", "endless", "trickle", "trickle-head")
INTEGRITY = ("extra-post", "wrong-width", "unavailable-others", "duplicate-keys")
TOTALS = ("totals", *INTEGRITY)
NOT_ASKED = "1999999999999999999"  # a post no test asks about
BOMB_BLOCKS = 4096  # MB of zeros in the bomb: ~1 KB each once compressed


class HostileServer:
    def __init__(self, mode: str, leaks: tuple[str, ...] = (), interval: float = 2.0):
        self.mode, self.leaks, self.interval = mode, leaks, interval
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


def totals_answer(mode: str, post_ids: list[str]) -> tuple[int, bytes]:
    """Enterprise totals for `post_ids`, spoiled the way `mode` says."""
    def counts(n: int) -> str:
        return f'{{"favorites": "{n + 3}", "retweets": "{n + 1}"}}'
    if mode == "unavailable-others":
        return 400, json.dumps({"errors": ["Some posts are unavailable."],
                                "unavailable_tweet_ids": [NOT_ASKED]}).encode()
    keys = list(post_ids)
    if mode == "extra-post":
        keys.append(NOT_ASKED)
    elif mode == "wrong-width":
        keys[0] = "0" + keys[0]
    elif mode == "duplicate-keys":
        keys[1] = keys[0]
    entries = ", ".join(f'"{key}": {counts(n)}' for n, key in enumerate(keys))
    return 200, f'{{"per-post": {{{entries}}}}}'.encode()


@cache
def gzip_bomb() -> bytes:
    """About 4 MB of gzip that inflates to BOMB_BLOCKS MB of zeros. One fully flushed block is
    repeated instead of compressing gigabytes; the trailer is left off, as the client must stop
    long before it."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    head = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    return head + block * (BOMB_BLOCKS - 1)


def _handler(server: HostileServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # chunked bodies need it
        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self._answer(self.rfile.read(length))

        def _answer(self, sent: bytes = b"") -> None:
            server.requests += 1
            query = parse_qs(urlsplit(self.path).query)
            ids = ",".join(query.get("ids", []) + query.get("tweet_ids", [])).split(",")
            ids = [i for i in ids if i] + _posted_ids(sent)
            if server.mode in STREAMS:
                self._stream()
                return
            if server.mode in TOTALS:
                status, body = totals_answer(server.mode, ids)
            else:
                status, body = server.answer(self.headers.get("Authorization", ""), ids)
            self._head(status, {"Content-Length": str(len(body))})
            self.wfile.write(body)

        def _head(self, status: int, headers: dict[str, str]) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()

        def _stream(self) -> None:
            """The failing body of a stream mode, until the client hangs up."""
            try:
                if server.mode == "gzip-bomb":
                    bomb = gzip_bomb()
                    self._head(200, {"Content-Encoding": "gzip", "Content-Length": str(len(bomb))})
                    self.wfile.write(bomb)
                elif server.mode == "endless":
                    self._head(200, {"Transfer-Encoding": "chunked"})
                    piece = b'{"per-post": {' + b" " * 65_000
                    while True:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                elif server.mode == "trickle-head":  # headers that would end after 1,000
                    self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                    for _ in range(1000):
                        self.wfile.write(b"z")
                        self.wfile.flush()
                        time.sleep(server.interval)
                else:  # trickle: a body that would be whole after 1,000 bytes
                    self._head(200, {"Content-Length": "1000"})
                    for _ in range(1000):
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(server.interval)
            except OSError:  # the client hung up: what the mode is for
                self.close_connection = True

        def log_message(self, *args) -> None:  # quiet: the test reads the app's outputs
            pass

    return Handler


def _posted_ids(sent: bytes) -> list[str]:
    """The `tweet_ids` of an enterprise request's JSON body."""
    try:
        ids = json.loads(sent or b"{}").get("tweet_ids", [])
    except (ValueError, AttributeError):
        return []
    return [str(i) for i in ids] if isinstance(ids, list) else []
