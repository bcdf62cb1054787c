"""UTC instants as the APIs write them, and the hour arithmetic every range rule uses."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

HOUR = timedelta(hours=1)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def parse_instant(text: str) -> datetime:
    """`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]Z` or with an offset → aware UTC datetime.

    A naive time is taken as UTC (the APIs speak only UTC). Raises ValueError with a message
    a user can act on.
    """
    raw = text.strip()
    try:
        if len(raw) == 10:
            return datetime.combine(date.fromisoformat(raw), datetime.min.time(), timezone.utc)
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValueError(f"'{text}' is not a date; write it as YYYY-MM-DD or "
                         "YYYY-MM-DDTHH:MM:SSZ (UTC)") from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc)
    try:
        return parsed.astimezone(timezone.utc)
    except OverflowError:  # 9999-12-31T23:00-05:00 is in the year 10000 in UTC
        raise ValueError(f"'{text}' falls outside the years 1 to 9999 once turned into UTC; "
                         "write a date inside that range") from None


def to_wire(instant: datetime) -> str:
    """`YYYY-MM-DDTHH:MM:SSZ`, the form every endpoint accepts."""
    return instant.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def floor_hour(instant: datetime) -> datetime:
    return instant.replace(minute=0, second=0, microsecond=0)


def ceil_hour(instant: datetime) -> datetime:
    floored = floor_hour(instant)
    return floored if floored == instant else floored + HOUR


def epoch(instant: datetime) -> int:
    return int(instant.timestamp())


def from_epoch(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, timezone.utc)
