"""The window's words for metrics: the glossary's label in the window's language (the default
QLocale, set at startup), so the metric picker, the tree, the chart and the analysis views all
say "Me gusta" where the API says favorites."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...i18n import glossary
from ...i18n.phrases import Declared, Phrase, Term
from .locale_format import amount


def metric_label(name: str, declared: str | None = None) -> str:
    """`name`'s label in the window's language; a metric the glossary does not know (a
    third-party plugin's) keeps the label its plugin declares, else its name."""
    if glossary.knows(name):
        return glossary.label(name, QLocale().name())
    return declared or name


def metric_labels(declared: dict[str, str]) -> dict[str, str]:
    """metric → label as `metric_label` says it, for every metric of `declared`, in its order."""
    return glossary.relabeled(declared, QLocale().name())


def said(text: str) -> str:
    """A sentence from Qt-free code in the window's language: a Phrase by its template in the
    catalogue, its values said the same way (a Term by its glossary label, a plugin's Declared
    words by the glossary's translation, a number as the locale writes it); any other text as
    it is."""
    if isinstance(text, Term):
        return metric_label(text.name, str(text))
    if isinstance(text, Declared):
        return glossary.declared_words(text, QLocale().name())
    if not isinstance(text, Phrase):
        return text
    template = QCoreApplication.translate(text.context, text.template)
    if text.values is None:
        return template
    return template.format(**{k: _said_value(v) for k, v in text.values.items()})


def _said_value(value: object) -> object:
    if isinstance(value, str):
        return said(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return amount(value)  # 65.536 in Spain, 65,536 in the US
    return value


def said_error(error: Exception) -> str:
    """An error's message in the window's language: its window wording when it has one (an
    AppError whose message names a command-line flag), else its message; Qt-free code raises
    phrases where it can (str(error) would lose the phrase, a str subclass)."""
    message = error.args[0] if len(error.args) == 1 else None
    message = getattr(error, "window_message", None) or message
    return said(message) if isinstance(message, Phrase) else str(error)


def plugin_title(name: str, declared: str) -> str:
    """A plugin's title in the window's language (the built-ins' are in the glossary)."""
    return glossary.plugin_title(name, declared, QLocale().name())


def metric_description(name: str, declared: str) -> str:
    """A metric's description in the window's language (the built-ins' are in the glossary)."""
    return glossary.metric_description(name, declared, QLocale().name()) if declared else ""


def plugin_description(name: str, declared: str) -> str:
    """An endpoint's description in the window's language (the built-ins' are in the glossary)."""
    return glossary.plugin_description(name, declared, QLocale().name())
