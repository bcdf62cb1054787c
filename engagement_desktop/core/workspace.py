"""Workspace files: a named list of queries as JSON, with a format version and migrations.

A workspace holds account names, never secrets: only the query fields below are written.
Saving is atomic (a temp file beside the target, then os.replace), and loading never writes,
so a corrupt or newer file is left exactly as it was. A query's range may be relative
("last 28 days", core/relative_range.py): stored as words, turned into dates when planned.
"""
from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InvalidInput
from ..i18n.phrases import Phrase, translate
from ..storage.atomic import write_text
from ..storage.unwritable import reason
from .json_text import NotJson, parse_json
from .query import Query

FORMAT_VERSION = 3
MAX_FILE_BYTES = 64 * 2**20  # far above any workspace a person writes; not a whole disk
_SURROGATE = re.compile("[\ud800-\udfff]")


def _v1_to_v2(data: dict) -> dict:
    """Version 2 adds a query's relative `range` ("last 28 days"); version-1 queries keep their
    fixed dates, so they plan exactly as before."""
    return {**data, "format_version": 2}


def _v2_to_v3(data: dict) -> dict:
    """Version 3 adds a query's `compare` (a comparison planned with it); version-2 queries
    have none, so they plan exactly as before."""
    return {**data, "format_version": 3}


# version → a function turning a document of that version into one of the next version.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2, 2: _v2_to_v3}

TEXT, TEXTS, OPTIONAL_TEXT, GROUPINGS = "text", "texts", "optional text", "groupings"
QUERY_FIELDS = {"name": TEXT, "endpoint": TEXT, "account": TEXT, "ids": TEXTS, "metrics": TEXTS,
                "groupings": GROUPINGS, "start": OPTIONAL_TEXT, "end": OPTIONAL_TEXT,
                "range": OPTIONAL_TEXT, "granularity": OPTIONAL_TEXT, "compare": OPTIONAL_TEXT}
EXPECTED = {TEXT: translate("Workspace", "a text"),
            TEXTS: translate("Workspace", "a list of texts"),
            OPTIONAL_TEXT: translate("Workspace", "a text or null"),
            GROUPINGS: translate("Workspace", "an object of grouping name → list of group_by "
                                              "values")}


class WorkspaceError(InvalidInput):
    """A workspace that cannot be read or written; the message says why and what to do."""


@dataclass
class Workspace:
    name: str = "Untitled"
    queries: list[Query] = field(default_factory=list)

    def query(self, name: str) -> Query | None:
        return next((q for q in self.queries if q.name == name), None)


def load(path: Path) -> Workspace:
    path = Path(path)
    try:
        _check_is_a_file(path)
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise WorkspaceError(translate("Workspace", "There is no workspace file {path}.").format(
            path=str(path))) from None
    except UnicodeDecodeError:
        raise WorkspaceError(translate("Workspace", "{path} is not a workspace: it is not UTF-8 "
                                                    "text.").format(path=str(path))) from None
    except OSError as err:
        raise WorkspaceError(translate("Workspace", "{path} cannot be read: {reason}.").format(
            path=str(path), reason=reason(err))) from None
    return loads(text, str(path))


def _check_is_a_file(path: Path) -> None:
    """A pipe would block the read forever and /dev/zero never ends: refuse both up front."""
    if path.exists() and not path.is_dir() and not path.is_file():
        raise WorkspaceError(translate("Workspace", "{path} is not a workspace: it is not a "
                                       "regular file (a pipe, a device or a socket). Open a "
                                       ".json file.").format(path=str(path)))
    if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
        raise WorkspaceError(translate("Workspace", "{path} is not a workspace: it is larger "
                                       "than {megabytes} MB. Open another file.").format(
                                           path=str(path), megabytes=MAX_FILE_BYTES // 2**20))


def loads(text: str, source: str = "This file") -> Workspace:
    if not text.strip():
        raise WorkspaceError(translate("Workspace", "{source} is empty; it holds no workspace. "
                                                    "Open another file.").format(source=source))
    try:
        data = parse_json(text)
    except NotJson as err:
        raise WorkspaceError(translate("Workspace", "{source} is not valid JSON: {error}. Fix it "
                                       "or open another file; it was left as it is.").format(
                                           source=source, error=err.args[0])) from None
    return from_dict(data, source)


def from_dict(data, source: str = "This file") -> Workspace:
    if not isinstance(data, dict):
        raise WorkspaceError(translate("Workspace", "{source} is not a workspace: it holds "
                                       "{found}, not an object with format_version, name and "
                                       "queries.").format(source=source, found=_json_type(data)))
    data = _migrated(data, source)
    problems = []
    name = data.get("name", "Untitled")
    problems += _type_problems("name", name, TEXT)
    if "queries" not in data:
        raise WorkspaceError(_no_queries(data, source))
    queries = data["queries"]
    if not isinstance(queries, list):
        problems.append(_must_be("queries", translate("Workspace", "a list of queries"), queries))
        queries = []
    parsed = []
    for i, entry in enumerate(queries):
        if not isinstance(entry, dict):
            problems.append(_must_be(f"queries[{i}]", translate("Workspace", "an object"), entry))
            continue
        wrong = [problem for key, kind in QUERY_FIELDS.items() if key in entry
                 for problem in _type_problems(f"queries[{i}].{key}", entry[key], kind)]
        problems += wrong
        if not wrong:
            parsed.append(Query(**{key: _copy(entry[key]) for key in QUERY_FIELDS if key in entry}))
    if problems:
        lines = {f"line{i}": problem for i, problem in enumerate(problems)}
        raise WorkspaceError(translate("Workspace", "{source} has values of the wrong type; fix "
                                       "them or open another file (it was left as it is):\n"
                                       "{lines}").format(source=source, lines=Phrase(
            "Lines", "\n".join(f"  {{{key}}}" for key in lines), lines)))
    return Workspace(name=name, queries=parsed)


def to_dict(workspace: Workspace) -> dict:
    return {"format_version": FORMAT_VERSION, "name": workspace.name,
            "queries": [{key: _copy(getattr(q, key)) for key in QUERY_FIELDS}
                        for q in workspace.queries]}


def save(workspace: Workspace, path: Path) -> None:
    """Write atomically: the target holds the old workspace or the new one, never half."""
    path = Path(path)
    text = json.dumps(to_dict(workspace), indent=2, ensure_ascii=False) + "\n"
    try:
        write_text(path, text)
    except OSError as err:
        raise WorkspaceError(translate("Workspace", "{path} cannot be saved: {reason}.").format(
            path=str(path), reason=reason(err))) from None


def _migrated(data: dict, source: str) -> dict:
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise WorkspaceError(translate("Workspace", "{source} is not a workspace: it has no "
                                                    "format_version number.").format(
                                                        source=source))
    if version > FORMAT_VERSION:
        raise WorkspaceError(translate("Workspace", "{source} was written by a newer Engagement "
                                       "Desktop (workspace format {version}; this version reads "
                                       "format {readable}). Update Engagement Desktop to open "
                                       "it; the file was left as it is.").format(
                                           source=source, version=version,
                                           readable=FORMAT_VERSION))
    while version < FORMAT_VERSION:
        if version not in MIGRATIONS:
            raise WorkspaceError(translate("Workspace", "{source} has workspace format {version}, "
                                           "which this version cannot read (it reads format "
                                           "{readable}).").format(source=source, version=version,
                                                                  readable=FORMAT_VERSION))
        data = MIGRATIONS[version](dict(data))
        version += 1
    return data


def _no_queries(data: dict, source: str) -> str:
    """Why a workspace without "queries" is refused: opened as empty, a save would drop the
    queries kept under a misspelled key."""
    close = difflib.get_close_matches("queries", [k for k in data if isinstance(k, str)], n=1)
    hint = translate("Workspace", " (it has “{key}”: is that key misspelled?)").format(
        key=close[0]) if close else ""
    return translate("Workspace", "{source} has no “queries” list, where a workspace keeps its "
                     "queries{hint}. Fix the key or open another file; it was left as it "
                     "is.").format(source=source, hint=hint)


def _type_problems(where: str, value, kind: str) -> list[str]:
    if _has_lone_surrogate(value):
        return [translate("Workspace", "{where} holds a character that is not text (an unpaired "
                          "surrogate escape such as \\udcff); retype it").format(where=where)]
    if kind == GROUPINGS and isinstance(value, dict):
        return [p for name, v in value.items()
                for p in _type_problems(f"{where}[{name!r}]", v, TEXTS)]
    if kind == TEXTS and isinstance(value, list):
        return [_must_be(f"{where}[{j}]", EXPECTED[TEXT], v)
                for j, v in enumerate(value) if not isinstance(v, str)]
    fits = {TEXT: isinstance(value, str), OPTIONAL_TEXT: value is None or isinstance(value, str),
            TEXTS: False, GROUPINGS: False}[kind]
    return [] if fits else [_must_be(where, EXPECTED[kind], value)]


def _must_be(where: str, expected: str, value) -> str:
    """One detail line: the JSON path as it is, the kinds of value in the window's words."""
    return translate("Workspace", "{where} must be {expected}, not {found}").format(
        where=where, expected=expected, found=_json_type(value))


def _has_lone_surrogate(value) -> bool:
    """JSON may escape half of a character (\\udcff); such a text cannot be printed or saved."""
    texts = value if isinstance(value, list) else [value]
    return any(isinstance(t, str) and not t.isascii() and _SURROGATE.search(t) for t in texts)


def _copy(value):
    """A copy that shares no list or dict with the source (queries are edited in place)."""
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return {k: list(v) for k, v in value.items()}
    return value


def _json_type(value) -> str:
    if value is None:
        return "null"  # JSON's word, as the file has it
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return translate("Workspace", "the number {value}").format(value=str(value))
    if isinstance(value, str):
        return EXPECTED[TEXT]
    return translate("Workspace", "a list") if isinstance(value, list) else \
        translate("Workspace", "an object")
