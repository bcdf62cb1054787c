"""One base for the errors whose message is for the user: the CLI and the window show them as
they are; each keeps its older base so existing `except` clauses still catch it."""
import pytest

from engagement_desktop.cli.secret_input import SecretInputError
from engagement_desktop.core.query import InvalidQuery
from engagement_desktop.core.rows import ResponseError
from engagement_desktop.core.workspace import WorkspaceError
from engagement_desktop.credentials.account import AccountError
from engagement_desktop.credentials.index import AccountListError
from engagement_desktop.credentials.secret_store import SecretStoreError
from engagement_desktop.runner.tokens import TokenError
from engagement_desktop.errors import AppError
from engagement_desktop.plugins.exporting import MissingHostService
from engagement_desktop.plugins.registry import NoExporter
from engagement_desktop.runner.journal import JournalError
from engagement_desktop.sandbox.faults import FaultSpecError
from engagement_desktop.transport.auth import AuthenticationError
from engagement_desktop.transport.sender import GaveUp

# error → (its older base, the exit code a command ends with)
USER_ERRORS = {
    WorkspaceError("w"): (Exception, 2), InvalidQuery([]): (ValueError, 2),
    AccountError("a"): (ValueError, 2), AccountListError("l"): (ValueError, 1),
    SecretInputError("s"): (ValueError, 2), SecretStoreError("k"): (RuntimeError, 1),
    TokenError("t"): (RuntimeError, 1), TokenError("t", refused=True): (RuntimeError, 3),
    AuthenticationError("acct", "401"): (RuntimeError, 3), GaveUp("g"): (RuntimeError, 1),
    JournalError("j"): (RuntimeError, 2), NoExporter("n"): (ValueError, 2),
    FaultSpecError("f"): (ValueError, 2), MissingHostService("m"): (ValueError, 2), ResponseError("r"): (ValueError, 1),
}


@pytest.mark.parametrize("error", USER_ERRORS, ids=lambda e: type(e).__name__)
def test_every_user_facing_error_is_an_app_error_and_keeps_its_older_base(error):
    older_base, exit_code = USER_ERRORS[error]
    assert isinstance(error, AppError) and isinstance(error, older_base)
    assert error.exit_code == exit_code
