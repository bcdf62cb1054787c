"""The plugin groups' entry points, remembered between starts.

Listing them with importlib.metadata reads every installed distribution's metadata: 50 ms on
a quiet machine, 0.2–0.6 s on a loaded one, at each start of `plan`, `run` and the window.
The listing is kept in the data folder beside a fingerprint of where it came from: each
sys.path folder's modification time (a distribution installed, upgraded or removed changes
it) and each distribution's entry_points.txt (one rebuilt in place, as an editable install
is). When the fingerprint differs, or the file cannot be read, the points are listed afresh.
"""
from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from ..storage import atomic

CACHE_FILE = "entry-points.json"
FORMAT = 1
_METADATA_FOLDERS = (".dist-info", ".egg-info")


@dataclass(frozen=True)
class Point:
    group: str
    name: str
    value: str  # "module:attribute", as the distribution declares it
    dist: str  # the distribution's name; "" when it has none
    version: str

    def load(self):
        """The object the point names ("module:attr.attr [extras]", as importlib.metadata
        reads it): importing its module runs the plugin's own code."""
        module, _, attributes = self.value.split("[")[0].partition(":")
        found = importlib.import_module(module.strip())
        for attribute in filter(None, attributes.strip().split(".")):
            found = getattr(found, attribute)
        return found


def entry_points(groups: Iterable[str], data_dir: Path) -> list[Point]:
    """Every entry point of `groups`, listed afresh only when something installed changed."""
    groups = sorted(groups)
    path = Path(data_dir) / CACHE_FILE
    key = {"format": FORMAT, "groups": groups, "sources": _fingerprint()}
    cached = _read(path, key)
    if cached is not None:
        return cached
    points = _listed(groups)
    try:  # only a start's speed depends on it: an unwritable folder is said elsewhere
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_text(path, json.dumps({**key, "points": [asdict(p) for p in points]}))
    except OSError:
        pass
    return points


def _listed(groups: list[str]) -> list[Point]:
    from importlib import metadata  # 30 ms to import, and what the cache saves

    found = metadata.entry_points()
    return [Point(group, point.name, point.value, point.dist.name if point.dist else "",
                  point.dist.version if point.dist else "")
            for group in groups for point in found.select(group=group)]


def _fingerprint() -> list[list]:
    """Each sys.path entry's modification time, then each distribution's entry_points.txt's
    in it (None where there is none): what importlib.metadata would read the points from."""
    sources: list[list] = []
    for entry in sys.path:
        folder = entry or "."  # "" is the current folder
        sources.append([entry, _modified(folder)])
        try:
            with os.scandir(folder) as children:
                names = sorted(c.name for c in children if c.name.endswith(_METADATA_FOLDERS))
        except OSError:  # a zip file, a folder that is gone
            continue
        sources += [[name, _modified(os.path.join(folder, name, "entry_points.txt"))]
                    for name in names]
    return sources


def _modified(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _read(path: Path, key: dict) -> list[Point] | None:
    """The cached points when the file holds them for `key`; None otherwise (no file, another
    fingerprint, anything damaged)."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        if {name: saved.get(name) for name in key} != key:
            return None
        return [Point(**{field: str(p[field]) for field in Point.__dataclass_fields__})
                for p in saved["points"]]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
