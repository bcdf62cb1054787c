"""Sentences from Qt-free code that the window can say in its own language.

The core's rules speak English (the CLI, logs and files read them as they are), but a sentence
made with `translate(context, template).format(**values)` is a Phrase: a str, the English
sentence, that remembers its template and values. The window looks the template up in its
catalogue and fills in the values, translated too when they are phrases (or Terms: metric
and rate names, said with the glossary's label). `pyside6-lupdate` reads
`translate("Context", "template")` calls, so scripts/translations.py extracts them from the
modules that import this one.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from . import glossary


class Phrase(str):
    """An English sentence with the template and values it was made from."""
    context: str
    template: str
    values: Mapping[str, object] | None  # None: the template is the whole sentence

    def __new__(cls, context: str, template: str, values: Mapping[str, object] | None = None):
        text = template.format(**values) if values is not None else template
        made = super().__new__(cls, text)
        made.context, made.template, made.values = context, template, values
        return made

    def format(self, *args, **values) -> Phrase:  # noqa: A003 — str.format, remembered
        if args or self.values is not None:
            raise TypeError("a phrase is formatted once, with named values")
        return Phrase(self.context, self.template, values)

    def __reduce__(self):
        return Phrase, (self.context, self.template, self.values)


class Term(str):
    """A metric or rate named in a phrase: `text` here (its English label unless given), the
    glossary's label in the window's language there."""
    name: str  # the canonical metric or rate name

    def __new__(cls, name: str, text: str | None = None):
        made = super().__new__(cls, glossary.label(name) if text is None else text)
        made.name = name
        return made

    def __reduce__(self):
        return Term, (self.name, str(self))


class Declared(str):
    """Words an endpoint plugin declared inside a phrase (an age limit's 'the API gives no video
    views'): as declared here; in the window, the glossary's translation of a built-in's
    words, any other plugin's as declared."""


def terms(names: Iterable[str], named: bool = False) -> Phrase:
    """Metric or rate names joined by commas: the API's names here ('favorites, retweets'), or
    with `named` the CLI's 'Likes (favorites), Reposts (retweets)'; the glossary's labels in
    the window ('Me gusta, Reposts'). Its template is no catalogue entry, so the window keeps
    it and says each Term."""
    return listed(Term(name, glossary.named(name) if named else name) for name in names)


def listed(items: Iterable[str], separator: str = ", ") -> Phrase:
    """Terms or phrases joined by `separator`, each said in the window's language there."""
    values = {f"term{i}": item for i, item in enumerate(items)}
    return Phrase("Terms", separator.join(f"{{{key}}}" for key in values), values)


def sentences(*parts: str) -> Phrase:
    """Sentences (phrases or not) one after another, a space between them; like `terms`, its
    template is no catalogue entry, so the window says each part in its language."""
    values = {f"part{i}": part for i, part in enumerate(parts)}
    return Phrase("Sentences", " ".join(f"{{{key}}}" for key in values), values)


def translate(context: str, template: str) -> Phrase:
    """Mark `template` for the window's catalogue under `context`; `.format(**values)` fills
    it in (in English here, in the window's language there)."""
    return Phrase(context, template)


def rounded(value: float, decimals: int = 1) -> int | float:
    """A measured value to pass in a phrase: rounded, and whole when it is ("16 MB", not
    "16.0 MB"); the window writes it with the locale's separators."""
    value = round(value, decimals)
    return int(value) if float(value).is_integer() else value


def to_json(text: str) -> str | dict:
    """`text` as JSON can keep it: a Phrase as its context, template and values (so a sentence
    read back from a file is still said in the window's language); any other text as it is."""
    if not isinstance(text, Phrase):
        return str(text)
    values = None if text.values is None else {
        key: to_json(value) if isinstance(value, str) else value
        for key, value in text.values.items()}
    return {"context": text.context, "template": text.template, "values": values}


def from_json(kept: str | dict) -> str:
    """The text `to_json` kept. ValueError when it is neither a text nor a phrase as kept."""
    if isinstance(kept, str):
        return kept
    try:
        values = kept["values"]
        if values is not None:
            values = {str(key): from_json(value) if isinstance(value, (str, dict)) else
                      _number(value) for key, value in values.items()}
        return Phrase(str(kept["context"]), str(kept["template"]), values)
    except (KeyError, IndexError, TypeError, AttributeError) as err:
        raise ValueError(f"not a phrase as kept ({err})") from None


def _number(value) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{type(value).__name__} is no phrase value")
    return value
