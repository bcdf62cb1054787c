"""Waiting that a cancel `threading.Event` interrupts at once."""
from __future__ import annotations

import threading


class Cancelled(Exception):
    """The user cancelled while this thread waited or was about to send."""


def wait(cancel: threading.Event, seconds: float) -> None:
    """Sleep `seconds`, or raise Cancelled the moment `cancel` is set."""
    if cancel.is_set() or (seconds > 0 and cancel.wait(seconds)):
        raise Cancelled()
