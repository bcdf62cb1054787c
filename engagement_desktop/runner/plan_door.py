"""The one plan door: a query becomes the plan that runs — checked, routed, estimated, once.

The CLI's `plan` and `run` and the window all come through here, and what they get back (a
PreparedRun) is the object the preview shows, the Requests tab lists, the journal records and
the runner sends. With account `auto`, owner routing happens here too: each post goes to its
owner's account, so the plan holds exactly the steps that are sent, and the posts no account
owns become notes of the plan. The door sends nothing itself: owners are looked up by a
function the caller hands in (the RunService's transport); without one, posts whose owner
this session has not seen yet wait in `pending_owners`.

Plain Python and light: no Qt, no numpy, no HTTP library (`engagement-desktop plan` uses it).
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from ..core.comparison_plan import comparison_problems
from ..core.endpoint import BEARER, OAUTH1_USER, OAUTH2_USER, EndpointSpec
from ..core.plan import Plan, Step
from ..core.planning import Estimate, build_plan, estimate
from ..core.query import AUTO_ACCOUNT, FieldProblem, InvalidQuery, Query
from ..core.rows import PostProblem
from ..core.utc import utcnow
from ..core.validation import validate
from .pace_forecast import (MAX_IN_FLIGHT, LearnedPace, Outlook, forecast_seconds,
                            outlook_of)

if TYPE_CHECKING:
    from ..credentials.account import Account
    from ..credentials.usage_ledger import UsageLedger
    from ..plugins.registry import PluginRegistry
    from ..transport.ratelimit import RateLimits

USER_KINDS = (OAUTH1_USER, OAUTH2_USER)
# (posts, bearer account) → (post → owner @handle, problems of posts not found)
OwnerLookup = Callable[[list[str], str], tuple[dict[str, str], list[PostProblem]]]
# (account, endpoint) → what an earlier run learned of that account's server (runner.pace_memory)
Paces = Callable[[str, EndpointSpec], LearnedPace | None]


class Accounts(Protocol):
    def list(self) -> list[Account]: ...

    def get(self, name: str) -> Account | None: ...


@dataclass(frozen=True)
class PreparedRun:
    """A query made ready to run: previewed, estimated, journaled and sent as it is."""
    plan: Plan  # the steps that are sent, in order; notes: pre-checks and routing problems
    estimate: Estimate
    prepared_at: datetime  # the `now` the plan was built at (default range, post ages)
    pending_owners: tuple[str, ...] = ()  # auto: posts whose owner is still to be looked up

    @property
    def query(self) -> Query:
        return self.plan.query


class PlanDoor:
    def __init__(self, registry: PluginRegistry, accounts: Accounts, ledger: UsageLedger, *,
                 clock: Callable[[], datetime] = utcnow, limits: RateLimits | None = None,
                 demo_accounts: bool = False,
                 known_owners: Callable[[Iterable[str]], dict[str, str]] = lambda posts: {},
                 paces: Paces = lambda account, spec: None):
        self.registry, self.accounts, self.ledger = registry, accounts, ledger
        self.clock, self.limits, self.paces = clock, limits, paces
        self.known_owners = known_owners  # post → owner @handle remembered from earlier runs
        self.demo_accounts = demo_accounts  # the sandbox's demo accounts stand in for none
        self.owners: dict[str, str] = {}  # post → owner @handle, from this session's lookups

    def prepare(self, query: Query, *, look_up: OwnerLookup | None = None,
                now: datetime | None = None) -> PreparedRun:
        """The query's plan and estimate; InvalidQuery lists every problem, the account's too.
        With `auto`, owners not known yet are looked up with `look_up` (None: they wait)."""
        now = now or self.clock()
        plugin = self.registry.endpoints.get(query.endpoint)
        spec = plugin.spec if plugin is not None else None
        kind = self._account_kind(query)
        specs = [p.spec for p in self.registry.endpoints.values()]
        found = self._plugin_problems(query) + self._account_problems(query)
        if found:  # say every problem at once, the ones validation finds too
            raise InvalidQuery(found + validate(query, spec, account_kind=kind, now=now,
                                                endpoints=specs)
                               + comparison_problems(query, spec))
        plan = build_plan(query, spec, account_kind=kind, now=now, endpoints=specs)
        pending: tuple[str, ...] = ()
        if query.account == AUTO_ACCOUNT:
            plan, pending = self._routed(plan, spec, now, look_up)
        return PreparedRun(plan, self.estimate(plan, pending, now), now, pending)

    def look_up_owners(self, prepared: PreparedRun, look_up: OwnerLookup) -> PreparedRun:
        """`prepared` with its pending owners looked up and routed (a no-op when none wait)."""
        if not prepared.pending_owners:
            return prepared
        return self.prepare(prepared.query, look_up=look_up, now=prepared.prepared_at)

    def estimate(self, plan: Plan, pending: tuple[str, ...] = (),
                 now: datetime | None = None) -> Estimate:
        spec = self.registry.endpoints[plan.query.endpoint].spec
        counts = Counter(step.account for step in plan.steps)
        outlooks = self._outlooks(counts, spec)
        guess = estimate(plan, spec.default_per_minute,
                         lambda account: outlooks[account].limit if outlooks[account].learned
                         else None)
        # Accounts are paced apart, so they send side by side: the slowest sets the time.
        seconds = max((forecast_seconds(count, outlooks[account], MAX_IN_FLIGHT)
                       for account, count in counts.items()), default=0.0)
        guess = replace(guess, minutes=round(seconds / 60, 2))
        handles = None if pending else self.handles(plan)
        new = self.ledger.new_handles(handles, when=now or self.clock()) if handles else set()
        return replace(guess, new_handles=frozenset(new), handles_known=handles is not None)

    def _outlooks(self, accounts: Iterable[str], spec: EndpointSpec) -> dict[str, Outlook]:
        """Each account's pacing to come: this session's pacer, else an earlier run's."""
        wall = self.limits.wall() if self.limits else time.time()
        return {account: outlook_of(self.limits.peek(account, spec.name) if self.limits else None,
                                    spec.default_per_minute, self.paces(account, spec), wall)
                for account in accounts}

    def _account_kind(self, query: Query) -> str | None:
        account = self.accounts.get(query.account) if query.account.strip() else None
        return account.kind if account is not None else None

    def _plugin_problems(self, query: Query) -> list[FieldProblem]:
        if query.endpoint in self.registry.endpoints:
            return []
        error = next((i.error for i in self.registry.infos
                      if i.kind == "endpoint" and i.name == query.endpoint and i.error), None)
        return [FieldProblem("endpoint", f"The plugin of '{query.endpoint}' failed to load "
                                         f"({error}); see `engagement-desktop plugins`.")] \
            if error else []

    def _account_problems(self, query: Query) -> list[FieldProblem]:
        name = query.account
        if not name.strip() or name == AUTO_ACCOUNT or self.accounts.get(name) is not None:
            return []
        where = ("the sandbox's demo accounts (no account is configured)" if self.demo_accounts
                 else "the configured accounts")
        known = ", ".join(a.name for a in self.accounts.list()) or "none"
        return [FieldProblem("account", f"There is no account named '{name}'; {where}: {known}. "
                                        f"Pick one, or '{AUTO_ACCOUNT}' to route each post to "
                                        "its owner's account.")]

    def _routed(self, plan: Plan, spec: EndpointSpec, now: datetime,
                look_up: OwnerLookup | None) -> tuple[Plan, tuple[str, ...]]:
        """The plan re-made per owner account, the problems of posts no account owns added to
        its notes, and the posts whose owner is still unknown (when there is no `look_up`)."""
        from .routing import route  # only `auto` needs it

        bearer = next((a.name for a in self.accounts.list() if a.kind == BEARER), None)
        if bearer is None:
            raise InvalidQuery([FieldProblem("account", (
                f"'{AUTO_ACCOUNT}' finds each post's owner with an app-only bearer account, and "
                "none is configured: add one (`engagement-desktop accounts add NAME --kind "
                "bearer`) or pick the owner's account."))])
        unknown = [p for p in plan.post_ids if p not in self.owners]
        problems: list[PostProblem] = []
        if unknown and look_up is not None:
            found, problems = look_up(unknown, bearer)
            self.owners.update(found)
            unknown = []
        routing = route(plan.post_ids, self.owners, self.accounts.list(), spec.auth_kinds)
        steps = []
        for name, post_ids in routing.owned.items():
            part = build_plan(replace(plan.query, account=name, ids=post_ids), spec,
                              account_kind=self.accounts.get(name).kind, now=now,
                              endpoints=[p.spec for p in self.registry.endpoints.values()])
            steps += part.steps
        notes = plan.notes + problems + routing.problems
        return replace(plan, steps=steps, notes=notes), tuple(unknown)

    def handles(self, plan: Plan) -> set[str] | None:
        """The owner @handles the plan queries (what this month's bill counts); None while some
        posts' owners are unknown (an app-only or a totals query before their lookup)."""
        handles: set[str] = set()
        unknown: list[str] = []
        for step in plan.steps:
            owner = self.account_owner(step)
            if owner is not None:
                handles.add(owner)
            else:
                unknown.extend(step.ids)
        if unknown:
            owners = {**self.known_owners(unknown), **{p: self.owners[p] for p in unknown
                                                       if p in self.owners}}
            if len(owners) < len(set(unknown)):
                return None
            handles.update(owners.values())
        return handles

    def account_owner(self, step: Step) -> str | None:
        """The @handle of the posts' owner when the step's account must be it (an owner-only
        endpoint asked with a user-context account that has a screen name), else None."""
        spec = self.registry.endpoints[step.endpoint].spec
        account = self.accounts.get(step.account)
        if spec.owner_only and account and account.kind in USER_KINDS and account.screen_name:
            return account.screen_name
        return None
