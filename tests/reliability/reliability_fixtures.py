"""What the reliability tests share: the real CLI in a throwaway home, and the check that a
message a user reads is plain words, not an exception's text."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

APP = "engagement-desktop"

# Fragments of Python's and the JSON decoder's own exception texts: a message that carries one
# passed an exception through instead of saying what is wrong and what to do.
RAW_TEXT = ("Traceback", "KeyError", "TypeError", "AttributeError", "RecursionError",
            "invalid literal for int()", "NoneType", "object has no attribute",
            "not subscriptable", "[Errno", "Expecting value", "Expecting property name",
            "Expecting ',' delimiter", "Extra data", "Unterminated string", "(char ",
            "list indices must be", "is not iterable", "positional argument", "__init__",
            "codec can't decode")
# A KeyError's text is only the missing key in quotes: "damaged ('accounts')".
KEY_ERROR_TEXT = re.compile(r"\('[\w.-]*'\)")


def raw_text_in(message: str) -> list[str]:
    """The exception-text fragments `message` carries (empty when it is plain words)."""
    return [fragment for fragment in RAW_TEXT if fragment in message] + \
        KEY_ERROR_TEXT.findall(message)


@dataclass(frozen=True)
class AppHome:
    """A throwaway home: the app's config, data and log folders all live under it."""
    root: Path

    @property
    def config(self) -> Path:
        return self.root / "config" / APP

    @property
    def data(self) -> Path:
        return self.root / "data" / APP

    def env(self) -> dict[str, str]:
        return {**os.environ, "HOME": str(self.root),
                "XDG_CONFIG_HOME": str(self.root / "config"),
                "XDG_DATA_HOME": str(self.root / "data"),
                "XDG_STATE_HOME": str(self.root / "state"),
                "XDG_CACHE_HOME": str(self.root / "cache"),
                # Never the developer's keyring: secrets stay in memory for the run.
                "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    def cli(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        """`engagement-desktop ARGS...` as a user runs it, in this home."""
        return subprocess.run([sys.executable, "-m", "engagement_desktop.cli", *args],
                              capture_output=True, text=True, env=self.env(), timeout=timeout,
                              cwd=self.root)


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()
