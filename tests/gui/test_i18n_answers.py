"""What the built-in parsers say about a garbled answer reaches the Spanish window in Spanish:
each message is made with the plugin API's `translate`, so the window finds it in its
catalogue (the JSON path and the server's own text inside it stay as they came)."""
import json
import re
from datetime import datetime, timezone

import pytest

from engagement_desktop.core.plan import Step
from engagement_desktop.core.rows import ResponseError
from engagement_desktop.gui.common.vocabulary import said_error
from engagement_desktop.paths import AppPaths
from engagement_desktop.plugins.registry import ENDPOINTS, load_registry
from test_i18n_window import english_in, make_window  # noqa: F401 — a fixture

A = "2109646518481850368"
START, END = datetime(2026, 11, 1, tzinfo=timezone.utc), datetime(2026, 11, 2, tzinfo=timezone.utc)

# endpoint, its step's groupings and granularity, a garbled answer, the Spanish said of it
GARBLED = [
    ("totals", (("per-post", ("tweet.id", "engagement.type")),), None,
     {"per-post": {A: {"favorites": "lots"}}},
     "grouping 'per-post'/2109646518481850368/favorites: se esperaba un recuento y llegó 'lots'."),
    ("totals", (("per-post", ("tweet.id", "engagement.type")),), None,
     {"per-post": {"not-an-id": {"favorites": "1"}}},
     "grouping 'per-post'/not-an-id: 'not-an-id' no es un ID de publicación."),
    ("totals", (("per-post", ("tweet.id", "engagement.type")),), None,
     {"per-post": [1, 2]},
     "grouping 'per-post': se esperaba un objeto de claves post y llegó una lista."),
    ("totals", (("per-post", ("tweet.id", "engagement.type")),), None,
     {"other": {}},
     "A la respuesta le falta la agrupación «per-post» que pidió la solicitud."),
    ("v2-historical", (), "Daily", {"meta": {}},
     "La respuesta no tiene ni «data» ni «errors»."),
]


@pytest.fixture(scope="module")
def endpoints(tmp_path_factory):
    return load_registry(AppPaths.under(tmp_path_factory.mktemp("app")),
                         kinds=(ENDPOINTS,)).endpoints


@pytest.mark.parametrize("endpoint, groupings, granularity, answer, expected", GARBLED)
def test_a_garbled_answer_is_said_in_spanish(make_window, endpoints, endpoint, groupings,
                                             granularity, answer, expected):
    make_window([])  # the Spanish window, its translators installed
    plugin = endpoints[endpoint]
    step = Step("q", endpoint, "demo-owner", (A,), ("favorites",)
                if endpoint == "totals" else (plugin.spec.metric_names[0],), groupings,
                START, END, granularity)
    with pytest.raises(ResponseError) as garbled:
        plugin.parse(step, 200, {"content-type": "application/json"},
                     json.dumps(answer).encode())
    message = said_error(garbled.value)
    assert message == expected
    # the JSON path names the API's own terms (grouping, keys), a grouping is named as the
    # query names it, the server's text is quoted as it came; the rest is Spanish
    assert english_in([re.sub(r"grouping '[^']*'(/\S*)?|«[^»]*»|'[^']*'", "", message)]) == {}
