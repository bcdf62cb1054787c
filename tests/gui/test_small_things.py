"""Issue 14, item 10: the small things a new user met in the first week, one test each."""
import io
import stat
from pathlib import Path
from types import SimpleNamespace

from engagement_builtins.export_csv import exporter as csv_exporter
from engagement_builtins.export_image import png, svg
from engagement_desktop.cli.run_display import Display, about, counted
from engagement_desktop.gui.results.chart_renderer import offscreen_chart_renderer
from engagement_desktop.gui.results.regroup_bar import RegroupBar
from engagement_desktop.gui.results.tree_tab import TreeTab
from engagement_desktop.plugins.api import HostServices
from engagement_desktop.runner.events import Progress
from results_samples import hourly, totals
from test_main_window import make_window, sandbox  # noqa: F401 (fixtures)

README = Path(__file__).resolve().parents[2] / "README.md"


def test_an_estimate_under_a_second_is_not_about_0_s():
    stream = io.StringIO()
    Display(stream).estimate(SimpleNamespace(requests=1, minutes=0, per_minute=300,
                                             learned=True, new_handles=()))
    assert stream.getvalue() == ("1 request, under a second at 300/min (the limit the server "
                                 "announced, in this or an earlier run).\n")
    assert about(90) == "about 1.5 minutes"


def test_counts_are_said_in_the_singular_for_one():
    assert counted(1, "request") == "1 request" and counted(2, "request") == "2 requests"
    assert counted(1, "retry", "retries") == "1 retry"
    assert counted(12114, "value") == "12,114 values"
    stream = io.StringIO()
    display = Display(stream)
    display.terminal = True
    display._bar(Progress(done=1, total=2, eta_seconds=None, retries=1))
    assert "1 retry" in stream.getvalue() and "retries" not in stream.getvalue()


def test_pictures_are_written_with_the_same_mode_as_the_other_exports(qtbot, tmp_path):
    host = HostServices(chart_renderer=offscreen_chart_renderer())
    csv_exporter.export(hourly(), tmp_path / "a.csv")
    png.export(hourly(), tmp_path / "a.png", host=host)
    svg.export(hourly(), tmp_path / "a.svg", host=host)
    modes = {p.suffix: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    # .json: the CSV's provenance sidecar, written like the exports it sits beside
    assert modes == {".csv": modes[".csv"], ".json": modes[".csv"], ".png": modes[".csv"],
                     ".svg": modes[".csv"]}
    assert modes[".csv"] & 0o044  # readable by others, as a saved file is


def test_the_readme_says_what_a_drop_in_plugin_file_must_define():
    text = README.read_text(encoding="utf-8")
    assert "`ENDPOINTS = [...]`" in text and "`EXPORTERS = [...]`" in text
    assert "drop-in `.py` file names what it offers" in text


def test_the_group_by_offers_no_day_for_totals(qtbot):
    bar = RegroupBar()
    qtbot.addWidget(bar)
    assert bar.dims() == ("post", "metric")  # before any numbers: no time level
    bar.set_result(totals())
    assert bar.dims() == ("post", "metric")
    bar.set_result(hourly())
    assert bar.dims() == ("post", "metric", "day")


def test_the_results_pane_says_to_press_run_before_the_first_run(qtbot):
    tab = TreeTab()
    qtbot.addWidget(tab)
    tab.show()
    assert tab.hint.isVisible() and "Run" in tab.hint.text()
    tab.set_result(hourly())
    assert not tab.hint.isVisible()


def test_a_long_export_says_how_far_it_is_in_the_cli():
    from engagement_desktop.cli.run_exports import tenths

    said = []
    progress = tenths(Path("big.xlsx"), said.append)
    for fraction in (0.0, 0.05, 0.1, 0.12, 0.35, 0.99, 1.0):
        progress(fraction)
    assert said == ["Writing big.xlsx: 10 %", "Writing big.xlsx: 30 %",
                    "Writing big.xlsx: 90 %"]


def test_a_long_export_says_how_far_it_is_in_the_window(qtbot, make_window):
    import threading

    window = make_window()
    runs = window.workbench.runs
    shown = []
    runs.status.messageChanged.connect(shown.append)
    thread = threading.Thread(target=lambda: runs.export_progress.emit("big.xlsx", 0.4))
    thread.start()  # as the exporter's own thread does
    thread.join()
    qtbot.waitUntil(lambda: "Exporting to big.xlsx… 40 %" in shown)
