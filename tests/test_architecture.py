"""The rooms stay apart (DESIGN.md): the import contracts of pyproject.toml all hold, and modules
and functions stay small."""
import ast
import pkgutil
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import engagement_desktop
import engagement_desktop.plugins

ROOT = Path(__file__).resolve().parent.parent
LINTER = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
CONTRACTS = {contract["name"]: contract for contract in LINTER["contracts"]}
BUILTINS_CONTRACT = "Built-in plugins import only engagement_desktop.plugins.api from the app"
GUI_CONTRACT = "The window never sends HTTP itself: gui/ does not import the transport"
CREDENTIALS_CONTRACT = "Accounts and secrets need no HTTP: credentials/ does not import the transport"


def test_every_import_contract_is_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken" in done.stdout
    for name in ("Only gui/ and app.py touch Qt", BUILTINS_CONTRACT,
                 "core names no plugin and needs no transport, runner, sandbox, credentials or Qt",
                 "The sandbox is the server: it never reads with the client's parsers",
                 GUI_CONTRACT, CREDENTIALS_CONTRACT):
        assert f"{name} KEPT" in done.stdout


def test_the_builtins_contract_forbids_every_room_of_the_app_but_the_plugin_api():
    """A new room is forbidden to the built-in plugins from the day it appears."""
    rooms = {f"engagement_desktop.{module.name}"
             for module in pkgutil.iter_modules(engagement_desktop.__path__)}
    host_side = {f"engagement_desktop.plugins.{module.name}"
                 for module in pkgutil.iter_modules(engagement_desktop.plugins.__path__)}
    allowed = {"engagement_desktop.plugins", "engagement_desktop.plugins.api"}
    assert set(CONTRACTS[BUILTINS_CONTRACT]["forbidden_modules"]) == (rooms | host_side) - allowed


def test_a_gui_module_importing_the_transport_breaks_its_contract(tmp_path):
    """The gui/transport contract checked once against a planted violation (in a copy)."""
    shutil.copytree(ROOT / "engagement_desktop", tmp_path / "engagement_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "plugins", tmp_path / "plugins",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "engagement_desktop" / "gui" / "planted.py").write_text(
        "from ..transport.client import HttpClient\n")
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint)], cwd=tmp_path, capture_output=True, text=True,
                          env={"PYTHONPATH": f"{tmp_path}:{tmp_path / 'plugins'}", "PATH": ""})
    assert f"{GUI_CONTRACT} BROKEN" in done.stdout, done.stdout + done.stderr
    assert "engagement_desktop.gui.planted -> engagement_desktop.transport.client" in done.stdout


MAX_MODULE_LINES, MAX_FUNCTION_LINES = 300, 60


def test_modules_and_functions_stay_small():
    """Small modules with one job each (DESIGN.md): none over 300 lines, no function over 60."""
    too_long = []
    for room in ("engagement_desktop", "plugins"):
        for path in sorted((ROOT / room).rglob("*.py")):
            text = path.read_text()
            where = path.relative_to(ROOT)
            if len(text.splitlines()) > MAX_MODULE_LINES:
                too_long.append(f"{where}: {len(text.splitlines())} lines")
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    length = node.end_lineno - node.lineno + 1
                    if length > MAX_FUNCTION_LINES:
                        too_long.append(f"{where}:{node.lineno} {node.name}: {length} lines")
    assert not too_long, "split these:\n" + "\n".join(too_long)
