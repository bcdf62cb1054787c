"""Issue 14, item 5: the Jobs list shows each journaled job's state, progress, date, query and
account, and resumes or deletes one (with a confirmation), all from the keyboard."""
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from engagement_desktop.core.plan import Plan, Step
from engagement_desktop.core.query import Query
from engagement_desktop.gui.common.locale_format import date_time_text
from engagement_desktop.gui.run.jobs_dialog import JobsDialog
from engagement_desktop.runner.journal import Journal

MONDAY = datetime(2026, 11, 30, 9, 15, tzinfo=timezone.utc)
TUESDAY = datetime(2026, 12, 1, 14, 40, tzinfo=timezone.utc)


def plan(name: str, account: str, steps: int) -> Plan:
    query = Query(name=name, endpoint="historical", account=account, ids=["1", "2"])
    return Plan(query, [Step(f"{name}-{n}", "historical", account, ("1",), ("impressions",))
                        for n in range(steps)], ["1", "2"])


@pytest.fixture
def journal(tmp_path):
    journal = Journal(tmp_path)
    done = journal.start(plan("launch week", "demo-owner", 2), MONDAY)
    for step in ("launch week-0", "launch week-1"):
        journal.commit_step(done, step, [], [])
    journal.finish(done)
    stopped = journal.start(plan("last 90 days", "demo-app", 4), TUESDAY)
    journal.commit_step(stopped, "last 90 days-0", [], [])
    yield journal
    journal.close()


def cells(dialog: JobsDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_the_list_shows_state_progress_date_query_and_account_newest_first(qtbot, journal):
    dialog = JobsDialog(journal.jobs, journal.delete)
    qtbot.addWidget(dialog)
    [stopped, done] = cells(dialog)
    assert stopped[0] == "Unfinished" and stopped[1] == "1 of 4 requests"
    assert stopped[3:] == ["last 90 days (historical)", "demo-app"]
    assert done[0] == "Finished" and done[1] == "2 of 2 requests"
    assert done[3:] == ["launch week (historical)", "demo-owner"]
    assert done[2] == date_time_text(MONDAY)  # when it started, as the window writes dates
    assert dialog.resume.text() == "&Resume" and dialog.resume.isEnabled()


def test_enter_resumes_the_selected_job_and_a_finished_job_is_run_again(qtbot, journal):
    dialog = JobsDialog(journal.jobs, journal.delete)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.resume.text() == "Run &again"  # the finished one: nothing left to fetch
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    with qtbot.waitSignal(dialog.resume_requested) as asked:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert asked.args == [journal.jobs()[0].id]
    assert dialog.result() == JobsDialog.DialogCode.Accepted


def test_delete_asks_first_and_then_forgets_the_job(qtbot, journal, monkeypatch):
    dialog = JobsDialog(journal.jobs, journal.delete)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = []

    def answer(reply):
        def question(*args, **kwargs):
            asked.append(args[2])
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert len(journal.jobs()) == 2 and "last 90 days" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert [job.query["name"] for job in journal.jobs()] == ["launch week"]
    assert [row[3] for row in cells(dialog)] == ["launch week (historical)"]


def test_the_running_job_can_be_neither_resumed_nor_deleted(qtbot, journal):
    running = journal.jobs()[0].id
    dialog = JobsDialog(journal.jobs, journal.delete, running_job=running)
    qtbot.addWidget(dialog)
    assert cells(dialog)[0][0] == "Running"
    assert not dialog.resume.isEnabled() and not dialog.delete.isEnabled()
