"""A run records who wrote each post (issue 12, item 3): owner routing's answers, an owner-only
endpoint's account, the owner cache, and the owner lookup for the rest, asked once."""
import threading
from datetime import datetime, timedelta, timezone

import pytest

from engagement_desktop.core.query import Query
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.registry import ENDPOINTS, load_registry
from engagement_desktop.runner.events import Finished, PageParsed
from engagement_desktop.runner.fold import OWNERS
from engagement_desktop.runner.memory_accounts import StaticAccounts
from engagement_desktop.runner.owner_cache import OwnerCache
from engagement_desktop.runner import service as service_module
from engagement_desktop.runner.service import RunService
from engagement_desktop.sandbox import posts
from engagement_desktop.sandbox.accounts import USERS

TODAY = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
IDS = [str(posts.make_id(TODAY - timedelta(days=20, minutes=7 * n), n % 3)) for n in range(9)]
OWNER_OF = {i: USERS[posts.owner_index(int(i))]["screen_name"] for i in IDS}
TOTALS = ["impressions", "engagements"]


def service_for(root, sandbox, names) -> RunService:
    paths = AppPaths.under(root).ensure()
    demo = [a for a in sandbox.accounts if a["name"] in names]
    return RunService(paths, load_registry(paths, kinds=(ENDPOINTS,)),
                      StaticAccounts.from_sandbox(demo, sandbox.base_url), UsageLedger(paths.data),
                      sandbox_base_url=sandbox.base_url, clock=sandbox.clock.now)


def totals(account: str, ids=IDS) -> Query:
    return Query(name="t", endpoint="totals", account=account, ids=ids, metrics=TOTALS,
                 groupings={"per-post": ["tweet.id", "engagement.type"]})


@pytest.fixture
def asked(monkeypatch) -> list[list[str]]:
    """The posts each call of the owner lookup asked about."""
    calls, real = [], service_module.lookup_owners

    def counting(post_ids, **kwargs):
        calls.append(list(post_ids))
        return real(post_ids, **kwargs)
    monkeypatch.setattr(service_module, "lookup_owners", counting)
    return calls


def run(service: RunService, query: Query) -> Finished:
    events = list(service.run(service.prepare(query), cancel=threading.Event()))
    assert any(isinstance(e, PageParsed) and e.rows for e in events)
    return events[-1]


def test_a_totals_run_on_one_account_asks_the_owner_lookup_once_then_reads_the_cache(
        tmp_path, sandbox, asked):
    first = service_for(tmp_path, sandbox, {"demo-app", "demo-owner"})
    assert dict(run(first, totals("demo-owner")).owners) == OWNER_OF
    assert asked == [IDS]  # one lookup of the 9 posts
    assert OwnerCache(first.paths.data).known(IDS) == OWNER_OF
    first.close()

    again = service_for(tmp_path, sandbox, {"demo-app", "demo-owner"})  # a later session
    assert dict(run(again, totals("demo-owner")).owners) == OWNER_OF
    assert asked == [IDS]  # nothing asked again
    again.close()


def test_an_owner_only_run_knows_its_accounts_handle_without_asking(tmp_path, sandbox, asked):
    service = service_for(tmp_path, sandbox, {"demo-app", "demo-owner"})
    mine = [i for i in IDS if OWNER_OF[i] == "demo_owner"]
    query = Query(name="h", endpoint="historical", account="demo-owner", ids=mine,
                  metrics=["impressions"], groupings={"d": ["tweet.id", "engagement.type",
                                                            "engagement.day"]},
                  start=(TODAY - timedelta(days=10)).strftime("%Y-%m-%d"),
                  end=(TODAY - timedelta(days=1)).strftime("%Y-%m-%d"))
    assert dict(run(service, query).owners) == dict.fromkeys(mine, "demo_owner")
    assert asked == []
    service.close()


def test_auto_routing_answers_are_the_runs_owners_and_the_cache_spares_the_next_lookup(
        tmp_path, sandbox, asked):
    names = {"demo-app", "demo-owner", "demo-analyst", "demo-creator"}
    first = service_for(tmp_path, sandbox, names)
    assert dict(run(first, totals("auto")).owners) == OWNER_OF
    assert asked == [IDS]  # routing's lookup; the run asks nothing more
    first.close()
    again = service_for(tmp_path, sandbox, names)
    prepared = again.prepare(totals("auto"))  # routed from the cache: no lookup
    assert asked == [IDS] and not prepared.pending_owners and len(prepared.plan.steps) == 3
    again.close()


def test_without_a_bearer_account_the_run_still_runs_and_its_owners_are_unknown(
        tmp_path, sandbox, asked):
    service = service_for(tmp_path, sandbox, {"demo-owner"})
    finished = run(service, totals("demo-owner"))
    assert dict(finished.owners) == {} and asked == []
    fold = service.fold(service.prepare(totals("demo-owner")))
    assert OWNERS not in fold.finish(finished).provenance  # nothing to record
    service.close()


def test_the_fold_records_the_owners_in_the_results_provenance(tmp_path, sandbox):
    service = service_for(tmp_path, sandbox, {"demo-app", "demo-owner"})
    prepared = service.prepare(totals("demo-owner"))
    fold = service.fold(prepared)
    for event in service.run(prepared, cancel=threading.Event()):
        fold.add(event)
    assert fold.result.provenance[OWNERS] == OWNER_OF
    service.close()


def test_posts_written_as_links_find_their_owners_in_the_cache_too(tmp_path, sandbox, asked):
    names = {"demo-app", "demo-owner", "demo-analyst", "demo-creator"}
    first = service_for(tmp_path, sandbox, names)
    run(first, totals("auto"))
    first.close()
    again = service_for(tmp_path, sandbox, names)
    links = [f"https://x.com/{OWNER_OF[i]}/status/{i}?s=20" for i in IDS]
    prepared = again.prepare(totals("auto", ids=links))
    assert asked == [IDS] and not prepared.pending_owners and len(prepared.plan.steps) == 3
    again.close()
