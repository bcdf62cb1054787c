"""The query's time: nothing for lifetime totals, a fixed note for the last 28 hours, or a UTC
range with presets and the number of request windows it splits into; plus v2 granularity."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from ...core.endpoint import LAST_28H, LIFETIME, RANGE, EndpointSpec
from ...core.utc import ceil_hour, floor_hour, parse_instant, to_wire, utcnow
from ...core.windows import split

PRESET_DAYS = (7, 28, 90, 365)
DEFAULT_DAYS = 28
DISPLAY = "yyyy-MM-dd HH:mm 'UTC'"


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
        self.start = self._edit("First hour of the range (UTC)")
        self.end = self._edit("End of the range (UTC); it cannot be in the future")
        self.presets: dict[int, QPushButton] = {}
        presets = QHBoxLayout()
        presets.addWidget(QLabel("Last"))
        for days in PRESET_DAYS:
            button = QPushButton(f"{days} days")
            button.setObjectName(f"preset{days}")
            button.clicked.connect(lambda _=False, d=days: self.apply_preset(d))
            self.presets[days] = button
            presets.addWidget(button)
        presets.addStretch(1)
        self.windows = QLabel()
        self.windows.setObjectName("windowCount")
        self.granularity = QComboBox()
        self.granularity.setToolTip("The size of each bucket the server returns (X API v2).")
        self.granularity.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.granularity_label = QLabel("Granularity")
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel("From"))
        range_row.addWidget(self.start)
        range_row.addWidget(QLabel("to"))
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
        self.apply_preset(DEFAULT_DAYS, emit=False)

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
        self.note.setText({LIFETIME: "Lifetime totals, as of the moment the request is sent.",
                           LAST_28H: "The last 28 hours, as the API defines them "
                                     "(whole hours, UTC).",
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

    def set_values(self, start: str | None, end: str | None, granularity: str | None) -> None:
        """Show a query's range; an unreadable or missing date falls back to the default preset
        (validation never sees a date the user cannot see)."""
        try:
            begin, finish = parse_instant(start), parse_instant(end)
        except (TypeError, ValueError, AttributeError):
            self.apply_preset(DEFAULT_DAYS, emit=False)
        else:
            self._set_range(begin, finish)
        if granularity:
            index = self.granularity.findText(granularity)
            if index >= 0:
                self.granularity.setCurrentIndex(index)

    def values(self) -> tuple[str | None, str | None, str | None]:
        """(start, end, granularity) as the query stores them; None where the endpoint has none."""
        spec = self._spec
        granularity = None
        if spec and spec.granularities:
            granularity = self.granularity.currentText() or None
        if spec is None or spec.time != RANGE:
            return None, None, granularity
        return to_wire(_from_qt(self.start.dateTime())), to_wire(_from_qt(self.end.dateTime())), \
            granularity

    def apply_preset(self, days: int, emit: bool = True) -> None:
        """The last `days` days in whole hours: the start rounds up so that "last 365 days"
        stays within the 365 days of data the API keeps."""
        now = self._now()
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
        self._update_windows()
        self.changed.emit()

    def _update_windows(self) -> None:
        spec = self._spec
        if spec is None or spec.time != RANGE:
            return
        start, end = _from_qt(self.start.dateTime()), _from_qt(self.end.dateTime())
        count = len(split(start, end, spec.max_window_hours))
        days = (end - start) / timedelta(days=1)
        limit = (f" of at most {spec.max_window_hours // 24} days each"
                 if spec.max_window_hours else "")
        windows = f"{count} request window{'s' * (count != 1)}"
        self.windows.setText(f"{days:.4g} days → {windows}{limit}"
                             if count else "The end must come after the start.")
