"""How a host (the window, the CLI) runs an exporter plugin: the one call every host makes.

An exporter declares in `needs` what it wants from the host; the host builds a HostServices
with what it can lend and calls `export_with`, which refuses with a plain message when a need
is not met and hands `host=` only to exporters that declared needs.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InvalidInput
from ..i18n.phrases import translate
from .api import LANGUAGE, HostServices, Progress
from .export_guard import ExportRefused

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


def files_of(exporter, target: str | Path) -> tuple[Path, ...]:
    """Every file an export to `target` writes, `target` first: those the exporter declares
    with `files(target)` (a sidecar beside it, say), else `target` alone."""
    target = Path(target)
    declared = getattr(exporter, "files", None)
    if not callable(declared):
        return (target,)
    try:
        others = [Path(path) for path in declared(target)]
    except Exception as err:  # a plugin's bug: nothing is written where it cannot be checked
        raise ExportRefused(translate("Export", "Cannot write '{target}': the exporter "
                                      "'{title}' could not say which files it writes ({error}).")
                            .format(target=str(target), title=exporter.title, error=str(err))) \
            from None
    return (target, *dict.fromkeys(path for path in others if path != target))
def takes_language(exporter) -> bool:
    """Whether the exporter writes headings in a language asked for (its declared options)."""
    return LANGUAGE in (getattr(exporter, "options", ()) or ())


def export_with(exporter, result: ResultSet, target: str | Path, host: HostServices,
                progress: Progress | None = None, language: str | None = None,
                **options) -> None:
    """Run `exporter` on `result` with what the host lends; MissingHostService first if a need
    is not met (nothing is written then). `language` (one of EXPORT_LANGUAGES) asks for
    headings and sheet names in it; None keeps the exporter's own (machine-readable) ones. An
    exporter without headings to translate is called without it."""
    check_host(exporter, target, host)
    lent = {"host": host} if needs_of(exporter) else {}
    if language is not None and takes_language(exporter):
        lent[LANGUAGE] = language
    exporter.export(result, Path(target), progress, **lent, **options)
