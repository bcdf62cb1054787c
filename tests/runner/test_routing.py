"""Owner routing: each post goes to the configured account of its author; the rest are problems."""
import json
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
import responses

from engagement_desktop.core.endpoint import BEARER, OAUTH1_USER, OAUTH2_USER
from engagement_desktop.core.rows import ERROR, NOT_OWNED, UNAVAILABLE
from engagement_desktop.credentials.account import Account, Secrets
from engagement_desktop.runner.routing import lookup_owners, route
from engagement_desktop.transport.cancel import Cancelled
from engagement_desktop.transport.retry import RetryPolicy
from engagement_desktop.transport.sender import Credential, Transport

API = "https://api.test"
AUTHORS = {"11": ("1", "Alice"), "12": ("2", "bob"), "13": ("1", "Alice"), "14": ("3", "carol")}


def lookup_answer(request):
    ids = parse_qs(urlsplit(request.url).query)["ids"][0].split(",")
    data = [{"id": i, "author_id": AUTHORS[i][0], "created_at": "2026-01-01T00:00:00.000Z"}
            for i in ids if i in AUTHORS]
    users = [{"id": uid, "username": name, "name": name} for uid, name in set(AUTHORS.values())]
    errors = [{"value": i, "detail": f"Could not find tweet with ids: [{i}].",
               "title": "Not Found Error", "resource_type": "tweet", "parameter": "ids"}
              for i in ids if i not in AUTHORS]
    return 200, {}, json.dumps({"data": data, "includes": {"users": users}, "errors": errors})


def transport():
    app = Credential(Account("app", BEARER, api_base_url=API), Secrets(bearer_token="app-bearer-1"))
    return Transport({"app": app}.__getitem__)


@responses.activate
def test_the_lookup_finds_each_posts_owner_and_reports_posts_it_cannot_find():
    responses.add_callback(responses.GET, API + "/2/tweets", callback=lookup_answer)
    owners, problems = lookup_owners(["11", "12", "99"], transport=transport(),
                                     bearer_account="app", cancel=threading.Event())
    assert owners == {"11": "alice", "12": "bob"}
    assert [(p.post_id, p.kind) for p in problems] == [("99", UNAVAILABLE)]
    assert "Could not find tweet" in problems[0].message
    # This lookup's own request (a thread another test left behind may add calls of its own).
    call = next(c for c in responses.calls
                if parse_qs(urlsplit(c.request.url).query).get("ids") == ["11,12,99"])
    sent = parse_qs(urlsplit(call.request.url).query)
    assert sent["tweet.fields"] == ["created_at,author_id"] and sent["expansions"] == ["author_id"]
    assert call.request.headers["Authorization"] == "Bearer app-bearer-1"


@responses.activate
def test_the_lookup_asks_at_most_100_posts_at_a_time():
    responses.add_callback(responses.GET, API + "/2/tweets", callback=lookup_answer)
    lookup_owners([str(n) for n in range(1000, 1250)], transport=transport(),
                  bearer_account="app", cancel=threading.Event())
    sizes = [len(parse_qs(urlsplit(c.request.url).query)["ids"][0].split(","))
             for c in responses.calls]
    assert sorted(sizes) == [50, 100, 100]


@responses.activate
def test_lookups_are_in_flight_together_and_their_answers_kept_in_the_posts_order():
    # Issue 15: one after another, 10,000 posts' lookups held a run's "Done" for 20 s. Here
    # the second, third and fourth requests are answered only once all three have arrived (the
    # first one's answer comes first: the pacer learns from it); one at a time, they never are.
    arrived, together = [], threading.Barrier(3, timeout=60)

    def answer(request):
        arrived.append(request)
        if 2 <= len(arrived) <= 4:
            together.wait()
        return lookup_answer(request)

    responses.add_callback(responses.GET, API + "/2/tweets", callback=answer)
    posts = [str(n) for n in range(1000, 1500)] + ["11", "12"]  # 6 requests, the owners last
    owners, problems = lookup_owners(posts, transport=transport(), bearer_account="app",
                                     cancel=threading.Event())
    assert owners == {"11": "alice", "12": "bob"} and len(arrived) == 6
    assert [p.post_id for p in problems] == posts[:500]


@responses.activate
def test_a_cancel_during_the_lookup_is_raised_and_no_further_batch_is_asked():
    cancel = threading.Event()

    def answer(request):
        cancel.set()  # the user cancels while the first batch is on the wire
        return lookup_answer(request)

    responses.add_callback(responses.GET, API + "/2/tweets", callback=answer)
    with pytest.raises(Cancelled):
        lookup_owners([str(n) for n in range(1000, 1300)], transport=transport(),
                      bearer_account="app", cancel=cancel)
    assert len(responses.calls) == 1


@responses.activate
def test_a_lookup_refused_without_a_json_body_is_reported_per_post_and_not_retried():
    responses.add(responses.GET, API + "/2/tweets", status=404, body="<html>Not Found</html>")
    owners, problems = lookup_owners(["11", "12"], transport=transport(),
                                     bearer_account="app", cancel=threading.Event())
    assert owners == {} and len(responses.calls) == 1
    assert [(p.post_id, p.kind) for p in problems] == [("11", ERROR), ("12", ERROR)]
    assert "HTTP 404" in problems[0].message and "X API URL" in problems[0].message


@responses.activate
def test_a_lookup_refusal_that_arrives_garbled_is_retried_and_the_owners_found():
    responses.add(responses.GET, API + "/2/tweets", status=400,
                  body=b'{"title": "Invalid Request", "detail": "\x00\xff',
                  content_type="application/json")
    responses.add_callback(responses.GET, API + "/2/tweets", callback=lookup_answer)
    patient = transport()
    patient.policy = RetryPolicy(base_delay=0.01, max_delay=0.02)
    owners, problems = lookup_owners(["11", "12"], transport=patient, bearer_account="app",
                                     cancel=threading.Event())
    assert owners == {"11": "alice", "12": "bob"} and problems == []
    assert len(responses.calls) == 2


def test_posts_go_to_the_user_account_with_the_owners_handle_and_the_rest_are_not_owned():
    accounts = [Account("app", BEARER), Account("a", OAUTH1_USER, screen_name="Alice"),
                Account("b2", OAUTH2_USER, screen_name="bob"),
                Account("b1", OAUTH1_USER, screen_name="@Bob")]
    owners = {"11": "alice", "12": "bob", "13": "alice", "14": "carol"}
    routing = route(["11", "12", "13", "14"], owners, accounts, {OAUTH1_USER})
    assert routing.owned == {"a": ["11", "13"], "b1": ["12"]}
    [problem] = routing.problems
    assert (problem.post_id, problem.kind) == ("14", NOT_OWNED) and "@carol" in problem.message
