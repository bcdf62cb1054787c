"""Token flows against recorded answers (`responses`); test_tokens_sandbox.py runs them for real."""
import base64
from urllib.parse import parse_qs, unquote

import pytest
import requests
import responses

from engagement_desktop.runner.tokens import TokenError, Tokens
from engagement_desktop.transport.client import HttpClient

BASE = "https://api.example.test"
TOKENS = Tokens(HttpClient())
fetch_app_bearer, start_pin_flow, finish_pin_flow = TOKENS.app_bearer, TOKENS.start_pin, \
    TOKENS.finish_pin


@responses.activate
def test_app_bearer_is_asked_with_basic_auth_and_client_credentials():
    responses.post(f"{BASE}/oauth2/token", json={"token_type": "bearer", "access_token": "AAAA%2Fb"})
    assert fetch_app_bearer(BASE, "key", "sec/ret") == "AAAA%2Fb"
    sent = responses.calls[0].request
    scheme, encoded = sent.headers["Authorization"].split()
    assert scheme == "Basic"
    assert base64.b64decode(encoded).decode() == "key:sec%2Fret"  # form-encoded per RFC 6749
    assert parse_qs(sent.body) == {"grant_type": ["client_credentials"]}
    assert sent.req_kwargs["timeout"] is not None


@responses.activate
def test_refused_consumer_credentials_say_so_and_count_as_refused():
    responses.post(f"{BASE}/oauth2/token", status=403,
                   json={"errors": [{"code": 99, "message": "Unable to verify your credentials"}]})
    with pytest.raises(TokenError, match="consumer key or secret was refused.*Unable to verify") as err:
        fetch_app_bearer(BASE, "key", "wrong")
    assert err.value.refused


@responses.activate
def test_an_unreachable_server_is_reported_with_its_address_and_not_as_refused():
    responses.post(f"{BASE}/oauth2/token", body=requests.ConnectionError("connection refused"))
    with pytest.raises(TokenError, match="Could not reach https://api.example.test/oauth2/token") as err:
        fetch_app_bearer(BASE, "key", "secret")
    assert not err.value.refused


@responses.activate
def test_a_timeout_is_reported_as_no_answer():
    responses.post(f"{BASE}/oauth2/token", body=requests.ReadTimeout("slow"))
    with pytest.raises(TokenError, match="No answer from"):
        fetch_app_bearer(BASE, "key", "secret")


@pytest.mark.parametrize("body", ["<html>login</html>", '{"token_type": "bearer"}',
                                  '{"token_type": "mac", "access_token": "x"}', "[1, 2]"])
@responses.activate
def test_a_garbled_bearer_answer_is_a_clear_error(body):
    responses.post(f"{BASE}/oauth2/token", body=body)
    with pytest.raises(TokenError, match="did not contain the bearer token"):
        fetch_app_bearer(BASE, "key", "secret")


@responses.activate
def test_server_errors_say_to_try_later():
    responses.post(f"{BASE}/oauth2/token", status=503, body="busy")
    with pytest.raises(TokenError, match="HTTP 503.*try again later"):
        fetch_app_bearer(BASE, "key", "secret")


def oauth_params(request) -> dict[str, str]:
    header = request.headers["Authorization"]
    header = header.decode() if isinstance(header, bytes) else header  # oauthlib signs in bytes
    assert header.startswith("OAuth ")
    return {k.strip(): unquote(v.strip('"')) for k, v in (p.split("=", 1) for p in header[6:].split(","))}


@responses.activate
def test_pin_flow_signs_with_oob_callback_and_yields_the_user_and_tokens():
    responses.post(f"{BASE}/oauth/request_token",
                   body="oauth_token=req-tok&oauth_token_secret=req-sec&oauth_callback_confirmed=true")
    responses.post(f"{BASE}/oauth/access_token",
                   body="oauth_token=acc-tok&oauth_token_secret=acc-sec&user_id=42&screen_name=alice")
    flow = start_pin_flow(BASE, "ckey", "csecret")
    assert flow.authorize_url == f"{BASE}/oauth/authorize?oauth_token=req-tok"
    first = oauth_params(responses.calls[0].request)
    assert first["oauth_callback"] == "oob" and first["oauth_consumer_key"] == "ckey"

    user = finish_pin_flow(flow, " 1234567\n")
    second = oauth_params(responses.calls[1].request)
    assert (second["oauth_verifier"], second["oauth_token"]) == ("1234567", "req-tok")
    assert (user.access_token, user.access_token_secret, user.user_id, user.screen_name) == \
        ("acc-tok", "acc-sec", "42", "alice")


@responses.activate
def test_pin_flow_objects_never_show_their_secrets():
    responses.post(f"{BASE}/oauth/request_token", body="oauth_token=req-tok&oauth_token_secret=req-sec")
    responses.post(f"{BASE}/oauth/access_token",
                   body="oauth_token=acc-tok&oauth_token_secret=acc-sec&user_id=42&screen_name=alice")
    flow = start_pin_flow(BASE, "ckey", "csecret")
    user = finish_pin_flow(flow, "1")
    shown = repr(flow) + repr(user)
    for secret in ("req-sec", "csecret", "acc-tok", "acc-sec"):
        assert secret not in shown
    assert "alice" in shown


@responses.activate
def test_a_wrong_pin_says_to_start_again():
    responses.post(f"{BASE}/oauth/request_token", body="oauth_token=t&oauth_token_secret=s")
    responses.post(f"{BASE}/oauth/access_token", status=401, body="Invalid oauth_verifier parameter")
    flow = start_pin_flow(BASE, "ckey", "csecret")
    with pytest.raises(TokenError, match="PIN was not accepted.*start the login again") as err:
        finish_pin_flow(flow, "0000000")
    assert err.value.refused


@responses.activate
def test_an_empty_pin_is_refused_before_anything_is_sent():
    responses.post(f"{BASE}/oauth/request_token", body="oauth_token=t&oauth_token_secret=s")
    flow = start_pin_flow(BASE, "ckey", "csecret")
    with pytest.raises(TokenError, match="Type the PIN"):
        finish_pin_flow(flow, "  \n")
    assert len(responses.calls) == 1


@responses.activate
def test_a_request_token_answer_without_tokens_is_a_clear_error():
    responses.post(f"{BASE}/oauth/request_token", body='{"ok": true}')
    with pytest.raises(TokenError, match="did not contain the request token"):
        start_pin_flow(BASE, "ckey", "csecret")


FAR = "http://192.0.2.10"  # plain HTTP to another computer (never contacted: answers are recorded)


@responses.activate
def test_token_endpoints_over_plain_http_elsewhere_are_refused_unless_the_account_allows_it():
    responses.post(f"{FAR}/oauth2/token", json={"token_type": "bearer", "access_token": "far"})
    with pytest.raises(TokenError, match="plain http:// to 192.0.2.10.*--allow-insecure-http"):
        fetch_app_bearer(FAR, "key", "secret")
    assert len(responses.calls) == 0  # refused before anything was sent
    assert fetch_app_bearer(FAR, "key", "secret", allow_insecure_http=True) == "far"


@responses.activate
def test_a_pin_flow_allowed_plain_http_keeps_that_for_its_second_step():
    responses.post(f"{FAR}/oauth/request_token", body="oauth_token=t&oauth_token_secret=s")
    responses.post(f"{FAR}/oauth/access_token",
                   body="oauth_token=a&oauth_token_secret=b&user_id=1&screen_name=far")
    flow = start_pin_flow(FAR, "ckey", "csecret", allow_insecure_http=True)
    assert finish_pin_flow(flow, "123").screen_name == "far"
