"""Issue 14, item 10: the window said "12096 values" where the CLI said "12114" for the same
query. Both count with ResultSet.__len__; what differed was the range: a query without dates
means the 4 weeks before the current hour where it is planned (672 hours), while the editor
showed — and so ran — "the last 28 days" rounded up to the next hour (671 hours). 18 series
(3 posts × 6 metrics) × 1 hour = 18 values. The editor now shows core's default range."""
from datetime import datetime, timezone

from engagement_desktop.core.query import Query
from engagement_desktop.core.utc import to_wire
from engagement_desktop.core.validation import default_range, query_range
from engagement_desktop.gui.editor.date_range import DateRange
from engagement_desktop.plugins.registry import ENDPOINTS, load_registry
from engagement_desktop.paths import AppPaths

NOW = datetime(2026, 12, 4, 17, 24, 31, tzinfo=timezone.utc)  # not on the hour


def test_a_query_without_dates_runs_the_same_range_from_the_window_and_the_cli(qtbot, tmp_path):
    spec = load_registry(AppPaths.under(tmp_path).ensure(),
                         kinds=(ENDPOINTS,)).endpoints["historical"].spec
    dates = DateRange(now=lambda: NOW)
    qtbot.addWidget(dates)
    dates.set_spec(spec)
    dates.set_values(None, None, None)
    start, end, _ = dates.values()
    planned = query_range(Query(endpoint="historical"), spec, NOW)  # what the CLI plans
    assert (start, end) == tuple(to_wire(t) for t in planned) == tuple(
        to_wire(t) for t in default_range(NOW))
    assert (planned[1] - planned[0]).total_seconds() == 672 * 3600
