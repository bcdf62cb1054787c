"""What the query will do, updated live: its problems in plain words, or the number of
requests, the time they take at the rate limit, the new @handles this month's bill would count,
and a preview of the first request as a copyable curl command (secrets masked)."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from ...core.planning import Estimate
from ...core.query import FieldProblem
from ..common.locale_format import duration_words, number
from ..common.vocabulary import said

FIELD_WORDS = {"endpoint": QT_TRANSLATE_NOOP("PlanSummary", "Endpoint"),
               "account": QT_TRANSLATE_NOOP("PlanSummary", "Account"),
               "ids": QT_TRANSLATE_NOOP("PlanSummary", "Posts"),
               "metrics": QT_TRANSLATE_NOOP("PlanSummary", "Metrics"),
               "groupings": QT_TRANSLATE_NOOP("PlanSummary", "Groupings"),
               "start": QT_TRANSLATE_NOOP("PlanSummary", "Start"),
               "end": QT_TRANSLATE_NOOP("PlanSummary", "End"),
               "range": QT_TRANSLATE_NOOP("PlanSummary", "Range"),
               "granularity": QT_TRANSLATE_NOOP("PlanSummary", "Granularity"),
               "compare": QT_TRANSLATE_NOOP("PlanSummary", "Comparison")}


@dataclass
class Summary:
    problems: list[FieldProblem] = field(default_factory=list)
    estimate: Estimate | None = None  # the plan door's, as `engagement-desktop plan` prints it
    pending_owners: int = 0  # auto: posts whose owners are looked up when the run starts
    notes: list[str] = field(default_factory=list)  # per-post pre-check notes, in words
    # the query's comparison: its periods and the extra requests of its baseline, in words
    comparison: list[str] = field(default_factory=list)
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
        self.preview.setToolTip(
            self.tr("The first request, as curl would send it; secrets are masked."))
        self.copy = QPushButton(self.tr("Copy curl command"))
        self.copy.clicked.connect(self.copy_curl)
        self.preview_bar = QWidget()
        preview_bar = QHBoxLayout(self.preview_bar)
        preview_bar.setContentsMargins(0, 0, 0, 0)
        preview_bar.addWidget(QLabel(self.tr("First request:")))
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
            self.headline.setText("<b style='color:#b00020'>{}</b>".format(
                self.tr("%n things to fix before this query can run:", "", n)))
            self.details.setText("\n".join(f"• {_field_word(p.field)}: {said(p.message)}"
                                           for p in summary.problems))
        else:
            self.headline.setText(_headline(summary))
            self.details.setText("\n".join([*summary.comparison, *_owner_lines(summary),
                                            *summary.notes]))
        self.preview.setPlainText(summary.curl)
        for widget in (self.preview_bar, self.preview):  # room for the problems instead
            widget.setVisible(bool(summary.curl))

    def copy_curl(self) -> None:
        QGuiApplication.clipboard().setText(self.summary.curl)


def _field_word(name: str) -> str:
    return QCoreApplication.translate("PlanSummary", FIELD_WORDS[name]) \
        if name in FIELD_WORDS else name


def _headline(summary: Summary) -> str:
    guess = summary.estimate
    if guess is None:
        return ""
    requests = QCoreApplication.translate("PlanSummary", "%n requests", "", guess.requests)
    pace = (QCoreApplication.translate("PlanSummary", "{duration} at {rate} requests a minute "
                                       "(the limit the server announced).")
            if guess.learned else
            QCoreApplication.translate("PlanSummary", "{duration} at {rate} requests a minute "
                                       "(the endpoint's declared limit, until a run learns the "
                                       "server's own)."))
    return f"<b>{requests}</b>, " + pace.format(duration=duration_words(guess.minutes * 60),
                                                 rate=number(guess.per_minute))


def _owner_lines(summary: Summary) -> list[str]:
    """Who owns the posts: this month's new @handles, or when that is known."""
    if summary.pending_owners:
        n = summary.pending_owners
        return [QCoreApplication.translate(
            "PlanSummary", "The owners of %n posts are looked up when the run starts; their "
            "requests are counted then.", "", n)]
    handles = summary.new_handles
    if handles:
        return [QCoreApplication.translate(
            "PlanSummary", "Adds %n new @handles to this month's bill: ", "", len(handles))
            + ", ".join(f"@{h}" for h in handles)]
    if summary.estimate is not None and not summary.estimate.handles_known:
        return [QCoreApplication.translate(
            "PlanSummary", "The posts' owners are known only once the run starts, so new "
            "@handles cannot be counted beforehand.")]
    return [QCoreApplication.translate("PlanSummary", "No new @handles this month.")]
