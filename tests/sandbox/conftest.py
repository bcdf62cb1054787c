"""Fixtures for the sandbox tests: running servers (helpers live in sandbox_fixtures.py)."""
from __future__ import annotations

import pytest

from engagement_desktop.sandbox.server import SandboxServer

from sandbox_fixtures import FROZEN_NOW


@pytest.fixture(scope="module")
def frozen():
    """A sandbox whose clock stands at FROZEN_NOW."""
    with SandboxServer(rate_limit=100_000, now=FROZEN_NOW) as running:
        yield running
