"""The example saves service the drop-in plugin speaks, on 127.0.0.1 only, recording what it
was asked. A post's saves are its ID modulo 1000; its shares out, its ID modulo 7."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

WIRE_VALUES = {"save_count": lambda post: int(post) % 1000,
               "share_count": lambda post: int(post) % 7}


class SavesServer:
    def __init__(self, known_posts: set[str]):
        self.known = known_posts
        self.asked: list[dict] = []  # each request: ids, fields, whether it was authorised
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> SavesServer:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *_exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, path: str, authorised: bool) -> tuple[int, dict]:
        url = urlsplit(path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        ids, fields = query.get("ids", "").split(","), query.get("fields", "").split(",")
        self.asked.append({"ids": ids, "fields": fields, "authorised": authorised})
        if url.path != "/example/saves" or not authorised:
            return 404 if authorised else 401, {"message": "no such thing"}
        data = [{"id": post, **{f: WIRE_VALUES[f](post) for f in fields}}
                for post in ids if post in self.known]
        return 200, {"data": data, "missing": [p for p in ids if p not in self.known]}

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, body = server.answer(self.path, "Authorization" in self.headers)
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *_args) -> None:  # quiet test output
                pass

        return Handler
