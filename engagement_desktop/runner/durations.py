"""How the app speaks of time, in every estimate and progress line: '45 s', '8.0 minutes',
'2.5 hours'."""
from __future__ import annotations

import math

LONGEST_IN_MINUTES = 90  # beyond this, hours read better


def duration_text(seconds: float) -> str:
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{math.ceil(seconds)} s"
    minutes = seconds / 60
    if minutes < LONGEST_IN_MINUTES:
        return f"{minutes:.1f} minutes"
    return f"{minutes / 60:.1f} hours"
