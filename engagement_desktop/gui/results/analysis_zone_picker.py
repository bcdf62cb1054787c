"""The time zone an analyst view shows local hours in: the computer's by default, any IANA
zone the system (or the tzdata package) knows on request. The API speaks UTC; the analysis
core converts, DST-correct."""
from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QTimeZone, Signal
from PySide6.QtWidgets import QComboBox

UTC_NAME = "UTC"


def computer_zone() -> str:
    """The computer's IANA zone name, or UTC when the system does not say."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or UTC_NAME
    return name if name in available_timezones() or name == UTC_NAME else UTC_NAME


class ZonePicker(QComboBox):
    zone_changed = Signal(str)

    def __init__(self, parent=None, object_name: str = "analysisZone"):
        super().__init__(parent, objectName=object_name)
        self.setToolTip(self.tr("The time zone of weekdays, days and hours (the API counts in "
                                "UTC; daylight-saving changes are taken into account)."))
        here = computer_zone()
        self.addItems(sorted({here, UTC_NAME} | available_timezones()))
        self.setCurrentText(here)
        self.currentTextChanged.connect(self.zone_changed)

    def zone(self) -> str:
        return self.currentText()
