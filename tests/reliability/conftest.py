import pytest
from reliability_fixtures import AppHome


@pytest.fixture
def home(tmp_path) -> AppHome:
    return AppHome(tmp_path)
