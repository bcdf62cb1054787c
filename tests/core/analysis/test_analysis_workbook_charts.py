"""The table sheet's native charts: one per grouping level the table shows, each reading the
rows of its level (the chart XML read back with zipfile, its ranges resolved to the cells they
name), never dropped when sub-rows sit between a level's rows."""
import re
import zipfile

import openpyxl

from engagement_desktop.core.analysis.view_charts import CHART_ROWS
from engagement_desktop.core.analysis.view_files import write_views
from engagement_desktop.core.analysis.views import TABLE, View

HEADER = ["handle", "post", "impressions", "engagement_rate"]


def nested_view(rows: list[list]) -> View:
    return View(TABLE, "t", HEADER, rows, ["Engagement rate = engagements / impressions."],
                frozenset({"engagement_rate"}), labels=2)


def charts(path) -> list[dict]:
    """Each chart's title and its one series' categories and values, read from the cells its
    ranges name."""
    book = openpyxl.load_workbook(path)
    found = []
    with zipfile.ZipFile(path) as archive:
        names = sorted(n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        for name in names:
            xml = archive.read(name).decode()
            refs = re.findall(r"<c:(cat|val)>.*?<c:f>(.*?)</c:f>", xml, re.S)
            series = {kind: cells(book, ref) for kind, ref in refs}
            title = "".join(re.findall(r"<a:t>(.*?)</a:t>", xml.split("<c:plotArea>")[0]))
            found.append({"title": title, **series})
    return found


def cells(book, ref: str) -> list:
    sheet, area = ref.rsplit("!", 1)
    found = book[sheet.strip("'")][area.replace("$", "")]
    if ":" not in area:  # one cell
        return [found.value]
    return [c.value for row in found for c in row]


def test_a_nested_table_charts_its_handles_and_its_posts_each_from_its_own_rows(tmp_path):
    rows = [["@a", None, 300, 0.1], ["@a", "11", 100, 0.1], ["@a", "12", 200, 0.1],
            ["@b", None, 50, None], ["@b", "13", 50, None], ["Total", None, 350, 0.08]]
    [path] = write_views([nested_view(rows)], tmp_path / "views.xlsx")
    assert charts(path) == [
        {"title": "impressions by handle", "cat": ["@a", "@b"], "val": [300, 50]},
        {"title": "impressions by post", "cat": ["11", "12", "13"], "val": [100, 200, 50]}]


def test_a_level_whose_keys_repeat_under_other_parents_is_labelled_by_its_path(tmp_path):
    rows = [["@a", None, 3, None], ["@a", "2026-03-02", 3, None],
            ["@b", None, 5, None], ["@b", "2026-03-02", 5, None], ["Total", None, 8, None]]
    [path] = write_views([nested_view(rows)], tmp_path / "views.xlsx")
    assert charts(path)[1]["cat"] == ["@a · 2026-03-02", "@b · 2026-03-02"]


def test_a_level_longer_than_a_chart_says_how_many_rows_it_shows(tmp_path):
    rows = [["@a", None, 70, None]]
    rows += [["@a", str(post), 1, None] for post in range(CHART_ROWS + 20)]
    [path] = write_views([nested_view([*rows, ["Total", None, 70, None]])],
                         tmp_path / "views.xlsx", language="es")
    handles, posts = charts(path)
    assert handles["cat"] == ["@a"]
    assert posts["title"] == f"Impresiones por Publicación (primeras {CHART_ROWS} de 70)"
    assert posts["cat"] == [str(post) for post in range(CHART_ROWS)]
