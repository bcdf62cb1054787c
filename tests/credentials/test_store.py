import keyring
import pytest

from engagement_desktop.credentials.account import Account, AccountError, Secrets
from engagement_desktop.credentials.secret_store import SecretStore
from engagement_desktop.credentials.store import AccountStore
from engagement_desktop.credentials.url_policy import InsecureURL

SECRETS = Secrets(consumer_key="ck-5e1d", consumer_secret="cs-a7f0", access_token="at-33c9",
                  access_token_secret="ats-9d04")


def files_text(*dirs) -> str:
    return "".join(p.read_text(errors="replace") for d in dirs for p in d.rglob("*") if p.is_file())


@pytest.fixture
def store(paths, secure_store):
    return AccountStore(paths.config, secure_store)


def test_an_added_account_has_its_secrets_and_the_index_has_none(store, paths):
    store.add(Account(name="me", kind="oauth1-user"), SECRETS)
    assert store.get("me").kind == "oauth1-user"
    assert store.secrets("me") == SECRETS
    index = files_text(paths.config)
    assert '"me"' in index
    assert not any(value in index for value in SECRETS.present().values())


def test_rename_moves_the_keyring_entry(store, keyring_service):
    store.add(Account(name="old", kind="oauth1-user", user_id="12"), SECRETS)
    store.rename("old", "new")
    assert store.secrets("new") == SECRETS
    assert store.get("new").user_id == "12" and store.get("old") is None
    assert keyring.get_password(keyring_service, "old") is None


def test_rename_to_a_taken_name_changes_nothing(store):
    store.add(Account(name="a", kind="oauth1-user"), SECRETS)
    store.add(Account(name="b", kind="bearer"), Secrets(bearer_token="bt-b"))
    with pytest.raises(AccountError, match="already exists"):
        store.rename("a", "b")
    assert store.secrets("a") == SECRETS and store.secrets("b") == Secrets(bearer_token="bt-b")


def test_remove_deletes_the_keyring_entry(store, keyring_service):
    store.add(Account(name="me", kind="oauth1-user"), SECRETS)
    store.remove("me")
    assert store.get("me") is None
    assert keyring.get_password(keyring_service, "me") is None


def test_adding_a_taken_name_keeps_the_existing_secrets(store):
    store.add(Account(name="me", kind="oauth1-user"), SECRETS)
    with pytest.raises(AccountError):
        store.add(Account(name="me", kind="bearer"), Secrets(bearer_token="other"))
    assert store.secrets("me") == SECRETS


def test_update_records_the_login_user_and_new_tokens(store):
    store.add(Account(name="me", kind="oauth1-user"), Secrets(consumer_key="k", consumer_secret="s"))
    account = store.get("me")
    account.user_id, account.screen_name = "99", "me_"
    store.update(account, store.secrets("me").merged(Secrets(access_token="a", access_token_secret="b")))
    assert store.get("me").screen_name == "me_"
    assert store.secrets("me").missing_for("oauth1-user") == []


def test_asking_for_the_secrets_of_an_unknown_account_says_so(store):
    with pytest.raises(AccountError, match="no account named 'ghost'"):
        store.secrets("ghost")


def test_without_a_secure_keyring_accounts_work_for_the_session_and_no_file_holds_a_secret(
        fail_keyring, paths, keyring_service):
    store = AccountStore(paths.config, SecretStore(service=keyring_service))
    store.add(Account(name="me", kind="oauth1-user"), SECRETS)
    store.rename("me", "you")
    assert store.secrets("you") == SECRETS
    assert "session only" in store.warning
    on_disk = files_text(paths.config, paths.data, paths.logs)
    assert '"you"' in on_disk
    assert not any(value in on_disk for value in SECRETS.present().values())


def test_the_store_refuses_an_account_that_would_send_its_secrets_in_the_clear(store):
    with pytest.raises(InsecureURL):
        store.add(Account("far", "bearer", base_url="http://10.0.0.7"), Secrets(bearer_token="t"))
    assert store.get("far") is None
    store.add(Account("far", "bearer", base_url="http://10.0.0.7", api_base_url="http://10.0.0.7",
                      allow_insecure_http=True), Secrets(bearer_token="t"))
    assert store.get("far").allow_insecure_http
