"""The accounts dialog: add, edit, remove; secrets go to the store and are never shown again."""
from PySide6.QtWidgets import QMessageBox

from engagement_desktop.credentials.account import Account, Secrets
from engagement_desktop.runner.tokens import Tokens
from engagement_desktop.gui.accounts.accounts_dialog import AccountsDialog
from engagement_desktop.transport.client import HttpClient


def make_dialog(qtbot, store, test_connection=lambda name: f"{name}: connected"):
    dialog = AccountsDialog(store, test_connection, Tokens(HttpClient()))
    qtbot.addWidget(dialog)
    return dialog


def test_adding_an_oauth1_account_stores_its_secrets_and_masks_them_afterwards(qtbot, store):
    dialog = make_dialog(qtbot, store)
    form = dialog.form
    form.name.setText("brand")
    form.kind.setCurrentIndex(form.kind.findData("oauth1-user"))
    for field, value in (("consumer_key", "ck-1"), ("consumer_secret", "cs-1"),
                         ("access_token", "at-1"), ("access_token_secret", "ats-1")):
        form.secrets[field].setText(value)
    with qtbot.waitSignal(dialog.accounts_changed):
        dialog.save_button.click()
    assert [a.name for a in store.list()] == ["brand"]
    assert store.secrets("brand").access_token_secret == "ats-1"
    shown = form.secrets["access_token"]
    assert shown.text() == "" and shown.placeholderText().startswith("saved")
    assert "Saved 'brand'" in dialog.message.text()


def test_each_kind_asks_only_for_the_secrets_it_signs_with(qtbot, store):
    dialog = make_dialog(qtbot, store)
    form = dialog.form
    dialog.show()
    form.kind.setCurrentIndex(form.kind.findData("oauth2-user"))
    visible = [f for f, edit in form.secrets.items() if edit.isVisible()]
    assert visible == ["bearer_token"]
    assert not dialog.pin_button.isVisible()
    form.kind.setCurrentIndex(form.kind.findData("oauth1-user"))
    assert dialog.pin_button.isVisible()


def test_editing_keeps_stored_secrets_the_user_did_not_retype(qtbot, store):
    store.add(Account("app", "bearer"), Secrets(consumer_key="ck", consumer_secret="cs",
                                               bearer_token="old"))
    dialog = make_dialog(qtbot, store)
    dialog.form.secrets["bearer_token"].setText("new")
    dialog.save_button.click()
    assert store.secrets("app") == Secrets(consumer_key="ck", consumer_secret="cs",
                                           bearer_token="new")


def test_a_bad_account_name_is_explained_and_nothing_is_saved(qtbot, store):
    dialog = make_dialog(qtbot, store)
    dialog.form.name.setText("auto")
    dialog.save_button.click()
    assert store.list() == []
    assert "reserved" in dialog.message.text()


def test_removing_an_account_after_confirming_deletes_it_and_its_secrets(qtbot, store, monkeypatch):
    store.add(Account("old", "oauth2-user"), Secrets(bearer_token="t"))
    dialog = make_dialog(qtbot, store)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove_selected()
    assert store.list() == []
    assert store.secret_store.get("old") == Secrets()


def test_dialog_names_the_keyring_backend_and_warns_secrets_are_session_only(qtbot, store):
    dialog = make_dialog(qtbot, store)
    text = dialog.keyring.text()
    assert store.secret_store.backend_name in text
    assert "this session only" in text


def test_test_connection_runs_in_the_background_and_shows_the_answer(qtbot, store):
    store.add(Account("app", "bearer"), Secrets(bearer_token="t"))
    dialog = make_dialog(qtbot, store, test_connection=lambda name: f"'{name}' works.")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "'app' works.", timeout=5000)
    assert dialog.test_button.isEnabled()


def test_renaming_a_sandbox_account_keeps_it_a_sandbox_account_with_its_secrets(qtbot, store):
    store.add(Account("demo-app", "bearer", sandbox=True), Secrets(bearer_token="demo"))
    dialog = make_dialog(qtbot, store)
    assert dialog.form.base_url.placeholderText().startswith("the built-in sandbox")
    dialog.form.name.setText("demo-app-2")
    dialog.save_button.click()
    renamed = store.get("demo-app-2")
    assert renamed.sandbox and store.secrets("demo-app-2").bearer_token == "demo"


def test_plain_http_to_another_computer_is_refused_on_save_with_the_reason(qtbot, store):
    dialog = make_dialog(qtbot, store)
    form = dialog.form
    form.name.setText("far")
    form.kind.setCurrentIndex(form.kind.findData("bearer"))
    form.base_url.setText("http://192.0.2.10")
    dialog.save_button.click()
    assert "plain http:// to 192.0.2.10" in dialog.message.text()
    assert store.list() == []


def test_an_account_allowed_plain_http_keeps_the_setting_when_saved_again(qtbot, store):
    store.add(Account("far", "bearer", base_url="http://192.0.2.10",
                      api_base_url="http://192.0.2.10", allow_insecure_http=True),
              Secrets(bearer_token="far-token"))
    dialog = make_dialog(qtbot, store)
    dialog.form.secrets["bearer_token"].setText("new-far-token")
    with qtbot.waitSignal(dialog.accounts_changed):
        dialog.save_button.click()
    assert store.get("far").allow_insecure_http
    assert store.secrets("far").bearer_token == "new-far-token"
