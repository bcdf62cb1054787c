"""The run caps glibc's malloc arenas once, on glibc only; elsewhere it does nothing."""
import sys

import pytest

from engagement_desktop.runner import malloc_arenas


def test_glibc_is_asked_once_and_says_yes(monkeypatch):
    calls = []
    monkeypatch.setattr(malloc_arenas, "_done", [])
    real = malloc_arenas._mallopt
    monkeypatch.setattr(malloc_arenas, "_mallopt", lambda p, v: calls.append((p, v)) or real(p, v))
    first, second = malloc_arenas.cap_malloc_arenas(), malloc_arenas.cap_malloc_arenas()
    assert calls == [(malloc_arenas.M_ARENA_MAX, malloc_arenas.ARENAS)]
    assert first == second == (sys.platform.startswith("linux") and _is_glibc())


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_other_systems_are_left_alone(monkeypatch, platform):
    monkeypatch.setattr(sys, "platform", platform)
    assert malloc_arenas._mallopt(malloc_arenas.M_ARENA_MAX, malloc_arenas.ARENAS) is False


def _is_glibc():
    import platform
    return platform.libc_ver()[0] == "glibc"
