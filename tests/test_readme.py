"""The README's test command is the one CI runs, and both of its commands use python3.12."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _ci_test_command() -> str:
    match = re.search(r'^TEST_COMMAND="(.+)"$', (ROOT / ".ci/run").read_text(), re.M)
    assert match, ".ci/run must define TEST_COMMAND"
    return match.group(1)


def test_readme_opens_with_the_command_ci_runs():
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"```(?:sh|bash)\n(.+?)\n```", readme, re.S)
    assert len(commands) >= 2, "the README opens with an install+run and an install+test command"
    run, test = commands[0].strip(), commands[1].strip()
    assert test == _ci_test_command()
    assert run.startswith("python3.12 -m venv .venv") and "engagement-desktop" in run
