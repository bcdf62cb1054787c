import gc
import os

import pytest

# Before any Qt import anywhere in the test session.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Tests that add and remove accounts use a keyring service of their own, never the real one
# (subprocesses of the CLI inherit it).
os.environ.setdefault("ENGAGEMENT_DESKTOP_KEYRING_SERVICE", "engagement-desktop-tests")


@pytest.fixture(scope="module")
def server():
    """A sandbox on real time, its rate limit high enough never to get in the way; one per test
    module (the tests that change its faults or clock set them back)."""
    from engagement_desktop.sandbox.server import SandboxServer

    with SandboxServer(rate_limit=100_000) as running:
        yield running


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread():
    """As the app does (gui/shell/gui_thread_gc.py): no automatic collection, which could start
    on a run's worker thread and destroy a Qt object an earlier test left in a cycle there (a
    deadlock); the main thread collects what is due after each test."""
    gc.disable()
    yield
    from engagement_desktop.gui.shell.gui_thread_gc import collect_due

    collect_due()
