"""Who wrote each post of a run, so its result rolls up by @handle after an ordinary run.

Three sources, cheapest first: what owner routing (`auto`) already found; the account of a
step on an owner-only endpoint with a user-context token (only the owner may ask, so its
@handle wrote the step's posts); the owner cache. Only the posts none of them knows are asked
through the owner lookup, once: the answer is remembered in the data folder. A run without a
bearer account, or whose lookup fails, still runs: its unknown posts roll up to
"unknown @handle". The lookup runs in a thread of its own beside the run's requests
(OwnerSearch), so it neither delays the first request nor holds up a cancel.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping

from ..core.endpoint import EndpointSpec
from ..core.plan import Plan
from ..errors import AppError
from ..transport.cancel import Cancelled
from .owner_cache import Lookup, OwnerCache
from .plan_door import USER_KINDS

log = logging.getLogger(__name__)
Find = Callable[[Lookup | None], dict[str, str]]  # run_owners of one run, bound but the lookup



def run_owners(plan: Plan, spec: EndpointSpec, account_of: Callable[[str], object | None],
               cache: OwnerCache, routed: Mapping[str, str],
               lookup: Lookup | None) -> dict[str, str]:
    """post → owner @handle (lower case, no @) for every post of `plan` that can be known."""
    posts = set(plan.post_ids)
    owners = {p: h for p, h in routed.items() if p in posts}
    if spec.owner_only:
        for step in plan.steps:
            handle = _own_handle(account_of(step.account))
            if handle:
                owners.update(dict.fromkeys(step.ids, handle))
    cache.remember(owners)
    rest = [p for p in plan.post_ids if p not in owners]
    found, _not_found = cache.owners(rest, lookup)  # the run's own requests say what failed
    return {**owners, **found}


def _own_handle(account) -> str | None:
    """The @handle of a user-context account (its token answers for its own posts only)."""
    if account is None or account.kind not in USER_KINDS or not account.screen_name:
        return None
    return account.screen_name.strip().lstrip("@").lower() or None


class OwnerSearch:
    """`find(lookup)` started in a thread of its own; `owners` is its answer, or, when the
    lookup failed or is not waited for, what is known without asking."""

    def __init__(self, find: Find, lookup: Lookup | None):
        self._find, self._found = find, None
        self._thread = threading.Thread(target=self._search, args=(lookup,), daemon=True,
                                        name="owner-lookup")
        self._thread.start()

    def owners(self, wait: bool) -> dict[str, str]:
        if wait:
            self._thread.join()
        return self._found if self._found is not None else self._find(None)

    def _search(self, lookup: Lookup | None) -> None:
        try:
            self._found = self._find(lookup)
        except (Cancelled, AppError) as err:  # the metrics matter more: owners stay unknown
            log.info("owner lookup skipped: %s", type(err).__name__)
