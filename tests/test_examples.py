"""The shipped examples never go stale: each query with a date range keeps it relative ("last 335
days"), so `plan` on every example works today and years from now, and shows the dates."""
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from engagement_desktop.core.endpoint import RANGE
from engagement_desktop.core.workspace import load
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.paths import AppPaths
from engagement_desktop.resources import EXAMPLES

TODAY = datetime.now(timezone.utc).replace(microsecond=0)
LATER = [TODAY, TODAY + timedelta(days=400), TODAY + timedelta(days=3 * 365 + 17)]
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


def plan(tmp_path, path, now: datetime) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state")}
    return subprocess.run([sys.executable, "-m", "engagement_desktop.cli", "plan", "--now",
                           now.strftime("%Y-%m-%dT%H:%M:%SZ"), str(path)],
                          capture_output=True, text=True, env=env, timeout=120)


def test_every_query_of_an_example_that_takes_a_range_has_a_relative_one(tmp_path):
    registry = load_registry(AppPaths.under(tmp_path).ensure())
    ranged = [(path.name, q) for path in EXAMPLE_FILES for q in load(path).queries
              if registry.endpoints[q.endpoint].spec.time == RANGE]
    assert len(ranged) >= 4
    assert all(q.range and q.start is None and q.end is None for _name, q in ranged), ranged


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_every_example_plans_today_and_years_from_now(tmp_path, path):
    for now in LATER:
        planned = plan(tmp_path, path, now)
        assert planned.returncode == 0, f"{now}: {planned.stdout}{planned.stderr}"


def test_the_plan_shows_the_dates_a_relative_range_stands_for(tmp_path):
    now = datetime(2027, 6, 15, 9, 30, tzinfo=timezone.utc)
    planned = plan(tmp_path, EXAMPLES / "plan-1000x335.json", now)
    assert "Range 'last 335 days': 2026-07-15T10:00:00Z → 2027-06-15T09:00:00Z" in planned.stdout
