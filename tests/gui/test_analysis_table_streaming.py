"""The Table tab while rows stream in: each refresh shows the grown numbers but keeps what the
user did with the table — the rows they opened, the column widths they set — and widens a
column only when a number no longer fits. A new grouping starts afresh, sized to its contents,
which it finds without formatting every cell on screen (the first fill of a run's table)."""
from collections import Counter

from PySide6.QtCore import QModelIndex, Qt

from engagement_desktop.gui.results.analysis_table_view import AnalysisTableView
from results_samples import hourly

HANDLES = {"3": "alpha", "20": "alpha", "31": "beta"}


def shown_table(qtbot, result):
    view = AnalysisTableView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.set_result(result, HANDLES)
    view.set_grouping(["handle", "post"])
    return view


def row_labels(view, parent=QModelIndex()):
    model = view.model
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_a_row_the_user_opened_stays_open_when_more_rows_arrive(qtbot):
    view = shown_table(qtbot, hourly(posts=("3", "20", "31"), hours=24))
    assert row_labels(view)[:2] == ["@alpha", "@beta"]
    view.view.expand(view.model.index(1, 0))  # @beta
    view.set_result(hourly(posts=("3", "20", "31"), hours=48), HANDLES)
    beta = view.model.index(1, 0)
    assert beta.data() == "@beta" and view.view.isExpanded(beta)
    assert row_labels(view, beta) == ["31"]
    assert not view.view.isExpanded(view.model.index(0, 0))
    view.model.sort(1)  # by Impressions, smallest first: @beta's one post comes first
    beta = view.model.index(0, 0)
    assert beta.data() == "@beta" and view.view.isExpanded(beta)


def test_a_width_the_user_set_is_kept_and_a_column_too_narrow_for_its_total_is_widened(qtbot):
    view = shown_table(qtbot, hourly(posts=("3", "20", "31"), hours=24))
    header = view.view.header()
    header.resizeSection(1, 300)  # the user widens Impressions
    header.resizeSection(2, 5)  # and squeezes Likes
    grown = hourly(posts=("3", "20", "31"), hours=48)
    view.set_result(grown, HANDLES)
    assert header.sectionSize(1) == 300
    total = view.model.total_index().siblingAtColumn(2)
    assert header.sectionSize(2) >= view.view.sizeHintForIndex(total).width() > 5


def test_a_new_grouping_opens_nothing_and_fits_the_columns_to_their_contents(qtbot):
    view = shown_table(qtbot, hourly(posts=("3", "20", "31"), hours=24))
    view.view.expand(view.model.index(0, 0))
    view.view.header().resizeSection(1, 300)
    view.set_grouping(["post"])
    assert not any(view.view.isExpanded(view.model.index(r, 0))
                   for r in range(view.model.rowCount()))
    fitted = view.view.header().sectionSize(1)
    view.view.resizeColumnToContents(1)
    assert fitted == view.view.header().sectionSize(1) < 300


def test_the_first_fill_fits_its_columns_formatting_two_cells_of_a_number_column(qtbot):
    view = AnalysisTableView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    asked = Counter()
    data = view.model.data

    def counted(index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            asked[index.column()] += 1
        return data(index, role)

    view.model.data = counted
    posts = tuple(str(p) for p in range(3, 43))
    view.set_result(hourly(posts=posts, hours=24), {})  # a run's first rows, before any paint
    assert view.grouping() == ["post"]
    numbers = range(1, view.model.columnCount())
    # The total and the largest value, and the first row the view measures for its row height.
    assert [asked[column] for column in numbers] == [3] * len(numbers)
    assert asked[0] == len(posts) + 2  # every label (up to a sample), "Total", the first row
    for column in range(view.model.columnCount()):  # and nothing on screen is cut
        assert view.view.header().sectionSize(column) >= view.view.sizeHintForColumn(column)
