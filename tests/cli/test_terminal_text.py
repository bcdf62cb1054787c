"""Outside text on the terminal: no escape sequence or control character reaches it, and a
printed command line, pasted into a shell, runs exactly the command with exactly its words."""
import os
import subprocess

import pytest

from engagement_desktop.cli.terminal_text import command_line, say, shown

HOSTILE_WORDS = {
    "shell-code-in-quotes": "x'; touch PWNED; echo '",
    "command-substitution": "$(touch PWNED)`touch PWNED`",
    "ansi-colour-and-clear": "a\x1b[31mred\x1b[2J\x1b[Hb",
    "osc-window-title": "t\x1b]0;pwned\x07t",
    "newline-forging-a-line": "q\nJob 1. If it stops, resume it with: rm -rf ~",
    "c1-csi": "c\x9b31mc",
    "bidi-override": "abc\u202edcba",
    "leading-dash": "--help",
    "empty": "",
    "spaces-and-glob": "my query *",
}


@pytest.mark.parametrize("word", [pytest.param(v, id=k) for k, v in HOSTILE_WORDS.items()])
def test_a_printed_command_passes_each_word_to_the_program_unchanged(tmp_path, word):
    line = command_line(["printf", "%s\\0", word, "second"])
    assert shown(line) == line  # nothing in it a terminal would obey
    ran = subprocess.run(["bash", "-c", line], capture_output=True, cwd=tmp_path, timeout=10)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split(b"\0")[:-1] == [word.encode("utf-8"), b"second"]
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.skipif(os.name == "nt", reason="POSIX quoting")
def test_plain_words_are_left_bare_and_others_quoted_with_shlex():
    assert command_line(["engagement-desktop", "run", "w.json", "--query=q1"]) == \
        "engagement-desktop run w.json --query=q1"
    assert command_line(["run", "my ws.json"]) == "run 'my ws.json'"


def test_windows_command_lines_follow_the_c_runtime_rules(monkeypatch):
    monkeypatch.setattr(os, "name", "nt")
    assert command_line(["engagement-desktop", "run", 'my "ws".json', "a\x1b[31mb"]) == \
        'engagement-desktop run "my \\"ws\\".json" ab'


@pytest.mark.parametrize("text, one_line, lines", [
    ("a\x1b[31mb\x1b[0m", "ab", "ab"),
    ("x\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\", "xlink", "xlink"),
    ("bell\x07 back\x08space\x7f", "bell backspace", "bell backspace"),
    ("two\nlines\tand\ra return", "twolinesanda return", "two\nlines\tanda return"),
    ("lone \udcff surrogate", "lone  surrogate", "lone  surrogate"),
    ("caf\u00e9 \u65e5\u672c \U0001f600", "caf\u00e9 \u65e5\u672c \U0001f600",
     "caf\u00e9 \u65e5\u672c \U0001f600"),
])
def test_shown_drops_what_a_terminal_obeys_and_keeps_every_letter(text, one_line, lines):
    assert shown(text) == one_line
    assert shown(text, lines=True) == lines


def test_say_prints_a_message_of_several_lines_without_its_escapes(capsys):
    say("error: query 'a\x1b[2Jb' cannot run; change this:\n  ids: bad", file=None)
    assert capsys.readouterr().out == "error: query 'ab' cannot run; change this:\n  ids: bad\n"
