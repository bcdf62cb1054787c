"""What the query will do, updated live: its problems in plain words, or the number of
requests, the time they take at the rate limit, the new @handles this month's bill would count,
and a preview of the first request as a copyable curl command (secrets masked)."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from ...core.planning import Estimate
from ...core.query import FieldProblem
from ...runner.durations import duration_text

FIELD_WORDS = {"endpoint": "Endpoint", "account": "Account", "ids": "Posts", "metrics": "Metrics",
               "groupings": "Groupings", "start": "Start", "end": "End", "range": "Range",
               "granularity": "Granularity"}


@dataclass
class Summary:
    problems: list[FieldProblem] = field(default_factory=list)
    estimate: Estimate | None = None  # the plan door's, as `engagement-desktop plan` prints it
    pending_owners: int = 0  # auto: posts whose owners are looked up when the run starts
    notes: list[str] = field(default_factory=list)  # per-post pre-check notes, in words
    curl: str = ""

    @property
    def requests(self) -> int:
        return self.estimate.requests if self.estimate else 0

    @property
    def new_handles(self) -> list[str]:
        return sorted(self.estimate.new_handles) if self.estimate else []


class PlanSummary(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.headline = QLabel()
        self.headline.setObjectName("planHeadline")
        self.headline.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("planDetails")
        self.details.setWordWrap(True)
        for label in (self.headline, self.details):  # long notes wrap, never widen the editor
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
            self.headline.setText(_headline(summary))
            self.details.setText("\n".join([*_owner_lines(summary), *summary.notes]))
        self.preview.setPlainText(summary.curl)
        for widget in (self.preview_bar, self.preview):  # room for the problems instead
            widget.setVisible(bool(summary.curl))

    def copy_curl(self) -> None:
        QGuiApplication.clipboard().setText(self.summary.curl)


def _headline(summary: Summary) -> str:
    guess = summary.estimate
    if guess is None:
        return ""
    said = " (the limit the server announced)" if guess.learned else ""
    return (f"<b>{guess.requests} request{'s' * (guess.requests != 1)}</b>, about "
            f"{duration_text(guess.minutes * 60)} at {guess.per_minute} requests a minute{said}.")


def _owner_lines(summary: Summary) -> list[str]:
    """Who owns the posts: this month's new @handles, or when that is known."""
    if summary.pending_owners:
        n = summary.pending_owners
        return [f"The owners of {n} post{'s' * (n != 1)} are looked up when the run starts; "
                "their requests are counted then."]
    handles = summary.new_handles
    if handles:
        return [f"Adds {len(handles)} new @handle{'s' * (len(handles) != 1)} to this month's "
                "bill: " + ", ".join(f"@{h}" for h in handles)]
    if summary.estimate is not None and not summary.estimate.handles_known:
        return ["The posts' owners are known only once the run starts, so new @handles cannot "
                "be counted beforehand."]
    return ["No new @handles this month."]
