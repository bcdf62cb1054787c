"""Getting tokens for an account from the Accounts dialog: an app-only bearer token for the
consumer key and secret, or a user's tokens through a PIN login. Each network call runs in the
background; what comes back is stored on the account that asked, even if another is shown now."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from ...credentials.account import Account, Secrets
from ...runner.tokens import PinFlow
from ...errors import AppError
from ..common.slot_guard import guarded

# AccountError, TokenError, SecretStoreError, ConnectionFailed; a full disk
EXPECTED = (AppError, OSError)


class TokenLogins:
    """The token half of AccountsDialog (a mixin: it uses the dialog's store, form and message)."""

    @guarded(QT_TRANSLATE_NOOP("Doing", "getting a bearer token"))
    def get_bearer(self) -> None:
        self._with_consumer_keys(
            self.tr("Get bearer token"), self.tr("Asking for an app-only bearer token…"),
            self._tokens.app_bearer,
            lambda name, token: self._store_secrets(
                name, Secrets(bearer_token=token),
                self.tr("Stored a new app-only bearer token for '{name}'.").format(name=name)))

    @guarded(QT_TRANSLATE_NOOP("Doing", "starting the PIN login"))
    def start_pin(self) -> None:
        self._with_consumer_keys(self.tr("Log in with PIN"), self.tr("Asking X for a login link…"),
                                 self._tokens.start_pin, self._pin_started)

    def _with_consumer_keys(self, button: str, doing: str, call, on_done) -> None:
        """Save, then `call(api_base_url, consumer_key, consumer_secret, allow_insecure_http=…)`
        in the background; `on_done(name, result)` gets the name of this account, shown or not
        by then."""
        if not self.save():
            return
        name = self._selected
        account, secrets = self._resolved(), self.store.secrets(name)
        if not (secrets.consumer_key and secrets.consumer_secret):
            self._say(self.tr("Type the app's consumer key and secret first, then press "
                              "{button}.").format(button=button), error=True)
            return
        self._busy(doing)
        self.background.call(lambda: call(account.api_base_url, secrets.consumer_key,
                                          secrets.consumer_secret,
                                          allow_insecure_http=account.allow_insecure_http),
                             lambda result: on_done(name, result), self._failed)

    def _pin_started(self, name: str, flow: PinFlow) -> None:
        if name != self._selected:  # the user went to another account meanwhile
            self._say(self.tr("The PIN login of '{name}' was dropped when you selected another "
                              "account.").format(name=name))
            self._update_buttons()
            return
        self._flow = flow
        self.pin_box.begin(flow.authorize_url)
        self._say(self.tr("Waiting for the PIN…"))
        self._update_buttons()
        QDesktopServices.openUrl(QUrl(flow.authorize_url))

    @guarded(QT_TRANSLATE_NOOP("Doing", "finishing the PIN login"))
    def finish_pin(self) -> None:
        if self._flow is None or self.background.busy:  # e.g. Enter pressed twice: one try
            return
        name, flow, pin = self._selected, self._flow, self.pin.text()
        self._busy(self.tr("Checking the PIN…"))
        self.background.call(lambda: self._tokens.finish_pin(flow, pin),
                             lambda user: self._pin_finished(name, user), self._failed)

    def _pin_finished(self, name: str, user) -> None:
        if name == self._selected:
            self._end_pin()
        self._store_secrets(name, Secrets(access_token=user.access_token,
                                          access_token_secret=user.access_token_secret),
                            self.tr("Logged in '{name}' as @{handle}.").format(
                                name=name, handle=user.screen_name),
                            user_id=user.user_id, screen_name=user.screen_name)

    def _store_secrets(self, name: str, secrets: Secrets, said: str, **identity) -> None:
        """Add `secrets` (and, from a PIN login, the user's identity) to the account `name` that
        asked for them, even when the user has selected another account since."""
        if self.store.get(name) is None:
            self._say(self.tr("'{name}' was removed meanwhile, so nothing was stored.").format(
                name=name), error=True)
            return
        try:
            merged = self.store.secrets(name).merged(secrets)
            account = replace(self.store.get(name), **identity)
            self.store.update(account, merged)
        except EXPECTED as error:
            self._failed(error)
            return
        if name == self._selected:
            self.reload(select=name)
        else:  # leave the account shown, and whatever is typed in it, alone
            self.list.item(self._names.index(name)).setText(account_label(account))
            self._update_buttons()
        self._say(said)
        self.accounts_changed.emit()


def account_label(account: Account) -> str:
    handle = f" @{account.screen_name}" if account.screen_name else ""
    where = QCoreApplication.translate("AccountsDialog", " · sandbox") if account.sandbox else ""
    return f"{account.name}{handle}\n{account.kind}{where}"
