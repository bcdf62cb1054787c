"""The `engagement-desktop` command. With no subcommand it opens the window.

One argparse parser with a subparser per command (declared in cli/arguments.py); only the
chosen command's body is imported, so `engagement-desktop plan` never loads Qt and starts fast.
"""
from __future__ import annotations

import importlib
import os
import sys

from ..errors import AppError
from ..transport.masking import mask_stderr
from .terminal_text import say

CANCELLED = 130


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    mask_stderr()  # before any command or the window can log
    if _opens_window(argv):
        from ..app import main as gui_main  # Qt only when the window is wanted
        return gui_main(argv)
    from .arguments import COMMANDS, build_parser

    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a usage error argparse has printed
        return int(exit_.code or 0)
    try:
        code = importlib.import_module(COMMANDS[args.command].module).main(args)
        sys.stdout.flush()  # a reader gone away shows here, not at exit as a stray traceback
        return code
    except AppError as err:  # a message for the user, not a bug: no traceback
        say(f"error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        say("cancelled", file=sys.stderr)
        return CANCELLED
    except BrokenPipeError:
        # The reader went away (`... | head`): not an error. What is left to write goes nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _opens_window(argv: list[str]) -> bool:
    """No command, a workspace file, or a window option such as --home."""
    return (not argv or argv[0].endswith(".json")
            or argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version"))
