"""The post IDs box: paste IDs, status URLs or CSV, or drop files; see the count, what was
rejected and why, and how many posts are past the chosen endpoint's declared age limits.

The text is kept as the user wrote it (one query entry per line) so a workspace round-trips;
parsing is core's, re-run shortly after typing stops so 10,000 pasted IDs stay smooth.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ...core import ids as core_ids
from ...core import snowflake
from ...core.endpoint import EndpointSpec
from ...core.utc import utcnow
from ..common.vocabulary import said

MAX_FILE_BYTES = 50 * 1024 * 1024
SHOWN_REJECTS = 8
# Badge colours by limit, youngest first: the oldest limits lose the most.
AGE_COLOURS = ("#a15c00", "#b00020")


class DropTextEdit(QPlainTextEdit):
    """A text box that also takes files dropped on it (their text is appended)."""
    files_dropped = Signal(list)

    def canInsertFromMimeData(self, source) -> bool:
        return source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source) -> None:
        files = [Path(u.toLocalFile()) for u in source.urls() if u.isLocalFile()]
        if files:
            self.files_dropped.emit(files)
        else:
            super().insertFromMimeData(source)


class IdsBox(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, now=utcnow):
        super().__init__(parent)
        self._now = now
        self.edit = DropTextEdit()
        self.edit.setPlaceholderText(self.tr("Paste post IDs, status URLs or CSV here, or drop "
                                             "files (.txt, .csv).")
                                     + "\nhttps://x.com/XDevelopers/status/1460323737035677698")
        self.edit.files_dropped.connect(self.load_files)
        self.count = QLabel()
        self.count.setObjectName("idCount")
        self.badges = QLabel()
        self.badges.setObjectName("ageBadges")
        self.rejected = QLabel()
        self.rejected.setObjectName("rejectedIds")
        self.rejected.setWordWrap(True)
        self.rejected.setStyleSheet("color: #b00020;")
        load = QPushButton(self.tr("Load file…"))
        load.clicked.connect(self._choose_files)
        header = QHBoxLayout()
        header.addWidget(self.count)
        header.addWidget(self.badges)
        header.addStretch(1)
        header.addWidget(load)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addLayout(header)
        layout.addWidget(self.rejected)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.textChanged.connect(self.changed)  # the query changed, even before re-parsing
        self.post_ids: list[str] = []
        self._spec: EndpointSpec | None = None
        self.refresh()

    def set_spec(self, spec: EndpointSpec | None) -> None:
        """The chosen endpoint, whose metrics' age limits the badges count against."""
        self._spec = spec
        self._show_ages()

    def set_entries(self, entries: list[str]) -> None:
        self.edit.setPlainText("\n".join(entries))
        self.refresh()

    def entries(self) -> list[str]:
        """The text as the query keeps it: one entry per non-blank line."""
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def load_files(self, files: list[Path]) -> None:
        texts, problems = [], []
        for path in files:
            try:
                if path.stat().st_size > MAX_FILE_BYTES:
                    problems.append(self.tr("{file}: larger than {size} MB").format(
                        file=path.name, size=MAX_FILE_BYTES // 2**20))
                    continue
                texts.append(path.read_text(encoding="utf-8-sig", errors="replace"))
            except OSError as err:
                problems.append(f"{path.name}: {err.strerror or err}")
        if texts:
            current = self.edit.toPlainText().rstrip("\n")
            self.edit.setPlainText("\n".join([current, *texts] if current else texts))
        self.refresh()
        if problems:
            self.rejected.setText(self.tr("Could not read {files}.").format(
                files="; ".join(problems)) + "\n" + self.rejected.text())

    def refresh(self) -> None:
        self._timer.stop()
        parsed = core_ids.parse_entries(self.entries())
        self.post_ids = list(parsed.ids)
        n = len(self.post_ids)
        self.count.setText(self.tr("%n posts", "", n) if n else self.tr("No posts yet"))
        self._show_ages()
        rejects = list(parsed.rejected)
        lines = [f"“{said(core_ids.shown_token(r.token))}”: {said(r.reason)}"
                 for r in rejects[:SHOWN_REJECTS]]
        if len(rejects) > SHOWN_REJECTS:
            lines.append(self.tr("… and %n more", "", len(rejects) - SHOWN_REJECTS))
        heading = self.tr("%n rejected:", "", len(rejects)) + "\n" if rejects else ""
        self.rejected.setText(heading + "\n".join(lines))
        self.rejected.setVisible(bool(rejects))

    def _show_ages(self) -> None:
        now: datetime = self._now()
        ages = [now - snowflake.created_at(post_id) for post_id in self.post_ids]
        badges, tips = [], []
        for at, (days, meaning) in enumerate(self._limits()):
            older = sum(age > timedelta(days=days) for age in ages)
            if older:
                colour = AGE_COLOURS[min(at, len(AGE_COLOURS) - 1)]
                badge = self.tr("{count} &gt; {days} days").format(count=older, days=days)
                badges.append(f'<span style="background:{colour};color:white;">&nbsp;{badge}'
                              '&nbsp;</span>')
                tips.append(self.tr("{count} older than {days} days: {meaning}.").format(
                    count=older, days=days, meaning=meaning))
        self.badges.setText(" ".join(badges))
        self.badges.setToolTip("\n".join(tips))

    def _limits(self) -> list[tuple[int, str]]:
        """(days, what older posts lack) per distinct declared age limit, youngest first."""
        by_days: dict[int, list[str]] = {}
        for limit in self._spec.age_limits() if self._spec else ():
            by_days.setdefault(limit.days, []).append(limit.missing)
        return [(days, "; ".join(map(said, words))) for days, words in by_days.items()]

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Load post IDs"), "",
            self.tr("Text and CSV (*.txt *.csv *.tsv);;All files (*)"))
        if names:
            self.load_files([Path(n) for n in names])
