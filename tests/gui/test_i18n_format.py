"""Numbers, percentages, dates and durations as es_ES, es_MX and en_US write them."""
from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QLocale, Qt

from engagement_desktop.gui.common import locale_format as fmt
from i18n_translators import english, spanish  # noqa: F401 — fixtures

ES, MX, US = QLocale("es_ES"), QLocale("es_MX"), QLocale("en_US")
NB = fmt.NBSP


@pytest.mark.parametrize("locale, big, small, decimal", [
    (ES, "1.234.567", "1234", "3,14"),  # Spain groups from five digits on
    (MX, "1,234,567", "1,234", "3.14"),
    (US, "1,234,567", "1,234", "3.14"),
])
def test_numbers_use_the_locale_separators(locale, big, small, decimal):
    assert fmt.number(1234567, locale=locale) == big
    assert fmt.number(1234, locale=locale) == small
    assert fmt.number(3.14159, decimals=2, locale=locale) == decimal


def test_the_c_locale_writes_numbers_as_us_english():
    assert fmt.number(1234567, locale=QLocale.c()) == "1,234,567"


@pytest.mark.parametrize("locale, expected", [
    (ES, f"12,5{NB}%"), (MX, f"12.5{NB}%"), (US, "12.5%")])
def test_percentages_follow_the_locale(locale, expected):
    assert fmt.percent(12.5, locale=locale) == expected


@pytest.mark.parametrize("locale, short, long, first_day", [
    (ES, "4/3/26", "miércoles, 4 de marzo de 2026", Qt.DayOfWeek.Monday),
    (MX, "04/03/26", "miércoles, 4 de marzo de 2026", Qt.DayOfWeek.Sunday),
    (US, "3/4/26", "Wednesday, March 4, 2026", Qt.DayOfWeek.Sunday),
])
def test_dates_and_week_starts_follow_the_locale(locale, short, long, first_day):
    assert fmt.date_text(date(2026, 3, 4), locale=locale) == short
    assert fmt.date_text(datetime(2026, 3, 4, 17), long=True, locale=locale) == long
    assert fmt.week_start(locale) == first_day


def test_a_moment_keeps_its_day_and_hour_in_each_locale():
    moment = datetime(2026, 3, 4, 17, 5, tzinfo=timezone.utc)
    assert fmt.date_time_text(moment, locale=ES) == "4/3/26 17:05"
    assert "3/4/26" in fmt.date_time_text(moment, locale=US)
    assert "5:05" in fmt.date_time_text(moment, locale=US)


def test_durations_in_english_words(english):
    assert fmt.duration_words(20) == "less than a minute"
    assert fmt.duration_words(61) == "about 1 minute"
    assert fmt.duration_words(185) == "about 3 minutes"
    assert fmt.duration_words(2 * 3600) == "about 2 hours"
    assert fmt.duration_words(3 * 86400) == "about 3 days"


def test_durations_in_spanish_words(spanish):
    assert fmt.duration_words(20) == "menos de un minuto"
    assert fmt.duration_words(61) == "alrededor de 1 minuto"
    assert fmt.duration_words(185) == "unos 3 minutos"
    assert fmt.duration_words(2 * 3600) == "unas 2 horas"
