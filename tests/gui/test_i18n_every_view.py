"""Every tab of the results, the query editor showing its problems, and the Accounts dialog,
opened with the Spanish translator installed: no text any of their widgets shows (labels,
buttons, boxes, lists, headers, tab titles, tooltips) carries one of the app's English-only
words. The query rules' sentences and the keyring's warning are phrases the window translates,
so they are checked too; only the analysis notes and rate descriptions, still English, are left
out, by the sentences below."""
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QListWidget, QTabWidget, QTreeView, QWidget)

from engagement_desktop.core.rows import ERROR, FORBIDDEN, TOO_OLD, PostProblem
from engagement_desktop.gui.accounts.accounts_dialog import AccountsDialog
from results_samples import hourly, run_into
from test_i18n_window import english_in, window  # noqa: F401 — `window` is a fixture


def header_texts(view: QAbstractItemView) -> list[str]:
    header = view.header() if isinstance(view, QTreeView) else getattr(
        view, "horizontalHeader", lambda: None)()
    if header is None or header.model() is None:
        return []
    return [str(header.model().headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(header.count())]


def all_texts(root: QWidget) -> list[str]:
    """What the widgets under `root` show, including their tooltips."""
    widgets = [root, *root.findChildren(QWidget)]
    texts = [w.toolTip() for w in widgets]
    texts += [w.text() for w in widgets if isinstance(w, (QLabel, QAbstractButton))]
    texts += [w.placeholderText() for w in widgets if isinstance(w, QLineEdit)]
    texts += [w.title() for w in widgets if isinstance(w, QGroupBox)]
    texts += [w.itemText(i) for w in widgets if isinstance(w, QComboBox)
              for i in range(w.count())]
    texts += [w.tabText(i) for w in widgets if isinstance(w, QTabWidget)
              for i in range(w.count())]
    texts += [t for w in widgets if isinstance(w, QAbstractItemView) for t in header_texts(w)]
    texts += [w.item(i).text() for w in widgets if isinstance(w, QListWidget)
              for i in range(w.count())]
    return [t for t in texts if t]


QT_FREE = re.compile("|".join(re.escape(s) for s in (
    "divided by", "Each cell is the sum", "Baseline:")))


def window_english(texts: list[str]) -> dict[str, list[str]]:
    """English words in the window's own texts (the core's sentences left out)."""
    return english_in([t for t in texts if not QT_FREE.search(t)])


PROBLEMS = [PostProblem("3", FORBIDDEN, "", ("impressions",)),
            PostProblem("20", TOO_OLD, "", ("favorites",)),
            PostProblem(None, ERROR, "", ())]


def test_every_tab_of_the_results_speaks_spanish(window, qtbot):
    results = window.workbench.results
    run_into(results, hourly())
    results.problems.set_problems(PROBLEMS)
    texts = []
    for index in range(results.tabs.count()):  # every tab built and shown, the analysis too
        results.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        texts += all_texts(results.tabs.widget(index))
    texts += [results.tabs.tabText(i) for i in range(results.tabs.count())]
    assert results.tabs.count() >= 6
    assert [results.tabs.tabText(i) for i in range(4)][:2] == ["Árbol", "Gráfico"]
    assert window_english(texts) == {}
    assert "Qué hacer:" in results.problems.details.text()
    assert "Todas las publicaciones" in texts or "Publicaciones" in texts


def test_the_query_editor_says_its_problems_in_spanish(window, qtbot):
    editor = window.workbench.editor
    editor.ids.set_entries([])
    editor.check_now()
    headline = editor.plan.headline.text()
    lines = editor.plan.details.text().splitlines()
    assert "cosas que corregir" in headline or "cosa que corregir" in headline
    assert any(line.startswith("• Publicaciones: ") for line in lines)
    endpoints = [editor.endpoint.itemText(i) for i in range(editor.endpoint.count())]
    assert "Totales (enterprise)" in endpoints
    assert editor.endpoint_note.text().startswith("Totales de toda la vida")
    assert window_english(all_texts(editor)) == {}


def test_the_accounts_dialog_speaks_spanish(window, qtbot):
    ctx = window.workbench.ctx
    dialog = AccountsDialog(ctx.accounts, ctx.service.test_connection, ctx.service.tokens,
                            ctx.sandbox_url, window)
    qtbot.addWidget(dialog)
    dialog.new_account()
    texts = all_texts(dialog)
    assert dialog.windowTitle() == "Cuentas"
    assert window_english(texts + [dialog.windowTitle()]) == {}
    assert "Probar la conexión" in texts

