"""The README's bootstrap finds a Python >= 3.12 on every kind of machine, or says what to install.

Each test builds a machine of its own out of fake interpreters (shell scripts that answer the
bootstrap's probe with a version, as a real one would) and a PATH that holds only them and the
few tools the scripts use: nothing of the machine running the tests leaks in.
"""
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("sh", "sort", "dirname", "mkdir", "cp", "cat")  # what scripts/*.sh call besides sh builtins

# A fake interpreter: answers the probe with its version and own path; `-m venv DIR` makes DIR
# with a copy of itself; every `-m` call is written to $CALLS.
FAKE_PYTHON = """#!/bin/sh
case "$1" in
    -c) printf '%s %s\\n' {version} "$0" ;;
    -m) echo "$0 $*" >>"$CALLS"
        if [ "$2" = venv ]; then mkdir -p "$4/bin" && cp "$0" "$4/bin/python"; fi ;;
    *) exit 2 ;;
esac
"""
# A pyenv shim for a version that is installed but not selected, as pyenv answers.
PYENV_SHIM = """#!/bin/sh
echo "pyenv: ${0##*/}: command not found" >&2
exit 127
"""


def write_script(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(0o755)
    return path


class Machine:
    """A PATH, a HOME and a pyenv root of fake interpreters, all under tmp_path."""

    def __init__(self, root: Path):
        self.root, self.bin, self.home = root, root / "bin", root / "home"
        self.home.mkdir(parents=True)
        self.bin.mkdir()
        for tool in TOOLS:
            (self.bin / tool).symlink_to(shutil.which(tool))
        self.calls = root / "calls.log"

    def python(self, name: str, version: str) -> Path:
        return write_script(self.bin / name, FAKE_PYTHON.format(version=version))

    def pyenv(self, *versions: str, selected: str = "3.11.7") -> Path:
        """pyenv on PATH with these versions installed; its shims run only `selected`."""
        pyenv_root = self.root / "pyenv"
        write_script(self.bin / "pyenv", f'#!/bin/sh\n[ "$1" = root ] && echo "{pyenv_root}"\n')
        for version in versions:
            write_script(pyenv_root / "versions" / version / "bin" / "python3",
                         FAKE_PYTHON.format(version=".".join(version.split(".")[:2])))
        for shim in ("python3.12", "python3.13"):
            write_script(self.bin / shim, PYENV_SHIM)
        for shim in ("python3", "python"):
            self.python(shim, ".".join(selected.split(".")[:2]))
        return pyenv_root

    def run(self, script: str, *args: str, repo: Path = ROOT, **env: str):
        environment = {"PATH": str(self.bin), "HOME": str(self.home), "CALLS": str(self.calls),
                       **env}
        return subprocess.run(["/bin/sh", str(repo / "scripts" / script), *args],
                              capture_output=True, text=True, env=environment, timeout=30)


@pytest.fixture
def machine(tmp_path):
    return Machine(tmp_path / "machine")


def test_a_pyenv_312_that_is_not_selected_is_found_past_the_failing_shims(machine):
    """This project's own kind of machine: python3 is 3.11, 3.12 and 3.13 are pyenv versions
    that are installed but not global, so `python3.12` answers "command not found"."""
    pyenv_root = machine.pyenv("3.11.7", "3.12.1", "3.12.4", "3.12-dev", "3.13.0")
    found = machine.run("find-python")
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == f"{pyenv_root}/versions/3.12.4/bin/python3"


def test_pyenv_versions_are_found_without_pyenv_on_path(machine):
    pyenv_root = machine.pyenv("3.13.0")
    (machine.bin / "pyenv").unlink()
    found = machine.run("find-python", PYENV_ROOT=str(pyenv_root))
    assert found.stdout.strip() == f"{pyenv_root}/versions/3.13.0/bin/python3"


def test_a_python312_on_path_is_taken_first(machine):
    """python.org, Homebrew, deadsnakes: python3.12 on PATH."""
    machine.pyenv("3.12.1")
    path_python = machine.python("python3.12", "3.12")
    assert machine.run("find-python").stdout.strip() == str(path_python)


def test_a_python3_that_is_312_is_taken(machine):
    """Ubuntu 24.04: python3 is 3.12 and there is no pyenv."""
    python3 = machine.python("python3", "3.12")
    assert machine.run("find-python").stdout.strip() == str(python3)


def test_the_windows_launcher_is_asked_for_312(machine):
    launcher = machine.bin / "py"
    write_script(launcher, '#!/bin/sh\n[ "$1" = -3.12 ] && printf "3.12 C:/Python312/python.exe\\n"'
                           '\n[ "$1" = -3.12 ]\n')
    machine.python("python3", "3.11")
    assert machine.run("find-python").stdout.strip() == "C:/Python312/python.exe"


def test_with_no_python_312_it_says_what_to_install_and_fails(machine):
    machine.python("python3", "3.11")
    found = machine.run("find-python")
    assert found.returncode == 1
    assert found.stdout == ""
    assert "No Python 3.12 or newer found" in found.stderr
    assert "sudo apt install python3.12" in found.stderr and "pyenv install 3.12" in found.stderr


def test_a_python_chosen_by_the_user_must_be_recent_enough(machine):
    old = machine.python("python3", "3.11")
    found = machine.run("find-python", PYTHON=str(old))
    assert found.returncode == 1
    assert f"PYTHON={old} is not a working Python 3.12 or newer" in found.stderr


@pytest.fixture
def repo(tmp_path):
    """A checkout holding only the scripts, so .venv is made where the test can see it."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "scripts", copy / "scripts")
    return copy


def test_venv_makes_the_venv_with_the_python_found_and_installs_the_test_extra(machine, repo):
    pyenv_root = machine.pyenv("3.12.1")
    made = machine.run("venv.sh", "test", repo=repo)
    assert made.returncode == 0, made.stderr
    found = f"{pyenv_root}/versions/3.12.1/bin/python3"
    assert machine.calls.read_text().splitlines() == [
        f"{found} -m venv --clear .venv",
        ".venv/bin/python -m pip install -q -e .[test]",
    ]


def test_venv_reuses_a_recent_venv_and_remakes_an_old_one(machine, repo):
    machine.python("python3.12", "3.12")
    write_script(repo / ".venv/bin/python", FAKE_PYTHON.format(version="3.12"))
    assert machine.run("venv.sh", repo=repo).returncode == 0
    assert machine.calls.read_text().splitlines() == [".venv/bin/python -m pip install -q -e ."]
    write_script(repo / ".venv/bin/python", FAKE_PYTHON.format(version="3.11"))
    assert machine.run("venv.sh", repo=repo).returncode == 0
    assert machine.calls.read_text().splitlines()[1] == f"{machine.bin}/python3.12 -m venv --clear .venv"


def test_venv_with_no_python_says_what_to_install_and_makes_nothing(machine, repo):
    made = machine.run("venv.sh", repo=repo)
    assert made.returncode == 1
    assert "No Python 3.12 or newer found" in made.stderr
    assert not (repo / ".venv").exists()


def test_the_tests_without_any_secret_service_say_what_to_install(machine, repo):
    write_script(repo / ".venv/bin/python", "#!/bin/sh\nexit 1\n")  # keyring has no backend
    ran = machine.run("with-secret-service", "true", repo=repo)
    assert ran.returncode == 1
    assert ran.stderr.count("\n") == 1 and "install dbus and gnome-keyring" in ran.stderr


@pytest.mark.skipif(not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
                    reason="needs dbus-run-session and gnome-keyring-daemon")
def test_the_tests_run_inside_a_private_unlocked_secret_service(tmp_path):
    """The command sees a D-Bus session of its own, with a keyring that stores and reads."""
    probe = ("import keyring, os; keyring.set_password('ed-probe', 'a', 's3'); "
             "print(os.environ['DBUS_SESSION_BUS_ADDRESS'], keyring.get_password('ed-probe', 'a'))")
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"}
    ran = subprocess.run(["sh", str(ROOT / "scripts/with-secret-service"), ".venv/bin/python", "-c",
                          probe], capture_output=True, text=True, env=env, timeout=60)
    assert ran.returncode == 0, ran.stderr
    address, secret = ran.stdout.split()
    assert address != "unix:path=/nonexistent" and secret == "s3"
