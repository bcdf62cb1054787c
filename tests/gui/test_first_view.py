"""A real account's first view (issue 14, item 9): after `accounts add` of a real account, the
first start's example workspace names accounts that exist, and says it is a sandbox demo."""
import keyring.backends.fail

from engagement_desktop.app import build
from engagement_desktop.credentials.account import Account, Secrets
from engagement_desktop.credentials.secret_store import SecretStore
from engagement_desktop.credentials.store import AccountStore
from engagement_desktop.paths import AppPaths


def test_the_first_example_runs_on_the_sandbox_demo_account_beside_a_real_account(
        qtbot, tmp_path, monkeypatch):
    home = tmp_path / "home"
    store = AccountStore(AppPaths.under(home).ensure().config,
                         SecretStore(keyring.backends.fail.Keyring()))
    store.add(Account("mine", "bearer"), Secrets(bearer_token="t"))  # as `accounts add` does
    _app, window, stop = build(["--home", str(home)])
    try:
        editor = window.workbench.editor
        label = editor.account.currentText()
        assert editor.account.currentData() == "demo-app"
        assert "no such account" not in label and "sandbox demo" in label
        assert editor.account.findData("mine") >= 0  # the real account is offered too
        assert not window.workbench.banner.isVisible()  # not demo-only: a real account exists
        summary = window.workbench.preview.summarize(editor.query())
        assert not summary.problems
    finally:
        window.workbench.files.dirty = False
        window.close()
        stop()
