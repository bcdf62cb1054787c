import errno
import json
import os

import pytest

from engagement_desktop.credentials.account import Account, AccountError
from engagement_desktop.credentials.index import AccountIndex, AccountListError


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


DAMAGE = {
    "not-json": (b"{not json", "it is not valid JSON"),
    "not-text": (bytes(range(128, 256)), "it is not valid JSON"),
    "nested-too-deep": (b"[" * 100_000, "it is not valid JSON"),
    "a-list-not-an-object": (b"[]", "it has no list of accounts"),
    "no-accounts-key": (b'{"format_version": 1}', "it has no list of accounts"),
    "accounts-is-a-number": (b'{"accounts": 3}', "it has no list of accounts"),
    "account-is-a-number": (b'{"accounts": [3]}', "account 1 is not a set of named fields"),
    "account-without-name": (b'{"accounts": [{"kind": "bearer"}]}', "account 1 has no name"),
    "second-account-without-kind": (b'{"accounts": [{"name": "a", "kind": "bearer"}, '
                                    b'{"name": "x"}]}', "account 2 has no kind"),
    "unknown-kind": (b'{"accounts": [{"name": "x", "kind": "oauth9"}]}',
                     "account 1 cannot be used: 'oauth9' is not an account kind"),
}


@pytest.mark.parametrize("damage, reason", [pytest.param(*v, id=k) for k, v in DAMAGE.items()])
def test_a_damaged_index_is_kept_aside_and_the_message_says_what_is_wrong_in_plain_words(
        paths, damage, reason):
    (paths.config / "accounts.json").write_bytes(damage)
    index = AccountIndex(paths.config)  # does not raise
    assert index.list() == []
    [kept] = paths.config.glob("accounts.json.corrupt-*")
    assert kept.read_bytes() == damage
    assert index.problem.startswith(f"The account list was damaged ({reason}")
    assert f"it was kept as {kept} and the app starts with no accounts" in index.problem
    index.add(Account(name="fresh", kind="bearer"))
    assert [a.name for a in AccountIndex(paths.config).list()] == ["fresh"]


def test_a_folder_in_place_of_the_index_is_refused_in_plain_words_and_left_alone(paths):
    (paths.config / "accounts.json").mkdir()
    with pytest.raises(AccountListError) as refused:
        AccountIndex(paths.config)
    assert str(refused.value) == (f"The account list {paths.config / 'accounts.json'} cannot be "
                                  "read: it is a folder, not a file. Move or rename that folder "
                                  "and start again.")
    assert (paths.config / "accounts.json").is_dir()


def test_a_save_that_fails_on_a_full_disk_says_so_and_keeps_the_old_list(paths, monkeypatch):
    index = AccountIndex(paths.config)
    index.add(Account(name="old", kind="bearer"))

    def disk_full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(AccountListError, match="cannot be saved: the disk is full. Free some"):
        index.add(Account(name="new", kind="bearer"))
    assert [a.name for a in index.list()] == ["old"]
    assert [p.name for p in paths.config.iterdir() if p.is_file()] == ["accounts.json"]  # no temp
