"""Issue 15: the plugin groups' entry points are listed once and remembered between starts; a
distribution installed, removed or rebuilt in place is seen at the next start."""
import json
import os
import subprocess
import sys

from engagement_desktop.plugins import entry_point_cache
from engagement_desktop.plugins.entry_point_cache import CACHE_FILE, Point, entry_points
from engagement_desktop.plugins.registry import ENDPOINTS, GROUPS, load_registry

ENDPOINT_GROUP = GROUPS[ENDPOINTS]


def listings(monkeypatch) -> list:
    """Record each time the points are listed afresh (read from the installed metadata)."""
    calls = []
    listed = entry_point_cache._listed
    monkeypatch.setattr(entry_point_cache, "_listed",
                        lambda groups: calls.append(groups) or listed(groups))
    return calls


def test_a_second_start_reads_the_points_from_the_cache(app_paths, monkeypatch):
    calls = listings(monkeypatch)
    first = entry_points([ENDPOINT_GROUP], app_paths.data)
    second = entry_points([ENDPOINT_GROUP], app_paths.data)
    assert calls == [[ENDPOINT_GROUP]]
    assert second == first
    assert Point(ENDPOINT_GROUP, "totals", "engagement_builtins.enterprise:totals",
                 "engagement-desktop", first[0].version) in first


def test_a_distribution_installed_after_the_first_start_is_found(app_paths, installed):
    assert "fake-later" not in load_registry(app_paths, kinds=(ENDPOINTS,)).endpoints
    installed({"fake_later": "endpoint = Endpoint('fake-later')\n"},
              endpoints={"fake-later": "fake_later:endpoint"})
    assert "fake-later" in load_registry(app_paths, kinds=(ENDPOINTS,)).endpoints


def test_a_distribution_rebuilt_in_place_is_listed_afresh(app_paths, installed, tmp_path):
    installed({"fake_first": "endpoint = Endpoint('fake-first')\n",
               "fake_second": "endpoint = Endpoint('fake-second')\n"},
              endpoints={"fake-first": "fake_first:endpoint"})
    assert "fake-first" in load_registry(app_paths, kinds=(ENDPOINTS,)).endpoints
    points = tmp_path / "site" / "fake_engagement_plugins-2.3.dist-info" / "entry_points.txt"
    with open(points, "w") as rewritten:  # as an editable reinstall rewrites it
        rewritten.write(f"[{ENDPOINT_GROUP}]\nfake-second = fake_second:endpoint\n")
    later = os.stat(points).st_mtime_ns + 1_000_000_000  # a filesystem's coarse clock
    os.utime(points, ns=(later, later))
    loaded = load_registry(app_paths, kinds=(ENDPOINTS,)).endpoints
    assert "fake-second" in loaded and "fake-first" not in loaded


def test_a_damaged_cache_is_listed_afresh_and_replaced(app_paths, monkeypatch):
    calls = listings(monkeypatch)
    (app_paths.data / CACHE_FILE).write_text('{"format": 1, "points": [')
    assert any(p.name == "totals" for p in entry_points([ENDPOINT_GROUP], app_paths.data))
    assert json.loads((app_paths.data / CACHE_FILE).read_text())["groups"] == [ENDPOINT_GROUP]
    entry_points([ENDPOINT_GROUP], app_paths.data)
    assert len(calls) == 1


def test_a_cached_start_does_not_import_importlib_metadata(tmp_path):
    code = ("import sys; from engagement_desktop.paths import AppPaths; "
            "from engagement_desktop.plugins.registry import ENDPOINTS, load_registry; "
            f"load_registry(AppPaths.under({str(tmp_path)!r}).ensure(), kinds=(ENDPOINTS,)); "
            "print('importlib.metadata' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           timeout=60, cwd=tmp_path) for _ in range(2)]
    assert [run.stdout.strip() for run in runs] == ["True", "False"], runs[-1].stderr
