"""Issue 13, item 11 (the client's part): a run's provenance says "sandbox" exactly when its
answers came from one — read from the header the sandbox marks its answers with, not from the
account's name or URL — and a CSV export carries the provenance in a sidecar,
NAME.csv.provenance.json, leaving the CSV itself data only."""
import json

import pytest
from hostile_server import HostileServer
from totals_workspace import POSTS, run_totals

from engagement_desktop.cli.outcome import OK
from engagement_desktop.sandbox.server import SandboxServer

pytestmark = pytest.mark.slow


def exported_provenance(home) -> tuple[dict, dict]:
    """(the JSON export's provenance, the CSV sidecar)."""
    document = json.loads((home.root / "out.json").read_text())
    sidecar = json.loads((home.root / "out.csv.provenance.json").read_text(encoding="utf-8"))
    return document["provenance"], sidecar


def test_answers_from_the_sandbox_are_marked_as_demo_data_in_every_export(home):
    with SandboxServer() as sandbox:
        ran = run_totals(home, sandbox.base_url, "out.json", "out.csv")
    assert ran.returncode == OK, ran.stderr
    provenance, sidecar = exported_provenance(home)
    assert provenance["sandbox"] is True
    assert sidecar == {"csv": "out.csv", "provenance": provenance}
    lines = (home.root / "out.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("post_id,") and {line.split(",")[0] for line in lines[1:]} \
        == set(POSTS)  # the CSV holds a header and data, no provenance line


def test_the_same_demo_accounts_answered_by_another_server_are_not_called_sandbox(home):
    with HostileServer("totals") as server:  # answers like the sandbox, without its mark
        ran = run_totals(home, server.base_url, "out.json", "out.csv")
    assert ran.returncode == OK, ran.stderr
    provenance, sidecar = exported_provenance(home)
    assert provenance["sandbox"] is False and sidecar["provenance"]["sandbox"] is False
