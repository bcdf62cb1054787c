"""The messages the last rounds left English reach the Spanish window in Spanish: a job the
journal does not have or that was planned otherwise (in the window's own words, not the CLI's
--resume), the plain-HTTP rule, the token login flows, a full disk or an unwritable folder, a
workspace with values of the wrong type, and the built-in exporters' missing folder. Each is
raised by the code that raises it for real, said as the window says it, and holds none of the
app's English-only words (paths, which may hold any word, are left out of the look)."""
import errno
import json
import os
import re
import socket
import sqlite3
import threading
from contextlib import closing, suppress
from dataclasses import replace
from datetime import datetime, timezone

import pytest
import responses as responses_lib
from PySide6.QtWidgets import QMessageBox

from engagement_desktop.core.endpoint import BEARER, ENTERPRISE, EndpointSpec, HttpRequest
from engagement_desktop.core.query import Query
from engagement_desktop.core.refusal import decode_object
from engagement_desktop.core.workspace import WorkspaceError, load
from engagement_desktop.credentials.account import Account, AccountError, Secrets
from engagement_desktop.credentials.index import AccountIndex, AccountListError
from engagement_desktop.credentials.url_policy import InsecureURL, check_url
from engagement_desktop.gui.common.vocabulary import said, said_error
from engagement_desktop.i18n.phrases import translate
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.runner.connection_check import ConnectionFailed, check_connection
from engagement_desktop.runner.journal import Journal, JournalError
from engagement_desktop.runner.tokens import PinFlow, TokenError, Tokens
from engagement_desktop.storage.unwritable import cannot_write
from engagement_desktop.transport.bounded_body import too_large, too_slow
from engagement_desktop.transport.client import HttpClient
from engagement_desktop.transport.retry import RetryPolicy
from engagement_desktop.transport.sender import Credential, GaveUp, Transport
from engagement_desktop.transport.sessions import Timeouts
from test_i18n_window import english_in, make_window  # noqa: F401 — a fixture

TOTALS = Query(name="q", endpoint="totals", account="demo-app", ids=["1460323737035677698"],
               metrics=["favorites"], groupings={"per post": ["tweet.id", "engagement.type"]})


def spanish(message: str, *paths) -> str:
    """`message` with the given paths left out, checked to hold no English-only word; the
    server's own words after an HTTP status are its, and are not looked at."""
    for path in paths:
        message = message.replace(str(path), "<path>")
    assert english_in([re.sub(r"\(HTTP \d+: [^)]*\)", "", message)]) == {}, message
    return message


def test_resuming_a_job_the_journal_lacks_says_so_without_the_cli_s_flag(make_window, qtbot):
    window = make_window([TOTALS])
    window.workbench.runs.resume("no-such-job")
    notice = window.findChild(QMessageBox, "notice")
    journal = window.workbench.ctx.service.journal.path
    text = spanish(notice.text(), journal)
    assert text.startswith("No hay ningún trabajo «no-such-job» en el diario de trabajos")
    assert "--resume" not in text and notice.windowTitle() == "El trabajo no se puede reanudar"


def test_a_job_planned_for_another_query_is_said_in_the_window_s_words(make_window):
    service = make_window([TOTALS]).workbench.ctx.service
    started = service.prepare(TOTALS, look_up_owners=False).plan
    other = service.prepare(replace(TOTALS, metrics=["retweets"]), look_up_owners=False).plan
    job = service.journal.start(started, datetime(2026, 11, 20, tzinfo=timezone.utc))
    with pytest.raises(JournalError) as raised:
        service.journal.check_resumable(job, other)
    assert "--resume" in str(raised.value)  # the CLI's advice, as it prints it
    text = spanish(said_error(raised.value))
    assert text.startswith(f"El trabajo «{job}» se inició para otra consulta u otro plan")
    assert "--resume" not in text


@pytest.mark.parametrize("url, start", [
    ("http://example.com", "http://example.com es http:// sin cifrar hacia example.com"),
    ("https://me:pw@example.com", "La URL base https://example.com contiene un nombre")])
def test_the_plain_http_rule_speaks_spanish(spanish_window, url, start):
    with pytest.raises(InsecureURL) as raised:
        check_url(url)
    assert spanish(said_error(raised.value)).startswith(start)


def test_the_token_flows_speak_spanish(spanish_window):
    tokens = spanish_window.workbench.ctx.service.tokens
    sandbox = spanish_window.workbench.ctx.sandbox_url
    said = []
    for call in (lambda: tokens.app_bearer(sandbox, "not-the-key", "not-the-secret"),
                 lambda: tokens.start_pin(sandbox, "not-the-key", "not-the-secret"),
                 lambda: tokens.app_bearer("http://127.0.0.1:9", "some-key", "some-secret"),
                 lambda: tokens.finish_pin(PinFlow("", sandbox, "rt", "rs", "k", "s"), " "),
                 lambda: tokens.app_bearer("http://example.com", "some-key", "some-secret")):
        with pytest.raises(TokenError) as raised:
            call()
        said.append(spanish(said_error(raised.value), sandbox, "http://127.0.0.1:9"))
    assert said[0].startswith("Se rechazó la consumer key o el consumer secret (HTTP 40")
    assert said[1].startswith("Se rechazó la consumer key o el consumer secret (HTTP 40")
    assert said[2].startswith("No se pudo contactar con <path>/oauth2/token al obtener un "
                              "bearer token solo de la app")
    assert said[3] == "Escriba el PIN que se mostró tras autorizar la app (un número corto)."
    assert said[4].startswith("http://example.com es http:// sin cifrar")


def test_a_full_disk_and_an_unwritable_folder_speak_spanish(spanish_window, tmp_path):
    journal = tmp_path / "jobs.sqlite"
    what = translate("Storage", "job journal")
    full = spanish(said_error(cannot_write(what, journal, OSError(errno.ENOSPC, "full"))),
                   journal)
    assert full == ("No se puede escribir en el diario de trabajos (<path>): el disco está "
                    "lleno. Libere espacio o permita escribir en la carpeta y vuelva a "
                    "intentarlo.")
    read_only = sqlite3.OperationalError("attempt to write a readonly database")
    read_only.sqlite_errorcode = sqlite3.SQLITE_READONLY
    assert "el archivo o su carpeta son de solo lectura" in spanish(
        said_error(cannot_write(what, journal, read_only)), journal)
    log = spanish(said_error(cannot_write(translate("Storage", "log file"), tmp_path,
                                          OSError(errno.EROFS, "ro"))), tmp_path)
    assert log.startswith("No se puede escribir en el archivo de registro (<path>): el disco "
                          "es de solo lectura.")


def test_a_workspace_with_values_of_the_wrong_type_says_each_detail_in_spanish(
        spanish_window, tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"format_version": 3, "name": 7, "queries": [
        {"name": "q", "ids": ["1", 2], "metrics": "favorites", "start": []}, "x"]}))
    with pytest.raises(WorkspaceError) as raised:
        load(path)
    lines = spanish(said_error(raised.value), path).split("\n")
    assert lines == [
        "<path> tiene valores del tipo equivocado; corríjalos o abra otro archivo (se ha "
        "dejado tal como estaba):",
        "  name debe ser un texto, no el número 7",
        "  queries[0].ids[1] debe ser un texto, no el número 2",
        "  queries[0].metrics debe ser una lista de textos, no un texto",
        "  queries[0].start debe ser un texto o null, no una lista",
        "  queries[1] debe ser un objeto, no un texto"]


@pytest.mark.parametrize("name", ["csv", "json", "xlsx", "png", "svg"])
def test_the_built_in_exporters_say_a_missing_folder_in_spanish(spanish_window, tmp_path,
                                                                name):
    exporter = load_registry(spanish_window.workbench.ctx.paths).exporters[name]
    target = tmp_path / "gone" / f"out.{exporter.extensions[0].lstrip('.')}"
    with pytest.raises(FileNotFoundError) as raised:  # before the result is looked at
        exporter.export(None, target)
    assert spanish(said_error(raised.value), target.parent) == (
        f"No se puede exportar a «<path>/{target.name}»: la carpeta «<path>» no existe; "
        "créela o elija otra.")
    assert not target.parent.exists()


@pytest.fixture
def spanish_window(make_window):
    return make_window([TOTALS])


# -- the last round's gaps: damaged files, the account list, sizes, connections --------------

def test_a_damaged_journal_says_what_is_wrong_with_it_in_spanish(spanish_window, tmp_path):
    (tmp_path / "jobs.sqlite3").write_bytes(b"this is not a database at all" * 100)
    journal = Journal(tmp_path)
    [aside] = tmp_path.glob("jobs.sqlite3.corrupt-*")
    assert spanish(said(journal.problem), aside) == (
        "Se encontraron daños en el diario de trabajos (no es un archivo de base de datos); se "
        "ha guardado aparte como <path> y se ha empezado un archivo nuevo. Los trabajos "
        "iniciados antes no se pueden reanudar.")
    with pytest.raises(JournalError) as raised:  # resuming a job it had: the detail is said too
        journal.job("20261120-000000-abcdef")
    text = spanish(said_error(raised.value), aside, journal.path)
    assert "(no es un archivo de base de datos)" in text and "--resume" not in text


def test_a_journal_of_another_schema_names_its_table_in_spanish(spanish_window, tmp_path):
    with closing(sqlite3.connect(tmp_path / "jobs.sqlite3")) as db, db:
        db.execute("CREATE TABLE jobs (name TEXT, size INTEGER)")
    problem = Journal(tmp_path).problem
    [aside] = tmp_path.glob("jobs.sqlite3.corrupt-*")
    wanted = "id, fingerprint, query, total_steps, created, finished"  # the file's own names
    assert spanish(said(problem), aside, wanted).startswith(
        "Se encontraron daños en el diario de trabajos (su tabla «jobs» tiene las columnas "
        "name, size, no <path>: no lo escribió esta aplicación); se ha guardado aparte como ")


@pytest.mark.parametrize("stored, detail", [
    (b"{not json", "no es JSON válido"),
    (b'{"accounts": 3}', "no tiene ninguna lista de cuentas"),
    (b'{"accounts": [{"name": "a"}]}', "la cuenta 1 no tiene kind"),
    (b'{"accounts": [{"name": "a", "kind": "magic"}]}',
     "la cuenta 1 no se puede usar: «magic» no es un tipo de cuenta")])
def test_a_damaged_account_list_says_what_is_wrong_with_it_in_spanish(spanish_window, tmp_path,
                                                                      stored, detail):
    (tmp_path / "accounts.json").write_bytes(stored)
    problem = AccountIndex(tmp_path).problem
    [aside] = tmp_path.glob("accounts.json.corrupt-*")
    text = spanish(said(problem), aside)
    assert text.startswith(f"Se encontraron daños en la lista de cuentas ({detail}")
    assert text.endswith("y la aplicación empieza sin cuentas. Vuelva a añadirlas (sus secretos "
                         "siguen en el llavero con los mismos nombres).")


def test_an_account_list_that_cannot_be_read_or_saved_says_so_in_spanish(
        spanish_window, tmp_path, monkeypatch):
    (tmp_path / "folder" / "accounts.json").mkdir(parents=True)
    with pytest.raises(AccountListError) as unreadable:
        AccountIndex(tmp_path / "folder")
    assert spanish(said_error(unreadable.value), tmp_path / "folder" / "accounts.json") == (
        "No se puede leer la lista de cuentas <path>: es una carpeta, no un archivo. Mueva esa "
        "carpeta o cámbiele el nombre y vuelva a empezar.")
    index = AccountIndex(tmp_path)
    def disk_full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(AccountListError) as unsaved:
        index.add(Account(name="new", kind="bearer"))
    assert spanish(said_error(unsaved.value), index.path) == (
        "No se puede guardar la lista de cuentas <path>: el disco está lleno. Libere espacio o "
        "permita escribir en la carpeta y vuelva a intentarlo.")
    monkeypatch.undo()
    index.add(Account(name="one", kind="bearer"))
    with pytest.raises(AccountError) as taken:
        index.add(Account(name="one", kind="bearer"))
    assert spanish(said_error(taken.value)) == (
        "Ya existe una cuenta llamada «one»; elija otro nombre o quite antes esa cuenta.")


def test_sizes_and_durations_in_messages_are_written_the_spanish_way(spanish_window):
    assert "superó 1,5 MB" in spanish(said_error(too_large(1_500_000)))
    assert "superó 65.536 bytes" in spanish(said_error(too_large(65_536)))
    assert "después de 12,5 s" in spanish(said_error(too_slow(12.5)))
    assert "superó 16 MB" in spanish(said_error(too_large(16_000_000)))


CLASS_NAME = re.compile(r"\b\w*(Error|Exception|Timeout)\b")  # a Python class in the user's face


def test_a_server_that_cannot_be_reached_is_said_in_words_not_a_class_name(spanish_window,
                                                                           unreachable):
    tokens = Tokens(HttpClient(Timeouts(1, 1)))
    said = {}
    for kind, url in unreachable.items():
        with pytest.raises(TokenError) as raised:
            tokens.app_bearer(url, "some-key", "some-secret")
        said[kind] = spanish(said_error(raised.value), url)
        assert not CLASS_NAME.search(said[kind]), said[kind]
    doing = "No se pudo contactar con <path>/oauth2/token al obtener un bearer token solo de la app"
    check = ". Compruebe la conexión y la URL base de la cuenta."
    assert said["refused"] == (f"{doing}: se rechazó la conexión: nada responde en esa "
                               f"dirección y ese puerto{check}")
    assert said["tls"] == (f"{doing}: falló la conexión segura (TLS): no se aceptó el "
                           f"certificado del servidor, o el servidor no usa TLS{check}")
    assert said["name"] == (f"{doing}: no se encontró el nombre del servidor (una dirección mal "
                            f"escrita, o no hay red){check}")
    assert said["silent"].startswith("No hubo respuesta de <path>/oauth2/token")


def test_a_run_and_a_connection_test_that_reach_nothing_say_why_in_spanish(spanish_window,
                                                                           unreachable):
    api = unreachable["refused"]
    account = Account("dead", BEARER, base_url=api, api_base_url=api)
    credential = Credential(account, Secrets(bearer_token="some-token"))
    transport = Transport(lambda _name: credential,
                          policy=RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.02))
    refused = "se rechazó la conexión: nada responde en esa dirección y ese puerto"
    with pytest.raises(GaveUp) as gave_up:
        transport.send("dead", SPEC, HttpRequest("GET", SPEC.path), threading.Event(),
                       lambda *answer: answer)
    assert spanish(said_error(gave_up.value)) == f"Se abandonó tras 2 intentos: {refused}"
    with pytest.raises(ConnectionFailed) as failed:
        check_connection(transport, credential)
    assert spanish(said_error(failed.value), api) == (
        f"No se pudo contactar con <path>: {refused}; compruebe la conexión y las URL de la "
        "cuenta.")
    transport.close()


@responses_lib.activate
def test_a_server_that_fails_or_answers_garbage_is_said_in_spanish(spanish_window):
    url = "https://api.example.test"
    account = Account("app", BEARER, base_url=url, api_base_url=url)
    transport = Transport(lambda _name: Credential(account, Secrets(bearer_token="t")),
                          policy=RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.02))
    responses_lib.get(url + SPEC.path, status=503)
    with pytest.raises(GaveUp) as failing:
        transport.send("app", SPEC, HttpRequest("GET", SPEC.path), threading.Event(),
                       lambda *answer: answer)
    assert spanish(said_error(failing.value)) == (
        "Se abandonó tras 2 intentos: error del servidor (HTTP 503)")
    responses_lib.replace(responses_lib.GET, url + SPEC.path, body=b"<html>busy</html>")
    with pytest.raises(GaveUp) as garbage:
        transport.send("app", SPEC, HttpRequest("GET", SPEC.path), threading.Event(),
                       lambda status, _headers, body: decode_object(body, status))
    assert spanish(said_error(garbage.value)).startswith(
        "Se abandonó tras 2 intentos: La respuesta del servidor (HTTP 200) no es JSON: ")
    transport.close()


def test_a_workspace_that_is_not_json_says_where_in_spanish(spanish_window, tmp_path):
    path = tmp_path / "w.json"
    path.write_text('{"format_version": 3,\n "name" "q"}')
    with pytest.raises(WorkspaceError) as raised:
        load(path)
    assert spanish(said_error(raised.value), path) == (
        "<path> no es JSON válido: faltan los dos puntos en la línea 2, columna 9. Corríjalo o "
        "abra otro archivo; se ha dejado tal como estaba.")


SPEC = EndpointSpec(name="totals", title="Totals", family=ENTERPRISE, method="GET",
                    path="/insights/engagement/totals", max_ids=250, metrics=("favorites",),
                    auth_kinds=frozenset({BEARER}), time="lifetime", default_per_minute=6000)


@pytest.fixture
def unreachable():
    """URLs of servers that cannot answer, each its own way, on 127.0.0.1 only: nothing
    listening, a server that speaks plain text to TLS, one that never answers; and a name
    that cannot exist (.invalid is reserved)."""
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    refused_port = closed.getsockname()[1]
    closed.close()
    silent, plain = socket.create_server(("127.0.0.1", 0)), socket.create_server(("127.0.0.1", 0))

    def speak_plain_text():
        with suppress(OSError):
            connection, _ = plain.accept()
            with connection:
                connection.sendall(b"HTTP/1.0 200 OK\r\n\r\nnot TLS at all\r\n")

    threading.Thread(target=speak_plain_text, daemon=True).start()
    yield {"refused": f"http://127.0.0.1:{refused_port}",
           "tls": f"https://127.0.0.1:{plain.getsockname()[1]}",
           "name": "https://no-such-host.invalid",
           "silent": f"http://127.0.0.1:{silent.getsockname()[1]}"}
    silent.close()
    plain.close()
