"""What every built-in exporter does the same way: check its options, write the file
atomically, report progress.

The export goes to a temporary file beside the target, which replaces the target only once it
is complete; a failed or interrupted export leaves the old file (if any) and no half file.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from engagement_desktop.plugins.api import API_VERSION, HostServices, Progress, ResultSet

T = TypeVar("T")
NEW_FILE_MODE = 0o644  # what a plain file save gives; mkstemp's 0o600 would surprise users


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


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path to write to; on success it becomes `target`, on error it is removed."""
    target = Path(target)
    if not target.parent.is_dir():
        raise FileNotFoundError(f"Cannot export to '{target}': the folder '{target.parent}' "
                                "does not exist; create it or choose another one.")
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(handle)
    try:
        yield Path(temp)
        try:
            mode = target.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = NEW_FILE_MODE
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise


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
