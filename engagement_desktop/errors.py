"""The one base of the errors whose message is for the user.

An AppError's message says what went wrong and what to do, so it is shown as it is: the CLI
prints it after "error: " and exits with its `exit_code`, the window shows it in a message
box; neither adds a traceback. An error that is not an AppError is a bug: it is logged with its
traceback. Subclasses keep their other bases (ValueError, RuntimeError) so `except` clauses
written for those still catch them.
"""
from __future__ import annotations

FAILED, INVALID, AUTH_REFUSED = 1, 2, 3  # the exit codes every command uses


class AppError(Exception):
    """An error whose message is for the user. `window`: how the window says it, when the
    message names what only the command line has (a flag such as --resume)."""

    exit_code = FAILED  # the command line's exit status when this error ends a command

    def __init__(self, *args, window: str | None = None):
        super().__init__(*args)
        self.window_message = window


class InvalidInput(AppError):
    """What the user asked for (an argument, a file they named, a query) cannot be done as it is;
    the message says what to change."""

    exit_code = INVALID
