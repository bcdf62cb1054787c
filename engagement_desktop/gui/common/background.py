"""Run a blocking call (a token request, a connection test) off the GUI thread.

The window never waits on the network: the call runs in Qt's thread pool and its result or
error comes back as a queued signal to the GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Call(QRunnable):
    def __init__(self, fn: Callable[[], object], signals: _Signals):
        super().__init__()
        self.fn, self.signals = fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread to show
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class Background(QObject):
    """Owner of the calls a widget started; `busy` tells whether one is still running."""
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.running = 0

    @property
    def busy(self) -> bool:
        return self.running > 0

    def call(self, fn: Callable[[], object], on_done: Callable[[object], None],
             on_error: Callable[[Exception], None]) -> None:
        signals = _Signals(self)  # lives in the GUI thread: its slots run there
        # One slot per outcome: with two, `signals` could be deleted between their queued
        # calls, and the handler's call with it (the result lost, the window left waiting).
        signals.done.connect(lambda result: self._finished(signals, on_done, result))
        signals.failed.connect(lambda error: self._finished(signals, on_error, error))
        self.running += 1
        QThreadPool.globalInstance().start(_Call(fn, signals))

    def _finished(self, signals: _Signals, handler: Callable, value: object) -> None:
        # Count the call as finished before its handler runs, so the handler sees `busy` right.
        self.running -= 1
        try:
            handler(value)
        finally:
            signals.deleteLater()
