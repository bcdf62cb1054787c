import pytest
from transport_fixtures import credentials

from engagement_desktop.transport.retry import RetryPolicy
from engagement_desktop.transport.sender import Transport


@pytest.fixture
def transport():
    sender = Transport(credentials(), policy=RetryPolicy(max_attempts=3, base_delay=0.01,
                                                         max_delay=0.02))
    yield sender
    sender.close()
