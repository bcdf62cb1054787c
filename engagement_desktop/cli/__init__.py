"""The `engagement-desktop` command. With no subcommand it opens the window.

Each subcommand lives in its own module with a `main(argv) -> int`; only the chosen one is
imported, so `engagement-desktop plan` never loads Qt and starts fast.
"""
from __future__ import annotations

import importlib
import os
import sys

# name → (module, one-line summary)
COMMANDS = {
    "plan": ("engagement_desktop.cli.plan_command", "validate a workspace query and print its requests; sends nothing"),
    "run": ("engagement_desktop.cli.run_command", "run a workspace query and export the result"),
    "accounts": ("engagement_desktop.cli.accounts_command", "list, add, remove and log in accounts"),
    "usage": ("engagement_desktop.cli.usage_command", "unique @handles queried per month (billing unit)"),
    "sandbox": ("engagement_desktop.cli.sandbox_command", "serve the built-in emulator of every endpoint"),
    "plugins": ("engagement_desktop.cli.plugins_command", "list plugins and the errors of those that failed"),
}

USAGE = "usage: engagement-desktop [COMMAND] [ARGS...]\n       engagement-desktop [--home DIR] [WORKSPACE.json]\n\nWith no command, opens the window (on WORKSPACE.json if given).\n\ncommands:\n" + "".join(
    f"  {name:<10} {summary}\n" for name, (_, summary) in COMMANDS.items())


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    opens_window = (not argv or argv[0].endswith(".json")
                    or argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version"))
    if opens_window:
        from ..app import main as gui_main  # Qt only when the window is wanted
        return gui_main(argv)
    if argv[0] in ("-h", "--help"):
        print(USAGE, end="")
        return 0
    if argv[0] == "--version":
        from .. import __version__
        print(f"engagement-desktop {__version__}")
        return 0
    if argv[0] not in COMMANDS:
        print(f"engagement-desktop: unknown command '{argv[0]}'.\n\n{USAGE}", end="", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[argv[0]][0])
    try:
        return module.main(argv[1:])
    except KeyboardInterrupt:
        print("cancelled", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): not an error worth a traceback.
        sys.stdout = open(os.devnull, "w")
        return 0
