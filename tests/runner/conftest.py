import pytest
from runner_fixtures import make_transport


@pytest.fixture
def transport():
    sender = make_transport()
    yield sender
    sender.close()


@pytest.fixture
def sandbox():
    from engagement_desktop.sandbox.server import SandboxServer
    with SandboxServer(rate_limit=100_000) as server:
        yield server
