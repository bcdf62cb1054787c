"""Issue 13, the secret scan's window half with the hostile echo modes: the real window runs
its example query against a server that echoes the Authorization header and every demo secret
back (a 400, a 403, a 500, a 200 with `errors`, a garbled body), shows the problems and exports
CSV, JSON and XLSX of whatever values came; afterwards no secret of any account the window holds
(the one that sent, and every other demo account) is in any file the app wrote (config, data,
journal, logs, exports), in what the process printed on stdout or stderr, nor in the Problems
tab."""
import pytest
from hostile_server import HostileServer
from PySide6.QtWidgets import QFileDialog
from test_hostile_echo import SECRET_FIELDS

from engagement_desktop.sandbox.accounts import CONSUMER_KEY, DEMO_ACCOUNTS

pytestmark = [pytest.mark.slow, pytest.mark.bad_input]

# The example query's account sends; the server echoes its secrets and every other demo
# account's, which the window holds too.
USED = next(a for a in DEMO_ACCOUNTS if a["name"] == "demo-app")
EVERY_SECRET = {CONSUMER_KEY} | {a[f] for a in DEMO_ACCOUNTS for f in SECRET_FIELDS if a.get(f)}
OTHERS = EVERY_SECRET - {USED[f] for f in SECRET_FIELDS if USED.get(f)}
ECHO_MODES = ("400", "403", "500", "200-errors", "garbled")


class _HostileInPlaceOfTheSandbox:
    """What the window starts as its sandbox: the hostile server, knowing every demo secret."""
    server: HostileServer | None = None

    def __init__(self, *_args, **_kwargs):
        type(self).server = HostileServer(ECHO_MODES[0], leaks=tuple(sorted(EVERY_SECRET)))

    def start(self):
        self.server.__enter__()
        return self

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def stop(self) -> None:
        self.server.__exit__(None, None, None)


def export_all(window, monkeypatch, qtbot, folder, mode: str) -> None:
    for kind, suffix in (("CSV", "csv"), ("JSON", "json"), ("XLSX", "xlsx")):
        target = folder / f"window-{mode}.{suffix}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
        action = next((a for a in window.workbench.actions.export_menu.actions()
                       if kind in a.text()), None)
        if action is not None and action.isEnabled():
            action.trigger()
            qtbot.waitUntil(target.exists, timeout=15000)


def test_the_window_against_every_echo_mode_writes_and_prints_no_secret(qtbot, home, monkeypatch,
                                                                       capfd):
    for key, value in home.env().items():  # the window's platformdirs and keyring, too
        if key.startswith(("HOME", "XDG_", "PYTHON_KEYRING")):
            monkeypatch.setenv(key, value)
    monkeypatch.setattr("engagement_desktop.sandbox.server.SandboxServer",
                        _HostileInPlaceOfTheSandbox)
    from engagement_desktop.app import build

    app, window, stop = build(["--home", str(home.root / "gui")])
    shown: list[str] = []
    try:
        qtbot.waitExposed(window)
        for mode in ECHO_MODES:
            _HostileInPlaceOfTheSandbox.server.mode = mode
            with qtbot.waitSignal(window.workbench.runs.run_finished, timeout=120000) as ran:
                window.workbench.actions.run.trigger()
            result = ran.args[0]
            shown.extend(p.message for p in result.problems)  # the Problems tab's text
            if result:  # the window exports values; an answer of problems only has none
                export_all(window, monkeypatch, qtbot, home.root, mode)
        window.workbench.files.dirty = False
        window.close()
    finally:
        stop()
    assert _HostileInPlaceOfTheSandbox.server.requests >= len(ECHO_MODES)  # the echo was sent
    printed = capfd.readouterr()
    files = [p for p in home.root.rglob("*") if p.is_file()]
    assert ".log" in {p.suffix for p in files} and any(".sqlite" in p.name for p in files)
    assert len(shown) >= len(ECHO_MODES)  # every mode's echo reached the Problems tab
    assert len(OTHERS) >= 5  # secrets of accounts that did not send are looked for too
    leaks = [(str(p), s) for p in files for s in EVERY_SECRET if s.encode() in p.read_bytes()]
    leaks += [("stdout/stderr", s) for s in EVERY_SECRET if s in printed.out + printed.err]
    leaks += [("Problems tab", s) for s in EVERY_SECRET if s in "\n".join(shown)]
    assert sorted({s for _, s in leaks}) == []
    assert any("***" in message for message in shown)  # the echo was shown, masked
