"""Drop-in plugin files are tried in a short-lived child process before the app imports them.

A drop-in runs its module code at import, and some code cannot be caught once it runs in the
app's own process: `os._exit`, an endless loop, a non-daemon thread that keeps the process
alive after `main` returns. So each file is first imported by a child Python (all files at
once, one shared time limit); only a file whose child finished cleanly is imported in-process.
The verdict is cached in the data folder by the file's path and content hash (plus the app
version), so the child runs once per changed file, not on every command; a cache that cannot
be read or written only costs the check again.

Run as `python -m engagement_desktop.plugins.drop_in_vetting FILE VERDICT_FILE` (the child).
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import ModuleType

from .. import __version__
from ..storage import atomic

# Long enough for a plugin that imports a heavy library, short enough that a hung one only
# delays the first start after it is dropped in (the verdict is cached).
IMPORT_TIME_LIMIT = 5.0
CACHE_NAME = "plugin-checks.json"
MODULE_PREFIX = "engagement_desktop_user_plugins."


def describe(exc: BaseException) -> str:
    where = ""
    if isinstance(exc, SyntaxError) and exc.lineno:
        where = f" (line {exc.lineno})"
    text = str(exc)
    return f"{type(exc).__name__}: {text}{where}" if text else type(exc).__name__


def import_drop_in(path: Path) -> tuple[ModuleType | None, str | None]:
    """The file's module, or why it has none. Anything the plugin raises is caught, even a
    KeyboardInterrupt or SystemExit of its own: it is the plugin's failure, not the user's."""
    name = MODULE_PREFIX + path.stem
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses and pickling look the module up here
        spec.loader.exec_module(module)
        return module, None
    except BaseException as exc:  # noqa: B036 - a plugin's own code: anything may go wrong
        sys.modules.pop(name, None)
        return None, describe(exc)


def vet(files: list[Path], data_folder: Path) -> dict[Path, str | None]:
    """file → why it must not be imported in-process (None: it may be)."""
    cache = _read_cache(data_folder / CACHE_NAME)
    keys = {path: _key(path) for path in files}
    verdicts = {path: cache[keys[path]]["error"] for path in files
                if keys[path] in cache and isinstance(cache[keys[path]], dict)}
    fresh = _vet_in_children([path for path in files if path not in verdicts])
    if fresh:
        for path, error in fresh.items():
            cache[keys[path]] = {"error": error}
        _write_cache(data_folder / CACHE_NAME,
                     {k: v for k, v in cache.items() if k in keys.values()})
    return {**verdicts, **fresh}


def _key(path: Path) -> str:
    """Path and content: a changed file is checked again, however coarse its mtime is."""
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        digest = "unreadable"
    return f"{__version__}|{path.resolve()}|{digest}"


def _vet_in_children(files: list[Path]) -> dict[Path, str | None]:
    if not files:
        return {}
    with tempfile.TemporaryDirectory(prefix="plugin-check-") as scratch:
        outs = {path: Path(scratch) / f"{i}.json" for i, path in enumerate(files)}
        children = {path: _start_child(path, outs[path]) for path in files}
        deadline = time.monotonic() + IMPORT_TIME_LIMIT
        return {path: _verdict(child, outs[path], deadline)
                for path, child in children.items()}


def _start_child(path: Path, out: Path) -> subprocess.Popen:
    # The child's output is the plugin's: never read, so a chatty plugin costs no memory.
    return subprocess.Popen(_child_command(path, out), stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def _child_command(path: Path, out: Path) -> list[str]:
    if getattr(sys, "frozen", False):  # the packaged app: its launcher knows this flag
        return [sys.executable, "--check-plugin-import", str(path), str(out)]
    return [sys.executable, "-m", __name__, str(path), str(out)]


def _verdict(child: subprocess.Popen, out: Path, deadline: float) -> str | None:
    try:
        code = child.wait(timeout=max(0.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
        return (f"Did not finish importing within {IMPORT_TIME_LIMIT:g} seconds (an endless "
                "loop, or waiting for something); it was not loaded.")
    try:
        return json.loads(out.read_text(encoding="utf-8"))["error"]
    except (OSError, ValueError, KeyError, TypeError):
        return (f"Ended the whole program while being imported (exit code {code}), as with "
                "os._exit; it was not loaded, so it cannot end the app.")


def _read_cache(path: Path) -> dict:
    try:
        cache = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return cache if isinstance(cache, dict) else {}


def _write_cache(path: Path, cache: dict) -> None:
    with contextlib.suppress(OSError):  # a read-only data folder: the files are checked again
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_text(path, json.dumps(cache))


def check_in_this_process(path: Path, out: Path) -> None:
    """The child: import the file, write what went wrong (or null), and end at once, so a
    thread the plugin started cannot keep this process alive."""
    before = set(threading.enumerate())
    _, error = import_drop_in(path)
    if error is None:
        started = [t.name for t in threading.enumerate()
                   if t not in before and t.is_alive() and not t.daemon]
        if started:
            error = (f"Starts a thread that is not a daemon ({', '.join(started)}) when imported, "
                     "which would keep the app from exiting; make it a daemon thread or start "
                     "it later.")
    out.write_text(json.dumps({"error": error}), encoding="utf-8")
    os._exit(0)


if __name__ == "__main__":
    check_in_this_process(Path(sys.argv[1]), Path(sys.argv[2]))
