"""`engagement-desktop plugins`: every plugin, its kind, version, API version, source and error."""
import json
import textwrap

import pytest

from engagement_desktop.cli import main
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.api import API_VERSION


@pytest.fixture
def plugin_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = AppPaths.default().plugins
    folder.mkdir(parents=True)
    (folder / "broken.py").write_text("import no_such_module_here\n")
    (folder / "lines.py").write_text(textwrap.dedent("""
        from engagement_desktop.plugins.api import API_VERSION

        class Lines:
            api_version, name, title, extensions = API_VERSION, "lines", "Plain lines", (".txt",)
            version = "0.2"

            def export(self, result, target, progress=None, **options):
                pass

        EXPORTERS = [Lines()]
        """))
    return folder


def test_it_lists_built_ins_drop_ins_and_the_error_of_a_broken_one(plugin_folder, capsys):
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out
    assert f"User plugin folder: {plugin_folder}" in out
    assert "ok     endpoint totals" in out
    assert f"ok     exporter lines          0.2      API {API_VERSION}   Plain lines" in out
    assert f"from {plugin_folder / 'lines.py'}" in out
    assert "FAILED file     broken" in out
    assert "error: ModuleNotFoundError: No module named 'no_such_module_here'" in out


def test_json_output_has_every_plugin_with_its_fields(plugin_folder, capsys):
    assert main(["plugins", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["api_version"] == API_VERSION
    assert report["plugin_folder"] == str(plugin_folder)
    by_name = {p["name"]: p for p in report["plugins"]}
    assert by_name["lines"] == {"kind": "exporter", "name": "lines", "title": "Plain lines",
                                "version": "0.2", "api_version": API_VERSION,
                                "source": str(plugin_folder / "lines.py"), "error": None}
    assert by_name["broken"]["error"].startswith("ModuleNotFoundError")
    assert {"totals", "28hr", "historical", "csv", "xlsx", "json"} <= set(by_name)
