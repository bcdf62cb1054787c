"""What a post ID alone says about the post: its creation time, its owner and its state.

Any syntactically valid ID is a post of the sandbox (documented in docs/sandbox.md):
- created at the snowflake time `(id >> 22) + 1288834974657` ms (Unix epoch);
- owned by demo user number `id % 3` (0 @demo_owner, 1 @demo_analyst, 2 @demo_creator),
  except IDs below 10,000,000,000 — too small for snowflakes, like the documentation's
  placeholder 123456789 — which all belong to @demo_owner;
- deleted when `(id // 3) % 100 == 0`, protected when `(id // 3) % 100 == 1` (1% each).
"""
from __future__ import annotations

import re
from datetime import datetime, timezone

TWEPOCH_MS = 1288834974657
OK, DELETED, PROTECTED = "ok", "deleted", "protected"
MAX_ID = 2**63 - 1
_ID = re.compile(r"[0-9]{1,19}")
_STATE_MOD = 100  # one state slot in a hundred for each of deleted and protected
_OWNERS = 3
LEGACY_BELOW = 10**10


def parse_id(value: object) -> int | None:
    """The post ID as an int, or None when `value` is not one (digits only, at most 19)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, str):
        text = value
    else:
        return None
    if not _ID.fullmatch(text) or int(text) > MAX_ID:
        return None
    return int(text)


def created_ms(post_id: int) -> int:
    return (post_id >> 22) + TWEPOCH_MS


def created_at(post_id: int) -> datetime:
    return datetime.fromtimestamp(created_ms(post_id) / 1000, timezone.utc)


def owner_index(post_id: int) -> int:
    return 0 if post_id < LEGACY_BELOW else post_id % _OWNERS


def state(post_id: int) -> str:
    slot = (post_id // _OWNERS) % _STATE_MOD
    return DELETED if slot == 0 else PROTECTED if slot == 1 else OK


def make_id(created: datetime, owner: int, wanted: str = OK) -> int:
    """An ID created at `created` (ms precision) with the given owner index and state."""
    base = (int(created.timestamp() * 1000) - TWEPOCH_MS) << 22
    slot = {DELETED: 0, PROTECTED: 1, OK: 50}[wanted]
    period = _OWNERS * _STATE_MOD
    # The low 22 bits are worker and sequence numbers: free to pick, so pick the residue.
    return base + (slot * _OWNERS + owner - base) % period
