"""The form of one account: name, kind, base URLs and the secrets its kind signs with.

Stored secrets are never shown again: their fields stay empty with "saved" as placeholder, and
what the user types replaces only the secrets typed. Typed text is masked once the field
loses focus.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...core.endpoint import AUTH_KINDS, BEARER, OAUTH1_USER, OAUTH2_USER
from ...credentials.account import (DEFAULT_API_BASE_URL, DEFAULT_BASE_URL, SECRET_FIELDS, Account,
                                   Secrets)

# Marked here, translated when shown (self.tr).
KIND_TITLES = {
    OAUTH1_USER: QT_TRANSLATE_NOOP("AccountForm", "OAuth 1.0a user context (consumer key + user "
                                                  "tokens; PIN login)"),
    BEARER: QT_TRANSLATE_NOOP("AccountForm", "App-only bearer token (public metrics on totals)"),
    OAUTH2_USER: QT_TRANSLATE_NOOP("AccountForm", "OAuth 2.0 user access token (X API v2)"),
}
SECRET_LABELS = {"consumer_key": QT_TRANSLATE_NOOP("AccountForm", "Consumer key"),
                 "consumer_secret": QT_TRANSLATE_NOOP("AccountForm", "Consumer secret"),
                 "access_token": QT_TRANSLATE_NOOP("AccountForm", "Access token"),
                 "access_token_secret": QT_TRANSLATE_NOOP("AccountForm", "Access token secret"),
                 "bearer_token": QT_TRANSLATE_NOOP("AccountForm", "Bearer token")}
# The secrets each kind's form asks for: what it signs with, plus what can fetch those.
FIELDS_FOR = {
    OAUTH1_USER: ("consumer_key", "consumer_secret", "access_token", "access_token_secret"),
    BEARER: ("consumer_key", "consumer_secret", "bearer_token"),
    OAUTH2_USER: ("bearer_token",),
}


class AccountForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._stored = Secrets()
        self.sandbox = False
        self.user_id: str | None = None
        self.screen_name: str | None = None
        self.name = QLineEdit()
        self.name.setObjectName("accountName")
        self.kind = QComboBox()
        self.kind.setObjectName("accountKind")
        for kind in AUTH_KINDS:
            self.kind.addItem(self.tr(KIND_TITLES[kind]), kind)
        self.base_url = QLineEdit(DEFAULT_BASE_URL)
        self.base_url.setToolTip(self.tr("The enterprise Engagement API (data-api.x.com)."))
        self.api_base_url = QLineEdit(DEFAULT_API_BASE_URL)
        self.api_base_url.setToolTip(self.tr("X API v2 and the token endpoints (api.x.com)."))
        self.user = QLabel("—")
        self.user.setObjectName("accountUser")
        self.secrets: dict[str, QLineEdit] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.addRow(self.tr("Name"), self.name)
        self.layout_.addRow(self.tr("Kind"), self.kind)
        self.layout_.addRow(self.tr("Engagement API URL"), self.base_url)
        self.layout_.addRow(self.tr("X API URL"), self.api_base_url)
        self.layout_.addRow(self.tr("User"), self.user)
        for field in SECRET_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"secret:{field}")
            edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
            edit.textEdited.connect(lambda _: self.edited.emit())
            self.secrets[field] = edit
            self.layout_.addRow(self.tr(SECRET_LABELS[field]), edit)
        for widget in (self.name, self.base_url, self.api_base_url):
            widget.textEdited.connect(lambda _: self.edited.emit())
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.clear()

    def clear(self) -> None:
        self.load(None, Secrets())

    def load(self, account: Account | None, stored: Secrets) -> None:
        """Show `account` (None: a new one) with placeholders for the secrets it has stored."""
        self._stored = stored
        self.sandbox = bool(account and account.sandbox)
        # Set from the command line only (`accounts add --allow-insecure-http`); kept on Save.
        self.allow_insecure_http = bool(account and account.allow_insecure_http)
        self.user_id = account.user_id if account else None
        self.screen_name = account.screen_name if account else None
        self.name.setText(account.name if account else "")
        self.kind.setCurrentIndex(self.kind.findData(account.kind if account else OAUTH1_USER))
        # A sandbox account's URLs are the running sandbox's; the stored ones are never used.
        self._stored_urls = ((account.base_url, account.api_base_url) if account
                             else (DEFAULT_BASE_URL, DEFAULT_API_BASE_URL))
        for edit, url in zip((self.base_url, self.api_base_url), self._stored_urls):
            edit.setText("" if self.sandbox else url)
            edit.setPlaceholderText(self.tr("the built-in sandbox (in-process)") if self.sandbox
                                    else "")
        for edit in (self.base_url, self.api_base_url, self.kind):
            edit.setEnabled(not self.sandbox)
        self.set_user(self.user_id, self.screen_name)
        for field, edit in self.secrets.items():
            edit.clear()
            edit.setPlaceholderText(self.tr("saved — type to replace") if getattr(stored, field)
                                    else self.tr("not set"))
        self._kind_changed()

    def set_user(self, user_id: str | None, screen_name: str | None) -> None:
        self.user_id, self.screen_name = user_id, screen_name
        if self.sandbox:
            self.user.setText(
                self.tr("@{handle} (sandbox demo account, in-process)").format(handle=screen_name)
                if screen_name else self.tr("sandbox demo account (in-process)"))
        else:
            self.user.setText(
                self.tr("@{handle} (user {id})").format(handle=screen_name, id=user_id)
                if screen_name else self.tr("— (known after a PIN login)")
                if self.kind_value() == OAUTH1_USER else "—")

    def kind_value(self) -> str:
        return self.kind.currentData()

    def account(self) -> Account:
        """The account as the form says (raises AccountError with what to fix)."""
        base, api = (self._stored_urls if self.sandbox
                     else (self.base_url.text(), self.api_base_url.text()))
        return Account(name=self.name.text(), kind=self.kind_value(), base_url=base,
                       api_base_url=api,
                       user_id=self.user_id, screen_name=self.screen_name,
                       sandbox=self.sandbox, allow_insecure_http=self.allow_insecure_http)

    def typed_secrets(self) -> Secrets:
        """Only what the user typed now, for the current kind's fields."""
        wanted = FIELDS_FOR[self.kind_value()]
        return Secrets(**{f: self.secrets[f].text().strip() for f in wanted
                          if self.secrets[f].text().strip()})

    def secrets_to_store(self) -> Secrets:
        return self._stored.merged(self.typed_secrets())

    def _kind_changed(self) -> None:
        wanted = FIELDS_FOR[self.kind_value()]
        for field, edit in self.secrets.items():
            self.layout_.setRowVisible(edit, field in wanted)
        self.set_user(self.user_id, self.screen_name)
        self.edited.emit()
