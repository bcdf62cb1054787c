"""Issue 14, item 3: the sandbox's demo accounts need no keyring. Their secrets are public (they
open only the sandbox), so they are never stored and are there on every start."""
from engagement_desktop.app import add_demo_accounts
from engagement_desktop.credentials.account import Account, Secrets
from engagement_desktop.credentials.secret_store import SecretStore
from engagement_desktop.credentials.store import AccountStore
from engagement_desktop.sandbox.accounts import DEMO_ACCOUNTS


def test_demo_accounts_are_ready_on_the_second_start_without_a_keyring(paths, fail_keyring):
    first = AccountStore(paths.config, SecretStore())
    assert not first.secret_store.secure
    add_demo_accounts(first)  # what the window's first start does
    second = AccountStore(paths.config, SecretStore())  # the next start: nothing in memory
    for demo in DEMO_ACCOUNTS:
        account = second.get(demo["name"])
        assert account.sandbox
        assert second.secrets(account.name).missing_for(account.kind) == []
    assert second.secrets("demo-app").bearer_token == DEMO_ACCOUNTS[0]["bearer_token"]


def test_demo_secrets_are_never_written_to_the_keyring(paths, secure_store):
    add_demo_accounts(AccountStore(paths.config, secure_store))
    assert all(secure_store.get(demo["name"]) == Secrets() for demo in DEMO_ACCOUNTS)


def test_an_account_of_a_demo_name_on_a_real_server_keeps_its_own_secrets(paths, fail_keyring):
    store = AccountStore(paths.config, SecretStore())
    store.add(Account(name="demo-app", kind="bearer", base_url="https://api.example.com"),
              Secrets(bearer_token="mine"))
    assert store.secrets("demo-app").bearer_token == "mine"
    later = AccountStore(paths.config, SecretStore())
    assert later.secrets("demo-app").bearer_token is None  # a session-only secret: gone
