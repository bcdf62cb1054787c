"""The facade the window and the CLI share: prepare a query through the plan door, run it.

It owns the transport (so learned rate limits outlive one run; runner.pace_memory keeps them
for the next session's estimates), resolves account names to their URLs and secrets (a sandbox
account talks to the running sandbox), looks up posts' owners for `auto` queries, keeps the job
journal and counts the @handles each run queries. Logging is configured by the entry points
(the CLI, the app), not here.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from datetime import datetime

from .. import __version__
from ..core.endpoint import BEARER, ENTERPRISE, V2_ANALYTICS, V2_INSIGHTS
from ..core.ids import parse_entries
from ..core.plan import Plan, Step
from ..core.query import FieldProblem, InvalidQuery, Query
from ..core.utc import utcnow
from ..i18n.phrases import translate
from ..credentials.account import Account
from ..credentials.url_policy import InsecureURL, check_account
from ..credentials.usage_ledger import UsageLedger
from ..errors import AppError
from ..paths import AppPaths
from ..plugins.registry import PluginRegistry
from ..transport.auth import AuthenticationError
from ..transport.cancel import Cancelled
from ..transport.curl_preview import curl_command
from ..transport.masking import remember
from ..transport.retry import RetryPolicy
from ..transport.sender import Credential, Transport
from .connection_check import check_connection
from .events import Event, Finished, PageParsed, StepFailed
from .fold import ResultFold
from .jobs import is_of, job_query, planned_at
from .journal import Job, Journal, JournalError
from .owner_cache import OwnerCache
from .pace_memory import PaceMemory
from .plan_door import OwnerLookup, PlanDoor, PreparedRun
from .routing import lookup_owners
from .run import MAX_IN_FLIGHT, run_plan
from .run_owners import OwnerSearch, run_owners
from .tokens import Tokens

log = logging.getLogger(__name__)
X_FAMILIES = (ENTERPRISE, V2_INSIGHTS, V2_ANALYTICS)  # the endpoints that read X's own posts


class RunService:
    def __init__(self, paths: AppPaths, registry: PluginRegistry, accounts, ledger: UsageLedger,
                 sandbox_base_url: str | None = None,
                 clock: Callable[[], datetime] | None = None, *,
                 policy: RetryPolicy | None = None, concurrency: int = MAX_IN_FLIGHT,
                 demo_accounts: bool = False, allow_insecure_sandbox: bool = False):
        self.paths, self.registry, self.accounts, self.ledger = paths, registry, accounts, ledger
        self.sandbox_base_url = sandbox_base_url
        self.allow_insecure_sandbox = allow_insecure_sandbox  # the user's --allow-insecure-http
        self.clock = clock or utcnow  # looked up now, so a test can set the time
        self.concurrency = concurrency
        self.transport = Transport(self._credential, policy=policy)
        self.tokens = Tokens(self.transport.client)  # the token flows, on the one client
        self.door = PlanDoor(registry, accounts, ledger, clock=self.clock,
                             limits=self.transport.limits, demo_accounts=demo_accounts,
                             known_owners=lambda posts: self.owner_cache.known(posts),
                             paces=lambda name, spec: self.pace_memory.recall(
                                 self._account_at(name), spec))
        self._credentials: dict[str, Credential] = {}
        self._journal: Journal | None = None
        self._owner_cache: OwnerCache | None = None
        self._forget_credentials()
        self._pace_memory: PaceMemory | None = None

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            self._journal = Journal(self.paths.data)
        return self._journal

    @property
    def owner_cache(self) -> OwnerCache:
        """Each post's @handle, remembered in the data folder: routing and runs ask once."""
        if self._owner_cache is None:
            self._owner_cache = OwnerCache(self.paths.data)
        return self._owner_cache

    @property
    def pace_memory(self) -> PaceMemory:
        """What the pacer learned of each account's server, kept for later estimates."""
        if self._pace_memory is None:
            self._pace_memory = PaceMemory(self.paths.data)
        return self._pace_memory

    def prepare(self, query: Query, *, cancel: threading.Event | None = None,
                look_up_owners: bool = True, now: datetime | None = None) -> PreparedRun:
        """The query through the plan door. With `auto`, the owners not known yet are looked up
        (unless `look_up_owners` is False, as for a preview): then Cancelled or
        AuthenticationError may be raised, besides InvalidQuery."""
        look_up = None
        if look_up_owners:  # the run's preparation: secrets may have changed since the last
            self._forget_credentials()
            look_up = self._owner_lookup(cancel or threading.Event())
        # Owners told before (any session) are not asked again: the cache knows parsed IDs.
        self.door.owners.update(self.owner_cache.known(parse_entries(query.ids).ids))
        prepared = self.door.prepare(query, look_up=look_up, now=now)
        self.owner_cache.remember(self.door.owners)
        self._check_urls(prepared)
        return prepared

    def prepare_job(self, job_id: str, *, query: Query | None = None,
                    cancel: threading.Event | None = None,
                    look_up_owners: bool = True) -> PreparedRun:
        """The plan job `job_id` was started with, to resume it (runner/jobs.py says why it is
        not planned again from today). With `query`, JournalError unless the job is its."""
        job = self.journal.job(job_id)
        if query is not None and not is_of(job, query):
            raise JournalError(translate("Jobs", "Job '{job}' was started for another query (its "
                                         "IDs, metrics, dates or account changed since); run "
                                         "it without resuming.").format(job=job_id))
        return self.prepare(job_query(job), cancel=cancel, look_up_owners=look_up_owners,
                            now=planned_at(job))

    def jobs(self) -> list[Job]:
        """Every journaled job, newest first."""
        return self.journal.jobs()

    def delete_job(self, job_id: str) -> None:
        self.journal.delete(job_id)

    def look_up_owners(self, prepared: PreparedRun,
                       cancel: threading.Event) -> PreparedRun | None:
        """`prepared` made ready to run: its pending owners looked up and routed; None when
        `cancel` was set during the lookup (nothing is sent then)."""
        self._forget_credentials()
        try:
            prepared = self.door.look_up_owners(prepared, self._owner_lookup(cancel))
        except Cancelled:
            return None
        self.owner_cache.remember(self.door.owners)
        return prepared

    def run(self, prepared: PreparedRun, *, cancel: threading.Event,
            resume_job: str | None = None) -> Iterator[Event]:
        """The events of running exactly `prepared`. Raises JournalError (resume) before the
        first event; a run must not begin while owners are pending."""
        if prepared.pending_owners:
            raise ValueError("The posts' owners are still to be looked up: "
                             "call look_up_owners first.")
        self._forget_credentials()
        plan, query = prepared.plan, prepared.query
        journal = self.journal
        if resume_job:
            job_id = journal.check_resumable(resume_job, plan).id
        else:
            job_id = journal.start(plan, prepared.prepared_at)
        handles = self.door.handles(plan)
        self.ledger.record(handles or (), when=prepared.prepared_at)
        search = self._owner_search(prepared, cancel)  # beside the run, not before it
        log.info("job %s: %s query '%s', %d request(s) with %s%s", job_id, query.endpoint,
                 query.name, len(plan.steps), ", ".join(sorted({s.account for s in plan.steps}))
                 or "no account", " (resumed)" if resume_job else "")
        # A page replayed from the journal was answered in an earlier run, whose sandbox mark
        # was not journaled: the accounts' URLs say where it came from.
        replayed_from_sandbox = self._from_sandbox(prepared)
        for event in run_plan(plan, endpoints=self.registry.endpoints, transport=self.transport,
                              cancel=cancel, journal=journal, job_id=job_id,
                              concurrency=self.concurrency):
            if isinstance(event, PageParsed) and event.resumed:
                event = replace(event, sandbox=replayed_from_sandbox)
            elif isinstance(event, StepFailed):
                log.warning("job %s: step %s failed: %s", job_id, event.step_id, event.message)
            elif isinstance(event, Finished):
                self._remember_paces(plan)
                owners = search.owners(wait=not event.cancelled)
                # The bill counts every requested post's owner, whichever endpoint and auth.
                self.ledger.record(owners.values(), when=prepared.prepared_at)
                event = replace(event, owners=owners)
                log.info("job %s: %s, %d done, %d failed", job_id,
                         "cancelled" if event.cancelled else "finished", event.steps_done,
                         event.steps_failed)
            yield event

    def fold(self, prepared: PreparedRun) -> ResultFold:
        """The one fold for `prepared`'s run, with where its numbers come from: "sandbox" turns
        true when a page of it was answered by a sandbox (its answers carry a header saying so)."""
        query = prepared.query
        provenance = {"endpoint": query.endpoint, "account": query.account, "job_id": None,
                      "sandbox": False, "finished": None,
                      "app": f"engagement-desktop {__version__}"}
        return ResultFold(prepared, provenance, self.clock)

    def test_connection(self, name: str) -> str:
        """The accounts dialog's connection test of `name`, with its secrets as just saved."""
        self._credentials.pop(name, None)
        return check_connection(self.transport, self._credential(name))

    def curl_preview(self, step: Step) -> str:
        """A copyable curl command for the step's request, secrets masked; a comment saying
        why when the account cannot be resolved (e.g. a sandbox account, no sandbox)."""
        plugin = self.registry.endpoints[step.endpoint]
        try:
            credential = self._credential(step.account)
        except AuthenticationError as error:
            return f"# No preview: {error}"
        return curl_command(plugin.build_request(step), credential.account, credential.secrets,
                            plugin.spec.family)

    def close(self) -> None:
        self.transport.close()
        if self._journal is not None:
            self._journal.close()

    def _from_sandbox(self, prepared: PreparedRun) -> bool:
        """True when the run's accounts talk to the sandbox (demo data, not real metrics): for
        pages replayed from the journal, whose answers' headers are gone."""
        if not self.sandbox_base_url:
            return False
        accounts = [self.accounts.get(name) for name in {s.account for s in prepared.plan.steps}]
        return any(a is not None and a.with_sandbox_url(self.sandbox_base_url).api_base_url
                   == self.sandbox_base_url for a in accounts)

    def _check_urls(self, prepared: PreparedRun) -> None:
        """InvalidQuery when an account the plan uses may not carry its credentials to its URLs
        (plain HTTP to another computer, a password in the URL): refused before anything is
        sent. (An `auto` run's owner accounts are checked by the transport, per request.)"""
        for name in sorted({step.account for step in prepared.plan.steps}):
            account = self._account_at(name)
            if account is None:
                continue
            try:
                check_account(account)
            except InsecureURL as err:  # its phrase, not str(err): the window says it translated
                raise InvalidQuery([FieldProblem("account", err.args[0])]) from None

    def _forget_credentials(self) -> None:
        """Secrets may have changed: each account's are read again when it sends. Every held
        secret is masked, not only the senders': a server may echo any (another account's)."""
        self._credentials.clear()
        for account in self.accounts.list():
            try:
                remember(self.accounts.secrets(account.name).present().values())
            except AppError:  # a keyring that cannot be read now: the app holds none of them
                continue

    def _account_at(self, name: str) -> Account | None:
        """The account `name` with the URLs it is sent to (a sandbox account: the running
        sandbox's, when there is one)."""
        account = self.accounts.get(name)
        if account is not None and account.sandbox and self.sandbox_base_url:
            account = account.with_sandbox_url(self.sandbox_base_url, self.allow_insecure_sandbox)
        return account

    def _remember_paces(self, plan: Plan) -> None:
        """Keep what the pacer learned of each server the run asked, for the next estimates."""
        limits = self.transport.limits
        for name, endpoint in sorted({(step.account, step.endpoint) for step in plan.steps}):
            plugin, account = self.registry.endpoints.get(endpoint), self._account_at(name)
            if plugin is not None and account is not None:
                self.pace_memory.remember(account, plugin.spec,
                                          limits.peek(name, plugin.spec.name), limits.wall())

    def _owner_search(self, prepared: PreparedRun, cancel: threading.Event) -> OwnerSearch:
        """Who wrote each of the run's posts (see run_owners), found beside the run; the owner
        lookup (X API's GET /2/tweets) is asked, with the first bearer account, only for an X
        API endpoint's posts that no earlier run or lookup has told about."""
        spec = self.registry.endpoints[prepared.query.endpoint].spec
        bearer = next((a.name for a in self.accounts.list() if a.kind == BEARER), None)
        if spec.family not in X_FAMILIES:  # a plugin's server may be no X API: ask nobody
            bearer = None
        lookup = None if bearer is None else (
            lambda post_ids: lookup_owners(post_ids, transport=self.transport,
                                           bearer_account=bearer, cancel=cancel))
        return OwnerSearch(partial(run_owners, prepared.plan, spec, self.accounts.get,
                                   self.owner_cache, dict(self.door.owners)), lookup)

    def _owner_lookup(self, cancel: threading.Event) -> OwnerLookup:
        return lambda post_ids, bearer: lookup_owners(post_ids, transport=self.transport,
                                                      bearer_account=bearer, cancel=cancel)

    def _credential(self, name: str) -> Credential:
        cached = self._credentials.get(name)
        if cached is not None:
            return cached
        account = self.accounts.get(name)
        if account is None:
            raise AuthenticationError(name, f"There is no account named '{name}'.")
        if account.sandbox:
            if not self.sandbox_base_url:
                raise AuthenticationError(name, (
                    f"'{name}' is a sandbox account and no sandbox is running; start one with "
                    "`engagement-desktop sandbox` and pass its URL with --base-url."))
            account = account.with_sandbox_url(self.sandbox_base_url, self.allow_insecure_sandbox)
        credential = Credential(account, self.accounts.secrets(name))
        remember(credential.secrets.present().values())  # masked wherever a server echoes them
        self._credentials[name] = credential
        return credential
