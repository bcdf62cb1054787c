"""What the Table and Compare views share: a result whose posts roll up to their @handles."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

from ...core.results import ResultSet


class HandlesView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._result: ResultSet | None = None
        self._handles: Mapping[str, str] = {}  # post ID → @handle; others: "unknown @handle"

    def _keep(self, result: ResultSet | None, handles: Mapping[str, str] | None) -> None:
        self._result, self._handles = result, dict(handles or {})
