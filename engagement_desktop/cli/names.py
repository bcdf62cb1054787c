"""What the CLI's options name — metrics, rates, table columns, dimensions — in the window's
English words or the API's, any case: `--metrics "Likes, impressions"`, `--sort "Engagement
rate desc"`, `--filter "Likes >= 10"`, `--by "Hour of day"`, `--rates "Like rate"`. Each is
turned into the API's names here, before the core reads it; a name neither speaks is left as
written, for the core's checks to refuse with the names they know.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..core.query import Query
from ..i18n.glossary import api_name

# Dimension → the other ways of writing it: the window's words ("@handle", "Hour of day").
DIMENSIONS = {"handle": ("@handle",), "post": (), "day": (), "week": (), "weekday": (),
              "hour": (), "hour_of_day": ("hour of day", "hour-of-day")}
_SORT_ORDER = re.compile(r"^(.*?)(?:\s+(asc|desc))?\s*$", re.IGNORECASE)


def names(written: str) -> list[str]:
    """Comma-separated metrics or rates ('Likes, impressions') → their API names."""
    return [api_name(name) for name in written.split(",") if name.strip()]


def with_metrics(query: Query, written: str | None) -> Query:
    """`query` asking for the metrics of --metrics instead of its own (when given)."""
    return replace(query, metrics=names(written)) if written else query


def dimension(written: str) -> str:
    """A --by dimension by its name or the window's word, any case; ValueError otherwise."""
    text = written.strip().lower()
    for name, words in DIMENSIONS.items():
        if text in (name, *words):
            return name
    raise ValueError(f"'{written}' is not a dimension for --by; use one of "
                     f"{', '.join(f'{n} ({w[0]})' if w else n for n, w in DIMENSIONS.items())}.")


def sort(written: str) -> str:
    """'Engagement rate desc' → 'engagement_rate desc' (the column by either name)."""
    column, order = _SORT_ORDER.match(written).groups()
    return f"{api_name(column)} {order}" if order else api_name(column)


def filter_text(written: str) -> str:
    """'Likes >= 10' → 'favorites >= 10' (the column by either name; the rest as written)."""
    from ..core.analysis.selection import renamed_filter  # numpy: not for plan and run
    return renamed_filter(written, api_name)
