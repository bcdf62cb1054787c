"""Fixtures for the credentials tests: a real secure keyring, keyring's fail backend, app dirs."""
import os
import uuid

import keyring
import keyring.backends.fail
import pytest

from engagement_desktop.credentials.secret_store import SecretStore, is_secure
from engagement_desktop.paths import AppPaths


def require_secure_keyring() -> None:
    """Skip without a secure OS keyring, except under CI, where its absence is a failure."""
    backend = keyring.get_keyring()
    if is_secure(backend):
        return
    message = (f"no secure keyring (active backend: {backend!r}); run the tests inside a Secret "
               "Service, as README/.ci/run do")
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def delete_service_entries(service: str) -> None:
    """Remove every entry a test left under its own service (Secret Service can search them)."""
    backend = keyring.get_keyring()
    if hasattr(backend, "get_preferred_collection"):
        for item in backend.get_preferred_collection().search_items({"service": service}):
            item.delete()


@pytest.fixture
def paths(tmp_path):
    return AppPaths.under(tmp_path).ensure()


@pytest.fixture
def keyring_service():
    """A service name of its own for each test, so tests never meet the user's real entries."""
    return f"engagement-desktop-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def secure_store(keyring_service):
    require_secure_keyring()
    yield SecretStore(service=keyring_service)
    delete_service_entries(keyring_service)


@pytest.fixture
def fail_keyring():
    """keyring's own fail backend selected, as on a machine without any keyring; restored after."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)
