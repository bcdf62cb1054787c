"""PNG and SVG of the chart: the image exporter plugins draw with the chart renderer the host
lends them — the window's Chart tab, or an offscreen chart for the CLI — through the one
QPainter rendering path."""
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor, QImage

from engagement_builtins.export_image import png, svg
from engagement_desktop.gui.results.chart_export import ChartExportError
from engagement_desktop.gui.results.chart_renderer import offscreen_chart_renderer
from engagement_desktop.gui.results.results_panel import ResultsPanel
from engagement_desktop.plugins.api import ChartChoices, ExporterPlugin, HostServices
from results_samples import hourly, run_into, totals

SVG = "{http://www.w3.org/2000/svg}"


def colored_pixels(path) -> int:
    """Pixels that are neither white nor grey: the curves and bars, not the axes or grid."""
    image = QImage(str(path))
    assert not image.isNull()
    count = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            color = QColor(image.pixel(x, y))
            if color.saturation() > 80:
                count += 1
    return count


def test_the_chart_tab_exports_a_png_with_the_curves_drawn(qtbot, tmp_path):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    run_into(panel, hourly())
    panel.tabs.setCurrentWidget(panel.chart)
    qtbot.wait(150)
    png.export(panel.current_result(), tmp_path / "chart.png",
               host=HostServices(chart_renderer=panel.chart_renderer()))
    image = QImage(str(tmp_path / "chart.png"))
    assert image.width() > 600 and image.height() > 300
    assert colored_pixels(tmp_path / "chart.png") > 100


def test_the_chart_exports_as_svg_with_one_path_per_curve(qtbot, tmp_path):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.show()
    run_into(panel, hourly())  # Tree tab open: the chart is drawn offscreen
    svg.export(panel.current_result(), tmp_path / "chart.SVG",
               host=HostServices(chart_renderer=panel.chart_renderer()))
    root = ET.parse(tmp_path / "chart.SVG").getroot()
    assert root.tag == f"{SVG}svg"
    paths = root.findall(f".//{SVG}path")
    assert len(paths) >= 2
    texts = "".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "Impressions" in texts  # the legend came along


def test_image_exporter_plugins_draw_a_result_without_any_window(tmp_path):
    assert isinstance(png, ExporterPlugin) and isinstance(svg, ExporterPlugin)
    fractions = []
    host = HostServices(chart_renderer=offscreen_chart_renderer())
    png.export(totals(), tmp_path / "bars.png", progress=fractions.append, host=host)
    svg.export(hourly(), tmp_path / "lines.svg", metrics=["favorites"], width=800, height=500,
               host=host)
    assert fractions[-1] == 1.0
    assert colored_pixels(tmp_path / "bars.png") > 100
    root = ET.parse(tmp_path / "lines.svg").getroot()
    assert root.get("width").startswith("800") or "800" in root.get("viewBox", "")
    assert root.findall(f".//{SVG}path")


def test_a_wrong_file_name_is_refused_with_what_to_do_and_writes_nothing(qtbot, tmp_path):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    run_into(panel, hourly())
    with pytest.raises(ChartExportError, match=r"\.png or \.svg"):
        panel.chart_renderer().render(hourly(), tmp_path / "chart.jpg", "jpg", ChartChoices())
    with pytest.raises(ValueError, match="writes only"):
        png.export(hourly(), tmp_path / "chart.svg")
    with pytest.raises(TypeError, match="no option colour"):
        svg.export(hourly(), tmp_path / "chart.svg", colour="red")
    assert list(tmp_path.iterdir()) == []


def test_the_windows_renderer_draws_what_the_chart_tab_shows_when_the_tab_is_hidden(
        qtbot, tmp_path, monkeypatch):
    from engagement_desktop.gui.results.chart_renderer import OffscreenChartRenderer
    from engagement_desktop.gui.results.chart_view import BARS

    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.show()
    run_into(panel, totals())
    chart = panel.chart
    chart.select(["20"], ["retweets"])
    chart.log_scale.setChecked(True)
    chart.view_picker.setCurrentIndex(chart.view_picker.findData(BARS))
    assert not chart.isVisible()  # the Tree tab is open: drawn offscreen
    drawn = []
    monkeypatch.setattr(OffscreenChartRenderer, "render",
                        lambda self, result, path, format, choices: drawn.append(choices))
    host = HostServices(chart_renderer=panel.chart_renderer())
    png.export(panel.current_result(), tmp_path / "a.png", host=host)
    svg.export(panel.current_result(), tmp_path / "b.svg", host=host, metrics=["favorites"],
               log_scale=False, width=640)
    assert drawn == [
        ChartChoices(posts=("20",), metrics=("retweets",), log_scale=True, bars=True),
        ChartChoices(posts=("20",), metrics=("favorites",), log_scale=False, bars=True,
                     width=640)]
