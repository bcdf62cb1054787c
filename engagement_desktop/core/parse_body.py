"""What every response parser needs: JSON decoding, counts, instants, and a page that keeps
one value per row key.

Everything that is not what the contract says raises ResponseError with a sentence naming the
place in the body, so a garbled or truncated answer is retried and then reported, never
half-read.
"""
from __future__ import annotations

import codecs
import json
from collections.abc import Iterable

from . import metrics, utc
from .plan import Step
from .rows import (FORBIDDEN, PROTECTED, UNAVAILABLE, UNSUPPORTED_IMPRESSIONS,
                   UNSUPPORTED_VIDEO_VIEWS, ParsedPage, PostProblem, ResponseError, Row)

# What a user is told about each kind of per-post answer, whichever API family gave it.
EXPLAIN = {
    UNAVAILABLE: "The server has no data for this post: it was deleted or is unavailable.",
    PROTECTED: "The post is from a protected account; the API serves no metrics for protected "
               "posts, not even to their owner.",
    FORBIDDEN: "This account may not read this post's metrics: run the query with the post "
               "owner's user-context account.",
    UNSUPPORTED_VIDEO_VIEWS: "Video views exist only for posts at most 1800 days old.",
    UNSUPPORTED_IMPRESSIONS: "Impressions and engagements totals exist only for posts at most "
                             "90 days old; the historical endpoint covers the last 365 days.",
}


def decode_object(body: bytes, status: int) -> dict:
    """The body as a JSON object."""
    try:
        data = json.loads(body)
    except ValueError:  # UnicodeDecodeError included
        raise ResponseError(f"The server's answer (HTTP {status}) is not JSON: "
                            f"{_glimpse(body)}.") from None
    except RecursionError:  # json's own recursion limit: "[" * 100000
        raise ResponseError(f"The server's answer (HTTP {status}) is not JSON: its lists and "
                            f"objects nest too deeply to read.") from None
    if not isinstance(data, dict):
        raise ResponseError(f"The server's answer (HTTP {status}) is JSON but not an object.")
    return data


def _glimpse(body: bytes) -> str:
    """What a body that is not JSON looks like, in words a user can read: its start when it is
    text (an HTML error page), its size when it is not (echoed bytes would be garbage)."""
    if not body.strip():
        return "an empty body"
    if body.startswith(_GZIP_MAGIC):
        return f"{len(body)} bytes of gzip-compressed data that were not decompressed"
    text = body.decode("utf-8", "replace").strip()
    if "\ufffd" in text or any(ord(c) < 32 and c not in "\t\n\r" for c in text[:_GLIMPSE]):
        return f"{len(body)} bytes of binary data"
    return quoted(text)


_GZIP_MAGIC = b"\x1f\x8b"
_GLIMPSE = 80  # characters of a text body a message shows


MAX_COUNT = 2**63 - 1  # what the result cache and the tree's int64 columns hold


def as_count(value: object) -> int | None:
    """A count as the APIs write it — an ASCII digit string ("551") or a whole number (551,
    551.0) — or None for anything else (negative, fractional, too large, "1_000", "٣")."""
    kind = type(value)
    if kind is str:
        if not (value.isascii() and value.isdigit()):
            return None
        try:
            number = int(value)
        except ValueError:  # more digits than int() converts (sys.get_int_max_str_digits)
            return None
    elif kind is int:
        number = value
    elif kind is float and value.is_integer():
        number = int(value)
    else:
        return None
    return number if 0 <= number <= MAX_COUNT else None


def count(value: object, where: str) -> int:
    number = as_count(value)
    if number is None:
        raise ResponseError(f"{where}: expected a count, got {shown(value)}.")
    return number


def bucket_of(text: object, where: str) -> int:
    """An ISO 8601 instant → its UTC epoch seconds."""
    if not isinstance(text, str):
        raise ResponseError(f"{where}: expected a time, got {shown(text)}.")
    try:
        return utc.epoch(utc.parse_instant(text))
    except (ValueError, OverflowError):  # overflow: year 1 or 9999 shifted out of range
        raise ResponseError(f"{where}: {quoted(text)} is not an ISO 8601 time.") from None


def expect(value: object, kind: type, where: str):
    """`value` if it is a `kind` (dict, list, str), else ResponseError."""
    if not isinstance(value, kind):
        raise ResponseError(f"{where}: expected {_KIND_NAMES[kind]}, got {kind_of(value)}.")
    return value


# Messages name JSON's kinds of value, not Python's: a user reads the server's JSON.
_KIND_NAMES = {dict: "an object", list: "a list", str: "a string"}


def kind_of(value: object) -> str:
    """The JSON kind of a decoded value: null, true, false, a number, a string, a list, an
    object."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return "a number"
    return _KIND_NAMES.get(type(value), type(value).__name__)


def shown(value: object) -> str:
    """A decoded value as a message shows it: a number or a string as written (cut short),
    anything else by its kind."""
    if isinstance(value, str):
        return quoted(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _cut(json.dumps(value))
    return kind_of(value)


def quoted(text: str) -> str:
    """A server's text in quotes, cut short: the house style of 'bogus' is not a metric."""
    return repr(_cut(text))


def _cut(text: str) -> str:
    return text if len(text) <= _GLIMPSE else text[:_GLIMPSE] + "…"


def known_metric(name: str) -> str | None:
    """The catalog name of a metric the server named (any spelling), or None for a name the
    catalog lacks: a row of an unknown metric would be a fact no query asked for."""
    metric = metrics.canonical(name)
    return metric if metric in metrics.METRICS else None


def post_ids(value: object, where: str) -> list[str]:
    """A list of post IDs, written as strings or numbers."""
    ids = []
    for item in expect(value, list, where):
        text = str(item) if type(item) in (str, int) else ""
        if not (text.isascii() and text.isdigit()):
            raise ResponseError(f"{where}: {shown(item)} is not a post ID.")
        ids.append(text)
    return ids


def refusal_body(body: bytes, status: int) -> dict:
    """A refusal's body as a JSON object, or {} when it has none by design: SPEC.md gives 404
    and 406 no body, and a proxy's HTML error page holds nothing a parser can use. Such a
    refusal is the server's last word, not retried.

    Every JSON body X sends is an object, so a body that opens with `{` and does not decode was
    damaged on the way (garbled, cut short): ResponseError, retried like any garbled answer,
    since the intact refusal (protected posts, a bad parameter) is what the user must read."""
    if body.removeprefix(codecs.BOM_UTF8).lstrip(_JSON_SPACE).startswith(b"{"):
        return decode_object(body, status)
    return {}


_JSON_SPACE = b" \t\n\r"  # what JSON allows before a value (bytes.strip() takes more)


# What a user can do about a refusal whose status says more than its body.
_ADVICE = {
    404: "there is nothing at this address, so the account's {url} (or the endpoint's path) is "
         "wrong. Check the {url} in the account's settings.",
    406: "it sends only gzip-compressed answers and this request did not accept them. This "
         "app always asks for gzip, so something between it and the server (a proxy?) removed "
         "the request's Accept-Encoding header: check your proxy settings.",
}


def refused(status: int, said: str | None, url_field: str) -> str:
    """What a user reads about a request the server refused as a whole (`said`: the server's
    own words, if any; `url_field`: the account setting holding the endpoint family's URL)."""
    opening = f"The server refused the request (HTTP {status})"
    if status in _ADVICE:
        advice = _ADVICE[status].format(url=url_field)
        return f"{opening}: {advice}{server_said(said)}"
    return f"{opening}: {said}" if said else f"{opening} without saying why."


def server_said(said: str | None) -> str:
    """The server's own words after a message of ours ("" when it gave none)."""
    return f" The server said: {said}" if said else ""


def every_post(step: Step, kind: str, message: str) -> list[PostProblem]:
    """The same problem for each post of a step (the server refused the request as a whole)."""
    return [PostProblem(post_id, kind, message) for post_id in step.ids]


class PageBuilder:
    """Collects one response's rows and problems. The first value of a row key wins: several
    groupings (or a renamed metric beside its new name) may carry the same number, and a page
    must hold it once (see core/results.py)."""

    def __init__(self) -> None:
        self._rows: dict[tuple, Row] = {}
        self._problems: dict[PostProblem, None] = {}

    def add_row(self, row: Row) -> None:
        self._rows.setdefault(row[:4], row)  # Row.key, without a property call per value

    def add_problems(self, problems: Iterable[PostProblem]) -> None:
        for problem in problems:
            self._problems.setdefault(problem)

    def drop_rows(self, post_ids: Iterable[str], metrics: Iterable[str]) -> None:
        """Forget placeholder values the server sent for metrics it does not support."""
        posts, names = set(post_ids), set(metrics)
        for key in [k for k in self._rows if k[0] in posts and k[1] in names]:
            del self._rows[key]

    def page(self, retry_without: Iterable[str] = ()) -> ParsedPage:
        return ParsedPage(list(self._rows.values()), list(self._problems),
                          frozenset(retry_without))
