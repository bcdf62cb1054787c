"""`engagement-desktop usage`: the month-by-month count of unique @handles queried."""
import json
from datetime import datetime, timezone

import pytest

from engagement_desktop.cli import main
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.paths import AppPaths


@pytest.fixture
def ledger(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return UsageLedger(AppPaths.default().data)


def test_with_nothing_queried_it_says_so(ledger, capsys):
    assert main(["usage"]) == 0
    assert "No @handles queried yet" in capsys.readouterr().out


def test_it_prints_each_months_unique_handles(ledger, capsys):
    ledger.record(["alice", "bob", "@Bob"], when=datetime(2025, 2, 3, tzinfo=timezone.utc))
    ledger.record(["alice"], when=datetime(2025, 3, 1, tzinfo=timezone.utc))
    assert main(["usage", "--month", "2025-02"]) == 0
    out = capsys.readouterr().out
    assert "2025-02        2 unique @handles" in out
    assert "2025-03        1 unique @handle\n" in out
    assert "2025-02: @alice, @bob" in out


def test_json_output_is_machine_readable(ledger, capsys):
    ledger.record(["alice"], when=datetime(2025, 3, 1, tzinfo=timezone.utc))
    assert main(["usage", "--json", "--month", "2025-03"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "months": [{"month": "2025-03", "handles": 1}], "handles": {"2025-03": ["alice"]}}


def test_a_malformed_month_exits_2_saying_how_to_write_it(ledger, capsys):
    assert main(["usage", "--month", "March"]) == 2
    assert "YYYY-MM" in capsys.readouterr().err


def test_a_ledger_damaged_past_its_first_page_warns_and_counts_afresh(ledger, capsys):
    ledger.record([f"user{n}" for n in range(3000)], when=datetime(2025, 2, 3, tzinfo=timezone.utc))
    healthy = ledger.path.read_bytes()
    ledger.path.write_bytes(healthy[:4096] + bytes(len(healthy) - 4096))  # all but the schema
    assert main(["usage"]) == 0
    out, err = capsys.readouterr()
    assert "No @handles queried yet" in out
    assert err.startswith("warning: The @handle usage ledger was damaged") and "kept as" in err
