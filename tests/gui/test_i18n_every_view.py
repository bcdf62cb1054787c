"""Every dialog and tab opened with the Spanish translator installed: the results of a real
hourly run (Tree, Chart, Table, Best time, Compare, Problems, Requests and the progress line),
the query editor with its problems and with its plan summary, the Accounts, Jobs and
Preferences dialogs and the export dialogs. No text any of their widgets shows (labels,
buttons, boxes, lists, headers and their tooltips, cells, tab titles, tooltips) carries one of
the app's English-only words; the core's sentences (query rules, analysis notes, rate
definitions) are phrases the window translates, so nothing is left out."""
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QFileDialog,
                               QGroupBox, QLabel, QLineEdit, QListWidget, QTabWidget, QWidget)

from engagement_desktop.core.query import Query
from engagement_desktop.core.rows import (ERROR, FORBIDDEN, MISSING, NOT_REQUESTED, TOO_LARGE,
                                          TOO_OLD, TOO_SLOW, PostProblem)
from engagement_desktop.gui.accounts.accounts_dialog import AccountsDialog
from engagement_desktop.gui.run.jobs_dialog import JobsDialog
from engagement_desktop.gui.shell.preferences_dialog import PreferencesDialog
from test_i18n_window import english_in, make_window  # noqa: F401 — a fixture

HOURLY = Query(name="por hora", endpoint="historical", account="demo-owner",
               ids=["2109646518481846350", "2110087675376566350"],
               metrics=["impressions", "engagements", "favorites", "retweets"],
               groupings={"hourly": ["tweet.id", "engagement.type", "engagement.day",
                                     "engagement.hour"]},
               range="last 28 days")
CELLS = 40  # rows of a table or tree whose cells are read: enough to meet every kind of text


def header_texts(view: QAbstractItemView) -> list[str]:
    """Each column's title and tooltip (a rate's definition)."""
    model = view.model()
    if model is None:
        return []
    return [str(model.headerData(c, Qt.Orientation.Horizontal, role) or "")
            for c in range(model.columnCount(QModelIndex()))
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]


def cell_texts(view: QAbstractItemView) -> list[str]:
    """The text and tooltip of the first rows' cells, and of their first children."""
    model = view.model()
    if model is None:
        return []
    texts = []
    top = QModelIndex()
    for row in range(min(model.rowCount(top), CELLS)):
        parent = model.index(row, 0, top)
        indexes = [model.index(row, c, top) for c in range(model.columnCount(top))]
        if model.rowCount(parent):
            indexes += [model.index(0, c, parent) for c in range(model.columnCount(parent))]
        texts += [str(model.data(i, role) or "") for i in indexes
                  for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    return texts


def all_texts(root: QWidget) -> list[str]:
    """What the widgets under `root` show, including their tooltips."""
    widgets = [root, *root.findChildren(QWidget)]
    texts = [w.toolTip() for w in widgets] + [w.windowTitle() for w in widgets if w.isWindow()]
    texts += [w.text() for w in widgets if isinstance(w, (QLabel, QAbstractButton))]
    texts += [w.placeholderText() for w in widgets if isinstance(w, QLineEdit)]
    texts += [w.title() for w in widgets if isinstance(w, QGroupBox)]
    texts += [t for w in widgets if isinstance(w, QComboBox)
              for i in range(w.count()) for t in (w.itemText(i), str(w.itemData(
                  i, Qt.ItemDataRole.ToolTipRole) or ""))]
    texts += [w.tabText(i) for w in widgets if isinstance(w, QTabWidget)
              for i in range(w.count())]
    texts += [t for w in widgets if isinstance(w, QAbstractItemView)
              and not isinstance(w, QListWidget)  # its texts are its items', below
              for t in header_texts(w) + cell_texts(w)]
    texts += [w.item(i).text() for w in widgets if isinstance(w, QListWidget)
              for i in range(w.count())]
    return [t for t in texts if t]


PROBLEMS = [PostProblem("3", FORBIDDEN, "", ("impressions",)),
            PostProblem("20", TOO_OLD, "", ("favorites",)),
            PostProblem(None, ERROR, "", ()),
            *(PostProblem(post, kind, "", ()) for post, kind in (
                ("4", TOO_LARGE), ("5", TOO_SLOW), ("6", MISSING), ("7", NOT_REQUESTED)))]


def run_hourly(make_window, qtbot):
    window = make_window([HOURLY])
    with qtbot.waitSignal(window.workbench.runs.run_finished, timeout=60000):
        window.workbench.actions.run.trigger()
    return window


def test_every_tab_of_a_run_speaks_spanish(make_window, qtbot):
    window = run_hourly(make_window, qtbot)
    results = window.workbench.results
    texts = all_texts(results.progress) + [window.workbench.status.currentMessage()]
    for index in range(results.tabs.count()):  # every tab built and shown, the analysis too
        results.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        texts += all_texts(results.tabs.widget(index))
    table = results.analysis.view("table")
    for grouping in (["weekday"], ["week", "handle"], ["post"]):  # each kind of row label
        table.set_grouping(grouping)
        texts += all_texts(table)
    table.set_grouping(["weekday"])
    weekdays = cell_texts(table.view)
    table.filter.setText("no such column > 1")  # a filter it cannot read: what to write
    table.refresh()
    texts += all_texts(table)
    compare = results.analysis.view("compare")
    for preset in range(compare.preset.count()):  # each comparison's notes
        compare.preset.setCurrentIndex(preset)
        qtbot.wait(50)
        texts += all_texts(compare)
    results.problems.set_problems(PROBLEMS)
    texts += all_texts(results.problems)
    problems = results.problems.list
    for row in range(problems.topLevelItemCount()):  # each kind's explanation, what to do
        problems.setCurrentItem(problems.topLevelItem(row))
        texts.append(results.problems.details.text())
    assert english_in(texts) == {}
    tab_titles = [results.tabs.tabText(i) for i in range(results.tabs.count())]
    assert tab_titles == ["Árbol", "Gráfico", "Tabla", "Mejor hora", "Comparar",
                          "Problemas (7)", "Solicitudes"]
    assert "Qué hacer:" in results.problems.details.text()
    assert any("dividido entre impresiones" in text for text in texts)  # a rate's definition
    assert any(text.startswith("Tasa de interacción") for text in texts)
    assert "lunes" in weekdays and any(text.startswith("semana del ") for text in texts)


def test_the_query_editor_says_its_problems_and_its_plan_in_spanish(make_window, qtbot):
    window = make_window([HOURLY])
    editor = window.workbench.editor
    editor.check_now()
    planned = all_texts(editor) + [editor.plan.headline.text(), editor.plan.details.text()]
    assert "solicitud" in editor.plan.headline.text()
    editor.ids.set_entries([])
    editor.check_now()
    headline = editor.plan.headline.text()
    lines = editor.plan.details.text().splitlines()
    assert "cosas que corregir" in headline or "cosa que corregir" in headline
    assert any(line.startswith("• Publicaciones: ") for line in lines)
    endpoints = [editor.endpoint.itemText(i) for i in range(editor.endpoint.count())]
    assert "Histórico (enterprise)" in endpoints
    assert english_in(planned + all_texts(editor) + [headline, *lines]) == {}


def test_the_plan_says_the_comparison_and_its_extra_requests_in_spanish(make_window, qtbot):
    editor = make_window([HOURLY]).workbench.editor
    editor.set_query(Query(name="q", endpoint="historical", account="demo-owner", ids=HOURLY.ids,
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


def test_the_accounts_jobs_and_preferences_dialogs_speak_spanish(make_window, qtbot):
    window = run_hourly(make_window, qtbot)  # a job for the Jobs list
    ctx = window.workbench.ctx
    accounts = AccountsDialog(ctx.accounts, ctx.service.test_connection, ctx.service.tokens,
                              ctx.sandbox_url, window)
    jobs = JobsDialog(ctx.service.jobs, ctx.service.delete_job, None, window)
    preferences = PreferencesDialog(ctx.settings, window)
    for dialog in (accounts, jobs, preferences):
        qtbot.addWidget(dialog)
    texts = all_texts(accounts) + all_texts(jobs) + all_texts(preferences)
    accounts.list.setCurrentRow(0)
    accounts.test_button.click()  # the connection check's answer is a phrase too
    qtbot.waitUntil(lambda: accounts.message.text().startswith("Conectado: "), timeout=20000)
    texts += all_texts(accounts)
    accounts.new_account()
    texts += all_texts(accounts)
    accounts.save()  # without a name: the account rules say what to do, in Spanish
    assert accounts.message.text() == "Una cuenta necesita un nombre."
    assert (accounts.windowTitle(), jobs.windowTitle(), preferences.windowTitle()) \
        == ("Cuentas", "Trabajos", "Preferencias")
    assert english_in(texts) == {}
    assert "Probar la conexión" in texts and "Terminado" in texts


def test_the_export_dialogs_speak_spanish(make_window, qtbot, monkeypatch):
    window = run_hourly(make_window, qtbot)
    asked = []

    def save_dialog(parent, caption, folder, filters, chosen=""):
        asked.append([caption, *filters.split(";;")])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.workbench.runs.export_dialog()
    for name in ("table", "heatmap", "compare"):
        window.workbench.results.analysis.exports.dialog(name)
    texts = [text for dialog in asked for text in dialog]
    assert len(asked) == 4 and asked[0][0] == "Exportar"
    assert "Libro de Excel (datos, tablas dinámicas, gráficos) (*.xlsx)" in asked[0]
    assert english_in(texts) == {}
