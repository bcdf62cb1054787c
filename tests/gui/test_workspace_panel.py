"""The workspace's query list: add, duplicate, rename, delete, and undo."""
from engagement_desktop.core.query import Query
from engagement_desktop.gui.shell.workspace_panel import WorkspacePanel


def names(panel):
    return [q.name for q in panel.queries()]


def make_panel(qtbot):
    panel = WorkspacePanel()
    qtbot.addWidget(panel)
    panel.set_queries([Query(name="a", ids=["20"]), Query(name="b")], "Launch week")
    return panel


def test_add_duplicate_and_rename_give_unique_names(qtbot):
    panel = make_panel(qtbot)
    panel.add()
    panel.list.setCurrentRow(0)
    panel.duplicate()
    assert names(panel) == ["a", "a copy", "b", "new query"]
    assert panel.current().ids == ["20"]
    panel.rename("b")
    assert names(panel) == ["a", "b 2", "b", "new query"]


def test_deleting_a_query_can_be_undone_with_its_content(qtbot):
    panel = make_panel(qtbot)
    panel.list.setCurrentRow(0)
    panel.update_current(Query(name="ignored", ids=["20", "21"]))
    panel.delete()
    assert names(panel) == ["b"]
    panel.undo_stack.undo()
    assert names(panel) == ["a", "b"]
    assert panel.current().ids == ["20", "21"]
    panel.undo_stack.redo()
    assert names(panel) == ["b"]
