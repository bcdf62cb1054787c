"""What every built-in exporter does the same way: check its options, write the file
atomically (through the API's atomic_path, which also tells a missing folder), report progress.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from engagement_desktop.plugins.api import API_VERSION, HostServices, Progress, atomic_path

if TYPE_CHECKING:  # numpy comes with it: loaded when a result is exported, not with the plugin
    from engagement_desktop.plugins.api import ResultSet

T = TypeVar("T")


@dataclass(frozen=True)
class BuiltinExporter:
    """An ExporterPlugin whose subclasses only say how to `write` a result to a path."""
    name: str
    title: str
    extensions: tuple[str, ...]
    options: tuple[str, ...] = ()  # the keyword options `write` accepts
    needs: tuple[str, ...] = ()  # what the host must lend (HOST_SERVICES); `write` gets `host=`
    api_version: str = API_VERSION

    def export(self, result: ResultSet, target: Path, progress: Progress | None = None,
               host: HostServices | None = None, **options) -> None:
        unknown = sorted(set(options) - set(self.options))
        if unknown:
            known = ", ".join(self.options) or "none"
            raise TypeError(f"The {self.name} exporter has no option {', '.join(unknown)} "
                            f"(its options: {known}).")
        lent = {"host": host or HostServices()} if self.needs else {}
        with atomic_path(target) as temp:
            self.write(result, temp, progress, **lent, **options)
        if progress:
            progress(1.0)

    def write(self, result: ResultSet, path: Path, progress: Progress | None, **options) -> None:
        raise NotImplementedError


def reporting(items: Iterable[T], total: int, progress: Progress | None,
              every: int = 20_000) -> Iterator[T]:
    """`items`, calling `progress(fraction)` after every `every` of `total` have gone by."""
    if progress is None:
        yield from items
        return
    total = max(total, 1)
    for done, item in enumerate(items, 1):
        yield item
        if not done % every:
            progress(min(done / total, 1.0))
