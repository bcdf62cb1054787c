"""No traceback in the user's face: unexpected errors in slots become a message box and a log line.

Qt swallows exceptions raised inside slots (PySide prints them and carries on), so a bug would
otherwise be silent for the user and leave the window in a half-updated state. Every slot that
does real work is wrapped with `guarded`; `install_excepthook` catches whatever slips through.
"""
from __future__ import annotations

import functools
import logging
import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QWidget

from ...errors import AppError
from .notices import notify

log = logging.getLogger("engagement_desktop.gui")


def report_error(parent: QWidget | None, doing: str, error: BaseException) -> None:
    """Show the user what failed and what to do, without the traceback. An AppError's message
    is meant for the user and is all there is to say; anything else is a bug, logged in full.
    `doing` is marked with QT_TRANSLATE_NOOP("Doing", …): logged as it is, shown translated."""
    if isinstance(error, AppError):
        log.warning("Could not finish %s: %s", doing, error)
        title = QCoreApplication.translate("SlotGuard", "Could not finish")
        advice = QCoreApplication.translate("SlotGuard", "What you had is kept.")
    else:
        log.error("Unexpected error while %s", doing,
                  exc_info=(type(error), error, error.__traceback__))
        title = QCoreApplication.translate("SlotGuard", "Something went wrong")
        advice = QCoreApplication.translate("SlotGuard", "What you had is kept. If this keeps "
                                            "happening, the log file has the details.")
    if QApplication.instance() is None:
        return
    # Non-blocking: a modal loop inside a slot could re-enter the failing code.
    said = QCoreApplication.translate("SlotGuard", "Could not finish {doing}.").format(
        doing=QCoreApplication.translate("Doing", doing))
    box = notify(parent, title, f"{said}\n\n{error}\n\n{advice}")
    box.setObjectName("errorBox")


def guarded(doing: str) -> Callable:
    """Decorator for a widget method used as a slot: errors are reported, never raised into Qt."""
    def wrap(slot: Callable) -> Callable:
        @functools.wraps(slot)
        def run(self, *args, **kwargs):
            try:
                return slot(self, *args, **kwargs)
            except Exception as error:  # noqa: BLE001 - the last line of defence
                report_error(_widget_of(self), doing, error)
                return None
        return run
    return wrap


def _widget_of(obj) -> QWidget | None:
    """The widget a slot's owner belongs to (itself, or its nearest widget parent)."""
    while obj is not None and not isinstance(obj, QWidget):
        obj = obj.parent() if isinstance(obj, QObject) else None
    return obj


def install_excepthook() -> None:
    """Errors outside guarded slots: log them and tell the user, keep the app running."""
    def hook(kind, error, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("Unhandled error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        report_error(QApplication.activeWindow(),
                     QT_TRANSLATE_NOOP("Doing", "the last action"), error)
    sys.excepthook = hook
