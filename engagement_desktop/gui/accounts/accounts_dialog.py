"""Accounts: add, edit, remove; test the connection; log in with a PIN; get a bearer token.

Secrets go to the account store (the OS keyring) and are never shown again. The footer says
which keyring backend holds them, and warns when they will only last this session. Every
network call runs in the background, so the dialog never freezes.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from ...core.endpoint import BEARER, OAUTH1_USER
from ...credentials.account import Account, Secrets
from ...runner.tokens import PinFlow, Tokens
from .account_form import AccountForm
from .pin_box import PinBox
from .token_logins import EXPECTED, TokenLogins, account_label
from ..common.background import Background
from ..common.slot_guard import guarded
from ..common.vocabulary import said, said_error


class AccountsDialog(TokenLogins, QDialog):
    accounts_changed = Signal()

    def __init__(self, store, test_connection: Callable[[str], str], tokens: Tokens,
                 sandbox_url: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(900, 560)
        self.store = store
        self._test_connection = test_connection  # Qt-free, asked in the background
        self._tokens = tokens
        self._sandbox_url = sandbox_url
        self._selected: str | None = None  # name of the account shown; None: a new one
        self._flow: PinFlow | None = None
        self.background = Background(self)

        left = self._list_side()
        self.form = AccountForm()
        self.form.kind.currentIndexChanged.connect(lambda _: self._update_buttons())
        actions = self._action_row()
        self.pin_box = PinBox()
        self.pin, self.pin_url = self.pin_box.field, self.pin_box.url
        self.pin_box.finish_requested.connect(lambda: self.finish_pin())

        self.message = QLabel()
        self.message.setObjectName("accountMessage")
        self.message.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addLayout(actions)
        right.addWidget(self.pin_box)
        right.addWidget(self.message)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        self.keyring = QLabel()
        self.keyring.setObjectName("keyringInfo")
        self.keyring.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.keyring)
        layout.addWidget(close)
        # Enter belongs to the PIN field: an auto-default button would be pressed by it too
        # ("Add" dropped the login under way, "Close" closed the dialog).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._show_keyring()
        self.reload()

    def _list_side(self) -> QVBoxLayout:
        """The account list with Add and Remove under it."""
        self.list = QListWidget()
        self.list.setObjectName("accountList")
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(lambda _: self._show_selected())
        add, remove = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self.new_account())
        remove.clicked.connect(lambda: self.remove_selected())
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(add)
        left_buttons.addWidget(remove)
        left.addLayout(left_buttons)

        return left

    def _action_row(self) -> QHBoxLayout:
        """Save, Test connection, and the token buttons of the form's account kind."""
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveAccount")
        self.save_button.clicked.connect(lambda: self.save())
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(lambda: self.test())
        self.pin_button = QPushButton(self.tr("Log in with PIN…"))
        self.pin_button.setToolTip(self.tr("Opens X's authorize page in your browser; type the "
                                           "PIN it shows below."))
        self.pin_button.clicked.connect(lambda: self.start_pin())
        self.bearer_button = QPushButton(self.tr("Get bearer token"))
        self.bearer_button.setToolTip(
            self.tr("Trades the consumer key and secret for an app-only token."))
        self.bearer_button.clicked.connect(lambda: self.get_bearer())
        actions = QHBoxLayout()
        for button in (self.save_button, self.test_button, self.pin_button, self.bearer_button):
            actions.addWidget(button)
        actions.addStretch(1)

        return actions

    # -- list ---------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        accounts = self.store.list()
        self.list.blockSignals(True)
        self.list.clear()
        for account in accounts:
            self.list.addItem(account_label(account))
        self.list.blockSignals(False)
        names = [a.name for a in accounts]
        self._names = names
        row = names.index(select) if select in names else (0 if names else -1)
        self.list.setCurrentRow(row)
        if row < 0:
            self.new_account()
        else:
            self._show_selected()

    def _show_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._names):
            return
        self._selected = self._names[row]
        account = self.store.get(self._selected)
        self.form.load(account, self._stored(self._selected))
        self._end_pin()
        self._say("")
        self._update_buttons()

    def _stored(self, name: str) -> Secrets:
        try:
            return self.store.secrets(name)
        except EXPECTED as error:
            self._say(said_error(error), error=True)
            return Secrets()

    @guarded(QT_TRANSLATE_NOOP("Doing", "starting a new account"))
    def new_account(self) -> None:
        self._selected = None
        self.list.clearSelection()
        self.form.clear()
        self._end_pin()
        self._say(self.tr("Fill in the new account and press Save."))
        self._update_buttons()
        self.form.name.setFocus()

    # -- saving -------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("Doing", "saving the account"))
    def save(self) -> bool:
        try:
            account = self.form.account()
            secrets = self.form.secrets_to_store()
            if self._selected is None:
                self.store.add(account, secrets)
            else:
                if account.name != self._selected:
                    self.store.rename(self._selected, account.name)
                self.store.update(account, secrets)
        except EXPECTED as error:
            self._say(said_error(error), error=True)
            return False
        self.reload(select=account.name)
        missing = secrets.missing_for(account.kind)
        said = self.tr("Saved '{name}'.").format(name=account.name)
        if missing:
            said += " " + self.tr("It still needs: {secrets}.").format(secrets=", ".join(missing))
        self._say(said)
        self.accounts_changed.emit()
        return True

    @guarded(QT_TRANSLATE_NOOP("Doing", "removing the account"))
    def remove_selected(self) -> None:
        if self._selected is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove account"),
            self.tr("Remove '{name}' and delete its secrets from the keyring? Queries that use "
                    "it will ask for another account.").format(name=self._selected))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.remove(self._selected)
        except EXPECTED as error:
            self._say(said_error(error), error=True)
            return
        self.reload()
        self.accounts_changed.emit()

    # -- network actions (in the background) ---------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("Doing", "testing the connection"))
    def test(self) -> None:
        if not self.save():
            return
        name = self._selected
        self._busy(self.tr("Testing '{name}'…").format(name=name))
        self.background.call(lambda: self._test_connection(name), self._done, self._failed)

    def _done(self, message: str) -> None:
        self._say(said(message))
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self._say(said_error(error) or type(error).__name__, error=True)
        self._update_buttons()

    # -- small things -------------------------------------------------------------------------
    def _resolved(self) -> Account:
        account = self.store.get(self._selected)
        return account.with_sandbox_url(self._sandbox_url) if self._sandbox_url else account

    def _end_pin(self) -> None:
        self._flow = None
        self.pin_box.end()

    def _busy(self, text: str) -> None:
        self._say(text)
        for button in (self.test_button, self.pin_button, self.bearer_button, self.save_button):
            button.setEnabled(False)

    def _update_buttons(self) -> None:
        kind = self.form.kind_value()
        idle = not self.background.busy
        self.save_button.setEnabled(idle)
        self.test_button.setEnabled(idle)
        self.pin_button.setVisible(kind == OAUTH1_USER and not self.form.sandbox)
        self.bearer_button.setVisible(kind == BEARER and not self.form.sandbox)
        self.pin_button.setEnabled(idle)
        self.bearer_button.setEnabled(idle)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def _show_keyring(self) -> None:
        store = self.store.secret_store
        text = self.tr("Secrets are kept in: <b>{keyring}</b>").format(keyring=store.backend_name)
        if store.warning:
            text += f"<br><span style='color:#b00020'>{said(store.warning)}</span>"
        self.keyring.setText(text)

