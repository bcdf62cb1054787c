"""The periods a comparison reads: a recent period and the baseline before it.

Periods are rolling spans of whole days ending at an instant the caller picks (by default the
end of the result's last bucket): "last 7 days vs the 28 before" is [end − 7 d, end) against
[end − 35 d, end − 7 d). A value belongs to the period its bucket starts in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

from ...i18n.phrases import Phrase, translate

DAY_SECONDS = 86400
HANDLE_MEDIAN = "handle-median"  # a post against its @handle's median post
_DAYS = re.compile(r"^\s*(\d+)\s*:\s*(\d+)\s*$")


@dataclass(frozen=True)
class Period:
    start: int  # UTC epoch seconds, included
    end: int  # UTC epoch seconds, excluded

    @property
    def days(self) -> float:
        return (self.end - self.start) / DAY_SECONDS

    def __str__(self) -> str:
        return str(self.phrase())

    def phrase(self) -> Phrase:
        """'2026-11-01 00:00 to 2026-11-08 00:00 UTC', for the window to translate."""
        first, last = (datetime.fromtimestamp(t, timezone.utc) for t in (self.start, self.end))
        return translate("AnalysisNotes", "{start} to {end} UTC").format(
            start=f"{first:%Y-%m-%d %H:%M}", end=f"{last:%Y-%m-%d %H:%M}")


@dataclass(frozen=True)
class Preset:
    name: str  # what the CLI's --compare takes
    label: str
    recent_days: int | None = None  # None: a post against its @handle's median post
    baseline_days: int | None = None

    def periods(self, end: int) -> tuple[Period, Period]:
        """The recent and baseline periods ending at `end` (UTC epoch seconds)."""
        if self.recent_days is None:
            raise ValueError(f"'{self.name}' compares posts with each other, not periods.")
        split = end - self.recent_days * DAY_SECONDS
        return (Period(split, end),
                Period(split - self.baseline_days * DAY_SECONDS, split))

    def covering(self, end: int) -> Period:
        """The range a query must fetch for this comparison (what the plan asks for)."""
        recent, baseline = self.periods(end)
        return Period(baseline.start, recent.end)


PRESETS = {p.name: p for p in (
    Preset("7:28", "Last 7 days vs the 28 before", 7, 28),
    Preset("28:365", "Last 28 days vs the 365 before", 28, 365),
    Preset(HANDLE_MEDIAN, "Each post vs its @handle's median post"),
)}


def parse_preset(text: str) -> Preset:
    """'7:28', '28:365', 'handle-median' or any 'RECENT:BASELINE' in whole days."""
    if text.strip() in PRESETS:
        return PRESETS[text.strip()]
    match = _DAYS.match(text)
    if not match or int(match[1]) == 0 or int(match[2]) == 0:
        raise ValueError(f"'{text}' is not a comparison; write RECENT:BASELINE in days (e.g. "
                         f"7:28 or 28:365) or {HANDLE_MEDIAN}.")
    recent, baseline = int(match[1]), int(match[2])
    return Preset(f"{recent}:{baseline}",
                  f"Last {recent} days vs the {baseline} before", recent, baseline)
