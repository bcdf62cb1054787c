"""The glossary is where every metric label comes from: the metric picker, the tree, the chart's
legend (in the window's language) and the XLSX headers (the glossary's English). The glossary is
swapped for one whose labels are marked, so a label that came from anywhere else shows."""
import copy
from datetime import datetime, timezone

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt

from engagement_builtins import specs
from engagement_builtins.export_xlsx import exporter as xlsx
from engagement_desktop.core.endpoint import BEARER
from engagement_desktop.core.plan import Plan
from engagement_desktop.core.planning import Estimate
from engagement_desktop.core.query import Query
from engagement_desktop.gui.editor.metric_picker import MetricPicker
from engagement_desktop.gui.results.results_panel import ResultsPanel
from engagement_desktop.i18n import glossary
from engagement_desktop.runner.fold import ResultFold
from engagement_desktop.runner.plan_door import PreparedRun
from i18n_translators import english, spanish  # noqa: F401 — fixtures
from results_samples import hourly, run_into, totals

MARK = "§"


@pytest.fixture
def marked(monkeypatch):
    """The glossary with every metric label marked: 'Likes' reads '§Likes', 'Me gusta' '§Me
    gusta'; whatever is shown unmarked did not come from it."""
    data = copy.deepcopy(glossary._data())
    for entry in data["metrics"].values():
        for language in entry:
            entry[language] = MARK + entry[language]
    monkeypatch.setattr(glossary, "_data", lambda: data)


def metric_node_labels(model, parent=QModelIndex()) -> dict[str, set[str]]:
    """metric → every label the tree shows for it, at any level."""
    found: dict[str, set[str]] = {}
    model.fetch_all(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        node = model.node(index)
        if node.dimension == "metric":
            found.setdefault(node.key, set()).add(index.data(Qt.ItemDataRole.DisplayRole))
        for metric, labels in metric_node_labels(model, index).items():
            found.setdefault(metric, set()).update(labels)
    return found


def test_the_metric_picker_shows_the_glossary_labels(marked, spanish, qtbot):
    picker = MetricPicker([specs.TOTALS])
    qtbot.addWidget(picker)
    picker.set_context(specs.TOTALS, "app", BEARER)
    shown = {box.objectName().split(":", 1)[1]: box.text() for box in picker._boxes.values()}
    assert len(shown) >= 6
    assert shown == {m: glossary.label(m, "es") for m in shown}
    assert all(text.startswith(MARK) for text in shown.values())
    assert shown["favorites"] == MARK + "Me gusta"


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_tree_and_the_chart_legend_show_the_glossary_labels(marked, language, qtbot, request):
    request.getfixturevalue({"es": "spanish", "en": "english"}[language])
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.show()
    run_into(panel, hourly())
    panel.tree.regroup.set_dims(("metric", "post"))
    panel.tree.rebuild()
    tree = metric_node_labels(panel.tree.model)
    assert tree == {m: {glossary.label(m, language)} for m in ("impressions", "favorites")}
    chart = panel.chart
    chart.select(["3"], ["impressions", "favorites"])
    chart.redraw_now()
    legend = [label.text for _sample, label in chart.time_plot.getPlotItem().legend.items]
    assert legend == [f"3 · {glossary.label(m, language)}" for m in ("impressions", "favorites")]
    assert all(MARK in text for text in legend)


def test_the_xlsx_headers_are_the_glossary_english_labels(marked, tmp_path):
    labels = specs.TOTALS.metric_labels  # as the plugin declares them
    plan = Plan(query=Query(name="q"), steps=[], post_ids=[], metric_labels=labels)
    fold = ResultFold(PreparedRun(plan, Estimate(0, 0.0, 60), datetime.now(timezone.utc)))
    fold.add_rows(totals().rows())
    target = tmp_path / "out.xlsx"
    xlsx.export(fold.result, target)
    book = openpyxl.load_workbook(target, read_only=True)
    headers = [cell.value for cell in next(book["Totals"].iter_rows(max_row=1))][1:]
    data_metrics = {row[1] for row in book["Data"].iter_rows(min_row=2, values_only=True)}
    expected = [glossary.label(m, "en") for m in ("favorites", "retweets")]
    assert headers == expected and data_metrics == set(expected)
    assert all(text.startswith(MARK) for text in headers)
