"""An exported SVG, read back, puts the data where its own axes say (issue 14, item 6): a bar
of 403 reaches the height the value axis labels 403, and hourly points sit on their hours."""
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor, QImage

from engagement_builtins.export_image import png, svg
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import TOTAL, Row
from engagement_desktop.gui.results.chart_export import PNG_SCALE, TITLE_BAND
from engagement_desktop.gui.results.chart_renderer import offscreen_chart_renderer
from engagement_desktop.gui.results.results_panel import ResultsPanel
from engagement_desktop.plugins.api import HostServices
from results_samples import DAY0, H, hourly, run_into
from svg_readback import SVG, Picture

BAR = "#4e79a7"  # the first palette colour


def value_labels(picture, left_of: float) -> dict[str, float]:
    """The value axis's labels: the numbers left of the data."""
    return {text: float(text) for text, x, _y in picture.texts
            if text.replace(".", "").isdigit() and x < left_of}


def test_a_bar_reaches_the_height_the_value_axis_gives_its_total(qtbot, tmp_path):
    result = ResultSet()
    result.add_rows([Row("3", "favorites", None, TOTAL, 403),
                     Row("20", "favorites", None, TOTAL, 120)])
    svg.export(result, tmp_path / "bars.svg", bars=True,
               host=HostServices(chart_renderer=offscreen_chart_renderer()))
    picture = Picture(tmp_path / "bars.svg")
    bars = sorted(((x0 + x1) / 2, min(y0, y1), x0) for x0, y0, x1, y1, fill in picture.rects
                  if fill == BAR and x1 - x0 > 30)  # not the legend's 18-pixel sample
    assert len(bars) == 2
    y_of, _slope, spread = picture.axis(value_labels(picture, bars[0][2]), "y")
    assert spread < 1.5  # the labels agree with each other
    assert [top for _x, top, _left in bars] == pytest.approx([y_of(403), y_of(120)], abs=1.5)
    posts = {text: x for text, x, _y in picture.texts if text in ("3", "20") and x > bars[0][2]}
    assert [x for x, _top, _left in bars] == pytest.approx([posts["3"], posts["20"]], abs=1.5)



def hour_labels(picture) -> dict[str, float]:
    """'01:00' -> 1 (hours after DAY0), the day's own label ('Sun 01') -> 0."""
    labels = {}
    for text, _x, _y in picture.texts:
        if len(text) == 5 and text[2] == ":" and text.replace(":", "").isdigit():
            labels[text] = int(text[:2]) + int(text[3:]) / 60
        elif text == "Sun 01":
            labels[text] = 0
    return labels


def test_hourly_points_sit_on_their_hours_and_values_in_the_screen_chart_svg(qtbot, tmp_path):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(1300, 700)
    panel.show()
    run_into(panel, hourly(posts=["3"], metrics=["impressions"], hours=10))
    panel.tabs.setCurrentWidget(panel.chart)
    qtbot.wait(150)
    svg.export(panel.current_result(), tmp_path / "lines.svg",
               host=HostServices(chart_renderer=panel.chart_renderer()))
    picture = Picture(tmp_path / "lines.svg")
    x_of, per_hour, x_spread = picture.axis(hour_labels(picture), "x")
    curve = max(picture.paths, key=len)
    assert len(curve) == 10
    y_of, _slope, y_spread = picture.axis(value_labels(picture, curve[0][0]), "y")
    assert per_hour > 20 and x_spread < 1.5 and y_spread < 1.5
    for hour, (x, y) in enumerate(curve):  # value = 3 + hour (see results_samples.hourly)
        assert x == pytest.approx(x_of(hour), abs=1.5)
        assert y == pytest.approx(y_of(3 + hour), abs=1.5)
    # the chart on screen is back in seconds since 1970 afterwards
    xs, _ys = panel.chart._curves[("3", "impressions")].getData()
    assert xs[0] == DAY0 and xs[1] == DAY0 + H


def test_a_png_has_the_title_above_the_plot_and_a_legend_larger_than_on_screen(qtbot, tmp_path):
    renderer = offscreen_chart_renderer()
    png.export(hourly(), tmp_path / "c.png", width=800, height=500,
               host=HostServices(chart_renderer=renderer))
    image = QImage(str(tmp_path / "c.png"))
    assert (image.width(), image.height()) == (800 * PNG_SCALE, (500 + TITLE_BAND) * PNG_SCALE)
    dark = [x for x in range(image.width()) for y in range(0, TITLE_BAND * PNG_SCALE, 2)
            if QColor(image.pixel(x, y)).lightness() < 100]
    assert dark and min(dark) > image.width() / 4 and max(dark) < image.width() * 3 / 4
    svg.export(hourly(), tmp_path / "c.svg", host=HostServices(chart_renderer=renderer))
    legend = [float(t.get("font-size")) for t in ET.parse(tmp_path / "c.svg").iter(f"{SVG}text")
              if "·" in (t.text or "")]
    on_screen = 10 * 96 / 72  # the chart's 10pt legend, in pixels
    assert legend and min(legend) > on_screen * 1.3


def test_the_exported_legend_is_laid_out_at_its_larger_size_not_cut_at_the_edge(qtbot, tmp_path):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 560)
    panel.show()
    run_into(panel, hourly(posts=["3", "20", "41"], metrics=["impressions"], hours=10))
    panel.tabs.setCurrentWidget(panel.chart)
    qtbot.wait(150)
    svg.export(panel.current_result(), tmp_path / "lines.svg",
               host=HostServices(chart_renderer=panel.chart_renderer()))
    picture = Picture(tmp_path / "lines.svg")
    legend = [(x, width) for (text, x, _y), width in zip(picture.texts, picture.text_widths)
              if "·" in text]
    assert len(legend) == 3
    assert all(x + width / 2 <= picture.width for x, width in legend)
