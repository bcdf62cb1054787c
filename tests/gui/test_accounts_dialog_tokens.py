"""The accounts dialog's token buttons against the real sandbox: "Log in with PIN…" (with the
user reading the PIN off the sandbox's authorize page) and "Get bearer token".

No browser is ever launched: QDesktopServices.openUrl is replaced by a recorder, and the test
plays the browser with requests."""
import re

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from engagement_desktop.core.endpoint import BEARER, OAUTH1_USER
from engagement_desktop.credentials.account import Account, Secrets
from engagement_desktop.gui.accounts.accounts_dialog import AccountsDialog
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.runner.service import RunService
from engagement_desktop.sandbox import accounts as demo
from engagement_desktop.sandbox.server import SandboxServer

WAIT_MS = 10_000  # a bound for one round trip to the local sandbox, never a timing claim


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer() as server:
        yield server


@pytest.fixture(autouse=True)
def opened_urls(monkeypatch) -> list[str]:
    """The addresses the dialog asked the desktop to open (in a browser that never starts)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: urls.append(url.toString()) or True)
    return urls


@pytest.fixture
def service(paths, store, sandbox):
    """The run service as the app builds it: its connection test and token flows."""
    runs = RunService(paths, load_registry(paths), store, UsageLedger(paths.data),
                      sandbox_base_url=sandbox.base_url)
    yield runs
    runs.close()


def make_dialog(qtbot, store, sandbox, service) -> AccountsDialog:
    """The dialog as the main window builds it, with the app's real connection test."""
    dialog = AccountsDialog(store, service.test_connection, service.tokens, sandbox.base_url)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def add_remote(store, sandbox, name: str, kind: str, **secrets) -> None:
    """An account of ours (not a sandbox demo account) whose URLs are the sandbox's."""
    store.add(Account(name, kind, base_url=sandbox.base_url, api_base_url=sandbox.base_url),
              Secrets(**secrets))


def add_app(store, sandbox, consumer_secret: str = demo.CONSUMER_SECRET) -> None:
    """'app': a bearer account with the sandbox demo app's consumer key, no token yet."""
    add_remote(store, sandbox, "app", BEARER, consumer_key=demo.CONSUMER_KEY,
               consumer_secret=consumer_secret)


def add_app_user(store, sandbox, consumer_secret: str = demo.CONSUMER_SECRET) -> None:
    """'me': an OAuth 1.0a user account of the sandbox's demo app, not logged in yet."""
    add_remote(store, sandbox, "me", OAUTH1_USER, consumer_key=demo.CONSUMER_KEY,
               consumer_secret=consumer_secret)


def pin_from_authorize_page(url: str, screen_name: str) -> str:
    """The user in the browser: opens the page, picks whom to sign in as, authorizes, reads
    the PIN."""
    form = requests.get(url, timeout=10).text
    fields = {"oauth_token": re.search(r"name='oauth_token' value='([^']+)'", form).group(1),
              "user": re.search(rf"value='(\d+)'[^>]*> @{screen_name}<", form).group(1)}
    authorized = requests.post(url, data=fields, timeout=10).text
    return re.search(r"id='pin'[^>]*>(\d+)<", authorized).group(1)


def type_pin_and_press_enter(qtbot, dialog, pin: str) -> None:
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)


def wait_for_message(qtbot, dialog, text: str) -> None:
    """Wait until the dialog's message line says `text` (the end of a background call)."""
    def said() -> None:
        assert text in dialog.message.text()
    qtbot.waitUntil(said, timeout=WAIT_MS)


def start_pin_login(qtbot, dialog, opened_urls) -> str:
    """Press "Log in with PIN…" and wait for the authorize address it opens."""
    assert dialog.pin_button.isVisible()
    dialog.pin_button.click()
    qtbot.waitUntil(lambda: len(opened_urls) == 1, timeout=WAIT_MS)
    return opened_urls[0]


def pin_login_started(qtbot, store, sandbox, service,
                      opened_urls) -> tuple[AccountsDialog, str]:
    """The dialog on 'me', its PIN login started; and the authorize address it opened."""
    add_app_user(store, sandbox)
    dialog = make_dialog(qtbot, store, sandbox, service)
    return dialog, start_pin_login(qtbot, dialog, opened_urls)


def select(dialog, name: str) -> None:
    """Click the account `name` in the list (each row starts with the account's name)."""
    names = [dialog.list.item(row).text().split()[0] for row in range(dialog.list.count())]
    dialog.list.setCurrentRow(names.index(name))


def no_message_box_open() -> bool:
    return not any(isinstance(w, QMessageBox) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_pin_login_opens_the_authorize_page_and_stores_the_users_tokens_and_handle(
        qtbot, store, sandbox, service, opened_urls):
    dialog = make_dialog(qtbot, store, sandbox, service)
    form = dialog.form
    form.name.setText("me")
    form.kind.setCurrentIndex(form.kind.findData(OAUTH1_USER))
    for edit in (form.base_url, form.api_base_url):
        edit.setText(sandbox.base_url)
    form.secrets["consumer_key"].setText(demo.CONSUMER_KEY)
    form.secrets["consumer_secret"].setText(demo.CONSUMER_SECRET)

    url = start_pin_login(qtbot, dialog, opened_urls)
    assert url.startswith(f"{sandbox.base_url}/oauth/authorize?oauth_token=")
    assert url in dialog.pin_url.text() and dialog.pin.isVisible()
    assert dialog.message.text() == "Waiting for the PIN…"

    type_pin_and_press_enter(qtbot, dialog, pin_from_authorize_page(url, "demo_creator"))
    wait_for_message(qtbot, dialog, "Logged in 'me' as @demo_creator.")
    assert dialog.isVisible() and form.name.text() == "me"  # Enter pressed no other button
    token, token_secret = demo.access_token_of(2)
    assert store.secrets("me") == Secrets(consumer_key=demo.CONSUMER_KEY,
                                          consumer_secret=demo.CONSUMER_SECRET,
                                          access_token=token, access_token_secret=token_secret)
    account = store.get("me")
    assert (account.user_id, account.screen_name) == ("1600000000000000003", "demo_creator")
    assert "@demo_creator" in form.user.text() and "@demo_creator" in dialog.list.item(0).text()
    assert form.secrets["access_token"].placeholderText().startswith("saved")
    assert not dialog.pin.isVisible() and no_message_box_open()

    dialog.test_button.click()
    wait_for_message(qtbot, dialog, f"Connected: {sandbox.base_url} accepted the credentials")


def test_a_wrong_pin_is_explained_stores_nothing_and_the_right_one_still_works(
        qtbot, store, sandbox, service, opened_urls):
    dialog, url = pin_login_started(qtbot, store, sandbox, service, opened_urls)
    pin = pin_from_authorize_page(url, "demo_analyst")

    type_pin_and_press_enter(qtbot, dialog, str((int(pin) + 1) % 10**7).zfill(7))
    wait_for_message(qtbot, dialog, "PIN was not accepted")
    assert store.secrets("me").access_token is None and store.get("me").screen_name is None
    assert dialog.pin.isVisible() and dialog.pin_button.isEnabled() and no_message_box_open()

    type_pin_and_press_enter(qtbot, dialog, pin)
    wait_for_message(qtbot, dialog, "Logged in 'me' as @demo_analyst.")
    assert store.secrets("me").access_token == demo.access_token_of(1)[0]


def test_an_empty_pin_asks_for_the_pin_without_asking_the_server(
        qtbot, store, sandbox, service, opened_urls):
    dialog, _ = pin_login_started(qtbot, store, sandbox, service, opened_urls)
    asked = sandbox.stats["requests"]
    type_pin_and_press_enter(qtbot, dialog, "  ")
    wait_for_message(qtbot, dialog, "Type the PIN")
    assert sandbox.stats["requests"] == asked and dialog.pin.isVisible()


def test_pressing_enter_twice_on_the_pin_logs_in_once_and_says_so(
        qtbot, store, sandbox, service, opened_urls):
    dialog, url = pin_login_started(qtbot, store, sandbox, service, opened_urls)
    type_pin_and_press_enter(qtbot, dialog, pin_from_authorize_page(url, "demo_owner"))
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    wait_for_message(qtbot, dialog, "Logged in 'me' as @demo_owner.")
    assert not dialog.background.busy  # no second try under way, to be refused
    assert store.get("me").screen_name == "demo_owner"


def test_pin_login_with_a_wrong_consumer_secret_is_explained_and_opens_no_page(
        qtbot, store, sandbox, service, opened_urls):
    add_app_user(store, sandbox, consumer_secret="not-the-secret")
    dialog = make_dialog(qtbot, store, sandbox, service)
    dialog.pin_button.click()
    wait_for_message(qtbot, dialog, "consumer key or secret was refused")
    assert opened_urls == [] and not dialog.pin.isVisible() and no_message_box_open()
    assert store.secrets("me").access_token is None


def test_get_bearer_token_stores_the_apps_token_and_the_connection_test_passes(
        qtbot, store, sandbox, service):
    add_app(store, sandbox)
    dialog = make_dialog(qtbot, store, sandbox, service)
    assert dialog.bearer_button.isVisible() and not dialog.pin_button.isVisible()
    with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS):  # the Save before asking
        dialog.bearer_button.click()
    wait_for_message(qtbot, dialog, "Stored a new app-only bearer token for 'app'.")
    assert store.secrets("app").bearer_token == demo.APP_BEARER
    assert dialog.form.secrets["bearer_token"].placeholderText().startswith("saved")

    dialog.test_button.click()
    wait_for_message(qtbot, dialog, f"Connected: {sandbox.base_url} accepted the credentials")


def test_get_bearer_token_with_a_wrong_consumer_secret_is_explained_and_stores_nothing(
        qtbot, store, sandbox, service):
    add_app(store, sandbox, consumer_secret="not-the-secret")
    dialog = make_dialog(qtbot, store, sandbox, service)
    dialog.bearer_button.click()
    wait_for_message(qtbot, dialog, "consumer key or secret was refused (HTTP 403")
    assert "Traceback" not in dialog.message.text() and no_message_box_open()
    assert store.secrets("app").bearer_token is None
    assert dialog.bearer_button.isEnabled() and dialog.save_button.isEnabled()


def test_a_bearer_token_arriving_after_switching_accounts_goes_to_the_account_that_asked(
        qtbot, store, sandbox, service):
    add_app(store, sandbox)
    add_remote(store, sandbox, "other", BEARER, bearer_token="other-token")
    dialog = make_dialog(qtbot, store, sandbox, service)
    select(dialog, "app")
    dialog.bearer_button.click()
    # The answer is queued to the GUI thread, so the switch always happens before it lands.
    select(dialog, "other")
    wait_for_message(qtbot, dialog, "Stored a new app-only bearer token for 'app'.")
    assert store.secrets("app").bearer_token == demo.APP_BEARER
    assert store.secrets("other").bearer_token == "other-token"
    assert dialog.form.name.text() == "other"


def test_user_tokens_arriving_after_switching_accounts_go_to_the_account_that_logged_in(
        qtbot, store, sandbox, service, opened_urls):
    add_app_user(store, sandbox)
    add_remote(store, sandbox, "other", BEARER, bearer_token="other-token")
    dialog = make_dialog(qtbot, store, sandbox, service)
    select(dialog, "me")
    url = start_pin_login(qtbot, dialog, opened_urls)
    type_pin_and_press_enter(qtbot, dialog, pin_from_authorize_page(url, "demo_owner"))
    select(dialog, "other")
    wait_for_message(qtbot, dialog, "Logged in 'me' as @demo_owner.")
    assert store.secrets("me").access_token == demo.access_token_of(0)[0]
    assert store.get("me").screen_name == "demo_owner"
    assert store.secrets("other") == Secrets(bearer_token="other-token")
    assert store.get("other").screen_name is None and dialog.form.name.text() == "other"


def test_a_pin_login_left_for_another_account_before_the_page_opened_opens_nothing(
        qtbot, store, sandbox, service, opened_urls):
    add_app_user(store, sandbox)
    add_remote(store, sandbox, "other", OAUTH1_USER)
    dialog = make_dialog(qtbot, store, sandbox, service)
    select(dialog, "me")
    dialog.pin_button.click()
    select(dialog, "other")
    wait_for_message(qtbot, dialog, "The PIN login of 'me' was dropped")
    assert opened_urls == [] and not dialog.pin.isVisible()
    assert dialog.pin_button.isEnabled()
