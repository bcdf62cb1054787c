"""What the issue 5 acceptance tests share: dates, post IDs, a service on a sandbox, collecting."""
import threading
from datetime import datetime, timedelta, timezone

from engagement_desktop.core.results import ResultSet
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.runner.memory_accounts import StaticAccounts
from engagement_desktop.runner.service import RunService
from engagement_desktop.sandbox import posts

OWNER = 0  # the sandbox's demo user @demo_owner owns IDs ≡ 0 (mod 3)
TODAY = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
SECRET_FIELDS = ("consumer_key", "consumer_secret", "access_token", "access_token_secret",
                 "bearer_token")


def day(instant: datetime) -> str:
    return instant.strftime("%Y-%m-%d")


def owned_ids(count: int, created: datetime, owner: int = OWNER, spread=timedelta(minutes=7),
              with_problems: bool = False) -> list[str]:
    """`count` post IDs of one owner, created from `created` on; a deleted and a protected
    one among them when asked."""
    ids = [str(posts.make_id(created + n * spread, owner)) for n in range(count)]
    if with_problems:
        ids[1] = str(posts.make_id(created + spread / 3, owner, posts.DELETED))
        ids[2] = str(posts.make_id(created + spread / 2, owner, posts.PROTECTED))
    return ids


def make_service(root, server, accounts=None) -> RunService:
    paths = AppPaths.under(root).ensure()
    demo = accounts if accounts is not None else server.accounts
    return RunService(paths, load_registry(paths),
                      StaticAccounts.from_sandbox(demo, server.base_url),
                      UsageLedger(paths.data), sandbox_base_url=server.base_url,
                      clock=server.clock.now)


def collect(service: RunService, query, **options) -> tuple[ResultSet, list]:
    """The run's ResultSet, folded as the CLI and the window fold it, and all its events."""
    prepared = service.prepare(query)
    fold, events = service.fold(prepared), []
    for event in service.run(prepared, cancel=options.pop("cancel", threading.Event()),
                             **options):
        events.append(event)
        fold.add(event)
    return fold.result, events  # the Finished event sorted its problems


def secrets_of(accounts: list[dict]) -> set[str]:
    return {a[f] for a in accounts for f in SECRET_FIELDS if a.get(f)}
