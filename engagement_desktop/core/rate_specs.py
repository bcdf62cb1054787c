"""Derived rates, defined as data: a rate is one metric's sum over another's.

The built-in rates are here; an endpoint plugin may declare more (`EndpointSpec.rates`, carried
by its results as `ResultSet.rates`). Metrics are named by their canonical names only. How a
rate is computed (a ratio of sums, blank where it cannot be) is core/analysis/rates.py's; this
module needs no numpy, so the plugin registry and `plan` can check a plugin's rates cheaply.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..i18n.glossary import named
from ..i18n.phrases import Phrase, Term, listed, translate


@dataclass(frozen=True)
class RateSpec:
    name: str  # the column name, e.g. "engagement_rate"
    label: str  # what a header shows
    numerator: str  # canonical metric names
    denominator: str
    description: str  # the definition, for a tooltip and an export's notes (a phrase, if built in)

    @property
    def needs(self) -> tuple[str, str]:
        return self.numerator, self.denominator


def _over_impressions(name: str, label: str, metric: str, what: str) -> RateSpec:
    return RateSpec(name, label, metric, "impressions", translate(
        "Rates", "{what} ({metric}) divided by impressions, both summed over the row.").format(
            what=Term(metric, what), metric=metric))


BUILTIN_RATES: tuple[RateSpec, ...] = (
    _over_impressions("engagement_rate", "Engagement rate", "engagements", "Engagements"),
    _over_impressions("like_rate", "Like rate", "favorites", "Likes"),
    _over_impressions("repost_rate", "Repost rate", "retweets", "Reposts"),
    _over_impressions("reply_rate", "Reply rate", "replies", "Replies"),
    _over_impressions("quote_rate", "Quote rate", "quote_tweets", "Quotes"),
    _over_impressions("link_click_through", "Link click-through", "url_clicks", "URL clicks"),
    _over_impressions("video_view_rate", "Video view rate", "video_views", "Video views"),
    RateSpec("video_completion_rate", "Video completion rate", "video_completions",
             "video_starts", translate("Rates", "Video completions divided by video starts (X "
                                                "API v2), both summed over the row.")),
)


def rate_table(extra: Iterable[RateSpec] = ()) -> tuple[RateSpec, ...]:
    """The built-in rates followed by `extra` (an endpoint plugin's own). A name already taken
    is refused: one name, one definition."""
    table = list(BUILTIN_RATES)
    names = {spec.name for spec in table}
    for spec in extra:
        if spec.name in names:
            raise ValueError(f"A rate named '{spec.name}' is already defined; give the new "
                             "rate another name.")
        if spec.numerator == spec.denominator:
            raise ValueError(f"The rate '{spec.name}' divides {spec.numerator} by itself.")
        names.add(spec.name)
        table.append(spec)
    return tuple(table)


def applicable(metrics: Iterable[str], rates: Sequence[RateSpec] = BUILTIN_RATES
               ) -> list[RateSpec]:
    """The rates whose numerator and denominator are both among `metrics`, in table order."""
    present = set(metrics)
    return [spec for spec in rates if present.issuperset(spec.needs)]


def missing(spec: RateSpec, metrics: Iterable[str]) -> list[str]:
    """The metrics a query must add for `spec` to be computed (what the editor offers)."""
    present = set(metrics)
    return [m for m in spec.needs if m not in present]


def needs_words(specs: Sequence[RateSpec], absent: Sequence[str],
                label: Callable[[str], str] = named) -> Phrase:
    """The query editor's words for rates short of metrics: 'Engagement rate, Like rate: needs
    Impressions.' (`label` names a metric here; the window says each in its language)."""
    return translate("Rates", "{names}: needs {metric}.").format(
        names=listed(Term(spec.name, spec.label) for spec in specs),
        metric=listed(Term(metric, label(metric)) for metric in absent))


def unmet(metrics: Iterable[str], rates: Sequence[RateSpec] = BUILTIN_RATES) -> Phrase | None:
    """When `metrics` give none of `rates`: which rates need which metrics, one sentence per
    set of missing metrics, for the rates one of whose metrics is there (all when none is);
    None when a rate can be computed or there is no metric at all."""
    present = set(metrics)
    if not present or applicable(present, rates):
        return None
    near = [spec for spec in rates if present & set(spec.needs)] or list(rates)
    short: dict[tuple[str, ...], list[RateSpec]] = {}
    for spec in near:
        short.setdefault(tuple(missing(spec, present)), []).append(spec)
    return listed((needs_words(specs, absent) for absent, specs in short.items()), " ")
