"""The Problems tab: one line per post that failed or came back partial, with what it means
and what to do. A post with several problems has one line, and its problems below it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ...core.rows import (ERROR, FORBIDDEN, NOT_OWNED, PROTECTED, TOO_NEW, TOO_OLD, UNAVAILABLE,
                         UNSUPPORTED_IMPRESSIONS, UNSUPPORTED_VIDEO_VIEWS, PostProblem)

# kind → (short title, what it means, what to do)
EXPLANATIONS: dict[str, tuple[str, str, str]] = {
    UNAVAILABLE: ("Unavailable",
                  "X did not serve this post: it was deleted, or is otherwise not available.",
                  "Open the post on x.com to check; remove its ID from the query if it is gone."),
    PROTECTED: ("Protected account",
                "The post is from a protected account, so the API returns nothing for it.",
                "Add the account that owns the post and run again with account 'auto', or "
                "remove the ID."),
    FORBIDDEN: ("Not allowed",
                "The account used may not read this post: its user does not own the post, or "
                "the metric needs a user (OAuth) token rather than an app bearer token.",
                "Add the post owner's account (Accounts…) and use account 'auto', or untick "
                "the metrics that need user context."),
    UNSUPPORTED_VIDEO_VIEWS: ("No video views (post older than 1800 days)",
                              "X keeps video views only for posts at most 1800 days old; for "
                              "this post it returns 0, which is not a real count.",
                              "Ignore its video views, or untick Video views for old posts."),
    UNSUPPORTED_IMPRESSIONS: ("No impressions/engagements (post older than 90 days)",
                              "The totals endpoint gives impressions and engagements only for "
                              "posts at most 90 days old.",
                              "Use the Historical endpoint with a date range for older posts, "
                              "or untick Impressions and Engagements."),
    TOO_OLD: ("Too old for this request",
              "The post is older than the API allows for this endpoint or metric, so nothing "
              "was sent for it.",
              "Pick an endpoint that reaches further back (Historical), or remove the ID."),
    TOO_NEW: ("Not yet posted in this range",
              "The post was created after the end of the requested date range, so there is "
              "nothing to count.",
              "Move the end of the date range after the post's creation, or remove the ID."),
    NOT_OWNED: ("No account owns this post",
                "Account 'auto' sends each post with the account that owns it, and none of "
                "your accounts does.",
                "Add the owner's account (Accounts…), or pick an account explicitly."),
    ERROR: ("Error",
            "The server refused or failed this request; the message says why.",
            "Run again later; if it keeps failing, check the account in Accounts… "
            "(Test connection)."),
}
# Most serious first: the line of a post with several problems leads with the worst one.
_SEVERITY = [ERROR, FORBIDDEN, NOT_OWNED, PROTECTED, UNAVAILABLE, TOO_OLD, TOO_NEW,
             UNSUPPORTED_IMPRESSIONS, UNSUPPORTED_VIDEO_VIEWS]
COLUMNS = ("Post", "Problem", "Metrics affected", "What to do")


def explain(kind: str) -> tuple[str, str, str]:
    return EXPLANATIONS.get(kind, (kind, "The server reported a problem.", "Run again later."))


class ProblemsView(QWidget):
    count_changed = Signal(int)  # posts (and whole requests) with problems

    def __init__(self, parent=None):
        super().__init__(parent)
        self._problems: list[PostProblem] = []
        self.summary = QLabel("No problems.", objectName="problemsSummary", wordWrap=True)
        self.copy_ids = QPushButton("Copy post IDs", objectName="copyProblemIds")
        self.copy_ids.setToolTip("Copy the IDs of these posts, one a line, e.g. to take them "
                                 "out of the query.")
        self.copy_ids.clicked.connect(self._copy_ids)
        self.list = QTreeWidget(objectName="problemsList")
        self.list.setColumnCount(len(COLUMNS))
        self.list.setHeaderLabels(COLUMNS)
        self.list.setAlternatingRowColors(True)
        self.list.setColumnWidth(0, 190)
        self.list.setColumnWidth(1, 300)
        self.list.setColumnWidth(2, 190)
        self.list.currentItemChanged.connect(self._show_details)
        self.details = QLabel(objectName="problemDetails", wordWrap=True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(70)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        QShortcut(QKeySequence.StandardKey.Copy, self.list, self._copy_ids,
                  context=Qt.ShortcutContext.WidgetShortcut)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.copy_ids)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        self._update_summary()

    def set_problems(self, problems: list[PostProblem],
                     labels: Mapping[str, str] | None = None) -> None:
        """Show `problems`; `labels` names their metrics (metric → label, as declared)."""
        labels = labels or {}
        if problems == self._problems:
            return
        self._problems = list(problems)
        self.list.clear()
        by_post: dict[str | None, list[PostProblem]] = {}
        for problem in problems:
            by_post.setdefault(problem.post_id, []).append(problem)
        for post_id, found in by_post.items():
            found.sort(key=lambda p: _SEVERITY.index(p.kind) if p.kind in _SEVERITY else 0)
            line = _line(post_id, found[0], len(found), labels)
            if len(found) > 1:
                line.addChildren([_line(post_id, problem, 1, labels) for problem in found])
            self.list.addTopLevelItem(line)
        # Expanders only when some post has several problems; otherwise they waste a column.
        self.list.setRootIsDecorated(any(len(found) > 1 for found in by_post.values()))
        self._update_summary()
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            self.details.clear()
        self.count_changed.emit(self.list.topLevelItemCount())

    def problems(self) -> list[PostProblem]:
        return list(self._problems)

    def _update_summary(self) -> None:
        posts = {p.post_id for p in self._problems}
        self.copy_ids.setEnabled(any(p is not None for p in posts))
        if not posts:
            self.summary.setText("No problems: every post answered in full.")
            return
        kinds = Counter(explain(p.kind)[0].split(" (")[0].lower()
                        for p in {(p.post_id, p.kind): p for p in self._problems}.values())
        noun = "post needs" if len(posts) == 1 else "posts need"
        self.summary.setText(f"{len(posts)} {noun} attention: "
                             + ", ".join(f"{n} {kind}" for kind, n in kinds.most_common()) + ".")

    def _show_details(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            self.details.clear()
            return
        problem: PostProblem = item.data(0, Qt.ItemDataRole.UserRole)
        title, meaning, action = explain(problem.kind)
        who = "The whole request" if problem.post_id is None else f"Post {problem.post_id}"
        self.details.setText(f"<b>{who} — {title}.</b> {meaning}<br><b>What to do:</b> "
                             f"{action}<br><span style='color:#666'>Server said: "
                             f"{_escape(problem.message) or '—'}</span>")

    def _copy_ids(self) -> None:
        ids = dict.fromkeys(p.post_id for p in self._problems if p.post_id is not None)
        QGuiApplication.clipboard().setText("\n".join(ids) + ("\n" if ids else ""))


def _line(post_id: str | None, problem: PostProblem, count: int,
          labels: Mapping[str, str]) -> QTreeWidgetItem:
    title, meaning, action = explain(problem.kind)
    metrics = ", ".join(labels.get(m, m) for m in problem.metrics)
    text = title if count == 1 else f"{title} (+{count - 1} more)"
    line = QTreeWidgetItem(["Whole request" if post_id is None else post_id, text,
                            metrics or "all", action])
    line.setData(0, Qt.ItemDataRole.UserRole, problem)
    for column in range(len(COLUMNS)):
        line.setToolTip(column, f"{meaning}\n\nWhat to do: {action}\n\n{problem.message}")
    return line


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
