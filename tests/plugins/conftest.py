"""Fixtures for plugin discovery: a fake installed distribution and a user plugin folder."""
import importlib
import sys
import textwrap
from datetime import datetime, timezone

import pytest
from engagement_builtins.specs import HISTORICAL

from engagement_desktop.core.query import Query
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.api import DAY, TOTAL, PostProblem, ResultSet, Row

# What a third-party plugin module needs to build a small, valid endpoint and exporter.
PLUGIN_PRELUDE = '''
from pathlib import Path
from engagement_desktop.plugins.api import (API_VERSION, BEARER, ENTERPRISE, LIFETIME,
                                            EndpointSpec, HttpRequest, MetricSpec, ParsedPage)

class Endpoint:
    def __init__(self, name, api_version=API_VERSION):
        self.api_version = api_version
        self.spec = EndpointSpec(name=name, title=name.title(), family=ENTERPRISE, method="POST",
                                 path="/" + name, max_ids=10, metrics=(MetricSpec("impressions", "Impressions"),),
                                 auth_kinds=frozenset({BEARER}), time=LIFETIME)

    def build_request(self, step):
        return HttpRequest("POST", self.spec.path)

    def parse(self, step, status, headers, body):
        return ParsedPage()

class Exporter:
    def __init__(self, name, extensions, api_version=API_VERSION):
        self.api_version, self.name, self.title = api_version, name, name.upper()
        self.extensions = extensions

    def export(self, result, target, progress=None, **options):
        Path(target).write_text(self.name)
'''


def plugin_source(body: str) -> str:
    return PLUGIN_PRELUDE + textwrap.dedent(body)


@pytest.fixture
def app_paths(tmp_path):
    return AppPaths.under(tmp_path / "app").ensure()


@pytest.fixture
def drop_in(app_paths):
    """Write a drop-in plugin file into the user plugin folder."""
    def write(filename: str, body: str, prelude: bool = True):
        path = app_paths.plugins / filename
        path.write_text(plugin_source(body) if prelude else textwrap.dedent(body))
        return path
    return write


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """Install a fake distribution 'fake-engagement-plugins' 2.3 with the given modules and
    entry points, the way pip would lay it out on sys.path."""
    site = tmp_path / "site"
    site.mkdir()
    modules: list[str] = []

    def install(sources: dict[str, str], endpoints: dict[str, str] = {},
                exporters: dict[str, str] = {}):
        for module, body in sources.items():
            (site / f"{module}.py").write_text(plugin_source(body))
            modules.append(module)
        dist = site / "fake_engagement_plugins-2.3.dist-info"
        dist.mkdir()
        (dist / "METADATA").write_text(
            "Metadata-Version: 2.1\nName: fake-engagement-plugins\nVersion: 2.3\n")
        groups = {"engagement_desktop.endpoints": endpoints,
                  "engagement_desktop.exporters": exporters}
        (dist / "entry_points.txt").write_text("".join(
            f"[{group}]\n" + "".join(f"{name} = {value}\n" for name, value in points.items())
            for group, points in groups.items()))
        monkeypatch.syspath_prepend(str(site))
        importlib.invalidate_caches()

    yield install
    for module in modules:
        sys.modules.pop(module, None)


DAY_1 = 1_735_689_600  # 2025-01-01T00:00:00Z
DAY_2 = DAY_1 + 86_400


@pytest.fixture
def sample_result():
    """Two posts: totals for both, a daily series for one, a daily aggregate, a problem."""
    result = ResultSet(
        query=Query(name="launch", endpoint="historical", account="demo-owner",
                    ids=["1460323737035677698", "20"], metrics=["impressions", "favorites"],
                    groupings={"by-post": ["tweet.id", "engagement.type", "engagement.day"]},
                    start="2025-01-01", end="2025-01-03"),
        provenance={"endpoint": "historical", "job_id": "job-7",
                    "finished": datetime(2025, 1, 3, 12, 0, tzinfo=timezone.utc)},
        metric_labels=HISTORICAL.metric_labels)
    result.add_rows([
        Row("1460323737035677698", "impressions", None, TOTAL, 1500),
        Row("20", "impressions", None, TOTAL, 40),
        Row("20", "favorites", None, TOTAL, 3),
        Row("20", "impressions", DAY_2, DAY, 25),
        Row("20", "impressions", DAY_1, DAY, 15),
        Row("20", "favorites", DAY_1, DAY, 3),
        Row(None, "retweets", DAY_1, DAY, 9),
    ])
    result.add_problems([PostProblem("30", "unavailable", "The post was deleted.")])
    return result
