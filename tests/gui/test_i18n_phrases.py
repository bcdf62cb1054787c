"""Sentences of the core's rules are English strings everywhere (CLI, logs, files) and Spanish
in the window: a Phrase keeps its template and values, and the window says each in its language."""
import pickle
from datetime import datetime, timezone

from engagement_builtins import specs
from engagement_desktop.core.endpoint import BEARER
from engagement_desktop.core.query import Query
from engagement_desktop.core.validation import validate
from engagement_desktop.gui.common.vocabulary import said
from engagement_desktop.i18n.phrases import Phrase, translate
from i18n_translators import english, spanish  # noqa: F401 — fixtures

NOW = datetime(2026, 11, 20, 12, tzinfo=timezone.utc)


def problems_of(query: Query, spec) -> dict[str, str]:
    return {p.field: p.message for p in validate(query, spec, account_kind=BEARER, now=NOW)}


def test_a_phrase_is_its_english_sentence_and_survives_a_pickle():
    made = translate("Validation", "Pick a granularity: {allowed}.").format(allowed="Daily")
    assert made == "Pick a granularity: Daily." and isinstance(made, str)
    again = pickle.loads(pickle.dumps(made))
    assert again == made and again.template == made.template and again.values == made.values
    assert str(translate("Validation", "none are loaded")) == "none are loaded"


def test_the_core_rules_speak_spanish_in_the_window_with_their_values_translated(spanish):
    found = problems_of(Query(endpoint="28hr", account="app", ids=[], metrics=["favorites"]),
                        specs.HR28)
    assert all(isinstance(message, Phrase) for message in found.values())
    assert said(found["ids"]).startswith("No hay ID de publicaciones")
    # The account kind inside the sentence is a phrase too.
    assert "«app» es una cuenta bearer solo de la app" in said(found["account"])
    assert "Add a grouping" in found["groupings"]  # the English sentence, as the CLI prints it
    assert said(found["groupings"]).startswith("Añada una agrupación, por ejemplo")


def test_in_english_the_window_says_what_the_cli_says(english):
    found = problems_of(Query(endpoint="28hr", account="app", ids=[], metrics=["favorites"]),
                        specs.HR28)
    assert {field: said(message) for field, message in found.items()} == found


def test_text_that_is_not_a_phrase_is_shown_as_it_is(spanish):
    assert said("HTTP 500: the server said no") == "HTTP 500: the server said no"


def test_rejected_ids_and_plan_notes_are_phrases_too(spanish):
    from engagement_desktop.core.ids import parse_ids

    rejected = parse_ids("hello https://x.com/someone").rejected
    assert [said(r.reason) for r in rejected] == [
        "un ID de publicación solo tiene cifras",
        "un enlace, pero no a una publicación (se esperaba https://x.com/<handle>/status/<ID>)"]
    assert rejected[0].reason == "a post ID has digits only"



def test_the_answer_integrity_problems_are_said_in_spanish_in_the_problems_tab(spanish, qtbot):
    """A post left out (or lost to a duplicate key) and posts not asked for: the problems of the
    one integrity check are phrases, and the Problems tab shows their title, meaning, advice
    and sentence in Spanish (the journal keeps them as phrases: tests/runner/test_journal.py)."""
    from engagement_desktop.core.plan import Step
    from engagement_desktop.core.rows import TOTAL, ParsedPage, Row
    from engagement_desktop.gui.results.problems_view import ProblemsView
    from engagement_desktop.runner.integrity import checked_page

    step = Step(id="s1", endpoint="totals", account="app", ids=("11", "12"),
                metrics=("favorites",))
    answer = ParsedPage([Row("11", "favorites", None, TOTAL, 3),
                         Row("99", "favorites", None, TOTAL, 5)], [])
    problems = checked_page(step, answer).problems
    assert {p.kind for p in problems} == {"missing", "not_requested"}
    assert any("not asked for: '99'" in p.message for p in problems)  # the CLI's English
    view = ProblemsView()
    qtbot.addWidget(view)
    view.set_problems(problems)
    lines = {view.list.topLevelItem(row).text(0): view.list.topLevelItem(row)
             for row in range(view.list.topLevelItemCount())}
    assert lines["12"].text(1) == "Falta en la respuesta"
    assert lines["12"].text(3) == "Vuelva a ejecutar; si sigue faltando, revise el ID."
    assert "no dijo nada de esta publicación" in lines["12"].toolTip(0)
    whole = lines["Toda la solicitud"]
    assert whole.text(1) == "Publicaciones no solicitadas"
    assert "habló de 1 publicación(es) por las que no se preguntó: '99'" in whole.toolTip(0)
    view.list.setCurrentItem(whole)
    assert "Lo que dijo de ellas se descartó" in view.details.text()


def test_the_analysis_notes_are_english_in_files_and_spanish_in_the_window(spanish):
    from engagement_desktop.core.analysis import build_table
    from engagement_desktop.core.rows import HOUR, Row
    from engagement_desktop.core.results import ResultSet
    from engagement_desktop.i18n.phrases import Term

    result = ResultSet()
    result.add_rows([Row("1", "impressions", 0, HOUR, 100), Row("1", "engagements", 0, HOUR, 5)])
    notes = build_table(result, ["day"], tz="Europe/Madrid", sort="impressions").notes()
    assert notes[:2] == ["Times in Europe/Madrid.", "Engagement rate = engagements / impressions: "
                         "Engagements (engagements) divided by impressions, both summed over "
                         "the row."]
    assert [said(n) for n in notes] == [
        "Horas en Europe/Madrid.",
        "Tasa de interacción = engagements / impressions: Interacciones (engagements) dividido "
        "entre impresiones, ambos sumados en la fila.",
        "Las tasas son cocientes de sumas en cada nivel; en blanco donde el denominador es cero "
        "o no se pidió.",
        "Ordenadas por impressions, de mayor a menor."]
    term = pickle.loads(pickle.dumps(Term("favorites", "Likes")))
    assert (term, term.name, said(term)) == ("Likes", "favorites", "Me gusta")
