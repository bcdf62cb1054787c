"""A Qt item model over the core result tree: lazy, sortable, filterable, copyable as TSV.

Rows are inserted in pages through canFetchMore/fetchMore, so a level of 8,760 hours costs
nothing until it is scrolled to. Sorting happens here, over each level's whole list of
children, rather than in the proxy: a proxy can only sort the rows already fetched, which would
put the wrong "largest" post on top. The proxy only filters.
"""
from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt)

from ...core.tree import ResultTree, TreeNode
from ..common.locale_format import number
from ..common.vocabulary import metric_label

LABEL, VALUE = 0, 1
PAGE = 256  # rows inserted per fetchMore
DIM_TITLES = {"post": QT_TRANSLATE_NOOP("ResultTree", "Post"),
              "metric": QT_TRANSLATE_NOOP("ResultTree", "Metric"),
              "day": QT_TRANSLATE_NOOP("ResultTree", "Day"),
              "hour": QT_TRANSLATE_NOOP("ResultTree", "Hour"),
              "week": QT_TRANSLATE_NOOP("ResultTree", "Week")}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw number behind the value column


def dim_title(dim: str) -> str:
    """A tree level's title in the window's language (an unknown level by its name)."""
    return QCoreApplication.translate("ResultTree", DIM_TITLES[dim]) if dim in DIM_TITLES else dim


def shown_label(node: TreeNode) -> str:
    """A node's label in the window's language: metrics by the glossary, the posts' total and
    weeks in words; dates, hours and post IDs are shown as the core writes them."""
    if node.dimension == "metric":
        return metric_label(node.key, node.label)
    if node.dimension == "post" and node.key is None:
        return QCoreApplication.translate("ResultTree", "All posts")
    if node.dimension == "week":
        return QCoreApplication.translate("ResultTree", "week of {date}").format(
            date=node.label.removeprefix("week of "))
    return node.label


def _tooltip(node: TreeNode) -> str:
    group, label = dim_title(node.dimension), shown_label(node)
    if node.one_metric:
        return f"{group} {label}: {number(node.value)}"
    return QCoreApplication.translate(
        "ResultTree", "{group} {label} holds several metrics, so no sum is shown: expand it, or "
        "group by metric first.").format(group=group, label=label)


class ResultTreeModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._tree: ResultTree | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._changing = False  # inside a reset or an insertion
        self._reset_maps()

    def _reset_maps(self) -> None:
        # Keyed by id(node): nodes live as long as their tree, which this model holds.
        self._kids: dict[int, list[TreeNode]] = {}  # children in display order
        self._fetched: dict[int, int] = {}  # how many of them are inserted
        self._row: dict[int, int] = {}  # a node's row under its parent, in display order

    # -- what the panel calls ---------------------------------------------------------------
    def tree(self) -> ResultTree | None:
        return self._tree

    def set_tree(self, tree: ResultTree | None) -> None:
        self.beginResetModel()
        self._tree = tree
        self._reset_maps()
        self._changing = True
        try:
            self.endResetModel()
        finally:
            self._changing = False

    def node(self, index: QModelIndex) -> TreeNode | None:
        """The node at a valid index; the root for an invalid one (None without a tree)."""
        if index.isValid():
            return index.internalPointer()
        return self._tree.root if self._tree is not None else None

    def index_of(self, node: TreeNode) -> QModelIndex:
        """The index of a node whose row is fetched (an invalid index otherwise)."""
        if node.parent is None:
            return QModelIndex()
        row = self._row.get(id(node))
        if row is None or row >= self._fetched.get(id(node.parent), 0):
            return QModelIndex()
        return self.createIndex(row, LABEL, node)

    def index_for_path(self, path: tuple) -> QModelIndex:
        """The index of the node at `path` (its keys from the root), fetching the pages it
        needs; an invalid index when the tree has no such node."""
        if self._tree is None:
            return QModelIndex()
        node, index = self._tree.root, QModelIndex()
        for key in path:
            child = next((n for n in self._children(node) if n.key == key), None)
            if child is None:
                return QModelIndex()
            row = self._row[id(child)]
            while self._fetched.get(id(node), 0) <= row:
                before = self._fetched.get(id(node), 0)
                self.fetchMore(index)
                if self._fetched.get(id(node), 0) == before:  # refused mid-change
                    return QModelIndex()
            index, node = self.createIndex(row, LABEL, child), child
        return index

    def fetch_all(self, parent: QModelIndex = QModelIndex()) -> None:
        while self.canFetchMore(parent):
            self.fetchMore(parent)

    def to_tsv(self, indexes: list[QModelIndex]) -> str:
        """The rows of `indexes` (deduplicated, in the given order) as tab-separated lines:
        one column per grouping level (the row's path), then the value; a header first."""
        if self._tree is None:
            return ""
        dims = self._tree.dims
        lines = ["\t".join([dim_title(d) for d in dims]
                           + [QCoreApplication.translate("ResultTree", "Value")])]
        seen = set()
        for index in indexes:
            node = self.node(index.siblingAtColumn(LABEL))
            if node is None or id(node) in seen or node.parent is None:
                continue
            seen.add(id(node))
            labels = []
            walk = node
            while walk.parent is not None:
                labels.append(shown_label(walk))
                walk = walk.parent
            labels.reverse()
            labels += [""] * (len(dims) - len(labels))
            lines.append("\t".join(labels + [str(node.value) if node.one_metric else ""]))
        return "\n".join(lines) + "\n"

    # -- structure ---------------------------------------------------------------------------
    def _children(self, node: TreeNode) -> list[TreeNode]:
        kids = self._kids.get(id(node))
        if kids is None:
            kids = self._ordered(node.children())
            self._kids[id(node)] = kids
            for row, kid in enumerate(kids):
                self._row[id(kid)] = row
        return kids

    def _ordered(self, nodes: list[TreeNode]) -> list[TreeNode]:
        # children() comes in natural key order (numeric posts, catalog metrics, time).
        if self._sort is None:
            return nodes
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        if column == VALUE:
            return sorted(nodes, key=lambda n: n.value, reverse=descending)
        return list(reversed(nodes)) if descending else nodes

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        node = self.node(parent)
        if node is None or not 0 <= column <= VALUE or parent.column() > 0:
            return QModelIndex()
        if not 0 <= row < self._fetched.get(id(node), 0):
            return QModelIndex()
        return self.createIndex(row, column, self._children(node)[row])

    def parent(self, index: QModelIndex | None = None):
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None or up.parent is None:
            return QModelIndex()
        return self.createIndex(self._row[id(up)], LABEL, up)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        node = self.node(parent)
        return 0 if node is None else self._fetched.get(id(node), 0)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 2

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        if parent.column() > 0:
            return False
        node = self.node(parent)
        return node is not None and node.has_children()

    def canFetchMore(self, parent: QModelIndex) -> bool:
        if parent.column() > 0:
            return False
        node = self.node(parent)
        if node is None or not node.has_children():
            return False
        return self._fetched.get(id(node), 0) < len(self._children(node))

    def fetchMore(self, parent: QModelIndex) -> None:
        # Listeners of a change may call fetchMore (views, QAbstractItemModelTester); a second
        # change begun inside the first breaks the model's contract, and views fetch again.
        if self._changing or not self.canFetchMore(parent):
            return
        node = self.node(parent)
        have = self._fetched.get(id(node), 0)
        more = min(PAGE, len(self._children(node)) - have)
        self._changing = True
        try:
            self.beginInsertRows(parent, have, have + more - 1)
            self._fetched[id(node)] = have + more
            self.endInsertRows()
        finally:
            self._changing = False

    # -- content -----------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: TreeNode = index.internalPointer()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LABEL:
                return shown_label(node)
            return number(node.value) if node.one_metric else ""
        if role == SORT_ROLE:
            return node.label if column == LABEL else node.value
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(node)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == VALUE:
            return QCoreApplication.translate("ResultTree", "Value (sum)")
        if section == LABEL:
            dims = self._tree.dims if self._tree is not None else ()
            return (" › ".join(dim_title(d) for d in dims)
                    or QCoreApplication.translate("ResultTree", "Group"))
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in (LABEL, VALUE):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        old = self.persistentIndexList()
        for key, kids in list(self._kids.items()):
            self._kids[key] = kids = self._ordered(sorted(kids, key=lambda n: n.row_in_parent))
            for row, kid in enumerate(kids):
                self._row[id(kid)] = row
        # A row sorted beyond what its level has fetched is no longer shown.
        new = [self._moved(index) for index in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _moved(self, index: QPersistentModelIndex) -> QModelIndex:
        node = index.internalPointer() if index.isValid() else None
        if node is None:
            return QModelIndex()
        moved = self.index_of(node)
        return moved.siblingAtColumn(index.column()) if moved.isValid() else QModelIndex()


class ResultFilterProxy(QSortFilterProxyModel):
    """Filters rows by label (case-insensitive) at any level; a match keeps its ancestors and
    its children in view. Sorting is handed to the source model (see the module docstring)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(LABEL)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
