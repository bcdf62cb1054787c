import pytest

from engagement_desktop.credentials.account import Account, AccountError, Secrets

SECRET_VALUES = dict(consumer_key="ck-value-1", consumer_secret="cs-value-2",
                     access_token="at-value-3", access_token_secret="ats-value-4",
                     bearer_token="bt-value-5")


def test_secrets_repr_and_str_mask_every_value():
    secrets = Secrets(**SECRET_VALUES)
    for shown in (repr(secrets), str(secrets), f"{secrets}", repr([secrets])):
        for value in SECRET_VALUES.values():
            assert value not in shown
    assert "consumer_key=***" in repr(secrets)


def test_secrets_repr_shows_which_secrets_are_absent():
    assert "access_token=None" in repr(Secrets(consumer_key="k"))


def test_each_kind_reports_the_secrets_it_still_needs():
    consumer_only = Secrets(consumer_key="k", consumer_secret="s")
    assert consumer_only.missing_for("oauth1-user") == ["access_token", "access_token_secret"]
    assert consumer_only.missing_for("bearer") == ["bearer_token"]
    assert Secrets(**SECRET_VALUES).missing_for("oauth1-user") == []


def test_merged_secrets_keep_old_values_and_take_new_ones():
    merged = Secrets(consumer_key="k", bearer_token="old").merged(Secrets(bearer_token="new"))
    assert (merged.consumer_key, merged.bearer_token) == ("k", "new")


@pytest.mark.parametrize("name, says", [("", "needs a name"), ("   ", "needs a name"),
                                         ("auto", "reserved"), ("AUTO", "reserved"),
                                         ("a\nb", "control characters"), ("x" * 65, "at most 64")])
def test_unusable_account_names_are_refused_with_a_reason(name, says):
    with pytest.raises(AccountError, match=says):
        Account(name=name, kind="bearer")


def test_an_unknown_kind_is_refused_listing_the_kinds():
    with pytest.raises(AccountError, match="oauth1-user, bearer, oauth2-user"):
        Account(name="me", kind="oauth3")


def test_base_urls_must_be_http_and_lose_their_trailing_slash():
    assert Account(name="me", kind="bearer", base_url="http://127.0.0.1:8080/").base_url \
        == "http://127.0.0.1:8080"
    with pytest.raises(AccountError, match="not a base URL"):
        Account(name="me", kind="bearer", api_base_url="data-api.x.com")


def test_new_accounts_default_to_the_real_x_servers():
    account = Account(name="me", kind="oauth1-user")
    assert (account.base_url, account.api_base_url) == ("https://data-api.x.com", "https://api.x.com")


def test_a_sandbox_account_points_at_the_running_sandbox_and_others_stay_put():
    demo = Account(name="demo", kind="bearer", sandbox=True).with_sandbox_url("http://127.0.0.1:5123")
    assert (demo.base_url, demo.api_base_url) == ("http://127.0.0.1:5123",) * 2
    real = Account(name="real", kind="bearer")
    assert real.with_sandbox_url("http://127.0.0.1:5123") is real


def test_an_account_survives_a_json_round_trip():
    account = Account(name="me", kind="oauth1-user", user_id="42", screen_name="me_", sandbox=True)
    assert Account.from_json(account.to_json()) == account
