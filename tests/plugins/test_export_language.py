"""Exports in the language a user asks for: the CSV, JSON and XLSX exporters write their
headings and sheet names in the glossary's Spanish or English words, and every value (post IDs,
metric API names, granularities, ISO dates, numbers) exactly as without the option."""
import csv
import json
from datetime import datetime

import openpyxl
import pytest
from engagement_builtins.export_csv import exporter as csv_exporter
from engagement_builtins.export_json import exporter as json_exporter
from engagement_builtins.export_xlsx import exporter as xlsx_exporter

from engagement_desktop.plugins.api import EXPORT_LANGUAGES, HostServices
from engagement_desktop.plugins.exporting import export_with, takes_language

CSV_HEADINGS = {
    None: ["post_id", "metric", "granularity", "bucket_start", "value"],
    "en": ["Post ID", "Metric", "Granularity", "Bucket start (UTC)", "Value"],
    "es": ["ID de la publicación", "Métrica", "Granularidad", "Inicio del intervalo (UTC)",
           "Valor"],
}
WIDE_METRICS = {None: ["impressions", "favorites", "retweets"],
                "en": ["Impressions", "Likes", "Reposts"],
                "es": ["Impresiones", "Me gusta", "Reposts"]}


def csv_lines(path):
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def exported(exporter, result, path, language, **options):
    export_with(exporter, result, path, HostServices(), language=language, **options)
    return path


@pytest.mark.parametrize("language", [None, "en", "es"])
def test_csv_long_form_translates_the_header_line_only(sample_result, tmp_path, language):
    plain = csv_lines(exported(csv_exporter, sample_result, tmp_path / "plain.csv", None))
    lines = csv_lines(exported(csv_exporter, sample_result, tmp_path / "asked.csv", language))
    assert lines[0] == CSV_HEADINGS[language]
    assert lines[1:] == plain[1:] and len(lines) == 8
    assert ["20", "favorites", "day", "2025-01-01T00:00:00Z", "3"] in lines


@pytest.mark.parametrize("language", [None, "en", "es"])
def test_csv_wide_form_names_each_metric_column_in_the_language(sample_result, tmp_path,
                                                                language):
    plain = csv_lines(exported(csv_exporter, sample_result, tmp_path / "plain.csv", None,
                               wide=True))
    lines = csv_lines(exported(csv_exporter, sample_result, tmp_path / "asked.csv", language,
                               wide=True))
    columns = [CSV_HEADINGS[language][i] for i in (0, 2, 3)]
    assert lines[0] == columns + WIDE_METRICS[language]
    assert lines[1:] == plain[1:]


@pytest.mark.parametrize("language", ["en", "es"])
def test_json_adds_the_headings_and_keeps_its_keys_and_values(sample_result, tmp_path,
                                                              language):
    plain = json.loads(exported(json_exporter, sample_result, tmp_path / "p.json", None)
                       .read_text(encoding="utf-8"))
    asked = json.loads(exported(json_exporter, sample_result, tmp_path / "a.json", language)
                       .read_text(encoding="utf-8"))
    headings = asked.pop("headings")
    assert asked == plain and "headings" not in plain
    assert headings == {
        "language": language,
        "columns": dict(zip(CSV_HEADINGS[None], CSV_HEADINGS[language])),
        "metrics": dict(zip(WIDE_METRICS[None], WIDE_METRICS[language]))}


XLSX_WORDS = {
    "en": {"sheets": ["Data", "Totals", "Daily", "Problems", "Query"],
           "problems": ["Post ID", "Kind", "Message", "Metrics"], "query": ["Query", "Provenance"],
           "charts": ["Totals per post", "Daily, all posts"], "all_posts": "All posts"},
    "es": {"sheets": ["Datos", "Totales", "Por día", "Problemas", "Consulta"],
           "problems": ["ID de la publicación", "Tipo", "Mensaje", "Métricas"],
           "query": ["Consulta", "Procedencia"],
           "charts": ["Totales por publicación", "Por día, todas las publicaciones"],
           "all_posts": "Todas las publicaciones"},
}


def sheet_lines(sheet):
    return [list(line) for line in sheet.iter_rows(values_only=True)]


def chart_title(chart) -> str:
    return "".join(run.t for p in chart.title.tx.rich.p for run in p.r or [])


@pytest.mark.parametrize("language", ["en", "es"])
def test_xlsx_names_sheets_headers_charts_and_metrics_in_the_language(sample_result, tmp_path,
                                                                      language):
    book = openpyxl.load_workbook(exported(xlsx_exporter, sample_result, tmp_path / "a.xlsx",
                                           language))
    words = XLSX_WORDS[language]
    data, totals, daily, problems, query = (book[name] for name in words["sheets"])
    assert book.sheetnames == words["sheets"]
    assert sheet_lines(data)[0] == CSV_HEADINGS[language]
    labels = dict(zip(WIDE_METRICS[None], WIDE_METRICS[language]))
    assert sheet_lines(data)[1] == ["20", labels["favorites"], "day", datetime(2025, 1, 1), 3]
    assert sheet_lines(data)[7] == [words["all_posts"], labels["retweets"], "day",
                                    datetime(2025, 1, 1), 9]
    assert sheet_lines(totals) == [[CSV_HEADINGS[language][0], *WIDE_METRICS[language][:2]],
                                   ["20", 40, 3], ["1460323737035677698", 1500, None]]
    assert sheet_lines(daily)[0] == [CSV_HEADINGS[language][3], *WIDE_METRICS[language]]
    assert sheet_lines(problems) == [words["problems"],
                                     ["30", "unavailable", "The post was deleted.",
                                      "todas" if language == "es" else "all"]]
    assert [line[0] for line in sheet_lines(query) if line[0] in words["query"]] \
        == words["query"]
    assert [chart_title(s._charts[0]) for s in (totals, daily)] == words["charts"]


def test_xlsx_without_a_language_is_the_english_workbook(sample_result, tmp_path):
    plain = openpyxl.load_workbook(exported(xlsx_exporter, sample_result, tmp_path / "p.xlsx",
                                            None))
    english = openpyxl.load_workbook(exported(xlsx_exporter, sample_result, tmp_path / "e.xlsx",
                                              "en"))
    assert plain.sheetnames == english.sheetnames
    assert [sheet_lines(s) for s in plain] == [sheet_lines(s) for s in english]


def test_only_exporters_that_declare_the_option_are_given_a_language(tmp_path, sample_result):
    seen = []

    class Pictures:  # a third-party exporter without headings: declares no options
        api_version, name, title, extensions = "2.2", "pic", "Picture", (".pic",)

        def export(self, result, target, progress=None, **options):
            seen.append(options)
            target.write_text("picture")

    export_with(Pictures(), sample_result, tmp_path / "x.pic", HostServices(), language="es")
    assert seen == [{}]
    assert [takes_language(e) for e in (csv_exporter, json_exporter, xlsx_exporter, Pictures())] \
        == [True, True, True, False]
    assert EXPORT_LANGUAGES == ("en", "es")
