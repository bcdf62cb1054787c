"""The Requests tab: every step of the plan with its state, attempts, rows and what failed."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            Qt)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ...core.plan import Plan, Step
from ...runner.events import PageParsed, StepFailed, StepStarted
from ..common.locale_format import number

WAITING, RUNNING, DONE, RESUMED, FAILED = "waiting", "running", "done", "resumed", "failed"
COLUMNS = (QT_TRANSLATE_NOOP("Requests", "Request"), QT_TRANSLATE_NOOP("Requests", "Posts"),
           QT_TRANSLATE_NOOP("Requests", "Window (UTC)"), QT_TRANSLATE_NOOP("Requests", "State"),
           QT_TRANSLATE_NOOP("Requests", "Attempts"), QT_TRANSLATE_NOOP("Requests", "Rows"),
           QT_TRANSLATE_NOOP("Requests", "Message"))
STATES = {WAITING: QT_TRANSLATE_NOOP("Requests", "waiting"),
          RUNNING: QT_TRANSLATE_NOOP("Requests", "running"),
          DONE: QT_TRANSLATE_NOOP("Requests", "done"),
          RESUMED: QT_TRANSLATE_NOOP("Requests", "resumed"),
          FAILED: QT_TRANSLATE_NOOP("Requests", "failed")}
WIDTHS = (150, 80, 250, 80, 70, 80)  # pixels
_COLORS = {RUNNING: "#1f5fbf", DONE: "#2e7d32", RESUMED: "#2e7d32", FAILED: "#b3261e"}


@dataclass
class StepState:
    step_id: str
    posts: str = ""
    window: str = ""
    state: str = WAITING
    attempts: int = 0
    rows: int = 0
    message: str = ""

    def cells(self) -> tuple:
        return (self.step_id, self.posts, self.window,
                QCoreApplication.translate("Requests", STATES[self.state]), self.attempts or "",
                number(self.rows) if self.state in (DONE, RESUMED) else "", self.message)


def _describe(step: Step) -> tuple[str, str]:
    posts = QCoreApplication.translate("Requests", "%n posts", "", len(step.ids))
    if step.start is None:
        return posts, (QCoreApplication.translate("Requests", "lifetime")
                       if step.endpoint == "totals" else "")
    return posts, f"{step.start:%Y-%m-%d %H:%M} → {step.end:%Y-%m-%d %H:%M}"


class StepsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._steps: list[StepState] = []
        self._row: dict[str, int] = {}

    def reset(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._steps = [StepState(s.id, *_describe(s)) for s in (plan.steps if plan else [])]
        self._row = {s.step_id: i for i, s in enumerate(self._steps)}
        self.endResetModel()

    def steps(self) -> list[StepState]:
        return list(self._steps)

    def apply(self, event) -> None:
        step = self._state(event.step_id)
        if isinstance(event, StepStarted):
            step.state = RUNNING
            step.attempts += 1  # a resend (retry, or again without refused IDs) counts
        elif isinstance(event, PageParsed):
            step.state = RESUMED if event.resumed else DONE
            step.attempts = max(step.attempts, 0 if event.resumed else 1)
            step.rows += len(event.rows)
            step.message = QCoreApplication.translate(
                "Requests", "%n problems", "", len(event.problems)) if event.problems else ""
        elif isinstance(event, StepFailed):
            step.state = FAILED
            status = f"HTTP {event.status}: " if event.status else ""
            step.message = status + event.message
        row = self._row[step.step_id]
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _state(self, step_id: str) -> StepState:
        if step_id not in self._row:  # a run begun without its plan: learn steps as they come
            self.beginInsertRows(QModelIndex(), len(self._steps), len(self._steps))
            self._row[step_id] = len(self._steps)
            self._steps.append(StepState(step_id))
            self.endInsertRows()
        return self._steps[self._row[step_id]]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        step = self._steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return step.cells()[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(COLUMNS) - 1:
            return step.message or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            color = _COLORS.get(step.state)
            return QColor(color) if color else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Requests", COLUMNS[section])
        return None


class RequestsView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = StepsModel(self)
        self.summary = QLabel(self.tr("No requests yet."), objectName="requestsSummary")
        self.table = QTableView(objectName="requestsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Fitting columns to contents would cost a pass over all steps on every change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def begin(self, plan: Plan | None) -> None:
        self.model.reset(plan)
        self._summarize()

    def apply(self, event) -> None:
        self.model.apply(event)
        self._summarize()

    def _summarize(self) -> None:
        steps = self.model.steps()
        if not steps:
            self.summary.setText(self.tr("No requests yet."))
            return
        done = sum(s.state in (DONE, RESUMED) for s in steps)
        failed = sum(s.state == FAILED for s in steps)
        retries = sum(max(s.attempts - 1, 0) for s in steps)
        text = self.tr("{done} of %n requests done", "", len(steps)).format(done=done)
        if failed:
            text += " · " + self.tr("%n failed", "", failed)
        if retries:
            text += " · " + self.tr("%n retries", "", retries)
        self.summary.setText(text + ".")
