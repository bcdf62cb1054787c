"""A query's comparison, planned with the query: which periods it reads and what range it must
fetch beyond the query's own, so the plan lists those extra requests before anything is sent.

"Last 7 days vs the 28 before" over a query of the last 28 days reads 35 days: the 7 days
before the query's start are fetched by extra steps. A baseline reaching further back than
the API keeps data is cut where the data begins (and said so); the analysis scales a baseline
by the days it really covers. "Each post vs its @handle's median post" reads the query's own
range and needs no extra step.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from .endpoint import RANGE, EndpointSpec
from .periods import HANDLE_MEDIAN, Period, parse_preset
from .plan import Plan, PlannedComparison
from .query import FieldProblem, Query
from .utc import ceil_hour, epoch, from_epoch
from ..i18n.phrases import translate


def comparison_problems(query: Query, spec: EndpointSpec | None) -> list[FieldProblem]:
    """What is wrong with the query's comparison: a preset that is not one, or a comparison of
    periods on an endpoint without a date range."""
    if not (query.compare or "").strip():
        return []
    try:
        preset = parse_preset(query.compare)
    except ValueError as err:
        return [FieldProblem("compare", str(err))]
    if spec is not None and preset.recent_days is not None and spec.time != RANGE:
        return [FieldProblem("compare", translate(
            "Validation", "'{preset}' compares periods, and the {endpoint} endpoint has no date "
                          "range; pick a range endpoint (historical) or compare each post with "
                          "its @handle's median post ({median}).").format(
            preset=preset.label, endpoint=spec.name, median=HANDLE_MEDIAN))]
    return []


def planned_comparison(query: Query, spec: EndpointSpec,
                       span: tuple[datetime, datetime] | None,
                       now: datetime) -> PlannedComparison | None:
    """The valid query's comparison as planned (None when it carries none)."""
    if not (query.compare or "").strip():
        return None
    preset = parse_preset(query.compare)
    if preset.recent_days is None or span is None:
        return PlannedComparison(preset)
    start, end = epoch(span[0]), epoch(span[1])
    recent, baseline = preset.periods(end)
    first = max(baseline.start, _first_fetchable(spec, now))
    extra = Period(first, start) if first < start else None
    cut_at = first if first > baseline.start else None
    return PlannedComparison(preset, recent, baseline, extra, cut_at)


def _first_fetchable(spec: EndpointSpec, now: datetime) -> int:
    """The earliest instant the endpoint gives data for (its reach back, its earliest date)."""
    floors = [spec.earliest] if spec.earliest is not None else []
    if spec.reach_back_days is not None:
        floors.append(ceil_hour(now - timedelta(days=spec.reach_back_days)))
    return max((epoch(f) for f in floors), default=0)


def comparison_lines(plan: Plan) -> list[str]:
    """What the plan says of its comparison before anything is sent (the CLI's `plan` and the
    window's plan summary): its periods and the extra requests fetching the baseline."""
    planned = plan.comparison
    if planned is None:
        return []
    if planned.recent is None:
        return [translate("Comparison", "Comparison: {preset}, from the query's own numbers; "
                                        "no extra request.").format(preset=planned.preset.label)]
    lines = [translate("Comparison", "Comparison: {preset}. Recent {recent}; baseline "
                                     "{baseline}.").format(
        preset=planned.preset.label, recent=planned.recent.phrase(), baseline=planned.baseline.phrase())]
    if planned.extra is None:
        lines.append(translate("Comparison", "No extra request: the query's range holds both "
                                             "periods."))
    else:
        lines.append(translate("Comparison", "Extra requests for the baseline before the "
                                             "query's range ({extra}): {count}, counted "
                                             "above.").format(
            extra=planned.extra.phrase(), count=len(plan.comparison_steps())))
    if planned.cut_at is not None:
        lines.append(translate("Comparison", "The baseline starts {start}, where the API's "
                                             "data begins; it is scaled by the days it "
                                             "covers.").format(
            start=f"{from_epoch(planned.cut_at):%Y-%m-%d %H:%M} UTC"))
    return lines
