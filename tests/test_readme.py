"""The README's two commands use the Python bootstrap, and its test command is the one CI runs."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _ci_command(name: str) -> str:
    match = re.search(rf'^{name}="(.+)"$', (ROOT / ".ci/run").read_text(), re.M)
    assert match, f".ci/run must define {name}"
    return match.group(1)


def _readme_commands() -> tuple[str, str]:
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"```(?:sh|bash)\n(.+?)\n```", readme, re.S)
    assert len(commands) >= 2, "the README opens with an install+run and an install+test command"
    return commands[0].strip(), commands[1].strip()


def test_readme_opens_with_the_commands_ci_runs():
    run, test = _readme_commands()
    assert run == _ci_command("RUN_COMMAND")
    assert test == _ci_command("TEST_COMMAND")
    assert "\n" not in run and "\n" not in test, "each command is one line to paste"


def test_both_readme_commands_find_python_through_the_bootstrap_not_a_fixed_name():
    run, test = _readme_commands()
    assert run == "sh scripts/venv.sh && .venv/bin/engagement-desktop"
    assert test.startswith("sh scripts/venv.sh test && sh scripts/with-secret-service ")
    assert "python3.12" not in run + test  # a fixed name fails where pyenv has not selected it
    assert (ROOT / "scripts/venv.sh").is_file() and (ROOT / "scripts/find-python").is_file()
