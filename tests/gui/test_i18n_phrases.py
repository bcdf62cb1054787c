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
