"""The window's menus and shortcuts, built in one place so they read as a table."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

MAX_RECENT = 8


@dataclass
class Actions:
    new: QAction
    open: QAction
    save: QAction
    save_as: QAction
    recent: QMenu
    quit: QAction
    undo: QAction
    redo: QAction
    run: QAction
    cancel: QAction
    export: QAction
    export_menu: QMenu
    accounts: QAction
    preferences: QAction
    plugins: QAction
    about: QAction


def _action(window: QMainWindow, text: str, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def build_actions(window: QMainWindow, undo: QAction, redo: QAction) -> Actions:
    std = QKeySequence.StandardKey
    actions = Actions(
        new=_action(window, "&New workspace", std.New, "Start an empty workspace"),
        open=_action(window, "&Open…", std.Open, "Open a workspace file"),
        save=_action(window, "&Save", std.Save, "Save the workspace"),
        save_as=_action(window, "Save &As…", std.SaveAs, "Save the workspace to another file"),
        recent=QMenu("Open &Recent", window),
        quit=_action(window, "&Quit", std.Quit, "Close the window"),
        undo=undo, redo=redo,
        run=_action(window, "▶ &Run", "Ctrl+R", "Run the selected query (Ctrl+R)"),
        cancel=_action(window, "■ &Cancel", "Esc", "Stop the running query (Esc)"),
        export=_action(window, "&Export…", "Ctrl+E", "Export the result to a file (Ctrl+E)"),
        export_menu=QMenu("Export &as", window),
        accounts=_action(window, "&Accounts…", None, "Add, edit and log in accounts"),
        preferences=_action(window, "&Preferences…", std.Preferences, "Settings"),
        plugins=_action(window, "&Plugins…", None, "Plugins found and the errors of those "
                                                   "that failed"),
        about=_action(window, "&About Engagement Desktop", None),
    )
    undo.setShortcut(QKeySequence(std.Undo))
    redo.setShortcut(QKeySequence(std.Redo))
    actions.cancel.setEnabled(False)
    actions.run.setObjectName("runAction")

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    for item in (actions.new, actions.open, actions.recent, None, actions.save, actions.save_as,
                 None, actions.export, actions.export_menu, None, actions.quit):
        if item is None:
            file_menu.addSeparator()
        elif isinstance(item, QMenu):
            file_menu.addMenu(item)
        else:
            file_menu.addAction(item)
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("mainToolbar")  # saveState() needs the name
    toolbar.setMovable(False)
    toolbar.addActions([actions.run, actions.cancel, actions.export])
    toolbar.addSeparator()
    toolbar.addAction(actions.accounts)
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.accounts, actions.preferences])
    query_menu = bar.addMenu("&Query")
    query_menu.addActions([actions.run, actions.cancel])
    help_menu = bar.addMenu("&Help")
    help_menu.addActions([actions.plugins, actions.about])
    return actions
