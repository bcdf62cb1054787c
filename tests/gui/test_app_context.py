"""The window's services are typed by what the window asks of them: the real ones fit those
types, and the context names the run service without importing it or the transport."""
import subprocess
import sys

from engagement_desktop.app import add_demo_accounts
from engagement_desktop.core.query import Query
from engagement_desktop.credentials.usage_ledger import UsageLedger
from engagement_desktop.gui.shell.context import QueryRunner, RunEstimate
from engagement_desktop.plugins.registry import load_registry
from engagement_desktop.runner.service import RunService

OWNED = "2109646518481850368"


def test_the_run_service_and_its_estimate_fit_what_the_window_asks_of_them(paths, store):
    add_demo_accounts(store)
    service = RunService(paths, load_registry(paths), store, UsageLedger(paths.data),
                         sandbox_base_url="http://127.0.0.1:9")
    try:
        assert isinstance(service, QueryRunner)
        prepared = service.prepare(Query(name="q", endpoint="totals", account="demo-app",
                                         ids=[OWNED], metrics=["favorites"],
                                         groupings={"g": ["tweet.id", "engagement.type"]}))
        plan, estimate = prepared.plan, prepared.estimate
        assert isinstance(estimate, RunEstimate) and estimate.requests == len(plan.steps) == 1
    finally:
        service.close()


def test_the_context_imports_neither_the_run_service_nor_the_transport():
    code = ("import sys; import engagement_desktop.gui.shell.context; "
            "print(sorted(m for m in sys.modules if m.startswith(('engagement_desktop.transport', "
            "'engagement_desktop.runner', 'engagement_desktop.credentials'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
