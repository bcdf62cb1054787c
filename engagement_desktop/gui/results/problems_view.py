"""The Problems tab: one line per post that failed or came back partial, with what it means
and what to do. A post with several problems has one line, and its problems below it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ...core.rows import (ERROR, FORBIDDEN, MISSING, NOT_OWNED, NOT_REQUESTED, PROTECTED,
                         TOO_LARGE, TOO_NEW, TOO_OLD, TOO_SLOW, UNAVAILABLE,
                         UNSUPPORTED_IMPRESSIONS, UNSUPPORTED_VIDEO_VIEWS, PostProblem)
from ..common.vocabulary import said

# kind → (short title, what it means, what to do)
EXPLANATIONS: dict[str, tuple[str, str, str]] = {
    UNAVAILABLE: (
        QT_TRANSLATE_NOOP("Problems", "Unavailable"),
        QT_TRANSLATE_NOOP("Problems", "X did not serve this post: it was deleted, or is otherwise "
                                      "not available."),
        QT_TRANSLATE_NOOP("Problems", "Open the post on x.com to check; remove its ID from the "
                                      "query if it is gone.")),
    PROTECTED: (
        QT_TRANSLATE_NOOP("Problems", "Protected account"),
        QT_TRANSLATE_NOOP("Problems", "The post is from a protected account, so the API returns "
                                      "nothing for it."),
        QT_TRANSLATE_NOOP("Problems", "Add the account that owns the post and run again with "
                                      "account 'auto', or remove the ID.")),
    FORBIDDEN: (
        QT_TRANSLATE_NOOP("Problems", "Not allowed"),
        QT_TRANSLATE_NOOP("Problems", "The account used may not read this post: its user does not "
                                      "own the post, or the metric needs a user (OAuth) token "
                                      "rather than an app bearer token."),
        QT_TRANSLATE_NOOP("Problems", "Add the post owner's account (Accounts…) and use account "
                                      "'auto', or untick the metrics that need user context.")),
    UNSUPPORTED_VIDEO_VIEWS: (
        QT_TRANSLATE_NOOP("Problems", "No video views (post older than 1800 days)"),
        QT_TRANSLATE_NOOP("Problems", "X keeps video views only for posts at most 1800 days old; "
                                      "for this post it returns 0, which is not a real count."),
        QT_TRANSLATE_NOOP("Problems", "Ignore its video views, or untick Video views for old "
                                      "posts.")),
    UNSUPPORTED_IMPRESSIONS: (
        QT_TRANSLATE_NOOP("Problems", "No impressions/engagements (post older than 90 days)"),
        QT_TRANSLATE_NOOP("Problems", "The totals endpoint gives impressions and engagements only "
                                      "for posts at most 90 days old."),
        QT_TRANSLATE_NOOP("Problems", "Use the Historical endpoint with a date range for older "
                                      "posts, or untick Impressions and Engagements.")),
    TOO_OLD: (
        QT_TRANSLATE_NOOP("Problems", "Too old for this request"),
        QT_TRANSLATE_NOOP("Problems", "The post is older than the API allows for this endpoint or "
                                      "metric, so nothing was sent for it."),
        QT_TRANSLATE_NOOP("Problems", "Pick an endpoint that reaches further back (Historical), "
                                      "or remove the ID.")),
    TOO_NEW: (
        QT_TRANSLATE_NOOP("Problems", "Not yet posted in this range"),
        QT_TRANSLATE_NOOP("Problems", "The post was created after the end of the requested date "
                                      "range, so there is nothing to count."),
        QT_TRANSLATE_NOOP("Problems", "Move the end of the date range after the post's creation, "
                                      "or remove the ID.")),
    NOT_OWNED: (
        QT_TRANSLATE_NOOP("Problems", "No account owns this post"),
        QT_TRANSLATE_NOOP("Problems", "Account 'auto' sends each post with the account that owns "
                                      "it, and none of your accounts does."),
        QT_TRANSLATE_NOOP("Problems", "Add the owner's account (Accounts…), or pick an account "
                                      "explicitly.")),
    ERROR: (
        QT_TRANSLATE_NOOP("Problems", "Error"),
        QT_TRANSLATE_NOOP("Problems", "The server refused or failed this request; the message "
                                      "says why."),
        QT_TRANSLATE_NOOP("Problems", "Run again later; if it keeps failing, check the account in "
                                      "Accounts… (Test connection).")),
    TOO_LARGE: (
        QT_TRANSLATE_NOOP("Problems", "Answer too large"),
        QT_TRANSLATE_NOOP("Problems", "The server's answer grew past the most this request can "
                                      "legitimately be, so it was cut off and nothing of it "
                                      "was kept."),
        QT_TRANSLATE_NOOP("Problems", "Run again later; if it keeps happening, the server is "
                                      "misbehaving.")),
    TOO_SLOW: (
        QT_TRANSLATE_NOOP("Problems", "Answer too slow"),
        QT_TRANSLATE_NOOP("Problems", "The server was still sending its answer when the "
                                      "request's time was up, so it was cut off and nothing of "
                                      "it was kept."),
        QT_TRANSLATE_NOOP("Problems", "Run again later, or resume the job: only what is missing "
                                      "is fetched.")),
    MISSING: (
        QT_TRANSLATE_NOOP("Problems", "Missing from the answer"),
        QT_TRANSLATE_NOOP("Problems", "The server answered the request but said nothing about "
                                      "this post."),
        QT_TRANSLATE_NOOP("Problems", "Run again; if it stays missing, check the ID.")),
    NOT_REQUESTED: (
        QT_TRANSLATE_NOOP("Problems", "Posts not asked for"),
        QT_TRANSLATE_NOOP("Problems", "The server's answer spoke of posts the request did not "
                                      "ask about; what it said about them was left out."),
        QT_TRANSLATE_NOOP("Problems", "Nothing to do for the posts asked about; report it if it "
                                      "keeps happening.")),
}
# Most serious first: the line of a post with several problems leads with the worst one.
_SEVERITY = [ERROR, TOO_LARGE, TOO_SLOW, MISSING, FORBIDDEN, NOT_OWNED, PROTECTED, UNAVAILABLE,
             TOO_OLD, TOO_NEW, UNSUPPORTED_IMPRESSIONS, UNSUPPORTED_VIDEO_VIEWS, NOT_REQUESTED]
COLUMNS = (QT_TRANSLATE_NOOP("Problems", "Post"), QT_TRANSLATE_NOOP("Problems", "Problem"),
           QT_TRANSLATE_NOOP("Problems", "Metrics affected"),
           QT_TRANSLATE_NOOP("Problems", "What to do"))
UNKNOWN = (QT_TRANSLATE_NOOP("Problems", "The server reported a problem."),
           QT_TRANSLATE_NOOP("Problems", "Run again later."))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def explain(kind: str) -> tuple[str, str, str]:
    """(title, meaning, what to do) of a problem kind, in the window's language."""
    if kind not in EXPLANATIONS:
        return kind, _tr(UNKNOWN[0]), _tr(UNKNOWN[1])
    return tuple(_tr(text) for text in EXPLANATIONS[kind])


class ProblemsView(QWidget):
    count_changed = Signal(int)  # posts (and whole requests) with problems

    def __init__(self, parent=None):
        super().__init__(parent)
        self._problems: list[PostProblem] = []
        self.summary = QLabel(self.tr("No problems."), objectName="problemsSummary", wordWrap=True)
        self.copy_ids = QPushButton(self.tr("Copy post IDs"), objectName="copyProblemIds")
        self.copy_ids.setToolTip(self.tr("Copy the IDs of these posts, one a line, e.g. to take "
                                         "them out of the query."))
        self.copy_ids.clicked.connect(self._copy_ids)
        self.list = QTreeWidget(objectName="problemsList")
        self.list.setColumnCount(len(COLUMNS))
        self.list.setHeaderLabels([_tr(title) for title in COLUMNS])
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
            self.summary.setText(self.tr("No problems: every post answered in full."))
            return
        kinds = Counter(explain(p.kind)[0].split(" (")[0].lower()
                        for p in {(p.post_id, p.kind): p for p in self._problems}.values())
        self.summary.setText(self.tr("%n posts need attention: {kinds}.", "", len(posts)).format(
            kinds=", ".join(f"{n} {kind}" for kind, n in kinds.most_common())))

    def _show_details(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            self.details.clear()
            return
        problem: PostProblem = item.data(0, Qt.ItemDataRole.UserRole)
        title, meaning, action = explain(problem.kind)
        who = self.tr("The whole request") if problem.post_id is None else \
            self.tr("Post {id}").format(id=problem.post_id)
        self.details.setText(self.tr("<b>{who} — {title}.</b> {meaning}<br><b>What to do:</b> "
                                     "{action}<br><span style='color:#666'>Server said: "
                                     "{said}</span>").format(
            who=who, title=title, meaning=meaning, action=action,
            said=_escape(said(problem.message)) or "—"))

    def _copy_ids(self) -> None:
        ids = dict.fromkeys(p.post_id for p in self._problems if p.post_id is not None)
        QGuiApplication.clipboard().setText("\n".join(ids) + ("\n" if ids else ""))


def _line(post_id: str | None, problem: PostProblem, count: int,
          labels: Mapping[str, str]) -> QTreeWidgetItem:
    title, meaning, action = explain(problem.kind)
    metrics = ", ".join(labels.get(m, m) for m in problem.metrics)
    text = title if count == 1 else QCoreApplication.translate(
        "Problems", "{title} (+%n more)", "", count - 1).format(title=title)
    whole = QCoreApplication.translate("Problems", "Whole request")
    line = QTreeWidgetItem([whole if post_id is None else post_id, text,
                            metrics or QCoreApplication.translate("Problems", "all"), action])
    line.setData(0, Qt.ItemDataRole.UserRole, problem)
    for column in range(len(COLUMNS)):
        line.setToolTip(column, QCoreApplication.translate(
            "Problems", "{meaning}\n\nWhat to do: {action}\n\n{said}").format(
            meaning=meaning, action=action, said=said(problem.message)))
    return line


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
