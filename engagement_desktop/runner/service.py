"""The facade the window and the CLI share: plan a query, estimate it, run it.

It owns the transport (so learned rate limits outlive one run), resolves account names to their
URLs and secrets (a sandbox account talks to the running sandbox), routes `auto` queries to the
posts' owners, keeps the job journal and counts the @handles each run queries.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime

from ..core.endpoint import BEARER, OAUTH1_USER, OAUTH2_USER
from ..core.plan import Plan, Step
from ..core.planning import build_plan
from ..core.query import AUTO_ACCOUNT, FieldProblem, InvalidQuery, Query
from ..core.utc import utcnow
from ..credentials.account import Account, Secrets, from_demo
from ..credentials.usage_ledger import UsageLedger
from ..paths import AppPaths
from ..plugins.registry import PluginRegistry
from ..transport.auth import AuthenticationError
from ..transport.cancel import Cancelled
from ..transport.curl_preview import curl_command
from ..transport.masking import configure_logging
from ..transport.retry import RetryPolicy
from ..transport.sender import Credential, Transport
from .events import Event, Finished, PageParsed, StepFailed
from .journal import Journal, Job
from .routing import lookup_owners, route
from .run import DEFAULT_CONCURRENCY, run_plan

log = logging.getLogger(__name__)

# The pseudo-step whose PageParsed carries what is known before sending: plan notes, routing.
PLAN_CHECKS = "plan-checks"
USER_KINDS = (OAUTH1_USER, OAUTH2_USER)


@dataclass(frozen=True)
class Estimate:
    requests: int
    minutes: float
    per_minute: int  # the slowest pair's limit the minutes were computed at
    learned: bool  # True when that limit came from the server's headers, not the default
    new_handles: frozenset[str]  # owner @handles this run would add to this month's bill
    handles_known: bool  # False when owners are unknown before the run (auto, bearer)


class StaticAccounts:
    """Accounts held in memory: the sandbox's demo accounts when none are configured."""

    def __init__(self, entries: Iterable[tuple[Account, Secrets]]):
        self._entries = {account.name: (account, secrets) for account, secrets in entries}

    @classmethod
    def from_sandbox(cls, demo_accounts: Iterable[dict], base_url: str) -> StaticAccounts:
        return cls(from_demo(demo, base_url) for demo in demo_accounts)

    def list(self) -> list[Account]:
        return [account for account, _ in self._entries.values()]

    def get(self, name: str) -> Account | None:
        entry = self._entries.get(name)
        return entry[0] if entry else None

    def secrets(self, name: str) -> Secrets:
        return self._entries[name][1]


class RunService:
    def __init__(self, paths: AppPaths, registry: PluginRegistry, accounts, ledger: UsageLedger,
                 sandbox_base_url: str | None = None, clock: Callable[[], datetime] = utcnow, *,
                 policy: RetryPolicy | None = None, concurrency: int = DEFAULT_CONCURRENCY):
        self.paths, self.registry, self.accounts, self.ledger = paths, registry, accounts, ledger
        self.sandbox_base_url = sandbox_base_url
        self.clock = clock
        self.concurrency = concurrency
        self.transport = Transport(self._credential, policy=policy)
        self._credentials: dict[str, Credential] = {}
        self._owners: dict[str, str] = {}  # post → owner handle, from this session's lookups
        self._journal: Journal | None = None
        configure_logging(paths.logs)

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            self._journal = Journal(self.paths.data)
        return self._journal

    def plan(self, query: Query, now: datetime | None = None) -> Plan:
        """The query's plan; InvalidQuery lists every problem, the account's included."""
        plugin = self.registry.endpoints.get(query.endpoint)
        kind = None
        account = self.accounts.get(query.account) if query.account.strip() else None
        if query.account.strip() and query.account != AUTO_ACCOUNT:
            if account is None:
                known = ", ".join(a.name for a in self.accounts.list()) or "none is configured"
                raise InvalidQuery([FieldProblem("account", (
                    f"There is no account named '{query.account}' (accounts: {known}); pick one, "
                    f"or '{AUTO_ACCOUNT}' to route each post to its owner's account."))])
            kind = account.kind
        return build_plan(query, plugin.spec if plugin else None, account_kind=kind,
                          now=now or self.clock(),
                          endpoints=[p.spec for p in self.registry.endpoints.values()])

    def estimate(self, plan: Plan) -> Estimate:
        spec = self.registry.endpoints[plan.query.endpoint].spec
        per_pair: dict[str, int] = {}
        for step in plan.steps:
            per_pair[step.account] = per_pair.get(step.account, 0) + 1
        minutes, slowest, learned = 0.0, spec.default_per_minute, False
        for account, count in per_pair.items():  # accounts are paced apart, so in parallel
            limit = self.transport.limits.learned(account, spec.name)
            pace = limit or spec.default_per_minute
            if count / pace >= minutes:
                minutes, slowest, learned = count / pace, pace, limit is not None
        handles = self._handles(plan)
        new = self.ledger.new_handles(handles or (), when=self.clock()) if handles else set()
        return Estimate(len(plan.steps), minutes, slowest, learned, frozenset(new),
                        handles is not None)

    def run(self, query: Query, *, cancel: threading.Event,
            resume_job: str | None = None) -> Iterator[Event]:
        """The run's events. Raises InvalidQuery, JournalError (resume) or AuthenticationError
        (the owner lookup was refused) before the first event."""
        self._credentials.clear()  # secrets may have changed since the last run
        now = self.clock()
        plan = self.plan(query, now)
        notes = list(plan.notes)
        if query.account == AUTO_ACCOUNT:
            try:
                plan, routing_problems = self._routed(plan, cancel, now)
            except Cancelled:  # cancelled while looking up owners: nothing was journaled yet
                yield Finished(cancelled=True, steps_done=0, steps_failed=0)
                return
            notes += routing_problems
        journal = self.journal
        if resume_job:
            job_id = journal.check_resumable(resume_job, plan).id
        else:
            job_id = journal.start(plan, now)
        self.ledger.record(self._handles(plan) or (), when=now)
        log.info("job %s: %s query '%s', %d request(s) with %s%s", job_id, query.endpoint,
                 query.name, len(plan.steps), ", ".join(sorted({s.account for s in plan.steps}))
                 or "no account", " (resumed)" if resume_job else "")
        if notes:
            yield PageParsed(PLAN_CHECKS, [], notes)
        for event in run_plan(plan, endpoints=self.registry.endpoints, transport=self.transport,
                              cancel=cancel, journal=journal, job_id=job_id,
                              concurrency=self.concurrency):
            if isinstance(event, StepFailed):
                log.warning("job %s: step %s failed: %s", job_id, event.step_id, event.message)
            elif isinstance(event, Finished):
                log.info("job %s: %s, %d done, %d failed", job_id,
                         "cancelled" if event.cancelled else "finished", event.steps_done,
                         event.steps_failed)
            yield event

    def jobs(self) -> list[Job]:
        return self.journal.jobs()

    def curl_preview(self, step: Step) -> str:
        """A copyable curl command for the step's request, secrets masked."""
        plugin = self.registry.endpoints[step.endpoint]
        credential = self._credential(step.account)
        return curl_command(plugin.build_request(step), credential.account, credential.secrets,
                            plugin.spec.family)

    def close(self) -> None:
        self.transport.close()
        if self._journal is not None:
            self._journal.close()

    def _routed(self, plan: Plan, cancel: threading.Event, now: datetime):
        """The plan re-made per owner account, and the problems of posts no account owns."""
        bearer = next((a.name for a in self.accounts.list() if a.kind == BEARER), None)
        if bearer is None:
            raise InvalidQuery([FieldProblem("account", (
                f"'{AUTO_ACCOUNT}' finds each post's owner with an app-only bearer account, and "
                "none is configured: add one (`engagement-desktop accounts add NAME --kind "
                "bearer`) or pick the owner's account."))])
        spec = self.registry.endpoints[plan.query.endpoint].spec
        unknown = [p for p in plan.post_ids if p not in self._owners]
        owners, problems = lookup_owners(unknown, transport=self.transport,
                                         bearer_account=bearer, cancel=cancel)
        self._owners.update(owners)
        routing = route(plan.post_ids, self._owners, self.accounts.list(), spec.auth_kinds)
        steps: list[Step] = []
        for name, post_ids in routing.owned.items():
            account = self.accounts.get(name)
            part = build_plan(replace(plan.query, account=name, ids=post_ids), spec,
                              account_kind=account.kind, now=now)
            steps += part.steps
        return replace(plan, steps=steps), problems + routing.problems

    def _handles(self, plan: Plan) -> set[str] | None:
        """The owner @handles the plan queries; None when they cannot be known beforehand."""
        spec = self.registry.endpoints[plan.query.endpoint].spec
        handles: set[str] = set()
        for name in {step.account for step in plan.steps}:
            if name == AUTO_ACCOUNT:  # not routed yet: owners known only from earlier lookups
                if not all(p in self._owners for p in plan.post_ids):
                    return None
                handles.update(self._owners[p] for p in plan.post_ids)
                continue
            account = self.accounts.get(name)
            if not (spec.owner_only and account and account.kind in USER_KINDS
                    and account.screen_name):
                return None  # an app-only or non-owner query: the owners are not known
            handles.add(account.screen_name)
        return handles

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
            account = account.with_sandbox_url(self.sandbox_base_url)
        credential = Credential(account, self.accounts.secrets(name))
        self._credentials[name] = credential
        return credential
