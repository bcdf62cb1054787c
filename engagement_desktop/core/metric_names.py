"""Every metric the loaded endpoints declare, looked up by any spelling a user may write.

Built from endpoint specs alone (the first one given is the endpoint a query asks), so a
metric of a third-party endpoint is as known as a built-in one and the core keeps no catalog
of its own.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .endpoint import EndpointSpec, MetricSpec


class MetricNames:
    def __init__(self, specs: Iterable[EndpointSpec]):
        self.specs = tuple(dict.fromkeys(specs))  # registry order, each once
        self._first: dict[str, MetricSpec] = {}
        spellings: dict[str, str] = {}
        for spec in self.specs:
            for metric in spec.metrics:
                self._first.setdefault(metric.name, metric)
                for written in (metric.wire_name, *metric.spellings):
                    spellings.setdefault(written.strip().lower(), metric.name)
        # A canonical name always means itself, whatever another metric's spellings say.
        self._spellings = {**spellings, **{name: name for name in self._first}}

    def canonical(self, written: str) -> str:
        """The canonical name for what a user or a file wrote (case-insensitive, alias-aware).

        Unknown names come back lower-cased and unchanged; validation reports them."""
        key = written.strip().lower()
        return self._spellings.get(key, key)

    def __iter__(self) -> Iterator[str]:
        """Every canonical name, in the order the endpoints declare them."""
        return iter(self._first)

    def label(self, name: str) -> str:
        """A metric's label, or its name when no endpoint declares it."""
        known = self._first.get(name)
        return known.label if known else name

    def get(self, name: str) -> MetricSpec | None:
        """A metric's facts as the first endpoint declaring it gives them (label, description)."""
        return self._first.get(name)

    def by_label(self, written: str) -> str | None:
        """The canonical name whose label is `written` ("Reposts" → retweets), if any."""
        key = written.strip().lower()
        return next((m.name for m in self._first.values() if m.label.lower() == key), None)

    def served_by(self, name: str) -> list[str]:
        """The endpoints serving metric `name`, in the order they were given."""
        return [spec.name for spec in self.specs if spec.metric(name) is not None]
