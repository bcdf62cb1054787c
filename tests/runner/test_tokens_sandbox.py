"""The token flows against the real sandbox: its OAuth checks, its authorize page, its PIN."""
import re

import pytest
import requests

from engagement_desktop.runner.tokens import TokenError, Tokens
from engagement_desktop.sandbox.server import SandboxServer
from engagement_desktop.transport.client import HttpClient
from engagement_desktop.transport.sessions import Timeouts

TOKENS = Tokens(HttpClient())
fetch_app_bearer, start_pin_flow, finish_pin_flow = TOKENS.app_bearer, TOKENS.start_pin, \
    TOKENS.finish_pin


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer() as server:
        yield server


def demo(server, name: str) -> dict:
    return next(a for a in server.accounts if a["name"] == name)


def authorize_as(authorize_url: str, screen_name: str) -> str:
    """What the user does in the browser: pick the user, press Authorize, read the PIN."""
    page = requests.get(authorize_url, timeout=10).text
    choice = re.search(rf"value='(\d+)'[^>]*> @{screen_name}<", page).group(1)
    token = re.search(r"name='oauth_token' value='([^']+)'", page).group(1)
    done = requests.post(authorize_url, data={"oauth_token": token, "user": choice}, timeout=10)
    return re.search(r"id='pin'[^>]*>(\d+)<", done.text).group(1)


def test_the_app_bearer_comes_from_the_consumer_key_and_secret(sandbox):
    app = demo(sandbox, "demo-app")
    assert fetch_app_bearer(sandbox.base_url, app["consumer_key"], app["consumer_secret"]) \
        == app["bearer_token"]


def test_a_wrong_consumer_secret_is_refused(sandbox):
    app = demo(sandbox, "demo-app")
    with pytest.raises(TokenError, match="refused") as err:
        fetch_app_bearer(sandbox.base_url, app["consumer_key"], "not-the-secret")
    assert err.value.refused


def test_the_pin_flow_yields_the_authorizing_users_tokens_and_identity(sandbox):
    analyst = demo(sandbox, "demo-analyst")
    flow = start_pin_flow(sandbox.base_url, analyst["consumer_key"], analyst["consumer_secret"])
    user = finish_pin_flow(flow, authorize_as(flow.authorize_url, "demo_analyst"))
    assert (user.access_token, user.access_token_secret) == \
        (analyst["access_token"], analyst["access_token_secret"])
    assert (user.user_id, user.screen_name) == (analyst["user_id"], "demo_analyst")


def test_a_wrong_pin_is_refused(sandbox):
    owner = demo(sandbox, "demo-owner")
    flow = start_pin_flow(sandbox.base_url, owner["consumer_key"], owner["consumer_secret"])
    pin = authorize_as(flow.authorize_url, "demo_owner")
    with pytest.raises(TokenError, match="PIN was not accepted") as err:
        finish_pin_flow(flow, str((int(pin) + 1) % 10**7).zfill(7))
    assert err.value.refused


def test_a_request_token_with_a_wrong_consumer_secret_is_refused(sandbox):
    owner = demo(sandbox, "demo-owner")
    with pytest.raises(TokenError, match="consumer key or secret was refused"):
        start_pin_flow(sandbox.base_url, owner["consumer_key"], "wrong")


def test_a_stopped_server_is_unreachable_not_refused():
    with SandboxServer() as server:
        url = server.base_url
    with pytest.raises(TokenError, match="Could not reach") as err:
        Tokens(HttpClient(Timeouts(2, 2))).app_bearer(url, "key", "secret")
    assert not err.value.refused
