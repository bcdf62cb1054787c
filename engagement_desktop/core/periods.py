"""The comparisons a query may carry: a recent period against the baseline before it, or each
post against its @handle's median post.

Periods are rolling spans of whole days ending at an instant the caller picks (the plan: the
end of the query's range; the analysis: the end of the result's last bucket): "last 7 days vs
the 28 before" is [end − 7 d, end) against [end − 35 d, end − 7 d). A value belongs to the
period its bucket starts in. Plain Python, no numpy: the plan door reads it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

from ..i18n.phrases import Phrase, translate

DAY_SECONDS = 86400
HANDLE_MEDIAN = "handle-median"  # a post against its @handle's median post
_DAYS = re.compile(r"^\s*(\d+)\s*:\s*(\d+)\s*$")
_PERIODS = translate("Comparison", "Last {recent} days vs the {baseline} before")


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
    name: str  # what a query's "compare" and the CLI's --compare hold
    label: str  # a phrase: the window says it in its language
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


def _days(recent: int, baseline: int) -> Preset:
    return Preset(f"{recent}:{baseline}", _PERIODS.format(recent=recent, baseline=baseline),
                  recent, baseline)


PRESETS = {p.name: p for p in (
    _days(7, 28), _days(28, 365),
    Preset(HANDLE_MEDIAN, translate("Comparison", "Each post vs its @handle's median post")),
)}


def parse_preset(text: str) -> Preset:
    """'7:28', '28:365', 'handle-median' or any 'RECENT:BASELINE' in whole days."""
    if text.strip() in PRESETS:
        return PRESETS[text.strip()]
    match = _DAYS.match(text)
    if not match or int(match[1]) == 0 or int(match[2]) == 0:
        raise ValueError(translate(
            "Comparison", "'{text}' is not a comparison; write RECENT:BASELINE in days (e.g. "
                          "7:28 or 28:365) or {median}.").format(text=text, median=HANDLE_MEDIAN))
    return _days(int(match[1]), int(match[2]))
