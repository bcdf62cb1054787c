"""`engagement-desktop run --export`: pictures of the chart go through the same exporter plugins
as the window's, with an offscreen chart the CLI lends; when it cannot lend one, it says so
before anything is sent."""
import json
import os
import subprocess
import sys
import textwrap

import pytest

from engagement_desktop.cli import main
from engagement_desktop.paths import AppPaths

IDS = ["1460323737035677698", "1460323737035677699"]


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> str:
    """A one-query workspace; the app's dirs under tmp_path."""
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    AppPaths.default().ensure()
    query = {"name": "q", "endpoint": "totals", "account": "demo-app", "ids": IDS,
             "metrics": ["favorites"], "groupings": {"per-post": ["tweet.id", "engagement.type"]}}
    path = tmp_path / "ws.json"
    path.write_text(json.dumps({"format_version": 1, "name": "t", "queries": [query]}))
    return str(path)


def test_png_and_svg_exports_are_drawn_by_the_image_plugins(workspace, tmp_path, capsys, server):
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    code = main(["run", workspace, "--base-url", server.base_url, "--export", str(png),
                 "--export", str(svg)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert f"Wrote {png}" in err and f"Wrote {svg}" in err
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:2000]


def test_without_qt_a_picture_export_exits_2_saying_why_before_anything_is_sent(
        workspace, tmp_path, capsys, server, monkeypatch):
    monkeypatch.setitem(sys.modules, "engagement_desktop.gui.results.chart_renderer", None)
    sent = server.stats["requests"]
    code = main(["run", workspace, "--base-url", server.base_url,
                 "--export", str(tmp_path / "out.csv"), "--export", str(tmp_path / "chart.png")])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert (f"error: Cannot write '{tmp_path / 'chart.png'}': the exporter 'PNG image of the "
            "chart' needs what is not available here: no chart renderer (Qt cannot be loaded:"
            ) in err
    assert "Export to another file type, or from the window." in err
    assert server.stats["requests"] == sent
    assert list(tmp_path.glob("*.csv")) == [] and list(tmp_path.glob("*.png")) == []


def test_qt_starts_only_when_an_export_needs_the_chart_and_never_on_import(workspace, tmp_path,
                                                                           server):
    script = textwrap.dedent(f"""
        import json, sys
        from engagement_desktop.cli import main
        seen = {{"csv": main(["run", {workspace!r}, "--base-url", {server.base_url!r},
                             "--export", {str(tmp_path / "out.csv")!r}])}}
        seen["qt after csv"] = "PySide6" in sys.modules
        import engagement_desktop.gui.results.chart_renderer
        from PySide6.QtWidgets import QApplication
        seen["app on import"] = QApplication.instance() is not None
        seen["png"] = main(["run", {workspace!r}, "--base-url", {server.base_url!r},
                            "--export", {str(tmp_path / "chart.png")!r}])
        seen["app after png"] = QApplication.instance() is not None
        print(json.dumps(seen))
        """)
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {
        "csv": 0, "qt after csv": False, "app on import": False, "png": 0,
        "app after png": True}
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"
    assert "propagateSizeHints" not in done.stderr  # Qt's offscreen note is not for users


def test_export_language_translates_the_headers_and_keeps_the_values(workspace, tmp_path,
                                                                     capsys, server):
    import csv

    import openpyxl

    files = {name: tmp_path / name for name in ("plain.csv", "es.csv", "es.json", "es.xlsx")}
    assert main(["run", workspace, "--base-url", server.base_url,
                 "--export", str(files["plain.csv"])]) == 0
    code = main(["run", workspace, "--base-url", server.base_url, "--export-language", "es",
                 *(f"--export={files[name]}" for name in ("es.csv", "es.json", "es.xlsx"))])
    assert code == 0, capsys.readouterr().err
    plain, spanish = (list(csv.reader(files[n].read_text(encoding="utf-8-sig").splitlines()))
                      for n in ("plain.csv", "es.csv"))
    assert plain[0] == ["post_id", "metric", "granularity", "bucket_start", "value"]
    assert spanish[0] == ["ID de la publicación", "Métrica", "Granularidad",
                          "Inicio del intervalo (UTC)", "Valor"]
    assert spanish[1:] == plain[1:] and {line[1] for line in spanish[1:]} == {"favorites"}
    headings = json.loads(files["es.json"].read_text(encoding="utf-8"))["headings"]
    assert headings["language"] == "es" and headings["metrics"] == {"favorites": "Me gusta"}
    book = openpyxl.load_workbook(files["es.xlsx"])
    assert book.sheetnames == ["Datos", "Totales", "Problemas", "Consulta"]
    assert [cell.value for cell in book["Totales"][1]] == ["ID de la publicación", "Me gusta"]


def test_an_export_language_the_app_does_not_speak_is_refused(workspace, capsys):
    assert main(["run", workspace, "--export-language", "fr", "--export", "x.csv"]) == 2
    assert "--export-language: invalid choice: 'fr' (choose from 'en', 'es')" \
        in capsys.readouterr().err
