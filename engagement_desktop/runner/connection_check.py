"""The accounts dialog's "Test connection", Qt-free: one public post looked up with the
account's credentials, through the one transport.

The lookup proves the credentials work without reading engagement (so it adds nothing to the
monthly @handle bill). It is asked once, not retried: the user is waiting for a yes or no.
"""
from __future__ import annotations

import threading

from ..core.endpoint import HttpRequest
from ..errors import AppError
from ..i18n.phrases import translate
from ..transport.auth import AuthenticationError
from ..transport.bounded_body import AnswerCut
from ..transport.sender import Credential, GaveUp, Transport
from .routing import LOOKUP

CHECK_POST = "20"  # a public post that has existed since 2006: any server can look it up


class ConnectionFailed(AppError):
    """The test did not pass; the message says why and what to do."""


def check_connection(transport: Transport, credential: Credential) -> str:
    """"Connected: …" when the server accepted the account's credentials; ConnectionFailed
    saying why otherwise."""
    account = credential.account
    name, api = account.name, account.api_base_url
    request = HttpRequest("GET", LOOKUP.path, params={"ids": CHECK_POST})
    try:
        status = transport.send(name, LOOKUP, request, threading.Event(),
                                lambda status, _headers, _body: status, once=True)
    except AuthenticationError as error:
        if error.missing:
            raise ConnectionFailed(translate("ConnectionCheck", "The account '{name}' has no "
                                             "{missing}: add them here and Save.").format(
                name=name, missing=", ".join(error.missing))) from None
        raise ConnectionFailed(_refused(api, name, 401) if error.status == 401
                               else error.args[0]) from None
    except GaveUp as error:
        if error.status is None:
            raise ConnectionFailed(translate("ConnectionCheck", "Could not reach {api}: {error}; "
                                             "check the connection and the account's "
                                             "URLs.").format(api=api, error=error.args[0])) \
                from None
        status = error.status
    except AnswerCut as error:
        raise ConnectionFailed(translate("ConnectionCheck", "{api} answered, but: {error}").format(
            api=api, error=error.args[0])) from None
    if status in (401, 403):
        raise ConnectionFailed(_refused(api, name, status))
    if status >= 400:
        raise ConnectionFailed(translate("ConnectionCheck", "{api} answered HTTP {status}; the "
                                         "credentials could not be checked, try again "
                                         "later.").format(api=api, status=status))
    return translate("ConnectionCheck", "Connected: {api} accepted the credentials of "
                                        "'{name}'.").format(api=api, name=name)


def _refused(api: str, name: str, status: int) -> str:
    return translate("ConnectionCheck", "{api} refused the credentials of '{name}' (HTTP "
                                        "{status}); check them, or log in again.").format(
        api=api, name=name, status=status)
