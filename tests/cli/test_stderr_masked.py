"""Commands that keep no log file (plan, accounts) still mask what they log: a record no handler
takes reaches stderr through Python's last-resort handler, which cli.main replaces by a masked
one. Run as real processes: pytest's own log capture would take the records first."""
import os
import subprocess
import sys
import textwrap

import pytest

from engagement_desktop.resources import EXAMPLES

SECRET = "held-secret-7f3a9c"

# The command's body logs a record carrying a secret the app holds, then runs as usual.
PROBE = textwrap.dedent("""
    import importlib, logging, sys
    from engagement_desktop import cli
    from engagement_desktop.cli.arguments import COMMANDS
    from engagement_desktop.transport import masking

    masking.remember([{secret!r}])
    command = importlib.import_module(COMMANDS[sys.argv[1]].module)
    body = command.main

    def logging_body(args):
        logging.getLogger("engagement_desktop.probe").warning("sent with token %s", {secret!r})
        return body(args)

    command.main = logging_body
    sys.exit(cli.main(sys.argv[1:]))
""").format(secret=SECRET)


@pytest.mark.parametrize("argv", [
    ["plan", "--now", "2026-11-23T12:00:00Z", str(EXAMPLES / "plan-1000x335.json")],
    ["accounts", "list"],
])
def test_a_record_with_a_held_secret_reaches_stderr_masked(tmp_path, argv):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "sent with token ***" in done.stderr
    assert SECRET not in done.stderr + done.stdout
