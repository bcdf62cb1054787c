"""Exporters declare what they need from the host as data; the host lends it, or says plainly
that it cannot. Listing plugins reads those facts without importing any heavy library."""
import json
import os
import subprocess
import sys
import textwrap

import pytest

from engagement_builtins.export_image import png
from engagement_desktop.plugins.api import CHART_RENDERER, HostServices
from engagement_desktop.plugins.exporting import MissingHostService, export_with
from engagement_desktop.plugins.registry import load_registry


def test_the_built_in_exporters_declare_their_file_types_and_needs(app_paths):
    exporters = load_registry(app_paths).exporters
    declared = {name: (e.extensions, getattr(e, "needs", ())) for name, e in exporters.items()}
    assert declared == {"csv": ((".csv",), ()), "xlsx": ((".xlsx",), ()),
                        "json": ((".json",), ()), "png": ((".png",), (CHART_RENDERER,)),
                        "svg": ((".svg",), (CHART_RENDERER,))}


def test_an_exporter_needing_what_no_host_provides_is_refused_naming_the_need(app_paths, drop_in):
    drop_in("wishful.py", """
        class Wishful(Exporter):
            needs = ('printer',)
        class Sloppy(Exporter):
            needs = 'chart_renderer'
        EXPORTERS = [Wishful('wishful', ('.w',)), Sloppy('sloppy', ('.s',))]
        """)
    registry = load_registry(app_paths)
    errors = {i.name: i.error for i in registry.infos if i.name in ("wishful", "sloppy")}
    assert errors["wishful"] == ("Needs 'printer' from the host, which this app does not "
                                 "provide (it provides: chart_renderer).")
    assert errors["sloppy"].startswith("Exporter needs must be a tuple of names")
    assert "wishful" not in registry.exporters and "sloppy" not in registry.exporters


def test_a_host_without_a_chart_renderer_says_so_and_writes_nothing(sample_result, tmp_path):
    host = HostServices(unavailable={CHART_RENDERER: "Qt cannot be loaded"})
    with pytest.raises(MissingHostService) as refused:
        export_with(png, sample_result, tmp_path / "chart.png", host)
    assert str(refused.value) == (
        f"Cannot write '{tmp_path / 'chart.png'}': the exporter 'PNG image of the chart' needs "
        "what is not available here: no chart renderer (Qt cannot be loaded). Export to another "
        "file type, or from the window.")
    assert list(tmp_path.iterdir()) == []


def test_the_renderer_the_host_lends_draws_with_the_choices_given_as_options(sample_result,
                                                                             tmp_path):
    drawn = []

    class Recorder:
        formats = ("png", "svg")

        def render(self, result, path, format, choices):
            drawn.append((result, format, choices))
            path.write_bytes(b"picture")

    target = tmp_path / "chart.png"
    export_with(png, sample_result, target, HostServices(chart_renderer=Recorder()),
                metrics=["favorites"], log_scale=True, width=640)
    [(result, format, choices)] = drawn
    assert result is sample_result and format == "png"
    assert (choices.metrics, choices.log_scale, choices.width) == (("favorites",), True, 640)
    assert (choices.posts, choices.bars, choices.height) == (None, None, None)  # the host's
    assert target.read_bytes() == b"picture" and list(tmp_path.iterdir()) == [target]


def test_an_exporter_that_needs_nothing_is_called_without_host(sample_result, tmp_path):
    class Strict:  # no **options: a `host=` it did not ask for would break it
        name, title, extensions = "strict", "Strict", (".strict",)

        def export(self, result, target, progress=None):
            target.write_text(str(len(result)))

    export_with(Strict(), sample_result, tmp_path / "out.strict", HostServices())
    assert (tmp_path / "out.strict").read_text() == "7"


HEAVY = ("xlsxwriter", "PySide6", "pyqtgraph", "shiboken6")


def test_listing_plugins_imports_no_spreadsheet_writer_and_no_qt(tmp_path):
    script = textwrap.dedent(f"""
        import json, sys
        from engagement_desktop.cli import main
        from engagement_desktop.paths import AppPaths
        from engagement_desktop.plugins.registry import load_registry
        exporters = sorted(load_registry(AppPaths.default()).exporters)
        main(["plugins"])
        print(json.dumps({{"exporters": exporters,
                          "heavy": [m for m in {HEAVY!r} if m in sys.modules]}}))
        """)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "ok     exporter png" in done.stdout and "ok     exporter xlsx" in done.stdout
    report = json.loads(done.stdout.splitlines()[-1])
    assert report == {"exporters": ["csv", "json", "png", "svg", "xlsx"], "heavy": []}
