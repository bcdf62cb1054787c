"""Owner routing for queries whose account is `auto`.

Owner-only endpoints answer only the post owner's user-context token. `GET /2/tweets` with an
app-only bearer tells each post's author; each post then goes to the configured user account
with that @handle. A post no configured account owns, or that the lookup could not find,
becomes a per-post problem — never a failure of the run.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..core.endpoint import LIFETIME, EndpointSpec, HttpRequest
from ..core.rows import ERROR, NOT_OWNED, PROTECTED, UNAVAILABLE, PostProblem
from ..core.refusal import decode_object, expect, refusal_body, refused, said_in
from ..credentials.account import Account
from ..transport.bounded_body import AnswerCut
from ..transport.cancel import Cancelled
from ..transport.sender import GaveUp, Transport

LOOKUP = EndpointSpec(
    name="post-lookup", title="Post owners (GET /2/tweets)", family="v2-lookup", method="GET",
    path="/2/tweets", max_ids=100, metrics=(), auth_kinds=frozenset({"bearer"}), time=LIFETIME,
    default_per_minute=300, description="Who wrote each post, for owner routing.")
URL_FIELD = "X API URL"  # the account setting the lookup's requests go to
# A totals run asks 250 posts a request and the lookup 100, so the lookup beside it has 2.5
# times as many requests as the run's 8 workers send: twice as many are in flight (both paced
# by the transport), so it ends about when the run does.
LOOKUPS_IN_FLIGHT = 16


@dataclass
class _Found:
    """One lookup answer: post → owner handle, and the posts it could not tell about (a
    dataclass with `problems`, so the transport masks what the server said in them)."""
    owners: dict[str, str]
    problems: list[PostProblem]


@dataclass
class Routing:
    owned: dict[str, list[str]] = field(default_factory=dict)  # account → its posts, query order
    owners: dict[str, str] = field(default_factory=dict)  # post → owner @handle (lower case)
    problems: list[PostProblem] = field(default_factory=list)


def lookup_owners(post_ids: list[str], *, transport: Transport, bearer_account: str,
                  cancel: threading.Event) -> tuple[dict[str, str], list[PostProblem]]:
    """post → owner handle for every post the lookup found; problems for the others.

    Up to LOOKUPS_IN_FLIGHT requests are on the wire at once (the transport paces them): one
    after another, 10,000 posts' 100 requests took 20 s at 200 ms of latency, and a run's
    "Done" waited for them long after its last answer. Cancelled (the cancel was set) or the
    refusal of the bearer account is raised once the requests in flight are back."""
    batches = [post_ids[at:at + LOOKUP.max_ids] for at in range(0, len(post_ids), LOOKUP.max_ids)]
    answers: list[_Found | BaseException | None] = [None] * len(batches)
    pending = iter(range(len(batches)))
    taking, stop = threading.Lock(), threading.Event()  # stop: a refusal ends the lookup

    def work() -> None:
        while not (stop.is_set() or cancel.is_set()):
            with taking:
                index = next(pending, None)
            if index is None:
                return
            try:
                answers[index] = _look_up(batches[index], transport, bearer_account, cancel)
            except BaseException as err:  # Cancelled, AuthenticationError: the caller's to see
                answers[index] = err
                stop.set()

    workers = [threading.Thread(target=work, daemon=True, name="owner-lookup")
               for _ in range(min(LOOKUPS_IN_FLIGHT, len(batches)))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    raised = next((a for a in answers if isinstance(a, BaseException)), None)
    if raised is not None:
        raise raised
    if any(answer is None for answer in answers):  # the cancel came before every batch left
        raise Cancelled()
    return ({post: owner for found in answers for post, owner in found.owners.items()},
            [problem for found in answers for problem in found.problems])


def _look_up(batch: list[str], transport: Transport, bearer_account: str,
             cancel: threading.Event) -> _Found:
    request = HttpRequest("GET", LOOKUP.path, params={
        "ids": ",".join(batch), "tweet.fields": "created_at,author_id", "expansions": "author_id"})
    try:
        return transport.send(bearer_account, LOOKUP, request, cancel,
                              lambda status, _h, body: _read(status, body, batch))
    except (GaveUp, AnswerCut) as err:
        return _Found({}, [PostProblem(p, ERROR, f"The owner lookup failed: {err}")
                           for p in batch])


def route(post_ids: Iterable[str], owners: Mapping[str, str], accounts: Iterable[Account],
          allowed_kinds: Iterable[str]) -> Routing:
    """Assign each post whose owner is known to the first account of that @handle."""
    kinds = set(allowed_kinds)
    by_handle: dict[str, str] = {}
    for account in accounts:
        if account.kind in kinds and account.screen_name:
            by_handle.setdefault(account.screen_name.lstrip("@").lower(), account.name)
    routing = Routing(owners={p: owners[p] for p in post_ids if p in owners})
    for post_id, handle in routing.owners.items():
        name = by_handle.get(handle)
        if name is None:
            routing.problems.append(PostProblem(post_id, NOT_OWNED, (
                f"@{handle} owns this post and none of your accounts that may ask this endpoint "
                f"is @{handle}: add @{handle}'s account (`engagement-desktop accounts add`) "
                "to read its metrics.")))
        else:
            routing.owned.setdefault(name, []).append(post_id)
    return routing


def _read(status: int, body: bytes, asked: list[str]) -> _Found:
    if status != 200:  # the server's last word, not retried (unless its body came garbled)
        message = refused(status, said_in(refusal_body(body, status)), URL_FIELD)
        return _Found({}, [PostProblem(p, ERROR, f"The owner lookup failed. {message}")
                           for p in asked])
    data = decode_object(body, status)
    includes = expect(data.get("includes", {}), dict, "includes")
    users = {str(u.get("id")): str(u.get("username", "")).lower()
             for u in expect(includes.get("users", []), list, "includes.users")
             if isinstance(u, dict)}
    found = {}
    for post in expect(data.get("data", []), list, "data"):
        if isinstance(post, dict) and users.get(str(post.get("author_id"))):
            found[str(post.get("id"))] = users[str(post.get("author_id"))]
    problems = []
    for error in expect(data.get("errors", []), list, "errors"):
        if not isinstance(error, dict):
            continue
        post_id = str(error.get("value") or error.get("resource_id") or "")
        if post_id in asked and post_id not in found:
            kind = PROTECTED if "authoriz" in str(error.get("title", "")).lower() else UNAVAILABLE
            detail = error.get("detail") or error.get("title") or "not found"
            problems.append(PostProblem(post_id, kind, f"The owner lookup could not read this "
                                                       f"post: {detail}"))
    reported = set(found) | {p.post_id for p in problems}
    problems += [PostProblem(p, UNAVAILABLE, "The owner lookup did not return this post; it may "
                                             "have been deleted.") for p in asked if p not in reported]
    return _Found(found, problems)
