"""RunService, the facade the window and the CLI share, against the sandbox."""
import threading
from datetime import datetime, timedelta, timezone

import pytest

from engagement_desktop.core.query import InvalidQuery, Query
from engagement_desktop.core.rows import NOT_OWNED
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.registry import ENDPOINTS, load_registry
from engagement_desktop.runner.events import Finished, PageParsed
from engagement_desktop.runner.journal import JournalError
from engagement_desktop.runner.memory_accounts import StaticAccounts
from engagement_desktop.runner.service import RunService
from engagement_desktop.sandbox import posts

TODAY = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
DAILY = {"daily": ["tweet.id", "engagement.type", "engagement.day"]}


def service_for(tmp_path, sandbox, names=None) -> RunService:
    paths = AppPaths.under(tmp_path).ensure()
    demo = [a for a in sandbox.accounts if names is None or a["name"] in names]
    return RunService(paths, load_registry(paths, kinds=(ENDPOINTS,)),
                      StaticAccounts.from_sandbox(demo, sandbox.base_url), UsageLedger(paths.data),
                      sandbox_base_url=sandbox.base_url, clock=sandbox.clock.now)


def ids_of(owner: int, count: int) -> list[str]:
    return [str(posts.make_id(TODAY - timedelta(days=20, minutes=n), owner)) for n in range(count)]


def historical(account: str, ids: list[str]) -> Query:
    return Query(name="h", endpoint="historical", account=account, ids=ids,
                 metrics=["impressions"], groupings=DAILY,
                 start=(TODAY - timedelta(days=10)).strftime("%Y-%m-%d"),
                 end=(TODAY - timedelta(days=1)).strftime("%Y-%m-%d"))


def drain(service, query, **options):
    return list(service.run(service.prepare(query), cancel=threading.Event(), **options))


def test_an_unknown_account_is_a_problem_of_the_account_field(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox)
    with pytest.raises(InvalidQuery) as invalid:
        service.prepare(historical("nobody", ids_of(0, 3)))
    [problem] = invalid.value.problems
    assert problem.field == "account" and "demo-owner" in problem.message


def test_the_estimate_warns_of_new_handles_until_a_run_has_counted_them(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox)
    query = historical("demo-owner", ids_of(0, 30))
    before = service.prepare(query).estimate
    assert (before.requests, before.per_minute, before.learned) == (2, 60, False)
    assert before.new_handles == {"demo_owner"} and before.handles_known
    events = drain(service, query)
    assert events[-1].steps_done == 2
    after = service.prepare(query).estimate
    assert after.new_handles == set() and (after.per_minute, after.learned) == (100_000, True)
    assert service.ledger.handles(TODAY.strftime("%Y-%m")) == ["demo_owner"]


def test_the_next_session_estimates_with_the_limit_a_run_learned(tmp_path, sandbox):
    query = historical("demo-owner", ids_of(0, 30))
    drain(service_for(tmp_path, sandbox), query)
    again = service_for(tmp_path, sandbox)  # a new session on the same data folder
    estimate = again.prepare(query).estimate
    assert (estimate.per_minute, estimate.learned) == (100_000, True)
    assert again.transport.requests_sent == 0


def test_auto_routes_each_post_to_its_owner_and_posts_nobody_owns_become_problems(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox, {"demo-app", "demo-owner"})
    mine, theirs = ids_of(0, 4), ids_of(1, 2)
    prepared = service.prepare(historical("auto", mine + theirs))
    events = list(service.run(prepared, cancel=threading.Event()))
    notes = prepared.plan.notes  # plan notes are data of the plan, not events
    assert {(p.post_id, p.kind) for p in notes} == {(i, NOT_OWNED) for i in theirs}
    assert "@demo_analyst" in notes[0].message
    rows = [r for e in events if isinstance(e, PageParsed) for r in e.rows]
    assert {r.post_id for r in rows} == set(mine)
    assert events[-1] == Finished(False, 1, 0, events[-1].job_id)


def test_auto_without_a_bearer_account_says_one_is_needed(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox, {"demo-owner"})
    with pytest.raises(InvalidQuery, match="bearer"):
        drain(service, historical("auto", ids_of(0, 2)))


def test_resuming_a_job_with_a_changed_query_is_refused(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox)
    job = drain(service, historical("demo-owner", ids_of(0, 3)))[-1].job_id
    with pytest.raises(JournalError, match="another query"):
        drain(service, historical("demo-owner", ids_of(0, 4)), resume_job=job)


def test_the_request_preview_is_a_curl_command_for_the_sandbox_with_secrets_masked(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox)
    plan = service.prepare(historical("demo-owner", ids_of(0, 2))).plan
    command = service.curl_preview(plan.steps[0])
    owner = next(a for a in sandbox.accounts if a["name"] == "demo-owner")
    assert sandbox.base_url + "/insights/engagement/historical" in command
    assert owner["access_token"] not in command and owner["consumer_key"] not in command
    assert 'oauth_token="***"' in command
