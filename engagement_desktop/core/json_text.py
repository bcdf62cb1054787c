"""JSON read from a file a user picked, with the reason it is not JSON in plain words.

The decoder's own texts ("Expecting ',' delimiter: line 3 column 3 (char 41)") name parser
states, not what the user should look for; these say what is missing or extra, and where.
"""
from __future__ import annotations

import json

from ..i18n.phrases import translate


class NotJson(Exception):
    """The text is not JSON; the message is a clause saying why and where (no final stop)."""


# The start of each decoder message → what it means, a phrase the window says in its language.
_REASONS = {
    "Expecting value": translate("Json", "the text at line {line}, column {column} does not "
                                         "start a JSON value"),
    "Expecting property name": translate("Json", "a name in double quotes is missing at line "
                                                 "{line}, column {column}"),
    "Expecting ':' delimiter": translate("Json", "a colon is missing at line {line}, column "
                                                 "{column}"),
    "Expecting ',' delimiter": translate("Json", "a comma or a closing bracket is missing at "
                                                 "line {line}, column {column}"),
    "Invalid control character": translate("Json", "a text in quotes holds a line break or "
                                                   "other control character at line {line}, "
                                                   "column {column}"),
    "Invalid \\uXXXX escape": translate("Json", "the \\u escape at line {line}, column {column} "
                                                "needs 4 hexadecimal digits"),
    "Invalid \\escape": translate("Json", "the backslash at line {line}, column {column} does "
                                          "not start a valid escape"),
    "Extra data": translate("Json", "there is more text after the JSON ends (line {line}, "
                                    "column {column})"),
}


def parse_json(text: str):
    """The JSON value of `text`; NotJson says why it is not one."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise NotJson(_reason(err)) from None
    except RecursionError:  # the decoder gives up on lists nested thousands deep
        raise NotJson(translate("Json", "its lists or objects are nested too deeply to read")) \
            from None
    except ValueError:  # a number of more digits than Python converts (4,300)
        raise NotJson(translate("Json", "it holds a number with thousands of digits, more than "
                                        "any value it may hold")) from None


def _reason(err: json.JSONDecodeError) -> str:
    text = err.doc
    # An unterminated text, or nothing but spaces left where more was expected: the file was
    # cut short, and where it ends is the place to look.
    if err.msg.startswith("Unterminated string") or \
            err.msg != "Extra data" and not text[err.pos:].strip():
        line = text.count("\n") + 1
        column = len(text) - (text.rfind("\n") + 1) + 1
        return translate("Json", "the file ends before its JSON is complete (line {line}, "
                                 "column {column})").format(line=line, column=column)
    template = next((reason for start, reason in _REASONS.items() if err.msg.startswith(start)),
                    translate("Json", "it stops being JSON at line {line}, column {column}"))
    return template.format(line=err.lineno, column=err.colno)
