"""The query's time: nothing for lifetime totals, a fixed note for the last 28 hours, or a UTC
range and the number of request windows it splits into; plus v2 granularity.

A range is either fixed dates (typed, or filled by the "Last N days" buttons) or relative
("last 28 days", "yesterday", "this month"), chosen in the Range list: a relative range is
saved as words and planned from the day it runs; the date fields then show what it means now,
and editing one of them turns the range into fixed dates."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, QLocale, QTimeZone, Signal
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from ...core import relative_range
from ...core.endpoint import LAST_28H, LIFETIME, RANGE, EndpointSpec
from ...core.utc import ceil_hour, floor_hour, parse_instant, to_wire, utcnow
from ...core.validation import default_range
from ...core.windows import split
from ..common.vocabulary import said

PRESET_DAYS = (7, 28, 90, 365)
DISPLAY = "yyyy-MM-dd HH:mm 'UTC'"
LAST_DAYS = re.compile(r"last (\d+) days?")


def _to_qt(instant: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(instant.timestamp()), QTimeZone.utc())


def _from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), timezone.utc)


class DateRange(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, now=utcnow):
        super().__init__(parent)
        self._now = now
        self._spec: EndpointSpec | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.relative = QComboBox(objectName="relativeRange")
        self.relative.setToolTip(self.tr("A relative range is saved as words and planned from "
                                         "the day the query runs, so the query never goes stale."))
        self.relative.addItem(self.tr("Fixed dates"), None)
        for preset in relative_range.PRESETS:
            self.relative.addItem(self._range_title(preset), preset)
        self.relative.currentIndexChanged.connect(lambda _: self._relative_chosen())
        self.start = self._edit(self.tr("First hour of the range (UTC)"))
        self.end = self._edit(self.tr("End of the range (UTC); it cannot be in the future"))
        self.presets: dict[int, QPushButton] = {}
        presets = QHBoxLayout()
        presets.addWidget(QLabel(self.tr("Fill the dates with the last")))
        for days in PRESET_DAYS:
            button = QPushButton(self.tr("%n days", "", days))
            button.setObjectName(f"preset{days}")
            button.clicked.connect(lambda _=False, d=days: self.apply_preset(d))
            self.presets[days] = button
            presets.addWidget(button)
        presets.addStretch(1)
        self.windows = QLabel()
        self.windows.setObjectName("windowCount")
        self.granularity = QComboBox()
        self.granularity.setToolTip(
            self.tr("The size of each bucket the server returns (X API v2)."))
        self.granularity.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.granularity_label = QLabel(self.tr("Granularity"))
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(self.tr("Range")))
        range_row.addWidget(self.relative)
        range_row.addWidget(QLabel(self.tr("from")))
        range_row.addWidget(self.start)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.end)
        range_row.addStretch(1)
        self.range_box = QWidget()
        box_layout = QVBoxLayout(self.range_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(range_row)
        box_layout.addLayout(presets)
        box_layout.addWidget(self.windows)
        granularity_row = QHBoxLayout()
        granularity_row.addWidget(self.granularity_label)
        granularity_row.addWidget(self.granularity)
        granularity_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.range_box)
        layout.addLayout(granularity_row)
        self._set_default()

    def _edit(self, tip: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setTimeZone(QTimeZone.utc())
        edit.setDisplayFormat(DISPLAY)
        edit.setCalendarPopup(True)
        edit.setToolTip(tip)
        edit.dateTimeChanged.connect(lambda _: self._edited())
        return edit

    def set_spec(self, spec: EndpointSpec) -> None:
        self._spec = spec
        self.range_box.setVisible(spec.time == RANGE)
        self.note.setText({LIFETIME: self.tr("Lifetime totals, as of the moment the request "
                                             "is sent."),
                           LAST_28H: self.tr("The last 28 hours, as the API defines them "
                                             "(whole hours, UTC)."),
                           RANGE: ""}.get(spec.time, ""))
        self.note.setVisible(spec.time != RANGE)
        current = self.granularity.currentText()
        self.granularity.blockSignals(True)
        self.granularity.clear()
        self.granularity.addItems(list(spec.granularities))
        if current in spec.granularities:
            self.granularity.setCurrentText(current)
        self.granularity.blockSignals(False)
        self.granularity.setVisible(bool(spec.granularities))
        self.granularity_label.setVisible(bool(spec.granularities))
        self._update_windows()

    def set_values(self, start: str | None, end: str | None, granularity: str | None,
                   relative: str | None = None) -> None:
        """Show a query's range; an unreadable or missing date falls back to the default preset
        (validation never sees a date the user cannot see)."""
        if relative and relative.strip():
            self._choose_relative(relative)
        else:
            self._set_fixed(start, end)
        if granularity:
            index = self.granularity.findText(granularity)
            if index >= 0:
                self.granularity.setCurrentIndex(index)

    def range_words(self) -> str | None:
        """The relative range the query stores ("last 28 days"); None for fixed dates."""
        if self._spec is None or self._spec.time != RANGE:
            return None
        return self.relative.currentData()

    def _set_fixed(self, start: str | None, end: str | None) -> None:
        self._select_relative(0)
        try:
            begin, finish = parse_instant(start), parse_instant(end)
        except (TypeError, ValueError, AttributeError):
            self._set_default()
        else:
            self._set_range(begin, finish)

    def _set_default(self) -> None:
        """A query without dates shows the dates it means where it is planned (core's default
        range), so the window runs what the CLI runs for it."""
        self._select_relative(0)
        self._set_range(*default_range(self._now()))

    def _choose_relative(self, text: str) -> None:
        """Select `text` in the Range list, adding it when it is not a preset ("last 14 days",
        or words that mean nothing: validation then says so)."""
        words = relative_range.normalized(text)
        index = self.relative.findData(words)
        if index < 0:
            self.relative.addItem(self._range_title(words), words)
            index = self.relative.count() - 1
        self._select_relative(index)
        self._show_relative()

    def _select_relative(self, index: int) -> None:
        self.relative.blockSignals(True)
        self.relative.setCurrentIndex(index)
        self.relative.blockSignals(False)

    def _relative_chosen(self) -> None:
        self._show_relative()
        self.changed.emit()

    def _show_relative(self) -> None:
        """The date fields show what the relative range means now."""
        words = self.relative.currentData()
        if words and relative_range.problem(words) is None:
            self._set_range(*relative_range.resolve(words, self._now()))
        else:
            self._update_windows()

    def values(self) -> tuple[str | None, str | None, str | None]:
        """(start, end, granularity) as the query stores them; None where the endpoint has none
        and for a relative range (relative_range() gives it)."""
        spec = self._spec
        granularity = None
        if spec and spec.granularities:
            granularity = self.granularity.currentText() or None
        if spec is None or spec.time != RANGE or self.relative.currentData():
            return None, None, granularity
        return to_wire(_from_qt(self.start.dateTime())), to_wire(_from_qt(self.end.dateTime())), \
            granularity

    def apply_preset(self, days: int, emit: bool = True) -> None:
        """The last `days` days in whole hours: the start rounds up so that "last 365 days"
        stays within the 365 days of data the API keeps."""
        now = self._now()
        self._select_relative(0)
        self._set_range(ceil_hour(now - timedelta(days=days)), floor_hour(now))
        if emit:
            self.changed.emit()

    def _set_range(self, start: datetime, end: datetime) -> None:
        for edit, value in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDateTime(_to_qt(value))
            edit.blockSignals(False)
        self._update_windows()

    def _edited(self) -> None:
        self._select_relative(0)  # a date typed in: the range is fixed from now on
        self._update_windows()
        self.changed.emit()

    def _update_windows(self) -> None:
        spec = self._spec
        if spec is None or spec.time != RANGE:
            return
        start, end = _from_qt(self.start.dateTime()), _from_qt(self.end.dateTime())
        count = len(split(start, end, spec.max_window_hours))
        days = (end - start) / timedelta(days=1)
        windows = (self.tr("%n request windows of at most {days} days each", "", count).format(
            days=spec.max_window_hours // 24) if spec.max_window_hours
            else self.tr("%n request windows", "", count))
        words = self.relative.currentData()
        meaning = ""
        if words:
            problem = relative_range.problem(words)
            if problem:
                self.windows.setText(said(problem))
                return
            first, last = relative_range.resolve(words, self._now())
            meaning = self.tr("{range}: {start} → {end} UTC; ").format(
                range=self._range_title(words).lower(), start=f"{first:%Y-%m-%d %H:%M}",
                end=f"{last:%Y-%m-%d %H:%M}")
        self.windows.setText(self.tr("{meaning}{days} days → {windows}").format(
            meaning=meaning, days=QLocale().toString(days, "g", 4), windows=windows)
            if count else self.tr("The end must come after the start."))

    def _range_title(self, words: str) -> str:
        """A relative range as the Range list shows it ("Last 28 days", "Últimos 28 días");
        words that mean no range are shown as written (validation says why)."""
        last = LAST_DAYS.fullmatch(words)
        if last:
            return self.tr("Last %n days", "", int(last[1]))
        return {"yesterday": self.tr("Yesterday"), "this month": self.tr("This month"),
                "last month": self.tr("Last month")}.get(words, words.capitalize())
