"""What the query will do, updated live: its problems in plain words, or the number of
requests, the time they take at the rate limit, the new @handles this month's bill would count,
and a preview of the first request as a copyable curl command (secrets masked)."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ...core.query import FieldProblem

FIELD_WORDS = {"endpoint": "Endpoint", "account": "Account", "ids": "Posts", "metrics": "Metrics",
               "groupings": "Groupings", "start": "Start", "end": "End",
               "granularity": "Granularity"}


@dataclass
class Summary:
    problems: list[FieldProblem] = field(default_factory=list)
    requests: int = 0
    minutes: float = 0.0
    per_minute: int | None = None
    new_handles: list[str] = field(default_factory=list)
    handles_known: bool = True  # False: owners are found during the run (auto, bearer)
    notes: list[str] = field(default_factory=list)  # per-post pre-check notes, in words
    curl: str = ""


def duration_words(minutes: float) -> str:
    if minutes < 1:
        return "under a minute"
    if minutes < 90:
        return f"about {round(minutes)} minute{'s' * (round(minutes) != 1)}"
    return f"about {minutes / 60:.1f} hours"


class PlanSummary(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.headline = QLabel()
        self.headline.setObjectName("planHeadline")
        self.headline.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("planDetails")
        self.details.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("curlPreview")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setMaximumHeight(90)
        self.preview.setToolTip("The first request, as curl would send it; secrets are masked.")
        self.copy = QPushButton("Copy curl command")
        self.copy.clicked.connect(self.copy_curl)
        self.preview_bar = QWidget()
        preview_bar = QHBoxLayout(self.preview_bar)
        preview_bar.setContentsMargins(0, 0, 0, 0)
        preview_bar.addWidget(QLabel("First request:"))
        preview_bar.addStretch(1)
        preview_bar.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.preview_bar)
        layout.addWidget(self.preview)
        self.summary = Summary()
        self.show_summary(self.summary)

    def show_summary(self, summary: Summary) -> None:
        self.summary = summary
        if summary.problems:
            n = len(summary.problems)
            self.headline.setText(f"<b style='color:#b00020'>{n} thing{'s' * (n != 1)} to fix "
                                  "before this query can run:</b>")
            self.details.setText("\n".join(f"• {FIELD_WORDS.get(p.field, p.field)}: {p.message}"
                                           for p in summary.problems))
        else:
            rate = f" at {summary.per_minute} requests a minute" if summary.per_minute else ""
            self.headline.setText(f"<b>{summary.requests} request{'s' * (summary.requests != 1)}"
                                  f"</b>, {duration_words(summary.minutes)}{rate}.")
            handles = (f"Adds {len(summary.new_handles)} new @handle"
                       f"{'s' * (len(summary.new_handles) != 1)} to this month's bill: "
                       + ", ".join(f"@{h}" for h in summary.new_handles)
                       if summary.new_handles else "No new @handles this month."
                       if summary.handles_known else "The posts' owners are known only once the "
                       "run starts, so new @handles cannot be counted beforehand.")
            self.details.setText("\n".join([handles, *summary.notes]))
        self.preview.setPlainText(summary.curl)
        for widget in (self.preview_bar, self.preview):  # room for the problems instead
            widget.setVisible(bool(summary.curl))

    def copy_curl(self) -> None:
        QGuiApplication.clipboard().setText(self.summary.curl)
