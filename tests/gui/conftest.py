"""Fixtures for the window's tests: app dirs and QSettings under tmp_path, an account store
whose secrets stay in memory (keyring's fail backend), so no test touches the user's files."""
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings

from engagement_desktop.credentials.secret_store import SecretStore
from engagement_desktop.credentials.store import AccountStore
from engagement_desktop.paths import AppPaths


@pytest.fixture
def paths(tmp_path):
    return AppPaths.under(tmp_path / "app").ensure()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def store(paths):
    return AccountStore(paths.config, SecretStore(keyring.backends.fail.Keyring()))
