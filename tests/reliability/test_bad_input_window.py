"""Issue 13, item 8, in the window: an ID line longer than csv's field limit (131,072
characters) pasted into the query editor's IDs box is read, not a traceback: the IDs in it are
kept and the rest is named as rejected, in a label that stays a readable size and never echoes
a long line back (it may be a pasted token): only its first characters and its length."""
import secrets

import pytest
from PySide6.QtCore import QMimeData

from engagement_desktop.gui.editor.ids_box import IdsBox

pytestmark = pytest.mark.bad_input

A = "2109646518481850368"


@pytest.mark.parametrize("pasted", [
    pytest.param(f"{A},{'7' * 140_000}", id="one-line-over-the-csv-field-limit"),
    pytest.param(f'{A}\n"{"8" * 140_000}', id="a-quoted-cell-that-never-ends"),
])
def test_an_id_line_over_the_csv_field_limit_pasted_in_the_ids_box_is_read(qtbot, pasted):
    box = IdsBox()
    qtbot.addWidget(box)
    data = QMimeData()
    data.setText(pasted)
    box.edit.insertFromMimeData(data)
    box.refresh()
    assert box.post_ids == [A]
    assert box.rejected.isVisible() or not box.isVisible()
    assert "1 rejected" in box.rejected.text()


def test_a_pasted_140k_character_line_is_named_by_its_start_and_length_never_echoed(qtbot):
    token = "tok" + secrets.token_urlsafe(105_000)[:139_997]
    box = IdsBox()
    qtbot.addWidget(box)
    data = QMimeData()
    data.setText(f"{A}\n{token}")
    box.edit.insertFromMimeData(data)
    box.refresh()
    assert box.post_ids == [A]
    shown = box.rejected.text()
    assert f"“{token[:4]}… (140,000 characters)”" in shown  # the count as the locale writes it
    assert token[:5] not in shown and len(shown) < 200
