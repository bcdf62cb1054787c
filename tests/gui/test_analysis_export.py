"""The analyst tabs export from the window (issue 12, items 4 and 7): each tab's Export… button
writes its view as shown (CSV / JSON with the notes saying how each rate is computed and the
time zone), one workbook with a sheet per view (the heatmap's with a colour scale), and the
heatmap as a PNG or SVG picture. What is written is the tab's own table, never recomputed."""
import csv
import io
import json
import math

import openpyxl
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from engagement_desktop.core.analysis import records
from engagement_desktop.core.cell_text import inert_text
from engagement_desktop.core.analysis.heatmap import HOURS_OF_DAY, WEEKDAYS
from engagement_desktop.gui.results.results_panel import ResultsPanel
from engagement_desktop.plugins.export_guard import ExportGuard, ExportRefused
from results_samples import run_into
from test_analysis_views import engagement_sample


@pytest.fixture
def panel(qtbot):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    run_into(panel, engagement_sample())
    panel.analysis.set_handles({"1": "@alpha", "2": "@alpha", "3": "@beta", "4": "@beta"})
    return panel


def export_through_button(monkeypatch, view, target, kind="") -> None:
    """Click the tab's Export… button and answer the save dialog with `target`."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), kind))
    view.export_button.click()


def read_csv(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    notes = [line[2:] for line in lines if line.startswith("# ")]
    rows = list(csv.reader(io.StringIO("\n".join(l for l in lines if not l.startswith("# ")))))
    return notes, rows


def test_the_table_exports_as_shown_with_its_rate_and_sort_notes(qtbot, panel, monkeypatch,
                                                                  tmp_path):
    view = panel.analysis.view("table")
    view.set_grouping(["handle", "post"])
    view.filter.setText("impressions >= 1000")
    view.refresh()
    target = tmp_path / "by-handle.csv"
    export_through_button(monkeypatch, view, target)
    notes, rows = read_csv(target)
    table = view.model.table
    assert rows[0] == ["handle", "post", *(c.name for c in table.columns)]
    shown = [[("" if v is None else inert_text(v) if isinstance(v, str) else str(v))
              for v in record] for record in records(table)]
    assert rows[1:] == shown  # exactly the tab's rows, the totals row last
    assert rows[1][0] == "'@alpha" and rows[-1][0] == "Total"  # '@ is text, not a formula
    assert any(n.startswith("Engagement rate = engagements / impressions") for n in notes)
    assert "Rows shown: impressions >= 1000." in notes
    assert str(target) in view.message.text()


def test_the_comparison_exports_as_json_with_its_flag(qtbot, panel, tmp_path):
    view = panel.analysis.view("compare")
    view.choose("7:28", "post", "impressions")
    [written] = panel.analysis.exports.export("compare", tmp_path / "compare.json")
    data = json.loads(written.read_text(encoding="utf-8"))["comparison"]
    assert data["columns"] == ["post", "value", "baseline", "change", "change_pct", "flag"]
    assert [row[0] for row in data["rows"] if row[5]] == ["4"]
    assert data["notes"][0] == f"Measure: {view.comparison.measure.label}."


def test_one_workbook_holds_a_sheet_per_view_the_heatmap_with_a_colour_scale(
        qtbot, panel, monkeypatch, tmp_path):
    panel.analysis.view("table").set_grouping(["handle"])
    panel.analysis.view("compare").choose("7:28", "post", "impressions")
    heatmap = panel.analysis.view("heatmap")
    heatmap.zone.setCurrentText("Europe/Madrid")
    heatmap.set_measure("impressions")
    target = tmp_path / "views.xlsx"
    export_through_button(monkeypatch, heatmap, target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Table", "Heatmap", "Comparison"]
    sheet = book["Heatmap"]
    header = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "weekday")
    assert list(header) == ["weekday", *HOURS_OF_DAY]
    cells = {r[0]: r[1:] for r in sheet.iter_rows(values_only=True) if r[0] in WEEKDAYS}
    for day, name in enumerate(WEEKDAYS):
        for hour in range(24):
            value = float(heatmap.heatmap.cells[day, hour])
            assert cells[name][hour] == (None if math.isnan(value) else value)
    rules = [rule for scope in sheet.conditional_formatting for rule in scope.rules]
    assert [rule.type for rule in rules] == ["colorScale"]
    assert len(rules[0].colorScale.color) == 3
    assert any("Europe/Madrid" in str(r[0]) for r in sheet.iter_rows(values_only=True) if r[0])
    table = [r for r in book["Table"].iter_rows(values_only=True) if r[0] in ("@alpha", "@beta")]
    assert len(table) == 2


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_the_heatmap_exports_as_a_picture_with_its_title_and_colours(
        qtbot, panel, monkeypatch, tmp_path, suffix):
    view = panel.analysis.view("heatmap")
    panel.tabs.setCurrentWidget(view)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitExposed(panel)
    view.set_measure("impressions")
    QApplication.processEvents()  # as the screen is drawn before a user can click Export
    target = tmp_path / f"best-time{suffix}"
    export_through_button(monkeypatch, view, target)
    if suffix == ".png":
        image = QImage(str(target))
        assert not image.isNull() and image.width() > 800
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        assert len(colours) > 20  # the cells' colour scale, not a blank page
    else:
        svg = target.read_text(encoding="utf-8")
        assert "<svg" in svg and "<image" in svg  # the cells are drawn as an image
        assert view.heatmap.measure.label in svg and "Mon" in svg  # the title, the axis


def test_bad_targets_and_empty_tabs_are_said_not_raised(qtbot, monkeypatch, tmp_path):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    view = panel.analysis.view("compare")  # no result: nothing to export
    export_through_button(monkeypatch, view, tmp_path / "nothing.csv")
    box = panel.findChild(QMessageBox, "notice")  # opened, not blocking: the run goes on
    assert "nothing to export" in box.text() and not (tmp_path / "nothing.csv").exists()
    with pytest.raises(ValueError, match=r"\.csv, \.json, \.xlsx"):
        panel.analysis.exports.export("compare", tmp_path / "views.txt")
    with pytest.raises(ValueError, match="does not exist"):
        panel.analysis.exports.export("compare", tmp_path / "missing" / "v.csv")


def test_a_name_typed_without_extension_takes_the_chosen_types(qtbot, panel, monkeypatch,
                                                              tmp_path):
    view = panel.analysis.view("table")
    export_through_button(monkeypatch, view, tmp_path / "plain", "JSON: this view (*.json)")
    assert "table" in json.loads((tmp_path / "plain.json").read_text(encoding="utf-8"))


def test_the_tabs_export_through_the_export_guard_run_uses(qtbot, panel, paths, tmp_path,
                                                          monkeypatch):
    workspace = tmp_path / "w.json"
    workspace.write_text('{"format_version": 3, "queries": []}')
    exports = panel.analysis.exports
    exports.guard_with(ExportGuard(paths), lambda: workspace)
    panel.analysis.view("heatmap")  # built, so that its picture can be asked for
    mine = tmp_path / "mine.csv"
    mine.write_text("a file of the user's\n")
    for name, target, says in [
            ("table", workspace, "it is the workspace file itself"),
            ("table", paths.data / "exports.json", "among the app's own files"),
            ("compare", paths.config / "views.xlsx", "among the app's own files"),
            ("table", mine, "this app did not write it as an export"),
            ("heatmap", tmp_path / "mine.png", "this app did not write it as an export")]:
        if target.suffix == ".png":
            target.write_bytes(b"not a picture of ours")
        with pytest.raises(ExportRefused, match=says):
            exports.export(name, target)
    assert workspace.read_text() == '{"format_version": 3, "queries": []}'
    assert mine.read_text() == "a file of the user's\n"
    earlier = tmp_path / "views.csv"
    assert exports.export("table", earlier) == [earlier]
    assert exports.export("table", earlier) == [earlier]  # an earlier export, the dialog asked
    view = panel.analysis.view("table")  # through the button: refused in a message, no crash
    export_through_button(monkeypatch, view, mine)
    box = panel.findChild(QMessageBox, "notice")
    assert box is not None and "this app did not write it as an export" in box.text()


@pytest.mark.parametrize("language, sheets, heading", [
    (None, ["Table", "Heatmap", "Comparison"], ["handle", "engagements"]),
    ("en", ["Table", "Heatmap", "Comparison"], ["@handle", "Engagements"]),
    ("es", ["Tabla", "Mapa de calor", "Comparación"], ["@handle", "Interacciones"])])
def test_the_views_are_headed_in_the_language_of_file_export_headers_in(
        qtbot, panel, tmp_path, language, sheets, heading):
    panel.analysis.view("table").set_grouping(["handle"])
    panel.analysis.view("compare").choose("7:28", "post", "impressions")
    panel.analysis.view("heatmap").set_measure("impressions")
    exports = panel.analysis.exports
    exports.language = lambda: language
    [book] = exports.export("table", tmp_path / "views.xlsx")
    [data] = exports.export("compare", tmp_path / "compare.json")
    [table] = exports.export("table", tmp_path / "table.csv")
    sheet = openpyxl.load_workbook(book)[sheets[0]]
    assert openpyxl.load_workbook(book).sheetnames == sheets
    rows = [list(r) for r in sheet.iter_rows(values_only=True) if r[0] is not None]
    header = next(r for r in rows if r[0] in ("handle", "@handle"))
    assert header[:2] == heading
    _, lines = read_csv(table)
    assert lines[0][:2] == [inert_text(heading[0]), heading[1]] and lines[1:] == [
        [("" if v is None else inert_text(v) if isinstance(v, str) else str(v)) for v in record]
        for record in records(panel.analysis.view("table").model.table)]
    comparison = json.loads(data.read_text(encoding="utf-8"))["comparison"]
    assert comparison["columns"] == ["post", "value", "baseline", "change", "change_pct", "flag"]
    expected = {None: None, "en": "Baseline", "es": "Referencia"}[language]
    assert comparison.get("headings", {}).get("baseline") == expected
