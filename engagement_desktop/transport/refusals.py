"""The server's own words in a refusal, for the host's requests (401s, token endpoints): read by
the one refusal reader (core/refusal.py) the endpoint parsers use, masked, and cut short.

Masking comes before the cut, so a secret the server echoed is hidden whole, never shown in
part at the cut."""
from __future__ import annotations

from ..core.refusal import refusal_body, said_in
from ..core.rows import ResponseError
from .masking import CUT, mask

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
    return words if len(words) <= LONGEST else words[:LONGEST] + CUT
