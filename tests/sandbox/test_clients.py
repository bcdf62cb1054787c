"""Clients we did not write, unchanged, pointed at the sandbox: xdk and requests-oauthlib."""
from __future__ import annotations

import re

import pytest
import requests
from requests_oauthlib import OAuth1, OAuth1Session
from xdk import Client
from xdk.oauth1_auth import OAuth1 as XdkOAuth1

from engagement_desktop.sandbox import accounts
from sandbox_fixtures import GZIP, PER_POST, body, demo

RECENT = accounts.sample_posts(0)["recent"]
FIELDS = ["impressions", "likes", "engagements", "timestamped_metrics"]


def _xdk_analytics(client: Client):
    return client.posts.get_analytics(ids=RECENT, start_time="2026-11-16T00:00:00Z",
                                      end_time="2026-11-20T00:00:00Z", granularity="daily",
                                      analytics_fields=FIELDS)


def test_xdk_reads_post_analytics_with_an_oauth2_user_token(frozen):
    token = demo(frozen, "demo-owner-oauth2")["bearer_token"]
    answer = _xdk_analytics(Client(base_url=frozen.base_url, access_token=token))
    assert [item.id for item in answer.data] == RECENT
    for item in answer.data:
        assert item.impressions == sum(b.metrics.impressions for b in item.timestamped_metrics)
        assert item.impressions >= item.engagements >= 0


def test_xdk_reads_the_same_numbers_when_signing_with_oauth1(frozen):
    owner = demo(frozen, "demo-owner")
    signer = XdkOAuth1(owner["consumer_key"], owner["consumer_secret"], "oob",
                       owner["access_token"], owner["access_token_secret"])
    by_oauth1 = _xdk_analytics(Client(base_url=frozen.base_url, auth=signer))
    token = demo(frozen, "demo-owner-oauth2")["bearer_token"]
    by_oauth2 = _xdk_analytics(Client(base_url=frozen.base_url, access_token=token))
    assert by_oauth1.model_dump() == by_oauth2.model_dump()


def test_xdk_reads_the_partial_error_of_a_deleted_post(frozen):
    deleted = accounts.sample_posts(0)["deleted"][0]
    token = demo(frozen, "demo-owner-oauth2")["bearer_token"]
    answer = Client(base_url=frozen.base_url, access_token=token).posts.get_analytics(
        ids=[RECENT[0], deleted], start_time="2026-11-16T00:00:00Z",
        end_time="2026-11-20T00:00:00Z", granularity="daily", analytics_fields=FIELDS)
    assert [item.id for item in answer.data] == [RECENT[0]]
    assert [(e.resource_id, e.title) for e in answer.errors] == [(deleted, "Not Found Error")]


def test_xdk_sees_an_http_error_for_another_users_posts(frozen):
    token = demo(frozen, "demo-owner-oauth2")["bearer_token"]
    client = Client(base_url=frozen.base_url, access_token=token)
    with pytest.raises(requests.HTTPError) as raised:
        client.posts.get_analytics(ids=accounts.sample_posts(1)["recent"],
                                   start_time="2026-11-16T00:00:00Z",
                                   end_time="2026-11-20T00:00:00Z")
    assert raised.value.response.status_code == 403


def test_requests_oauthlib_signs_an_enterprise_post_the_sandbox_accepts(server):
    owner = demo(server, "demo-owner")
    session = requests.Session()
    session.auth = OAuth1(owner["consumer_key"], owner["consumer_secret"],
                          owner["access_token"], owner["access_token_secret"])
    answer = session.post(f"{server.base_url}/insights/engagement/totals", headers=GZIP,
                          json=body(RECENT, ["impressions", "engagements", "favorites"], PER_POST),
                          timeout=10)
    assert answer.status_code == 200 and answer.headers["Content-Encoding"] == "gzip"
    assert set(answer.json()["g0"]) == set(RECENT)
    # The session re-signs every request, so sending it again is not a replay.
    again = session.post(f"{server.base_url}/insights/engagement/totals", headers=GZIP,
                         json=body(RECENT, ["favorites"], PER_POST), timeout=10)
    assert again.status_code == 200


def test_the_pin_flow_hands_out_the_authorizing_users_tokens(server):
    app = demo(server, "demo-app")
    flow = OAuth1Session(app["consumer_key"], app["consumer_secret"], callback_uri="oob")
    request_token = flow.fetch_request_token(f"{server.base_url}/oauth/request_token")
    page = requests.get(f"{server.base_url}/oauth/authorize",
                        params={"oauth_token": request_token["oauth_token"]}, timeout=10)
    assert page.status_code == 200 and "Authorize app" in page.text
    granted = requests.post(f"{server.base_url}/oauth/authorize", timeout=10,
                            data={"oauth_token": request_token["oauth_token"], "user": "2"})
    pin = re.search(r"id='pin'[^>]*>(\d+)<", granted.text).group(1)
    flow = OAuth1Session(app["consumer_key"], app["consumer_secret"],
                         resource_owner_key=request_token["oauth_token"],
                         resource_owner_secret=request_token["oauth_token_secret"], verifier=pin)
    tokens = flow.fetch_access_token(f"{server.base_url}/oauth/access_token")
    creator = demo(server, "demo-creator")
    assert tokens["screen_name"] == "demo_creator" and tokens["user_id"] == creator["user_id"]
    assert tokens["oauth_token"] == creator["access_token"]
    assert tokens["oauth_token_secret"] == creator["access_token_secret"]


def test_a_wrong_pin_is_refused_with_401(server):
    app = demo(server, "demo-app")
    flow = OAuth1Session(app["consumer_key"], app["consumer_secret"], callback_uri="oob")
    request_token = flow.fetch_request_token(f"{server.base_url}/oauth/request_token")
    requests.post(f"{server.base_url}/oauth/authorize", timeout=10,
                  data={"oauth_token": request_token["oauth_token"], "user": "0"})
    auth = OAuth1(app["consumer_key"], app["consumer_secret"], request_token["oauth_token"],
                  request_token["oauth_token_secret"], verifier="0000000x")
    answer = requests.post(f"{server.base_url}/oauth/access_token", auth=auth, timeout=10)
    assert answer.status_code == 401 and answer.json()["errors"][0]["message"]


def test_the_client_credentials_grant_returns_the_app_only_bearer(server):
    app = demo(server, "demo-app")
    answer = requests.post(f"{server.base_url}/oauth2/token",
                           auth=(app["consumer_key"], app["consumer_secret"]),
                           data={"grant_type": "client_credentials"}, timeout=10)
    assert answer.json() == {"token_type": "bearer", "access_token": app["bearer_token"]}
    refused = requests.post(f"{server.base_url}/oauth2/token", auth=(app["consumer_key"], "x"),
                            data={"grant_type": "client_credentials"}, timeout=10)
    assert refused.status_code == 403
