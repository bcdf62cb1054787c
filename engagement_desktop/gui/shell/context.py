"""Everything the window needs, built by app.py (the only place that knows the concrete
classes) and handed over in one object."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from ...paths import AppPaths


@dataclass
class AppContext:
    paths: AppPaths
    settings: QSettings
    registry: Any  # plugins.registry: .endpoints, .exporters, .infos
    accounts: Any  # credentials.store.AccountStore
    ledger: Any  # credentials.usage_ledger.UsageLedger
    service: Any  # runner.service.RunService: .plan, .estimate, .run
    make_results_panel: Callable[[], QWidget]  # gui.results_panel.ResultsPanel
    make_worker: Callable[[], Any]  # gui.run_worker.RunWorker
    sandbox_url: str | None = None  # the in-process sandbox, when it runs
    demo_only: bool = False  # only sandbox accounts: the "demo data" banner shows
    startup_notes: tuple[str, ...] = ()  # problems found at start (damaged files moved aside)
