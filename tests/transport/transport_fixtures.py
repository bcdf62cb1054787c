"""Accounts and endpoint facts the transport tests share."""
from engagement_desktop.core.endpoint import (BEARER, ENTERPRISE, OAUTH1_USER, V2_INSIGHTS,
                                              EndpointSpec)
from engagement_desktop.credentials.account import Account, Secrets
from engagement_desktop.transport.sender import Credential

BASE = "https://enterprise.test"
API = "https://api.test"
OAUTH1_SECRETS = Secrets(consumer_key="ck-public-123", consumer_secret="cs-very-secret-456",
                         access_token="111-token-abc", access_token_secret="ts-hidden-789")
BEARER_SECRETS = Secrets(bearer_token="AAAA-bearer-token-0001")

ENTERPRISE_SPEC = EndpointSpec(name="totals", title="Totals", family=ENTERPRISE, method="POST",
                               path="/insights/engagement/totals", max_ids=250,
                               metrics=("favorites",), auth_kinds=frozenset({BEARER}),
                               time="lifetime", default_per_minute=6000)
V2_SPEC = EndpointSpec(name="v2-28hr", title="v2", family=V2_INSIGHTS, method="GET",
                       path="/2/insights/28hr", max_ids=25, metrics=("favorites",),
                       auth_kinds=frozenset({OAUTH1_USER}), time="last-28h",
                       default_per_minute=6000)


def credentials():
    accounts = {
        "owner": Credential(Account("owner", OAUTH1_USER, base_url=BASE, api_base_url=API),
                            OAUTH1_SECRETS),
        "app": Credential(Account("app", BEARER, base_url=BASE, api_base_url=API), BEARER_SECRETS),
        "empty": Credential(Account("empty", BEARER, base_url=BASE, api_base_url=API), Secrets()),
    }
    return accounts.__getitem__

