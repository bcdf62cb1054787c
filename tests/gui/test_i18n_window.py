"""With the Spanish translator installed (as the app's startup installs it), the main window's
menus, actions, panels and dialogs built from the translated rooms speak Spanish: none of their
texts still carries one of the app's English-only words."""
import re

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QLabel, QLineEdit, QMenu, QPushButton,
                               QWidget)

from engagement_desktop.app import add_demo_accounts
from engagement_desktop.core.query import Query
from engagement_desktop.core.workspace import Workspace
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.gui.accounts.account_form import AccountForm
from engagement_desktop.gui.common.language import SPANISH
from engagement_desktop.gui.results.results_panel import ResultsPanel
from engagement_desktop.gui.run.run_worker import RunWorker
from engagement_desktop.gui.shell.context import AppContext
from engagement_desktop.gui.shell.main_window import MainWindow
from engagement_desktop.gui.shell.plugins_dialog import PluginsDialog
from engagement_desktop.gui.shell.preferences_dialog import PreferencesDialog
from engagement_desktop.gui.shell.workbench import Workbench
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.runner.service import RunService
from engagement_desktop.sandbox.server import SandboxServer
from i18n_translators import speaking

# Words the English texts of these rooms use and the Spanish ones never should.
ENGLISH_ONLY = ("File", "Edit", "Query", "Help", "New", "Open", "Save", "Recent", "Quit", "Run",
                "Cancel", "Export", "Accounts", "Account", "Preferences", "About", "Undo",
                "Redo", "Queries", "Add", "Duplicate", "Rename", "Delete", "Posts", "Metrics",
                "Groupings", "Time", "Load", "Filter", "Copy", "Group by", "Numbers", "Value",
                "Post", "Metric", "Day", "Untitled", "query", "demo data", "this month", "rate",
                "Name", "Kind", "User", "Version", "Source", "Status", "Language", "requests",
                "not set", "loaded", "the", "and", "with", "is", "not", "of", "to", "by",
                "per", "Recent", "Baseline", "Flagged", "divided", "write", "week of",
                "unknown", "All posts", "Monday", "Tuesday", "Sunday")
ENGLISH = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH_ONLY) + r")\b")
POSTS = ["1460323737035677698"]


@pytest.fixture
def make_window(qtbot, paths, store, tmp_path):
    """The main window in Spanish on the sandbox, with the given queries."""
    add_demo_accounts(store)
    registry = load_registry(paths)
    ledger = UsageLedger(paths.data)
    windows = []
    with SandboxServer() as sandbox, speaking(SPANISH):
        def make(queries: list[Query]) -> MainWindow:
            ctx = AppContext(
                paths=paths, settings=QSettings(str(tmp_path / "window.ini"),
                                                QSettings.Format.IniFormat),
                registry=registry, accounts=store, ledger=ledger,
                service=RunService(paths, registry, store, ledger,
                                   sandbox_base_url=sandbox.base_url),
                make_results_panel=ResultsPanel, make_worker=RunWorker,
                sandbox_url=sandbox.base_url, demo_only=True)
            window = MainWindow(ctx.settings)
            window.attach(Workbench(window, ctx, Workspace("", queries)))
            window.show()
            windows.append(window)
            return window

        yield make
        for window in windows:
            if shiboken6.isValid(window):
                window.workbench.runs.stop_and_wait()
                window.workbench.files.dirty = False
                window.close()


@pytest.fixture
def window(make_window):
    return make_window([Query(name="q", endpoint="totals", account="demo-app", ids=POSTS,
                              metrics=["favorites"])])


def menu_texts(menu: QMenu, skip: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        if action.menu() is skip:
            texts.append(skip.title())  # its entries are the export plugins' file types
        elif action.menu() is not None:
            texts += menu_texts(action.menu(), skip)
        elif action.text():
            texts += [action.text(), action.toolTip(), action.statusTip()]
    return texts


def widget_texts(root: QWidget) -> list[str]:
    texts = [b.text() + " " + b.toolTip() for b in root.findChildren(QPushButton)]
    texts += [g.title() for g in root.findChildren(QGroupBox)]
    texts += [e.placeholderText() + " " + e.toolTip() for e in root.findChildren(QLineEdit)]
    for form in root.findChildren(QFormLayout):
        texts += [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
                  for row in range(form.rowCount())
                  if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None]
    return texts


def english_in(texts: list[str]) -> dict[str, list[str]]:
    return {t: ENGLISH.findall(t) for t in texts if ENGLISH.search(t)}


def test_the_menus_and_actions_speak_spanish(window):
    bench = window.workbench
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert titles == ["&Archivo", "&Editar", "&Consulta", "A&yuda"]
    texts = [t for a in bar.actions() for t in menu_texts(a.menu(), bench.actions.export_menu)]
    assert english_in(texts) == {}
    assert bench.actions.run.text() == "▶ &Ejecutar"
    assert "Sin título" in window.windowTitle() and "datos de demostración" in window.windowTitle()


def test_the_panels_of_the_window_speak_spanish(window):
    bench = window.workbench
    tree = bench.results.tree
    texts = (widget_texts(bench.panel) + widget_texts(bench.editor.ids)
             + widget_texts(bench.editor.groupings) + widget_texts(tree)
             + widget_texts(bench.banner) + widget_texts(bench.results.progress)
             + [g.title() for g in bench.editor.findChildren(QGroupBox)]
             + [label.text() for label in tree.regroup.findChildren(QLabel)]
             + [bench.panel.title.text(), bench.status.account.text(),
                bench.status.handles.text(), bench.status.rate.format(),
                bench.editor.ids.count.text(), bench.editor.groupings.note.text()]
             + [tree.model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 1)]
             + [label.text() for label in bench.banner.findChildren(QLabel)])
    assert english_in(texts) == {}
    assert "Publicaciones" in texts and "Agrupar por" in texts and "Valor (suma)" in texts
    assert bench.editor.ids.count.text() == "1 publicación"


def test_the_dialogs_speak_spanish(window, qtbot):
    registry = window.workbench.ctx.registry
    plugins = PluginsDialog(registry)
    preferences = PreferencesDialog(window.workbench.ctx.settings)
    form = AccountForm()
    for dialog in (plugins, preferences, form):
        qtbot.addWidget(dialog)
    headers = [plugins.table.horizontalHeaderItem(c).text()
               for c in range(plugins.table.columnCount())]
    assert headers == ["Tipo", "Nombre", "Versión", "API", "Origen", "Estado"]
    texts = (headers + [plugins.windowTitle(), preferences.windowTitle()]
             + [label.text() for label in plugins.findChildren(QLabel)]
             + widget_texts(preferences) + widget_texts(form)
             + [form.kind.itemText(i) for i in range(form.kind.count())])
    assert english_in(texts) == {}
    assert any("plugins cargados" in text for text in texts)  # the summary line
