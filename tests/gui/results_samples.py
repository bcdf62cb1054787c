"""Sample results for the results-area tests: small, with known sums."""
from datetime import datetime, timezone

from engagement_builtins.specs import TOTALS
from engagement_desktop.core.plan import Plan
from engagement_desktop.core.planning import Estimate
from engagement_desktop.core.query import Query
from engagement_desktop.core.results import ResultSet
from engagement_desktop.core.rows import DAY, HOUR, TOTAL, Row
from engagement_desktop.runner.events import Finished, PageParsed
from engagement_desktop.runner.plan_door import PreparedRun

DAY0 = 1_793_491_200  # 2026-11-01 00:00 UTC
H = 3600


def hourly(posts=("3", "20"), metrics=("impressions", "favorites"), hours=48) -> ResultSet:
    """value = post number + metric index + hour index, so every sum is computable."""
    result = ResultSet(metric_labels=TOTALS.metric_labels)
    for post in posts:
        for m, metric in enumerate(metrics):
            result.add_rows(Row(post, metric, DAY0 + h * H, HOUR, int(post) + m + h)
                            for h in range(hours))
    return result


def expected_sum(post: str, m: int, hours=range(48)) -> int:
    return sum(int(post) + m + h for h in hours)


def daily(posts=("3", "20")) -> ResultSet:
    result = ResultSet(metric_labels=TOTALS.metric_labels)
    for post in posts:
        result.add_rows(Row(post, "favorites", DAY0 + d * 86400, DAY, d + 1) for d in range(5))
    return result


def totals() -> ResultSet:
    result = ResultSet(metric_labels=TOTALS.metric_labels)
    result.add_rows([Row("3", "favorites", None, TOTAL, 7), Row("20", "favorites", None, TOTAL, 11),
                     Row("3", "retweets", None, TOTAL, 2)])
    return result


def run_into(panel, result: ResultSet, *, finished: bool = True) -> None:
    """Feed `result` to the panel as a run's events do (one page), through the panel's fold;
    its metric labels come with the (empty) plan, as a run's come with its plan."""
    plan = Plan(query=Query(), steps=[], post_ids=[], metric_labels=result.metric_labels)
    panel.begin_run(PreparedRun(plan, Estimate(0, 0.0, 60), datetime.now(timezone.utc)))
    panel.on_event(PageParsed("sample", list(result.rows())))
    if finished:
        panel.on_event(Finished(cancelled=False, steps_done=1, steps_failed=0))
        panel.current_result()  # merges the queued rows now
