"""The transport signs, retries what is transient, and hands everything else to the plugin."""
import json
import threading
from urllib.parse import parse_qsl, unquote

import pytest
import requests
import responses
from oauthlib.common import Request as OAuthRequest
from oauthlib.oauth1.rfc5849 import signature
from oauthlib.oauth1.rfc5849.utils import parse_authorization_header

from engagement_desktop.core.endpoint import HttpRequest
from engagement_desktop.core.plan import Step
from engagement_desktop.core.rows import ERROR, PROTECTED, ResponseError
from engagement_desktop.transport.auth import AuthenticationError
from engagement_desktop.transport.cancel import Cancelled
from engagement_desktop.transport.retry import RetryPolicy
from engagement_desktop.credentials.account import Account, Secrets
from engagement_desktop.transport.masking import remember
from engagement_desktop.transport.sender import Credential, GaveUp, ReadFailed, Transport
from engagement_builtins.enterprise import totals

from transport_fixtures import API, BASE, ENTERPRISE_SPEC, OAUTH1_SECRETS, V2_SPEC, credentials

TOTALS_URL = BASE + ENTERPRISE_SPEC.path
BODY = {"tweet_ids": ["20"], "engagement_types": ["favorites"],
        "groupings": {"g": {"group_by": ["tweet.id", "engagement.type"]}}}
REQUEST = HttpRequest("POST", ENTERPRISE_SPEC.path, json=BODY)


def keep(status, headers, body):
    return status, body


def read_totals(status, headers, body):
    """The built-in totals plugin's reading of an answer to REQUEST."""
    the_step = Step("s", "totals", "app", ("20",), ("favorites",), tuple(
        (name, tuple(g["group_by"])) for name, g in BODY["groupings"].items()))
    return totals.parse(the_step, status, headers, body)


def oauth_fields(header: str) -> dict:
    return dict(parse_authorization_header(header))


@responses.activate
def test_oauth1_requests_are_signed_without_the_json_body_and_each_retry_is_signed_anew(transport):
    responses.post(TOTALS_URL, status=503)
    responses.post(TOTALS_URL, json={"g": {}}, status=200)
    status, _ = transport.send("owner", ENTERPRISE_SPEC, REQUEST, threading.Event(), keep)
    assert status == 200
    first, second = (call.request for call in responses.calls)
    nonces = []
    for sent in (first, second):
        header = sent.headers["Authorization"]
        header = header.decode() if isinstance(header, bytes) else header  # requests-oauthlib
        assert header.startswith("OAuth ")
        fields = oauth_fields(header)
        nonces.append(fields["oauth_nonce"])
        assert fields["oauth_token"] == OAUTH1_SECRETS.access_token
        # A server verifying with an empty body accepts it: the JSON is not in the base string.
        checked = OAuthRequest(sent.url, "POST", body="", headers={"Authorization": header})
        checked.params = [(k, v) for k, v in fields.items() if k != "oauth_signature"]
        checked.signature = unquote(fields["oauth_signature"])
        assert signature.verify_hmac_sha1(checked, OAUTH1_SECRETS.consumer_secret,
                                          OAUTH1_SECRETS.access_token_secret)
    assert nonces[0] != nonces[1]


@responses.activate
def test_bearer_accounts_send_their_token_and_v2_goes_to_the_api_base_url(transport):
    responses.get(API + V2_SPEC.path, json={"data": []})
    transport.send("app", V2_SPEC, HttpRequest("GET", V2_SPEC.path, params={"tweet_ids": "20"}),
                   threading.Event(), keep)
    sent = responses.calls[0].request
    assert sent.headers["Authorization"] == "Bearer AAAA-bearer-token-0001"
    assert dict(parse_qsl(sent.url.split("?", 1)[1])) == {"tweet_ids": "20"}


@responses.activate
def test_every_request_asks_for_gzip_and_has_connect_and_read_timeouts(transport):
    responses.post(TOTALS_URL, json={})
    transport.send("app", ENTERPRISE_SPEC, REQUEST, threading.Event(), keep)
    call = responses.calls[0]
    assert call.request.headers["Accept-Encoding"] == "gzip"
    connect, read = call.request.req_kwargs["timeout"]
    assert connect > 0 and read > 0


@responses.activate
def test_server_errors_and_dropped_connections_are_retried_until_an_answer_comes(transport):
    responses.post(TOTALS_URL, status=500)
    responses.post(TOTALS_URL, body=requests.ConnectionError("connection reset"))
    responses.post(TOTALS_URL, json={"ok": 1})
    status, body = transport.send("app", ENTERPRISE_SPEC, REQUEST, threading.Event(), keep)
    assert (status, body) == (200, b'{"ok": 1}')
    assert (transport.requests_sent, transport.retries) == (3, 2)


@responses.activate
def test_a_garbled_body_is_retried_like_a_server_error(transport):
    responses.post(TOTALS_URL, body=b'{"g": {"20": ')
    responses.post(TOTALS_URL, body=b'{"g": {}}')

    def parse(status, headers, body):
        if not body.endswith(b"}}"):
            raise ResponseError("truncated")
        return body

    assert transport.send("app", ENTERPRISE_SPEC, REQUEST, threading.Event(), parse) == b'{"g": {}}'


@responses.activate
def test_a_garbled_client_error_is_retried_and_the_intact_refusal_is_what_the_user_reads(
        transport):
    refusal = {"errors": ["1 Tweet ID(s) are unavailable"], "unavailable_tweet_ids": ["20"]}
    responses.post(TOTALS_URL, status=400, body=json.dumps(refusal).encode()[:30],
                   content_type="application/json")
    responses.post(TOTALS_URL, status=400, json=refusal)
    page = transport.send("app", ENTERPRISE_SPEC, REQUEST, threading.Event(), read_totals)
    assert [(p.post_id, p.kind) for p in page.problems] == [("20", PROTECTED)]
    assert page.retry_without == {"20"} and len(responses.calls) == 2


@responses.activate
def test_a_client_error_garbled_on_every_try_gives_up_naming_its_status(transport):
    for _ in range(3):
        responses.post(TOTALS_URL, status=400, body=b'{"errors": ["\x00\xff',
                       content_type="application/json")
    with pytest.raises(GaveUp, match=r"3 tries: The server's answer \(HTTP 400\) is not JSON"
                       ) as caught:
        transport.send("app", ENTERPRISE_SPEC, REQUEST, threading.Event(), read_totals)
    assert caught.value.status == 400 and len(responses.calls) == 3


@responses.activate
def test_a_client_error_with_an_html_page_is_given_to_the_user_once_not_retried(transport):
    responses.post(TOTALS_URL, status=404, body="<html>Not Found</html>", content_type="text/html")
    page = transport.send("app", ENTERPRISE_SPEC, REQUEST, threading.Event(), read_totals)
    assert {(p.post_id, p.kind) for p in page.problems} == {("20", ERROR)}
    assert "HTTP 404" in page.problems[0].message and len(responses.calls) == 1


@responses.activate
def test_retries_stop_at_the_limit_with_a_message_naming_the_last_failure(transport):
    for _ in range(5):
        responses.post(TOTALS_URL, status=502)
    with pytest.raises(GaveUp, match="3 tries: server error \\(HTTP 502\\)"):
        transport.send("app", ENTERPRISE_SPEC, REQUEST, threading.Event(), keep)
    assert len(responses.calls) == 3


@responses.activate
def test_other_client_errors_are_not_retried_but_given_to_the_plugin(transport):
    responses.post(TOTALS_URL, status=403, json={"errors": ["Forbidden to access tweets: 20"]})
    status, _ = transport.send("owner", ENTERPRISE_SPEC, REQUEST, threading.Event(), keep)
    assert status == 403 and len(responses.calls) == 1


@responses.activate
def test_401_is_an_authentication_failure_with_the_servers_reason_and_no_retry(transport):
    responses.post(TOTALS_URL, status=401, json={"errors": [
        "Your account could not be authenticated. Reason: Access token not found"]})
    with pytest.raises(AuthenticationError, match="Access token not found") as caught:
        transport.send("owner", ENTERPRISE_SPEC, REQUEST, threading.Event(), keep)
    assert caught.value.account == "owner" and len(responses.calls) == 1


def test_an_account_without_secrets_fails_before_sending_and_says_how_to_log_in(transport):
    with pytest.raises(AuthenticationError, match="accounts login empty"):
        transport.send("empty", ENTERPRISE_SPEC, REQUEST, threading.Event(), keep)


@responses.activate
def test_a_429_waits_for_the_window_the_server_names_then_succeeds(transport):
    responses.post(TOTALS_URL, status=429, headers={"Retry-After": "0.2"})
    responses.post(TOTALS_URL, json={})
    transport.send("app", ENTERPRISE_SPEC, REQUEST, threading.Event(), keep)
    assert transport.rate_limited == 1
    assert len(responses.calls) == 2


class CancelledWhileWaiting(threading.Event):
    """A cancel event the user sets while the sender waits on it; records every wait asked."""

    def __init__(self):
        super().__init__()
        self.waits: list[float] = []

    def wait(self, timeout=None):
        self.waits.append(timeout)
        threading.Thread(target=self.set).start()  # Cancel pressed during the wait
        return super().wait(timeout)


@responses.activate
def test_cancel_interrupts_a_backoff_at_once():
    """The backoff after a 500 is an hour here: only a wait that ends on cancel lets the send
    end (a sleep would outlast the test run's own timeout)."""
    slow = Transport(credentials(), policy=RetryPolicy(base_delay=3600, max_delay=3600))
    responses.post(TOTALS_URL, status=500)
    cancel = CancelledWhileWaiting()
    with pytest.raises(Cancelled):
        slow.send("app", ENTERPRISE_SPEC, REQUEST, cancel, keep)
    assert len(responses.calls) == 1  # no retry after the cancel
    assert cancel.waits and cancel.waits[-1] >= 1800  # it was in the backoff, half to all of it
    slow.close()


@responses.activate
def test_learned_limits_are_reported_per_account_and_endpoint(transport):
    responses.post(TOTALS_URL, json={}, headers={"x-per-minute-limit": "600",
                                                 "x-per-minute-remaining": "599"})
    transport.send("app", ENTERPRISE_SPEC, REQUEST, threading.Event(), keep)
    state = transport.limits.peek("app", ENTERPRISE_SPEC.name)
    assert (state.limit, state.remaining) == (600, 599)
    assert transport.limits.peek("owner", "totals") is None


ECHOED = OAUTH1_SECRETS.consumer_secret  # a secret a hostile server claims to know


@responses.activate
def test_problems_read_from_an_answer_are_masked_against_the_secrets_held(transport):
    remember([ECHOED])  # as the run service does when it loads an account's secrets
    responses.post(TOTALS_URL, status=400, json={"errors": [f"Authorization: Bearer x, {ECHOED}"]})
    page = transport.send("app", ENTERPRISE_SPEC, REQUEST, threading.Event(), read_totals)
    assert page.problems and all("***" in problem.message for problem in page.problems)
    assert not any(ECHOED in problem.message for problem in page.problems)


@responses.activate
def test_a_401_reason_and_a_plugins_failure_are_masked(transport):
    remember([ECHOED])
    responses.post(TOTALS_URL, status=401, json={"detail": f"we know {ECHOED}"})
    with pytest.raises(AuthenticationError, match=r"we know \*\*\*") as refused:
        transport.send("owner", ENTERPRISE_SPEC, REQUEST, threading.Event(), keep)
    assert ECHOED not in str(refused.value)

    def buggy(status, headers, body):
        raise KeyError(body.decode())

    responses.post(TOTALS_URL, status=200, body=f"echo {ECHOED}")
    with pytest.raises(ReadFailed, match=r"KeyError: .*echo \*\*\*") as failed:
        transport.send("owner", ENTERPRISE_SPEC, REQUEST, threading.Event(), buggy)
    assert ECHOED not in str(failed.value)


def test_plain_http_to_another_computer_is_refused_before_anything_is_sent():
    insecure = Transport(lambda name: Credential(
        Account(name, "bearer", base_url="http://10.0.0.7", api_base_url="http://10.0.0.7"),
        Secrets(bearer_token="AAAA-far-away")))
    with pytest.raises(AuthenticationError, match="plain http:// to 10.0.0.7") as refused:
        insecure.send("far", ENTERPRISE_SPEC, REQUEST, threading.Event(), keep)
    assert insecure.requests_sent == 0 and refused.value.account == "far"
    insecure.close()
