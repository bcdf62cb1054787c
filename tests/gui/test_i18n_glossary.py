"""The glossary (Qt-free): every metric an endpoint plugin declares has an English and a
Spanish label, and unknown names are shown as they are."""
import pytest

from engagement_desktop.i18n import glossary
from engagement_desktop.plugins.registry import load_registry


@pytest.fixture(scope="module")
def declared_metrics(tmp_path_factory):
    from engagement_desktop.paths import AppPaths

    registry = load_registry(AppPaths.under(tmp_path_factory.mktemp("app")).ensure())
    # A declared metric is its canonical name or a fact that carries one.
    names = {getattr(m, "name", m) for plugin in registry.endpoints.values()
             for m in plugin.spec.metrics}
    assert len(names) >= 30  # the built-in endpoints' catalog, not an empty registry
    return names


def test_every_declared_metric_has_a_label_in_every_language(declared_metrics):
    assert glossary.languages() == ("en", "es")
    missing = {m: lang for m in declared_metrics for lang in glossary.languages()
               if not glossary.labels(m).get(lang, "").strip()}
    assert missing == {}


def test_labels_speak_the_issue_vocabulary():
    spanish = {m: glossary.label(m, "es") for m in ("impressions", "engagements", "favorites",
                                                    "retweets", "replies", "quote_tweets",
                                                    "link_clicks", "video_views")}
    assert spanish == {"impressions": "Impresiones", "engagements": "Interacciones",
                       "favorites": "Me gusta", "retweets": "Reposts", "replies": "Respuestas",
                       "quote_tweets": "Citas", "link_clicks": "Clics en enlaces",
                       "video_views": "Reproducciones de video"}
    assert glossary.label("favorites", "en") == "Likes"
    assert glossary.term("engagement_rate", "es") == "tasa de interacción"


def test_a_regional_locale_reads_its_language_and_unknown_names_stay_as_they_are():
    assert glossary.label("favorites", "es_MX") == "Me gusta"
    assert glossary.label("favorites", "es-419") == "Me gusta"
    assert glossary.label("favorites", "fr_FR") == "Likes"  # no French: English
    assert glossary.label("plugin_metric", "es") == "plugin_metric"
    with pytest.raises(KeyError):
        glossary.term("no such term", "es")


def test_every_export_heading_metric_description_and_declared_words_speak_every_language():
    for section in ("headings", "metric_descriptions", "declared_words"):
        entries = glossary._data()[section]
        assert entries, section
        assert {key: lang for key, entry in entries.items() for lang in glossary.languages()
                if not entry.get(lang, "").strip()} == {}
    assert glossary.heading("post_id", "es_MX") == "ID de la publicación"
    assert glossary.metric_description("impressions", "declared", "es").startswith("Veces que")
    assert glossary.metric_description("saves", "Times saved.", "es") == "Times saved."
    with pytest.raises(KeyError):
        glossary.heading("no such heading", "es")
