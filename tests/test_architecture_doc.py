"""docs/architecture.md's worked example is code that works: its plugin file, dropped into the
user plugin folder, loads, plans from its declared facts, parses an answer and exports."""
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from engagement_desktop.core.planning import build_plan
from engagement_desktop.core.query import Query
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import TOO_OLD
from engagement_desktop.core.snowflake import TWITTER_EPOCH_MS
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.exporting import export_with
from engagement_desktop.plugins.api import HostServices
from engagement_desktop.plugins.registry import load_registry

DOC = Path(__file__).resolve().parent.parent / "docs" / "architecture.md"
NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)


def posted(when: datetime) -> str:
    return str((int(when.timestamp() * 1000) - TWITTER_EPOCH_MS) << 22)


RECENT = posted(datetime(2026, 11, 25, tzinfo=timezone.utc))
OLD = posted(datetime(2026, 9, 1, tzinfo=timezone.utc))  # past the example's 30 days


@pytest.fixture
def registry(tmp_path):
    example = re.search(r"```python\n(.*?)```", DOC.read_text(), re.S).group(1)
    paths = AppPaths.under(tmp_path).ensure()
    (paths.plugins / "post_saves.py").write_text(example)
    return load_registry(paths)


def test_the_worked_example_loads_as_an_endpoint_and_an_exporter(registry):
    assert not registry.failures
    assert registry.endpoints["post-saves"].spec.metrics[0].label == "Saves"
    assert registry.exporter_for("out.md").title == "Markdown table"


def test_the_example_plans_from_its_declared_facts(registry):
    plugin = registry.endpoints["post-saves"]
    query = Query(name="q", endpoint="post-saves", account="app", ids=[RECENT, OLD],
                  metrics=["Bookmarked"])
    plan = build_plan(query, plugin.spec, account_kind="bearer", now=NOW,
                      endpoints=[p.spec for p in registry.endpoints.values()])
    assert [step.ids for step in plan.steps] == [(RECENT,)]
    assert [(note.post_id, note.kind) for note in plan.notes] == [(OLD, TOO_OLD)]
    request = plugin.build_request(plan.steps[0])
    assert (request.method, request.path, request.params) == ("GET", "/2/posts/saves",
                                                              {"ids": RECENT})


def test_the_example_parses_and_exports_what_it_read(registry, tmp_path):
    plugin = registry.endpoints["post-saves"]
    query = Query(name="q", endpoint="post-saves", account="app", ids=[RECENT], metrics=["saves"])
    step = build_plan(query, plugin.spec, account_kind="bearer", now=NOW,
                      endpoints=[plugin.spec]).steps[0]
    page = plugin.parse(step, 200, {}, b'{"data": [{"id": "%s", "saves": 7}]}' % RECENT.encode())
    refused = plugin.parse(step, 403, {}, b'{"detail": "Not yours"}')
    assert [problem.post_id for problem in refused.problems] == [RECENT]
    assert "Not yours" in refused.problems[0].message
    result = ResultSet(query=query, metric_labels={"saves": "Saves"})
    result.add_rows(page.rows)
    target = tmp_path / "out.md"
    export_with(registry.exporter_for(target), result, target, HostServices())
    assert target.read_text().splitlines()[2] == f"| {RECENT} | Saves | 7 |"
