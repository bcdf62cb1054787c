"""The glossary: one label per metric, export heading and key term in every language, read
from glossary.json.

Keyed by canonical metric names (the API's enterprise names, e.g. `favorites`), so the same
vocabulary serves the window, exports and the CLI without importing any metric catalog. A name
the glossary does not know (a third-party plugin's metric) is shown as it is.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

GLOSSARY_FILE = Path(__file__).with_name("glossary.json")
SOURCE_LANGUAGE = "en"


def language_of(locale_name: str) -> str:
    """The glossary language of a locale name: 'es_MX' and 'es-419' are 'es'."""
    return locale_name.replace("-", "_").split("_")[0].lower() or SOURCE_LANGUAGE


@cache
def _data() -> dict:
    with GLOSSARY_FILE.open(encoding="utf-8") as file:
        return json.load(file)


def languages() -> tuple[str, ...]:
    """The languages every entry must speak."""
    return tuple(_data()["languages"])


def _lookup(section: str, key: str, language: str) -> str | None:
    entry = _data()[section].get(key)
    if entry is None and section == "metrics":  # a rate is named like a metric
        entry = _data()["rates"].get(key)
    if entry is None:
        return None
    return entry.get(language_of(language)) or entry.get(SOURCE_LANGUAGE)


def label(metric: str, language: str = SOURCE_LANGUAGE) -> str:
    """A metric's (or a rate's) label in `language` (English when that language lacks it; the
    name itself when the glossary does not know the metric)."""
    return _lookup("metrics", metric, language) or metric


def term(key: str, language: str = SOURCE_LANGUAGE) -> str:
    """A key term ('engagement_rate', 'post', …) in `language`; KeyError for an unknown key,
    since terms are the app's own words, not data."""
    found = _lookup("terms", key, language)
    if found is None:
        raise KeyError(f"{key!r} is not a glossary term")
    return found


def heading(key: str, language: str = SOURCE_LANGUAGE) -> str:
    """An export's column heading or sheet name ('post_id' → 'Post ID', 'ID de la
    publicación'); KeyError for an unknown key, as for `term`."""
    found = _lookup("headings", key, language)
    if found is None:
        raise KeyError(f"{key!r} is not an export heading")
    return found


def column_heading(name: str, language: str = SOURCE_LANGUAGE) -> str:
    """A column of an analysis view in `language`: a heading ('weekday', 'baseline'), else a
    metric's or rate's label, else the name as it is ('13:00', a plugin's metric)."""
    return _lookup("headings", name, language) or label(name, language)


def knows(metric: str) -> bool:
    """Whether the glossary names `metric` or rate (a third-party plugin's it may not)."""
    return metric in _data()["metrics"] or metric in _data()["rates"]


def relabeled(declared: dict[str, str], language: str = SOURCE_LANGUAGE) -> dict[str, str]:
    """metric → label as a plugin declares them, with the glossary's label in `language` for
    every metric the glossary knows; the order and the unknown metrics' labels are kept."""
    return {m: label(m, language) if knows(m) else said for m, said in declared.items()}


def named(metric: str) -> str:
    """A metric or rate as the CLI prints it: its English label and its API name, 'Likes
    (favorites)'; a name the glossary does not know, as it is."""
    return f"{label(metric)} ({metric})" if knows(metric) else metric


def api_name(written: str) -> str:
    """The API name for what a user wrote: an API name or an English label, in any case
    ('FAVORITES', 'likes'), or both ('Likes (favorites)'); anything else comes back as written
    (stripped), for the caller's checks to refuse."""
    text = written.strip()
    if text.endswith(")") and "(" in text:
        text = text[text.rindex("(") + 1:-1].strip()
    by_word = {word: name for section in ("metrics", "rates")
               for name, entry in _data()[section].items()
               for word in (name, entry[SOURCE_LANGUAGE].lower())}
    return by_word.get(text.lower(), text)


def vocabulary() -> list[str]:
    """Every metric and rate the glossary names, as `named` prints them."""
    return [named(name) for section in ("metrics", "rates") for name in _data()[section]]


def plugin_title(name: str, declared: str, language: str = SOURCE_LANGUAGE) -> str:
    """A built-in plugin's title in `language`; another plugin keeps the title it declares."""
    return _lookup("plugins", name, language) or declared


def plugin_description(name: str, declared: str, language: str = SOURCE_LANGUAGE) -> str:
    """A built-in endpoint's description in `language`; another keeps the one it declares."""
    return _lookup("plugin_descriptions", name, language) or declared


def metric_description(name: str, declared: str, language: str = SOURCE_LANGUAGE) -> str:
    """A built-in metric's description in `language`; another keeps the one it declares."""
    return _lookup("metric_descriptions", name, language) or declared


def declared_words(text: str, language: str = SOURCE_LANGUAGE) -> str:
    """A built-in plugin's declared words in `language`; other words as they are."""
    return _lookup("declared_words", text, language) or text


def labels(metric: str) -> dict[str, str]:
    """Every language's label of a metric ({} when the glossary does not know it)."""
    return dict(_data()["metrics"].get(metric, {}))
