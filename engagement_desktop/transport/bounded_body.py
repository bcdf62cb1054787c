"""Reading an answer's body within bounds: at most `limit` bytes once decompressed. (Its time
is bounded by the request's deadline, answer_deadline.py.)

requests would decode a gzip body whole before we could look at it (a 4 MB bomb becomes
gigabytes). So the body is read raw, a piece at a time as it arrives, and decompressed here
with a cap on the output.
"""
from __future__ import annotations

import zlib
from collections.abc import Callable

from ..core.rows import TOO_LARGE, TOO_SLOW
from ..errors import AppError
from ..i18n.phrases import rounded, translate

PIECE = 64 * 1024  # raw bytes asked for per read; a read returns what has arrived
# gzip or zlib-wrapped deflate, told apart by their headers.
_AUTO_HEADER = 32 + zlib.MAX_WBITS
_COMPRESSED = frozenset({"gzip", "x-gzip", "deflate"})


class AnswerCut(AppError, RuntimeError):
    """An answer was cut off: larger than the request allows, or slower than its deadline.
    `kind` is the problem kind its posts get; the message has no text from the server."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class UnknownEncoding(ValueError):
    """The body came in an encoding that was not asked for."""


def too_large(limit: int) -> AnswerCut:
    return AnswerCut(TOO_LARGE, translate(
        "Transport", "The server's answer grew past {size}, more than this request's answer "
        "can legitimately be; it was cut off and nothing of it was kept. Run again later; if it "
        "keeps happening, the server is misbehaving.").format(size=_size(limit)))


def too_slow(seconds: float) -> AnswerCut:
    return AnswerCut(TOO_SLOW, translate(
        "Transport", "The server was still sending its answer after {seconds} s; it was cut off "
        "and nothing of it was kept. Run again later (resume fetches only what is missing).")
        .format(seconds=rounded(seconds)))


def read_bounded(read_piece: Callable[[int], bytes], encoding: str, limit: int) -> bytes:
    """The whole body, decompressed; AnswerCut when it grows past `limit` bytes (raw or
    decompressed)."""
    body = _Sink(encoding, limit)
    raw = 0
    while piece := read_piece(PIECE):
        raw += len(piece)
        if raw > limit:
            raise too_large(limit)
        body.feed(piece)
    return body.close()


class _Sink:
    """Collects the body, decompressing as it goes and never producing more than `limit`."""

    def __init__(self, encoding: str, limit: int):
        encoding = encoding.strip().lower()
        if encoding not in ("", "identity") and encoding not in _COMPRESSED:
            raise UnknownEncoding(f"the server sent its answer encoded as '{encoding[:40]}', "
                                  "which was not asked for")
        self._inflate = zlib.decompressobj(_AUTO_HEADER) if encoding in _COMPRESSED else None
        self._limit, self._size = limit, 0
        self._parts: list[bytes] = []

    def feed(self, data: bytes) -> None:
        if self._inflate is None:
            self._keep(data)
            return
        try:
            while data and not self._inflate.eof:
                # One byte past the room left: enough to know the cap is exceeded.
                self._keep(self._inflate.decompress(data, self._limit - self._size + 1))
                data = self._inflate.unconsumed_tail
        except zlib.error as err:
            raise UnknownEncoding(f"the server's compressed answer is damaged ({err})") from None

    def close(self) -> bytes:
        if self._inflate is not None:
            self._keep(self._inflate.flush())
        return b"".join(self._parts)

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise too_large(self._limit)
        self._parts.append(data)


def _size(limit: int) -> str:
    """The cap in words; its number a phrase value, so the window writes it the locale's way."""
    if limit >= 1_000_000:
        return translate("Transport", "{megabytes} MB").format(megabytes=rounded(limit / 1e6))
    return translate("Transport", "{bytes} bytes").format(bytes=limit)
