"""The query's comparison: none, or a preset (last 7 days vs the 28 before, last 28 vs the
365 before, each post vs its @handle's median post). Saved with the query, so its plan
fetches the baseline and the plan summary lists those extra requests before anything is sent.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ...core.periods import PRESETS, parse_preset
from ..common.vocabulary import said


class ComparePicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = QComboBox(objectName="queryCompare")
        self.choice.addItem(self.tr("No comparison"), None)
        for name, preset in PRESETS.items():
            self.choice.addItem(said(preset.label), name)
        self.choice.setToolTip(self.tr("Planned with the query: a baseline before its range is "
                                       "fetched by extra requests, listed in the plan before "
                                       "anything is sent; the Compare tab opens on it."))
        self.choice.currentIndexChanged.connect(lambda _: self.changed.emit())
        note = QLabel(self.tr("Flags the posts far above or below their baseline."),
                      wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(note)

    def set_value(self, value: str | None) -> None:
        """Show the query's comparison; one the list lacks (written in the file) is added, a
        wrong one kept as written so the plan says what is wrong with it."""
        name = (value or "").strip() or None
        if name is not None and self.choice.findData(name) < 0:
            try:
                label = said(parse_preset(name).label)
            except ValueError:
                label = name
            self.choice.addItem(label, name)
        self.choice.setCurrentIndex(max(self.choice.findData(name), 0))

    def value(self) -> str | None:
        return self.choice.currentData()
