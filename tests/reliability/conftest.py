import pytest
from reliability_fixtures import AppHome

# Issue 13's bad-input corpus: each test marked `bad_input` is one bad input (a name, a
# workspace, a journal, a ledger, an ID line, a folder, a server mode) and passes when the app
# held against it. The count is printed at the end of the run; a case not held fails the run.
_CORPUS = {"held": 0, "failed": [], "skipped": 0}


def pytest_configure(config):
    config.addinivalue_line("markers", "bad_input: one case of the issue-13 bad-input corpus")


def pytest_runtest_logreport(report):
    if "bad_input" not in report.keywords:
        return
    if report.failed:
        _CORPUS["failed"].append(report.nodeid)
    elif report.skipped:
        _CORPUS["skipped"] += 1
    elif report.when == "call":
        _CORPUS["held"] += 1


def pytest_terminal_summary(terminalreporter):
    failed, held, skipped = _CORPUS["failed"], _CORPUS["held"], _CORPUS["skipped"]
    total = held + len(failed) + skipped
    if total:
        terminalreporter.write_line(f"Bad-input corpus: {held} of {total} held"
                                    + (f" ({skipped} not tried here)" if skipped else "")
                                    + "".join(f"\n  not held: {case}" for case in failed))


@pytest.fixture
def home(tmp_path) -> AppHome:
    return AppHome(tmp_path)
