"""Fewer glibc malloc arenas for a run's many worker threads.

glibc gives a thread that allocates while others do an arena of its own (up to 8 per core),
and memory freed in an arena mostly stays with it. With up to 32 workers each reading a
multi-megabyte answer, that took the hourly 6.2M-value run to 474-488 MiB peak RSS, against
248 MiB with two arenas (BENCHMARKS.md, pacing section); the GIL serialises most allocations
anyway (user CPU 1.84 s against 1.88-1.91 s). Elsewhere (macOS, Windows, musl) nothing is done.
"""
from __future__ import annotations

import ctypes
import sys

ARENAS = 2
M_ARENA_MAX = -8  # glibc's mallopt parameter number
_done: list[bool] = []  # the outcome, once tried


def cap_malloc_arenas() -> bool:
    """Ask glibc for at most ARENAS arenas from now on; whether it said yes. Tried once."""
    if not _done:
        _done.append(_mallopt(M_ARENA_MAX, ARENAS))
    return _done[0]


def _mallopt(parameter: int, value: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        return bool(ctypes.CDLL("libc.so.6").mallopt(parameter, value))
    except (OSError, AttributeError):  # not glibc
        return False
