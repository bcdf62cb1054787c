"""Numbers, percentages, dates and durations as the window's locale writes them.

Everything goes through QLocale (the app's default, set at startup by `language.install`, unless
a locale is passed): 1.234.567 and 12,5 % in Spain, 1,234,567 and 12.5 % in Mexico, 1,234,567
and 12.5% in the US. Exports do not use this module: files keep machine-readable values.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone

# Languages that write a (no-break) space between a number and its percent sign.
_SPACED_PERCENT = {QLocale.Language.Spanish, QLocale.Language.French, QLocale.Language.German}
NBSP = "\u00a0"


def _locale(locale: QLocale | None) -> QLocale:
    chosen = QLocale() if locale is None else locale
    # "C" is no one's language: it writes as US English does (as language.locale_for maps it).
    return QLocale("en_US") if chosen.language() == QLocale.Language.C else chosen


def number(value: int | float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """A count or amount with the locale's grouping and decimal separators."""
    loc = _locale(locale)
    if decimals == 0 and float(value).is_integer():
        return loc.toString(int(value))
    return loc.toString(float(value), "f", decimals)


def amount(value: int | float, locale: QLocale | None = None) -> str:
    """A number inside a sentence: grouped, with as many decimals as it has (1,5 and 65.536 in
    Spain). Qt-free code rounds a measured value before it passes it."""
    loc = _locale(locale)
    if isinstance(value, int):
        return loc.toString(value)
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return loc.toString(float(value), "f", shortest)


def percent(value: float, decimals: int = 1, locale: QLocale | None = None) -> str:
    """`value` percent (12.5 → '12,5 %' in Spanish, '12.5%' in English)."""
    loc = _locale(locale)
    space = NBSP if loc.language() in _SPACED_PERCENT else ""
    return f"{loc.toString(float(value), 'f', decimals)}{space}{loc.percent()}"


def date_text(value: date | datetime, long: bool = False, locale: QLocale | None = None) -> str:
    """A calendar date: short ('4/3/26' in Spain) or long ('miércoles, 4 de marzo de 2026')."""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return _locale(locale).toString(QDate(value.year, value.month, value.day), fmt)


def date_time_text(value: datetime, locale: QLocale | None = None) -> str:
    """A moment in the short form, in the time zone it carries (UTC for the app's buckets)."""
    moment = QDateTime(QDate(value.year, value.month, value.day),
                       QTime(value.hour, value.minute, value.second), QTimeZone.utc())
    return _locale(locale).toString(moment, QLocale.FormatType.ShortFormat)


def weekday_names(locale: QLocale | None = None) -> tuple[str, ...]:
    """The days of the week, Monday first, as the locale names them ('lunes', 'Monday')."""
    loc = _locale(locale)
    return tuple(loc.standaloneDayName(day, QLocale.FormatType.LongFormat) for day in range(1, 8))


def week_start(locale: QLocale | None = None) -> Qt.DayOfWeek:
    """The first day of the week (Monday in Spain, Sunday in Mexico and the US)."""
    return _locale(locale).firstDayOfWeek()


def duration_words(seconds: float) -> str:
    """A rough duration in words, in the window's language ('about 3 minutes')."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return QCoreApplication.translate("Duration", "less than a minute")
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("Duration", "about %n minutes", "", minutes)
    hours = round(seconds / 3600)
    if hours < 24:
        return QCoreApplication.translate("Duration", "about %n hours", "", hours)
    return QCoreApplication.translate("Duration", "about %n days", "", round(seconds / 86400))
