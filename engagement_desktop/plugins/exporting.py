"""How a host (the window, the CLI) runs an exporter plugin: the one call every host makes.

An exporter declares in `needs` what it wants from the host; the host builds a HostServices
with what it can lend and calls `export_with`, which refuses with a plain message when a need
is not met and hands `host=` only to exporters that declared needs.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InvalidInput
from .api import HostServices, Progress

if TYPE_CHECKING:
    from .api import ResultSet


class MissingHostService(InvalidInput, ValueError):
    """An exporter needs something this host cannot lend; the message says what to do."""


def needs_of(exporter) -> tuple[str, ...]:
    """What the exporter declared it needs from the host (nothing if it declared nothing)."""
    return tuple(getattr(exporter, "needs", ()) or ())


def check_host(exporter, target: str | Path, host: HostServices) -> None:
    """Raise MissingHostService when `host` lacks something `exporter` needs."""
    lacking = host.lacks(needs_of(exporter))
    if not lacking:
        return
    why = "; ".join(f"no {need.replace('_', ' ')}"
                    + (f" ({host.unavailable[need]})" if need in host.unavailable else "")
                    for need in lacking)
    raise MissingHostService(
        f"Cannot write '{target}': the exporter '{exporter.title}' needs what is not available "
        f"here: {why}. Export to another file type, or from the window.")


def export_with(exporter, result: ResultSet, target: str | Path, host: HostServices,
                progress: Progress | None = None, **options) -> None:
    """Run `exporter` on `result` with what the host lends; MissingHostService first if a need
    is not met (nothing is written then)."""
    check_host(exporter, target, host)
    lent = {"host": host} if needs_of(exporter) else {}
    exporter.export(result, Path(target), progress, **lent, **options)
