"""What went wrong when no answer came, in words the user can act on.

requests and urllib3 wrap the socket's error several layers deep (ConnectionError →
MaxRetryError → NewConnectionError → ConnectionRefusedError), and their messages are English and
technical. The user gets one of a few phrases (refused, name not found, timed out, TLS failed,
dropped); the raw, masked detail goes to the log.
"""
from __future__ import annotations

import socket
import ssl

import requests
import urllib3

from ..i18n.phrases import translate
from .bounded_body import UnknownEncoding

TIMED_OUT = translate("Connection", "the server did not answer in time (the connection timed "
                                    "out)")
REFUSED = translate("Connection", "the connection was refused: nothing answers at that address "
                                  "and port")
NAME_NOT_FOUND = translate("Connection", "the server's name was not found (a mistyped address, "
                                         "or no network)")
TLS_FAILED = translate("Connection", "the secure (TLS) connection failed: the server's "
                                     "certificate was not accepted, or it does not speak TLS")
DROPPED = translate("Connection", "the connection was cut before the whole answer came")
UNREADABLE = translate("Connection", "the answer came compressed in a way that cannot be read")
FAILED = translate("Connection", "the connection failed")

# Checked in this order along the error's chain: the most telling cause first. (urllib3's
# NewConnectionError is a ConnectTimeoutError by inheritance only: its cause tells.)
_KINDS = (
    ((ssl.SSLError, requests.exceptions.SSLError, urllib3.exceptions.SSLError), TLS_FAILED),
    ((socket.gaierror, urllib3.exceptions.NameResolutionError), NAME_NOT_FOUND),
    ((ConnectionRefusedError,), REFUSED),
    ((requests.Timeout, urllib3.exceptions.ReadTimeoutError, socket.timeout), TIMED_OUT),
    ((requests.exceptions.ContentDecodingError, urllib3.exceptions.DecodeError,
      UnknownEncoding), UNREADABLE),
    ((ConnectionError, urllib3.exceptions.ProtocolError,
      requests.exceptions.ChunkedEncodingError), DROPPED),
)


def failure_words(error: BaseException) -> str:
    """The phrase for a connection that brought no answer."""
    chain = list(_chain(error))
    for kinds, words in _KINDS:
        if any(isinstance(link, kinds) for link in chain):
            return words
    return FAILED


def _chain(error: BaseException, depth: int = 0):
    """The error and what it wraps: causes, contexts, urllib3's `reason`, exceptions in args."""
    if error is None or depth > 8:
        return
    yield error
    inner = [error.__cause__, error.__context__, getattr(error, "reason", None),
             *(arg for arg in error.args if isinstance(arg, BaseException))]
    for link in inner:
        if isinstance(link, BaseException) and link is not error:
            yield from _chain(link, depth + 1)
