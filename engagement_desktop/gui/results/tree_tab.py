"""The Tree tab: the regroup bar, a filter, and the lazy result tree with sums at every level.

A live run rebuilds the tree as rows arrive; what the user opened, and where they scrolled,
stays open across rebuilds (remembered by each node's path of keys), until they regroup.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTreeView, QVBoxLayout, QWidget)

from ...core.results import ResultSet
from ...core.tree import ResultTree
from ..common.vocabulary import said_error
from .regroup_bar import RegroupBar
from .result_tree_model import LABEL, VALUE, ResultFilterProxy, ResultTreeModel


class TreeTab(QWidget):
    selection_changed = Signal(list, list)  # the posts and the metrics of the selected rows

    def __init__(self, parent=None):
        super().__init__(parent)
        self._result: ResultSet | None = None
        self._expanded: set[tuple] = set()
        self.regroup = RegroupBar()
        self.regroup.changed.connect(self._regrouped)
        self.filter = QLineEdit(objectName="treeFilter", clearButtonEnabled=True,
                                placeholderText=self.tr("Filter: a post ID, a metric, a date…"))
        self.filter.setMaximumWidth(280)
        self._filter_delay = QTimer(self, singleShot=True, interval=200)
        self._filter_delay.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._filter_delay.start())
        self.copy_button = QPushButton(self.tr("Copy"), objectName="copyTree")
        self.copy_button.setToolTip(self.tr("Copy the selected rows as tab-separated text "
                                            "(Ctrl+C), ready to paste into a spreadsheet."))
        self.copy_button.clicked.connect(self.copy_selection)
        self.message = QLabel(objectName="treeMessage", wordWrap=True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setVisible(False)
        self.hint = QLabel(self.tr("No numbers yet: press ▶ Run (Ctrl+R) to fetch them."),
                           objectName="treeHint", wordWrap=True)
        self.hint.setStyleSheet("color: palette(mid); padding: 12px;")

        self.model = ResultTreeModel(self)
        self.proxy = ResultFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView(objectName="resultTree")
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)  # lets the view skip measuring every row
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.header().setSortIndicator(LABEL, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(VALUE, 160)
        self.view.expanded.connect(lambda i: self._expanded.add(self._node(i).path()))
        self.view.collapsed.connect(lambda i: self._expanded.discard(self._node(i).path()))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        QShortcut(QKeySequence.StandardKey.Copy, self.view, self.copy_selection,
                  context=Qt.ShortcutContext.WidgetShortcut)

        bar = QHBoxLayout()
        bar.addWidget(self.regroup, 1)
        bar.addWidget(self.filter)
        bar.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)

    # -- what the panel calls ---------------------------------------------------------------
    def set_result(self, result: ResultSet | None) -> None:
        self._result = result
        self.hint.setVisible(result is None)  # before the first run: say how to start one
        self.rebuild()

    def rebuild(self) -> None:
        """Build the tree again from the result's rows, keeping what was open."""
        if self._result is None:
            self.model.set_tree(None)
            return
        if self.regroup.set_result(self._result):
            self._expanded.clear()
        try:
            tree = ResultTree(self._result, self.regroup.dims(), self.regroup.granularity())
        except ValueError as error:  # a grouping these numbers cannot give: say why
            self._say(said_error(error))
            self.model.set_tree(None)
            return
        self._say("")
        shown = self.model.rowCount()
        scroll = self.view.verticalScrollBar().value()
        self.model.set_tree(tree)
        while self.model.rowCount() < shown and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        for path in sorted(self._expanded, key=len):
            index = self.model.index_for_path(path)
            if index.isValid():
                self.view.expand(self.proxy.mapFromSource(index))
        if self.filter.text():
            self.model.fetch_all()
        self.view.verticalScrollBar().setValue(scroll)

    def copy_selection(self) -> None:
        rows = self.view.selectionModel().selectedRows(LABEL)
        rows.sort(key=_visual_order)
        text = self.model.to_tsv([self.proxy.mapToSource(i) for i in rows])
        if len(rows):
            QGuiApplication.clipboard().setText(text)

    # -- behaviour ---------------------------------------------------------------------------
    def _node(self, proxy_index: QModelIndex):
        return self.model.node(self.proxy.mapToSource(proxy_index))

    def _regrouped(self) -> None:
        self._expanded.clear()
        self.rebuild()

    def _apply_filter(self) -> None:
        text = self.filter.text().strip()
        if text:
            # The proxy can only filter rows the model has fetched: fetch the first level
            # (posts, metrics or time buckets: thousands at most) so a match is not missed.
            self.model.fetch_all()
        self.proxy.setFilterFixedString(text)

    def _selected(self) -> None:
        posts, metrics = {}, {}
        for index in self.view.selectionModel().selectedRows(LABEL):
            node = self._node(index)
            while node is not None and node.parent is not None:
                if node.dimension == "post":
                    posts[node.key] = True
                elif node.dimension == "metric":
                    metrics[node.key] = True
                node = node.parent
        self.selection_changed.emit(list(posts), list(metrics))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _visual_order(index: QModelIndex) -> tuple:
    rows = []
    while index.isValid():
        rows.append(index.row())
        index = index.parent()
    return tuple(reversed(rows))
