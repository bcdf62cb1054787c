"""Every tab of the results, the query editor showing its problems, and the Accounts dialog,
opened with the Spanish translator installed: no text any of their widgets shows (labels,
buttons, boxes, lists, headers, tab titles, tooltips) carries one of the app's English-only
words. The query rules' sentences, the keyring's warning, the analysis notes (rate
definitions, time zone, comparison) and the comparison's plan lines are phrases the window
translates, so they are checked too, with nothing left out."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QListWidget, QTabWidget, QTreeView, QWidget)

from engagement_desktop.core.query import Query
from engagement_desktop.core.rows import ERROR, FORBIDDEN, TOO_OLD, PostProblem
from engagement_desktop.gui.accounts.accounts_dialog import AccountsDialog
from results_samples import hourly, run_into
from test_i18n_window import POSTS, english_in, window  # noqa: F401 — `window` is a fixture


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
    assert english_in(texts) == {}
    table, heatmap, compare = (results.analysis.view(name).message.text()
                               for name in ("table", "heatmap", "compare"))
    assert "Tasa de Me gusta = favorites / impressions: Me gusta (favorites) dividido entre " \
           "impresiones" in table and "cocientes de sumas" in table
    assert "por día de la semana y hora del día" in heatmap and "suma de sus horas" in heatmap
    assert compare.startswith("Reciente: ") and "Marcadas: por encima de 2 ×" in compare
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
    assert english_in(all_texts(editor)) == {}


def test_the_plan_says_the_comparison_and_its_extra_requests_in_spanish(window, qtbot):
    editor = window.workbench.editor
    editor.set_query(Query(name="q", endpoint="historical", account="demo-owner", ids=POSTS,
                           metrics=["impressions"], range="last 28 days", compare="7:28",
                           groupings={"h": ["tweet.id", "engagement.type", "engagement.day",
                                            "engagement.hour"]}))
    lines = editor.plan.details.text().splitlines()
    assert lines[0].startswith("Comparación: Últimos 7 días frente a los 28 anteriores. "
                               "Reciente ")
    assert lines[1].startswith("Solicitudes adicionales para la referencia anterior al "
                               "intervalo de la consulta (")
    assert editor.compare.choice.currentText() == "Últimos 7 días frente a los 28 anteriores"
    assert english_in(all_texts(editor.plan) + all_texts(editor.compare)) == {}


def test_the_accounts_dialog_speaks_spanish(window, qtbot):
    ctx = window.workbench.ctx
    dialog = AccountsDialog(ctx.accounts, ctx.service.test_connection, ctx.service.tokens,
                            ctx.sandbox_url, window)
    qtbot.addWidget(dialog)
    dialog.new_account()
    texts = all_texts(dialog)
    assert dialog.windowTitle() == "Cuentas"
    assert english_in(texts + [dialog.windowTitle()]) == {}
    assert "Probar la conexión" in texts

