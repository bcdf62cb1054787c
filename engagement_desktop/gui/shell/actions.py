"""The window's menus and shortcuts, built in one place so they read as a table."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

MAX_RECENT = 8
translate = QCoreApplication.translate


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
    resume: QAction
    cancel: QAction
    jobs: QAction
    export: QAction
    export_menu: QMenu
    export_headers: QMenu
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
        new=_action(window, translate("Actions", "&New workspace"), std.New,
                    translate("Actions", "Start an empty workspace")),
        open=_action(window, translate("Actions", "&Open…"), std.Open,
                     translate("Actions", "Open a workspace file")),
        save=_action(window, translate("Actions", "&Save"), std.Save,
                     translate("Actions", "Save the workspace")),
        save_as=_action(window, translate("Actions", "Save &As…"), std.SaveAs,
                        translate("Actions", "Save the workspace to another file")),
        recent=QMenu(translate("Actions", "Open &Recent"), window),
        quit=_action(window, translate("Actions", "&Quit"), std.Quit,
                     translate("Actions", "Close the window")),
        undo=undo, redo=redo,
        run=_action(window, translate("Actions", "▶ &Run"), "Ctrl+R",
                    translate("Actions", "Run the selected query (Ctrl+R)")),
        resume=_action(window, translate("Actions", "↻ Re&sume"), "Ctrl+Shift+R",
                       translate("Actions", "Resume this query's unfinished job: fetch only "
                                            "what it is missing (Ctrl+Shift+R)")),
        cancel=_action(window, translate("Actions", "■ &Cancel"), "Esc",
                       translate("Actions", "Stop the running query (Esc)")),
        jobs=_action(window, translate("Actions", "&Jobs…"), "Ctrl+J",
                     translate("Actions", "Every journaled run: resume, run again or delete "
                                          "(Ctrl+J)")),
        export=_action(window, translate("Actions", "&Export…"), "Ctrl+E",
                       translate("Actions", "Export the result to a file (Ctrl+E)")),
        export_menu=QMenu(translate("Actions", "Export &as"), window),
        export_headers=QMenu(translate("Actions", "Export &headers in"), window),
        accounts=_action(window, translate("Actions", "&Accounts…"), None,
                         translate("Actions", "Add, edit and log in accounts")),
        preferences=_action(window, translate("Actions", "&Preferences…"), std.Preferences,
                            translate("Actions", "Settings")),
        plugins=_action(window, translate("Actions", "&Plugins…"), None,
                        translate("Actions", "Plugins found and the errors of those that failed")),
        about=_action(window, translate("Actions", "&About Engagement Desktop"), None),
    )
    undo.setShortcut(QKeySequence(std.Undo))
    redo.setShortcut(QKeySequence(std.Redo))
    actions.cancel.setEnabled(False)
    actions.resume.setEnabled(False)  # until the query has an unfinished job
    actions.resume.setObjectName("resumeAction")
    actions.run.setObjectName("runAction")
    _menus_and_toolbar(window, actions)
    return actions


def _menus_and_toolbar(window: QMainWindow, actions: Actions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Actions", "&File"))
    for item in (actions.new, actions.open, actions.recent, None, actions.save, actions.save_as,
                 None, actions.export, actions.export_menu, actions.export_headers, None,
                 actions.quit):
        if item is None:
            file_menu.addSeparator()
        elif isinstance(item, QMenu):
            file_menu.addMenu(item)
        else:
            file_menu.addAction(item)
    toolbar = window.addToolBar(translate("Actions", "Main"))
    toolbar.setObjectName("mainToolbar")  # saveState() needs the name
    toolbar.setMovable(False)
    toolbar.addActions([actions.run, actions.resume, actions.cancel, actions.export])
    toolbar.addSeparator()
    toolbar.addAction(actions.accounts)
    edit_menu = bar.addMenu(translate("Actions", "&Edit"))
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.accounts, actions.preferences])
    query_menu = bar.addMenu(translate("Actions", "&Query"))
    query_menu.addActions([actions.run, actions.resume, actions.cancel])
    query_menu.addSeparator()
    query_menu.addAction(actions.jobs)
    help_menu = bar.addMenu(translate("Actions", "&Help"))
    help_menu.addActions([actions.plugins, actions.about])
