"""The server's own words in a refusal, for the host's requests (401s, token endpoints, the
owner lookup): read with the same reader as the endpoint parsers (`refusal_body`), masked,
and cut short.

Masking comes before the cut, so a secret the server echoed is hidden whole, never shown in
part at the cut."""
from __future__ import annotations

from ..core.parse_body import refusal_body
from ..core.rows import ResponseError
from .masking import mask

LONGEST = 300  # characters of a server's words a message shows


def refusal_reason(body: bytes, status: int = 0) -> str | None:
    """What the server said (masked, at most LONGEST characters), or None when its body says
    nothing readable (no JSON object, garbled, no words in it)."""
    try:
        data = refusal_body(body, status)
    except ResponseError:
        return None
    words = said_in(data)
    if not words:
        return None
    words = mask(words)
    return words if len(words) <= LONGEST else words[:LONGEST] + "…"


def said_in(data: dict) -> str | None:
    """The words of a refusal object: its detail, title or message, else its `errors` (strings,
    or objects with a message or detail), joined."""
    for key in ("detail", "title", "message"):
        if _text(data.get(key)):
            return data[key].strip()
    errors = data.get("errors")
    if not isinstance(errors, list):
        return None
    words = [_error_words(error) for error in errors]
    return "; ".join(w for w in words if w) or None


def _error_words(error: object) -> str | None:
    if _text(error):
        return error.strip()
    if isinstance(error, dict):
        return next((error[k].strip() for k in ("message", "detail", "title")
                     if _text(error.get(k))), None)
    return None


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())
