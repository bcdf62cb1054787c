import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from engagement_desktop.credentials.account import Secrets
from engagement_desktop.credentials.secret_store import SecretStore, is_secure

SECRETS = Secrets(consumer_key="ck-8c1f", consumer_secret="cs-77aa", access_token="at-19d2",
                  access_token_secret="ats-0b3e")


def test_secrets_are_kept_by_the_os_keyring_and_outlive_the_session(secure_store, keyring_service):
    secure_store.set("me", SECRETS)
    assert secure_store.warning is None and secure_store.secure
    assert keyring.get_password(keyring_service, "me") is not None  # really in the keyring
    assert SecretStore(service=keyring_service).get("me") == SECRETS  # a later launch reads them


def test_setting_secrets_again_replaces_all_of_them(secure_store):
    secure_store.set("me", SECRETS)
    secure_store.set("me", Secrets(bearer_token="bt-1"))
    assert secure_store.get("me") == Secrets(bearer_token="bt-1")


def test_deleting_removes_the_keyring_entry(secure_store, keyring_service):
    secure_store.set("me", SECRETS)
    secure_store.delete("me")
    assert keyring.get_password(keyring_service, "me") is None
    assert secure_store.get("me") == Secrets()


def test_deleting_an_account_without_secrets_is_fine(secure_store):
    secure_store.delete("never-stored")
    assert secure_store.get("never-stored") == Secrets()


def test_without_a_secure_keyring_secrets_last_the_session_and_one_line_says_so(fail_keyring, keyring_service):
    store = SecretStore(service=keyring_service)
    store.set("me", SECRETS)
    assert store.get("me") == SECRETS
    assert not store.secure
    assert "\n" not in store.warning
    assert "session only" in store.warning and "Install" in store.warning
    assert store.backend_name in store.warning
    assert SecretStore(service=keyring_service).get("me") == Secrets()  # gone at the next launch


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()])
def test_the_fail_and_null_backends_are_not_secure(backend):
    assert not is_secure(backend)


def test_the_keyring_in_use_for_these_tests_counts_as_secure(secure_store):
    assert is_secure(keyring.get_keyring())
    assert secure_store.backend_name
