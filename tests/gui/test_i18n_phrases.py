"""Sentences of the core's rules are English strings everywhere (CLI, logs, files) and Spanish
in the window: a Phrase keeps its template and values, and the window says each in its language."""
import pickle
from datetime import datetime, timezone

import pytest

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
    assert lines["12"].text(1) == "Ausente de la respuesta"
    assert lines["12"].text(3) == "Vuelva a ejecutar; si sigue faltando, compruebe el ID."
    assert "no dijo nada de esta publicación" in lines["12"].toolTip(0)
    whole = lines["Toda la solicitud"]
    assert whole.text(1) == "Publicaciones por las que no se preguntó"
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
        "Ordenado por Impresiones, de mayor a menor."]
    term = pickle.loads(pickle.dumps(Term("favorites", "Likes")))
    assert (term, term.name, said(term)) == ("Likes", "favorites", "Me gusta")


def test_an_analysis_note_names_its_metrics_by_the_glossary_and_its_error_is_said(spanish):
    from engagement_desktop.core.analysis import parse_filter
    from engagement_desktop.core.analysis.rates import BUILTIN_RATES
    from engagement_desktop.gui.common.vocabulary import said_error
    from engagement_desktop.i18n.phrases import Term

    like_rate = next(spec for spec in BUILTIN_RATES if spec.name == "like_rate")
    english = "Likes (favorites) divided by impressions, both summed over the row."
    assert like_rate.description == english  # what the CLI and the exports write
    assert said(like_rate.description) == ("Me gusta (favorites) dividido entre impresiones, "
                                            "ambos sumados en la fila.")
    again = pickle.loads(pickle.dumps(like_rate.description))
    assert isinstance(again.values["what"], Term) and said(again) == said(like_rate.description)
    with pytest.raises(ValueError) as raised:
        parse_filter("likes are many")
    assert str(raised.value).startswith("'likes are many' is not a filter; write COLUMN")
    assert said_error(raised.value).startswith("«likes are many» no es un filtro; escriba")
    assert said_error(ValueError("plain")) == "plain"  # not a phrase: as it is


def test_workspace_tree_and_export_errors_are_said_in_spanish(spanish, tmp_path):
    from engagement_desktop.core import workspace
    from engagement_desktop.core.results import ResultSet
    from engagement_desktop.core.rows import TOTAL, Row
    from engagement_desktop.core.tree import ResultTree
    from engagement_desktop.gui.common.vocabulary import said_error
    from engagement_desktop.paths import AppPaths
    from engagement_desktop.plugins.export_guard import ExportGuard, ExportRefused

    broken = tmp_path / "broken.json"
    broken.write_text("{")
    with pytest.raises(workspace.WorkspaceError) as opened:
        workspace.load(broken)
    assert str(opened.value).startswith(f"{broken} is not valid JSON: ")
    assert said_error(opened.value).startswith(f"{broken} no es JSON válido: ")
    totals = ResultSet()
    totals.add_rows([Row("1", "favorites", None, TOTAL, 3)])
    with pytest.raises(ValueError) as grouped:
        ResultTree(totals, ["post", "day"])
    assert "cannot be grouped by day: that needs daily or hourly numbers" in str(grouped.value)
    assert ("no se pueden agrupar por día: para eso hacen falta cifras por día o por hora"
            in said_error(grouped.value))
    with pytest.raises(ExportRefused) as refused:
        ExportGuard(AppPaths.under(tmp_path / "app").ensure()).check_not_own(broken, broken)
    assert said_error(refused.value).startswith(f"No se puede exportar a {broken}: es el propio")


def test_a_list_of_metrics_in_a_rule_is_api_names_for_the_cli_and_labels_in_the_window(spanish):
    found = problems_of(Query(endpoint="totals", account="app", ids=["20"], metrics=[]),
                        specs.TOTALS)
    assert found["metrics"].startswith("Pick at least one metric; totals serves impressions, "
                                       "engagements, favorites, retweets")
    assert said(found["metrics"]).startswith("Elija al menos una métrica; totals ofrece "
                                             "Impresiones, Interacciones, Me gusta, Reposts")
    assert pickle.loads(pickle.dumps(found["metrics"])) == found["metrics"]


def test_a_built_in_plugins_age_limit_in_a_plan_note_is_said_in_spanish(spanish):
    from engagement_desktop.core.planning import build_plan
    from engagement_desktop.core.snowflake import TWITTER_EPOCH_MS

    october = int(datetime(2025, 10, 1, tzinfo=timezone.utc).timestamp() * 1000)
    old = str((october - TWITTER_EPOCH_MS) << 22)  # a post ID from October 2025
    query = Query(name="t", endpoint="totals", account="demo-owner", ids=[old],
                  metrics=["impressions", "favorites"],
                  groupings={"per-post": ["tweet.id", "engagement.type"]})
    [note] = build_plan(query, specs.TOTALS, account_kind="oauth1-user", now=NOW).notes
    assert "more than 90 days ago: totals give no impressions or engagements for it" \
        in note.message  # the CLI's words
    assert "totals no da impresiones ni interacciones" in said(note.message)
    assert said(pickle.loads(pickle.dumps(note.message))) == said(note.message)


def test_a_masked_phrase_stays_a_phrase_and_is_said_in_spanish_without_the_secret(spanish):
    """The transport masks a page's problems before anything sees them: a plugin's phrase keeps
    its template, so the window still translates it, with the secret in its value hidden."""
    from engagement_desktop.core.rows import ERROR, PostProblem
    from engagement_desktop.plugins.api import ParsedPage
    from engagement_desktop.runner.integrity import UNASKED_SAID
    from engagement_desktop.transport.masking import masked, remember

    secret = "tok-echoed-91c2f"
    remember([secret])
    echoed = UNASKED_SAID.format(count=1, ids=f"'{secret}'")
    page = masked(ParsedPage([], [PostProblem("1", ERROR, echoed)]))
    message = page.problems[0].message
    assert isinstance(message, Phrase) and message.template == UNASKED_SAID.template
    assert secret not in message and "'***'" in message
    shown = said(message)
    assert shown.startswith("La respuesta del servidor") and secret not in shown, shown
    assert "'***'" in shown and "not asked" not in shown


def test_a_secret_in_a_phrase_s_template_falls_back_to_the_masked_sentence():
    from engagement_desktop.transport.masking import mask, remember

    remember(["tok-in-template-77a1"])
    made = translate("Plugin", "refused tok-in-template-77a1 for {post}").format(post="12")
    hidden = mask(made)
    assert hidden == "refused *** for 12" and isinstance(hidden, Phrase)
    assert hidden.values == {"post": "12"}
