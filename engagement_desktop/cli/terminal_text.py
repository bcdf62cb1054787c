"""Text from outside the app (names in a workspace or an account list, paths, a server's words)
as the command line shows it: never a terminal control sequence, and a command to paste never
more than the command.

A name holding an ANSI escape could recolour, retitle or rewrite the user's terminal, and one
holding a quote could turn a printed `--resume` command into shell code; every command prints
outside text through `shown` (or `say`), and every command line it prints through
`command_line`.
"""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from collections.abc import Sequence
from typing import TextIO

# ESC followed by a CSI (ESC [ ... final byte), an OSC, DCS, SOS, PM or APC string (ended by
# BEL or ST), or a single character; then any C0 or C1 control, DEL, the Unicode controls that
# reorder text on screen (bidi embeddings and isolates), and lone surrogates (not text at all,
# and an encoding error on a UTF-8 terminal).
_ESCAPE = r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -~]?)"
_CONTROL = r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
_UNSAFE = re.compile(f"{_ESCAPE}|{_CONTROL}")
_UNSAFE_KEEPING_LINES = re.compile(f"{_ESCAPE}|(?![\n\t]){_CONTROL}")
# What a POSIX shell's $'...' writes as an escape; any other control as \xHH.
_ANSI_C = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x1b": "\\x1b"}


def shown(text: object, *, lines: bool = False) -> str:
    """`text` without escape sequences and control characters (line breaks and tabs kept only
    when `lines`: for a message of several lines the app composed itself)."""
    return (_UNSAFE_KEEPING_LINES if lines else _UNSAFE).sub("", str(text))


def say(text: object = "", file: TextIO | None = None, **print_options) -> None:
    """print() for a message that may carry outside text (a name, a server's words): its own
    line breaks stay, anything a terminal would obey goes."""
    print(shown(text, lines=True), file=file or sys.stdout, **print_options)


def command_line(argv: Sequence[str]) -> str:
    """`argv` as one line a user can paste into their shell, each argument one word, run as it
    is and nothing else (POSIX shells; cmd.exe's rules on Windows)."""
    if os.name == "nt":
        return subprocess.list2cmdline([shown(arg) for arg in argv])
    return " ".join(_posix_word(arg) for arg in argv)


def _posix_word(arg: str) -> str:
    if not _UNSAFE.search(arg):
        return shlex.quote(arg)
    # A control character inside quotes would still reach the terminal when printed: $'...'
    # names each as an escape, so the word is the same and the terminal sees only letters.
    return "$'" + "".join(_ansi_c(c) for c in arg) + "'"


def _ansi_c(c: str) -> str:
    if c in _ANSI_C:
        return _ANSI_C[c]
    if not _UNSAFE.match(c):
        return c
    return f"\\x{ord(c):02x}" if ord(c) < 0x80 else f"\\u{ord(c):04x}"  # \\x is a byte
