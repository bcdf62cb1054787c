"""Reading what a server sent, before any endpoint's shape applies: a body as a JSON object, a
refusal's body and what a user is told about it, and how a message shows the server's values.

A pure reader with no endpoint knowledge: the endpoint parsers (through the plugin API) and
the host's own requests (owner lookup, token endpoints) share it, so every refusal reads alike.
Anything that is not JSON where JSON is due raises ResponseError, which the transport retries.
"""
from __future__ import annotations

import codecs
import json

from ..i18n.phrases import translate
from .rows import ResponseError

NOT_JSON = translate("Answers", "The server's answer (HTTP {status}) is not JSON: {glimpse}.")


def decode_object(body: bytes, status: int) -> dict:
    """The body as a JSON object."""
    try:
        data = _decode(body)
    except ValueError:  # UnicodeDecodeError included
        raise ResponseError(NOT_JSON.format(status=status, glimpse=_glimpse(body))) from None
    except RecursionError:  # json's own recursion limit: "[" * 100000
        raise ResponseError(NOT_JSON.format(status=status, glimpse=translate(
            "Answers", "its lists and objects nest too deeply to read"))) from None
    if not isinstance(data, dict):
        raise ResponseError(translate("Answers", "The server's answer (HTTP {status}) is JSON "
                                                 "but not an object.").format(status=status))
    return data


def _decode(body: bytes):
    """A body's JSON value, as json.loads reads it. msgspec builds the same objects (numbers
    past 64 bits included) in two thirds of the time: an hourly page is a quarter of a million
    values, and decoding them was most of the client's CPU a value. What it refuses and
    json.loads accepts (a byte-order mark, UTF-16, NaN, a lone surrogate, a deeper nest) is
    left to json.loads, so a body is JSON exactly when json.loads says so."""
    import msgspec  # when a body is read, not on planning (8 ms of a start)

    try:
        return msgspec.json.decode(body)
    except (msgspec.DecodeError, RecursionError):
        return json.loads(body)


def _glimpse(body: bytes) -> str:
    """What a body that is not JSON looks like, in words a user can read: its start when it is
    text (an HTML error page), its size when it is not (echoed bytes would be garbage)."""
    if not body.strip():
        return translate("Answers", "an empty body")
    if body.startswith(_GZIP_MAGIC):
        return translate("Answers", "{bytes} bytes of gzip-compressed data that were not "
                                    "decompressed").format(bytes=len(body))
    text = body.decode("utf-8", "replace").strip()
    if "\ufffd" in text or any(ord(c) < 32 and c not in "\t\n\r" for c in text[:_GLIMPSE]):
        return translate("Answers", "{bytes} bytes of binary data").format(bytes=len(body))
    return quoted(text)


_GZIP_MAGIC = b"\x1f\x8b"
_GLIMPSE = 80  # characters of a text body a message shows



def expect(value: object, kind: type, where: str):
    """`value` if it is a `kind` (dict, list, str), else ResponseError."""
    if not isinstance(value, kind):
        raise ResponseError(EXPECTED.format(where=where, kind=_KIND_NAMES[kind],
                                            found=kind_of(value)))
    return value


# Messages name JSON's kinds of value, not Python's: a user reads the server's JSON.
_KIND_NAMES = {dict: translate("Answers", "an object"), list: translate("Answers", "a list"),
               str: translate("Answers", "a string")}
# What a parser expected at a place of the answer, and what it found there.
EXPECTED = translate("Answers", "{where}: expected {kind}, got {found}.")


def kind_of(value: object) -> str:
    """The JSON kind of a decoded value: null, true, false, a number, a string, a list, an
    object."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return translate("Answers", "a number")
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


def said_in(data: dict) -> str | None:
    """The words of a refusal object: its detail, title or message, else its `errors` (strings,
    or objects with a message or detail), joined."""
    for key in ("detail", "title", "message"):
        if _words(data.get(key)):
            return data[key].strip()
    errors = data.get("errors")
    if not isinstance(errors, list):
        return None
    words = [_error_words(error) for error in errors]
    return "; ".join(w for w in words if w) or None


def _error_words(error: object) -> str | None:
    if _words(error):
        return error.strip()
    if isinstance(error, dict):
        return next((error[k].strip() for k in ("message", "detail", "title")
                     if _words(error.get(k))), None)
    return None


def _words(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())
