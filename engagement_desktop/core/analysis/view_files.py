"""Writing analyst views to files (`report`, the window's view exports); the extension picks
the format.

- .csv: the first view (the table, for `report`) at PATH, each other view beside it
  (STEM.heatmap.csv, STEM.comparison.csv); the notes lead each file as `#` comment lines.
- .json: one object, a key per view, each with its "notes", "columns" and "rows".
- .xlsx: a sheet per view with its notes above the header, percentages for rates, a
  three-colour scale on the heatmap and native charts for the table and the comparison.

With a `language` ("es", "en") the header lines, the JSON's "headings" and the workbook's sheet
names and chart titles are the glossary's words in it; without, the columns keep their names
(`favorites`, `engagement_rate`, `weekday`). Rows and notes are the same either way.

The views are written by the host, not by an exporter plugin: they come from the analysis,
which a plugin may not import, and their files are the report's own. Text cells never become
formulas: CSV text is neutralised (`inert_text`), XLSX text goes in with `write_string`.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

from ...i18n.glossary import column_heading
from ...i18n.phrases import translate
from ...storage.atomic import atomic_path
from ..cell_text import inert_text
from .views import View

FORMATS = (".csv", ".json", ".xlsx")


def check_target(target: Path) -> None:
    """ValueError with a message for a file `report` cannot write, before anything runs."""
    if target.suffix.lower() not in FORMATS:
        raise ValueError(translate("AnalysisErrors", "Cannot export views to '{kind}'; use "
                                   "{formats}.").format(kind=target.suffix or target.name,
                                                        formats=", ".join(FORMATS)))
    if not target.parent.is_dir():
        raise ValueError(translate("AnalysisErrors", "Cannot export to {target}: the folder "
                                   "{folder} does not exist.").format(target=str(target),
                                                                      folder=str(target.parent)))


def view_paths(kinds: list[str], target: Path) -> list[Path]:
    """The files views of `kinds` (in order) are written to at `target`: in CSV the first
    there and each other beside it (STEM.KIND.csv), else `target` alone."""
    if target.suffix.lower() != ".csv":
        return [target]
    return [target if index == 0 else target.with_name(f"{target.stem}.{kind}{target.suffix}")
            for index, kind in enumerate(kinds)]


def write_views(views: list[View], target: Path, language: str | None = None) -> list[Path]:
    """Write `views` to `target` (in CSV: the first there, the others beside it), headed in
    `language` when given; returns every file written."""
    suffix = target.suffix.lower()
    if suffix == ".json":
        _write_json(views, target, language)
        return [target]
    if suffix == ".xlsx":
        from .view_workbook import write_workbook  # XlsxWriter only when asked for
        write_workbook(views, target, language)
        return [target]
    paths = view_paths([view.kind for view in views], target)
    for view, path in zip(views, paths):
        _write_csv(view, path, language)
    return paths


def headings(view: View, language: str | None) -> list[str]:
    """The view's column titles: its column names, or their words in `language`."""
    if language is None:
        return list(view.header)
    return [column_heading(name, language) for name in view.header]


def _write_csv(view: View, path: Path, language: str | None) -> None:
    with atomic_path(path) as temp, open(temp, "w", newline="", encoding="utf-8") as out:
        for note in view.notes:
            out.write(f"# {note}\n")
        writer = csv.writer(out)
        writer.writerow([inert_text(name) for name in headings(view, language)])
        writer.writerows([_csv_cell(cell) for cell in row] for row in view.rows)


def _csv_cell(cell):
    if cell is None:
        return ""
    return inert_text(cell) if isinstance(cell, str) else cell


def _write_json(views: list[View], path: Path, language: str | None) -> None:
    data = {view.kind: {"title": view.title, "notes": view.notes, "columns": view.header,
                        "percent_columns": sorted(view.fractions), "rows": view.rows}
            for view in views}
    if language is not None:  # the columns keep their names: a program reads them
        for view in views:
            data[view.kind]["headings"] = dict(zip(view.header, headings(view, language)))
    with atomic_path(path) as temp:
        temp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
