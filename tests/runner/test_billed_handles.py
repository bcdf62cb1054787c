"""Issue 14, item 7: the usage meter counts the owner of every post a run requests, whichever
the endpoint and the account's kind — totals with a user-context account, app-only runs."""
import threading

from engagement_desktop.core.query import Query
from test_service import TODAY, ids_of, service_for


def totals(account: str, ids: list[str]) -> Query:
    return Query(name="t", endpoint="totals", account=account, ids=ids, metrics=["favorites"],
                 groupings={"per-post": ["tweet.id", "engagement.type"]})


def run(service, query) -> None:
    events = list(service.run(service.prepare(query), cancel=threading.Event()))
    assert events[-1].steps_done == 1 and not events[-1].steps_failed


def billed(service) -> list[str]:
    return service.ledger.handles(TODAY.strftime("%Y-%m"))


def test_an_app_only_totals_run_counts_every_owner_of_its_posts(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox, {"demo-app"})
    query = totals("demo-app", ids_of(0, 2) + ids_of(1, 1) + ids_of(2, 1))
    before = service.prepare(query).estimate
    assert not before.handles_known  # the summary says the owners are known once it runs
    run(service, query)
    assert billed(service) == ["demo_analyst", "demo_creator", "demo_owner"]
    after = service.prepare(query).estimate  # remembered: known before the next run
    assert after.handles_known and after.new_handles == frozenset()


def test_a_user_context_totals_run_counts_the_owners_not_the_account(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox, {"demo-app", "demo-analyst"})  # the app looks up
    run(service, totals("demo-analyst", ids_of(0, 3)))
    assert billed(service) == ["demo_owner"]


def test_owners_are_looked_up_once_and_remembered_across_sessions(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox, {"demo-app"})
    query = totals("demo-app", ids_of(0, 1) + ids_of(1, 1))
    run(service, query)
    assert service.transport.requests_sent == 2  # the owner lookup, then the totals
    again = service_for(tmp_path, sandbox, {"demo-app"})  # a new start, same data folder
    assert again.prepare(query).estimate.handles_known
    run(again, query)
    assert again.transport.requests_sent == 1


def test_an_owner_only_run_counts_its_accounts_handle_without_a_lookup(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox, {"demo-owner"})
    events = list(service.run(service.prepare(Query(
        name="h", endpoint="historical", account="demo-owner", ids=ids_of(0, 2),
        metrics=["impressions"], groupings={"daily": ["tweet.id", "engagement.type",
                                                      "engagement.day"]})),
        cancel=threading.Event()))
    assert events[-1].steps_done >= 1
    assert billed(service) == ["demo_owner"]
    assert service.transport.requests_sent == events[-1].steps_done
