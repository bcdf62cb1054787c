"""The window is on screen first; plugins, accounts and the workbench follow, each step named on
the startup page, and the sandbox starts in the background once the workbench is usable (a run
waits for it); closing the window or a failing step ends the start cleanly."""
import threading

from PySide6.QtWidgets import QApplication, QMessageBox

from engagement_desktop.app import Startup, main
from engagement_desktop.gui.shell.startup_page import StartupPage
from engagement_desktop.sandbox.server import SandboxServer


def test_the_window_paints_before_anything_slow_and_names_each_step(qtbot, tmp_path,
                                                                    monkeypatch):
    seen = []
    shown = StartupPage.show_step
    monkeypatch.setattr(StartupPage, "show_step",
                        lambda page, text: (seen.append(text), shown(page, text)))
    loading = Startup._load_plugins
    monkeypatch.setattr(Startup, "_load_plugins",
                        lambda self: (seen.append("plugins loading"), loading(self)))
    startup = Startup(["--home", str(tmp_path / "home")])
    startup.window.startup.painted.connect(lambda: seen.append("painted"))
    ready = []
    startup.finish_after_first_paint(on_ready=lambda: ready.append(True))
    try:
        assert startup.window.workbench is None and startup.window.isVisible()
        qtbot.waitUntil(lambda: bool(ready), timeout=30000)
        assert seen == ["Starting…", "painted", "Loading plugins…", "plugins loading",
                        "Reading the accounts…", "Building the window…"]
        workbench = startup.window.workbench
        assert startup.window.centralWidget() is not None and startup.window.startup is None
        assert workbench.editor.isEnabled() and workbench.panel.queries()
        assert workbench.actions.run.isEnabled() and workbench.ctx.demo_only
        # The sandbox starts in the background once the window is usable; the banner follows.
        qtbot.waitUntil(lambda: startup.sandbox is not None, timeout=30000)
        assert workbench.ctx.sandbox_url == workbench.ctx.service.sandbox_base_url \
            == startup.sandbox.base_url
        assert not workbench.banner.isHidden()
    finally:
        if startup.window.workbench is not None:
            startup.window.workbench.files.dirty = False
        startup.window.close()
        startup.stop()


def test_a_run_asked_for_before_the_sandbox_is_up_waits_for_it_then_runs_on_it(qtbot, tmp_path,
                                                                              monkeypatch):
    release = threading.Event()
    start = SandboxServer.start
    monkeypatch.setattr(SandboxServer, "start",
                        lambda server: (release.wait(30), start(server))[1])
    startup = Startup(["--home", str(tmp_path / "home")])
    ready = []
    startup.finish_after_first_paint(on_ready=lambda: ready.append(True))
    try:
        qtbot.waitUntil(lambda: bool(ready), timeout=30000)
        workbench = startup.window.workbench
        assert startup.sandbox is None and workbench.actions.run.isEnabled()
        wait = workbench.ctx.wait_for_sandbox
        # Let the sandbox come up only once Run has asked for it: Run waits for it.
        workbench.ctx.wait_for_sandbox = lambda: (release.set(), wait())[1]
        workbench.run_current()
        assert workbench.ctx.service.sandbox_base_url == startup.sandbox.base_url
        qtbot.waitUntil(lambda: not workbench.runs.running, timeout=30000)
        assert len(workbench.results.current_result()) > 0
    finally:
        release.set()
        if startup.window.workbench is not None:
            startup.window.workbench.files.dirty = False
        startup.window.close()
        startup.stop()


def test_closing_the_window_while_it_starts_stops_the_start(qtbot, tmp_path, monkeypatch):
    qapp = QApplication.instance()
    quits = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)  # the real app quits here; the test session must not
    steps = []
    monkeypatch.setattr(Startup, "_load_plugins", lambda self: steps.append("plugins"))
    startup = Startup(["--home", str(tmp_path / "home")])
    startup.window.startup.painted.connect(startup.window.close)
    startup.finish_after_first_paint()
    try:
        qtbot.waitUntil(lambda: not startup.window.isVisible(), timeout=5000)
        qtbot.wait(50)  # the step the paint scheduled has had its turn
        assert steps == [] and startup.sandbox is None and startup.window.workbench is None
    finally:
        startup.stop()
        qapp.setQuitOnLastWindowClosed(quits)


def test_an_unexpected_failure_while_starting_says_where_the_log_is_and_exits_1(
        tmp_path, monkeypatch, capsys):
    def broken(self):
        raise RuntimeError("plugin folder exploded")

    monkeypatch.setattr(Startup, "_load_plugins", broken)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert main(["--home", str(tmp_path / "home")]) == 1
    assert "plugin folder exploded" in shown[0]
    assert str(tmp_path / "home" / "logs") in shown[0]
    assert "Traceback" not in capsys.readouterr().err
