import json

import pytest

from engagement_desktop.credentials.account import Account, AccountError
from engagement_desktop.credentials.index import AccountIndex


def test_accounts_added_are_there_for_the_next_launch(paths):
    AccountIndex(paths.config).add(Account(name="me", kind="oauth1-user", screen_name="me_"))
    AccountIndex(paths.config).add(Account(name="app", kind="bearer"))
    again = AccountIndex(paths.config)
    assert [a.name for a in again.list()] == ["me", "app"]
    assert again.get("me").screen_name == "me_"
    assert again.get("nobody") is None


def test_adding_a_name_twice_is_refused_and_keeps_the_first(paths):
    index = AccountIndex(paths.config)
    index.add(Account(name="me", kind="bearer"))
    with pytest.raises(AccountError, match="already exists"):
        index.add(Account(name="me", kind="oauth1-user"))
    assert index.get("me").kind == "bearer"


def test_rename_keeps_the_account_and_refuses_a_taken_name(paths):
    index = AccountIndex(paths.config)
    index.add(Account(name="a", kind="bearer", user_id="7"))
    index.add(Account(name="b", kind="bearer"))
    with pytest.raises(AccountError, match="already exists"):
        index.rename("a", "b")
    index.rename("a", "c")
    assert [a.name for a in index.list()] == ["c", "b"]
    assert index.get("c").user_id == "7"


def test_renaming_or_removing_an_unknown_account_says_so(paths):
    index = AccountIndex(paths.config)
    with pytest.raises(AccountError, match="no account named 'ghost'"):
        index.rename("ghost", "x")
    with pytest.raises(AccountError, match="no account named 'ghost'"):
        index.remove("ghost")


def test_removed_accounts_are_gone_after_a_relaunch(paths):
    index = AccountIndex(paths.config)
    index.add(Account(name="a", kind="bearer"))
    index.remove("a")
    assert AccountIndex(paths.config).list() == []


def test_writes_leave_only_the_index_file_behind(paths):
    index = AccountIndex(paths.config)
    for n in range(5):
        index.add(Account(name=f"a{n}", kind="bearer"))
    assert [p.name for p in paths.config.iterdir() if p.is_file()] == ["accounts.json"]
    assert json.loads(index.path.read_text())["format_version"] == 1


@pytest.mark.parametrize("damage", ["{not json", '{"accounts": 3}', '{"accounts": [{"name": "x"}]}',
                                    '{"accounts": [{"name": "x", "kind": "oauth9"}]}', "[]"])
def test_a_corrupt_index_is_kept_aside_and_the_app_starts_with_a_clear_message(paths, damage):
    (paths.config / "accounts.json").write_text(damage)
    index = AccountIndex(paths.config)  # does not raise
    assert index.list() == []
    assert "damaged" in index.problem and "accounts.json.corrupt-" in index.problem
    kept = list(paths.config.glob("accounts.json.corrupt-*"))
    assert [p.read_text() for p in kept] == [damage]
    index.add(Account(name="fresh", kind="bearer"))
    assert [a.name for a in AccountIndex(paths.config).list()] == ["fresh"]
