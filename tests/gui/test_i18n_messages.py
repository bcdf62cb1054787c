"""The messages the last rounds left English reach the Spanish window in Spanish: a job the
journal does not have or that was planned otherwise (in the window's own words, not the CLI's
--resume), the plain-HTTP rule, the token login flows, a full disk or an unwritable folder, a
workspace with values of the wrong type, and the built-in exporters' missing folder. Each is
raised by the code that raises it for real, said as the window says it, and holds none of the
app's English-only words (paths, which may hold any word, are left out of the look)."""
import errno
import json
import re
import sqlite3
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QMessageBox

from engagement_desktop.core.query import Query
from engagement_desktop.core.workspace import WorkspaceError, load
from engagement_desktop.credentials.url_policy import InsecureURL, check_url
from engagement_desktop.gui.common.vocabulary import said_error
from engagement_desktop.i18n.phrases import translate
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.runner.journal import JournalError
from engagement_desktop.runner.tokens import PinFlow, TokenError
from engagement_desktop.storage.unwritable import cannot_write
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
