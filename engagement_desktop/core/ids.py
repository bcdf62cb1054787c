"""Post IDs out of whatever a user pastes: bare IDs, status URLs, lists, CSV files.

A post ID is a snowflake: a 64-bit signed integer, written as at most 19 digits. Every token
that is not one comes back with a reason, so the user can fix it instead of losing it.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..i18n.phrases import translate

MAX_ID = 2**63 - 1
MAX_DIGITS = 19

# Why a token was rejected (plain words, shown to the user after the token).
NOT_DIGITS = translate("Ids", "a post ID has digits only")
TOO_LONG = translate("Ids", "more than {digits} digits, longer than any post ID").format(
    digits=MAX_DIGITS)
TOO_LARGE = translate("Ids", "larger than the largest possible post ID ({largest})").format(
    largest=MAX_ID)
NOT_STATUS_URL = translate("Ids", "a link, but not to a post (expected "
                                  "https://x.com/<handle>/status/<ID>)")

# A rejected token is quoted back whole only when it is short (an ID with a typo) or a link
# (shown up to LINK_SHOWN characters); any other may be a pasted secret (a token, a password):
# of it only its first EXCERPT characters and its length are shown.
SHORT_SHOWN, LINK_SHOWN, EXCERPT = 20, 60, 4
LONG_TOKEN = translate("Ids", "{start}… ({length} characters)")

_SEPARATORS = re.compile(r"[\s,;|]+")
_EDGE_PUNCTUATION = "\"'`()[]{}<>"
# A scheme, an X domain, or any domain followed by a path: "example.com/status/1" is a link too.
_URLISH = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|(?:www\.|mobile\.)?(?:x|twitter)\.com(?:/|$)"
                     r"|[a-z0-9-]+(?:\.[a-z0-9-]+)+/)", re.IGNORECASE)
_STATUS_URL = re.compile(
    r"^(?:https?://)?(?:www\.|mobile\.)?(?:x|twitter)\.com"
    r"/(?:i/web|i|[A-Za-z0-9_]{1,50})/status(?:es)?/([^/?#]+)(?:[/?#].*)?$", re.IGNORECASE)
_CSV_DELIMITERS = ",;\t"
# A header cell naming a column of post IDs or links: "id", "tweet_id", "Post URL", "status".
_ID_HEADER = re.compile(r"(?:^|[^a-z])(?:ids?|urls?|links?|status)(?:$|[^a-z])|tweet|post",
                        re.IGNORECASE)
# A header that is the only cell of its line must be nothing but such a name ("Tweet ID"),
# so that a sentence above a list of IDs is still read, and reported, as text.
_LONE_HEADER = re.compile(r"(?:tweets?|posts?|status(?:es)?)?[ _.-]*(?:ids?|urls?|links?)?",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Rejected:
    token: str
    reason: str


@dataclass(frozen=True)
class ParsedIds:
    ids: tuple[str, ...]  # digits, no leading zeros, first occurrence order
    rejected: tuple[Rejected, ...]  # each distinct bad token once, in order


def parse_ids(text: str) -> ParsedIds:
    """IDs from free text (any separators) or from a CSV with a header row."""
    text = _plain(text)
    rows = _csv_rows(text)
    if rows is None:
        return _collect(_SEPARATORS.split(text))
    return _collect(token for cell in _cells_with_ids(rows) for token in _SEPARATORS.split(cell))


def parse_entries(entries: Iterable[str]) -> ParsedIds:
    """IDs from a query's entries (each a line the user wrote: an ID, a URL, or several).
    Validation, planning and the owner cache all read the same query's entries: the last few
    answers are kept (ParsedIds is immutable), so 10,000 IDs are parsed once, not thrice."""
    return _parsed_entries(tuple(entries))


@lru_cache(maxsize=4)
def _parsed_entries(entries: tuple[str, ...]) -> ParsedIds:
    return parse_ids("\n".join(entries))


def parse_token(token: str) -> str | Rejected:
    """One token → its canonical ID, or why it is not one."""
    if token.isdigit():  # the usual token, kept off the URL patterns (digits are no link)
        post_id, reason = _check_digits(token)
    elif _URLISH.match(token):
        match = _STATUS_URL.match(token)
        if match is None:
            return Rejected(token, NOT_STATUS_URL)
        post_id, reason = _check_digits(match.group(1))
    else:
        post_id, reason = _check_digits(token)
    return post_id if reason is None else Rejected(token, reason)


def shown_token(token: str) -> str:
    """How a rejected token is quoted back to the user: never the whole of a long one."""
    if len(token) <= SHORT_SHOWN or len(token) <= LINK_SHOWN and _URLISH.match(token):
        return token
    return LONG_TOKEN.format(start=token[:EXCERPT], length=len(token))


def _plain(text: str) -> str:
    """The text as it looks: text copied from a web page or a word processor may hold
    full-width digits or invisible characters (zero-width space, word joiner, byte order mark)
    that the user cannot see, so what looks like an ID is read as one."""
    if text.isascii():  # the usual paste, kept fast
        return text
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def _check_digits(text: str) -> tuple[str, str | None]:
    """(the canonical ID without leading zeros, None), or ("", the reason it is not one)."""
    if not text.isascii() or not text.isdigit():
        return "", NOT_DIGITS
    digits = text.lstrip("0") or "0"
    if len(digits) > MAX_DIGITS:
        return "", TOO_LONG
    if int(digits) > MAX_ID:
        return "", TOO_LARGE
    return digits, None


def _collect(tokens: Iterable[str]) -> ParsedIds:
    ids: dict[str, None] = {}
    rejected: dict[str, Rejected] = {}
    for raw in tokens:
        token = raw.strip().strip(_EDGE_PUNCTUATION)
        if not token:
            continue
        found = parse_token(token)
        if isinstance(found, Rejected):
            rejected.setdefault(found.token, found)
        else:
            ids.setdefault(found, None)
    return ParsedIds(tuple(ids), tuple(rejected.values()))


def _csv_rows(text: str) -> list[list[str]] | None:
    """The rows, when the text is a table with a header row; None for free text.

    The first line is a header when none of its cells is an ID or a URL and it either has
    several cells or its one cell is the name of an ID column ("tweet_id", "Post URL"). Without a
    header, columns mean nothing: a list of IDs separated by commas is just free text, and
    reading it as such also reports every bad token."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = next((d for d in _CSV_DELIMITERS if d in first), ",")
    try:
        header = next(csv.reader([first], delimiter=delimiter), [])
    except csv.Error:  # a cell longer than csv allows (131,072 characters): free text, then
        return None
    if any(_is_id_or_url(token) for cell in header for token in _SEPARATORS.split(cell)):
        return None
    cells = [cell for cell in header if cell.strip()]
    if not cells or len(cells) < 2 and not _LONE_HEADER.fullmatch(cells[0].strip()):
        return None
    try:
        # newline="": a lone carriage return ends a row, as csv expects, instead of being a
        # character csv refuses inside an unquoted cell.
        return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
                if any(cell.strip() for cell in row)]
    except csv.Error:  # not a table after all (say, a quoted cell longer than csv allows)
        return None


def _cells_with_ids(rows: list[list[str]]) -> list[str]:
    """The cells of the columns that hold IDs: those whose header names an ID or a URL, else
    those with at least one valid ID or status URL. Other columns (titles, dates, counts) are
    skipped; when no column holds any ID, every cell is reported so the user sees why."""
    header, body = rows[0], rows[1:]
    width = max(len(row) for row in rows)
    wanted = [i for i, name in enumerate(header) if _ID_HEADER.search(name)]
    if not wanted:
        wanted = [i for i in range(width)
                  if any(i < len(row) and _is_id_or_url(row[i], urls=False) for row in body)]
    if not wanted:
        wanted = list(range(width))
    # Row by row, so the IDs keep the order the file lists them in.
    return [row[i] for row in body for i in wanted if i < len(row)]


def _is_id_or_url(cell: str, *, urls: bool = True) -> bool:
    """A valid ID or status URL; with `urls`, any URL at all (a header cell is never a URL)."""
    token = cell.strip().strip(_EDGE_PUNCTUATION)
    return (urls and bool(_URLISH.match(token))) or isinstance(parse_token(token), str)
