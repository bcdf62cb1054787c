"""What `run_plan` yields. Plain data: the CLI prints them, the GUI turns them into signals."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..core.rows import PostProblem, Row


@dataclass(frozen=True)
class StepStarted:
    step_id: str
    attempt: int = 1


@dataclass(frozen=True)
class PageParsed:
    """A step finished: its rows and problems (already committed to the journal, if any)."""
    step_id: str
    rows: list[Row]
    problems: list[PostProblem] = field(default_factory=list)
    resumed: bool = False  # replayed from the journal, not fetched
    sandbox: bool = False  # answered by a sandbox (its answers say so in a header): demo data


@dataclass(frozen=True)
class StepFailed:
    """A step gave up (retries exhausted, auth refused, ...); its posts get `problems`."""
    step_id: str
    message: str
    problems: list[PostProblem] = field(default_factory=list)
    status: int | None = None


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    eta_seconds: float | None
    requests_sent: int = 0
    retries: int = 0
    rate_limit: int | None = None  # the server's per-minute limit, once learned
    rate_remaining: int | None = None
    job_id: str | None = None  # the journal's job, known from the first Progress on
    held_for: float = 0.0  # seconds every request waits for the server's rate window
    held_by_refusal: bool = False  # that wait follows a 429 (else: the window's budget is spent)


@dataclass(frozen=True)
class Finished:
    cancelled: bool
    steps_done: int
    steps_failed: int
    job_id: str | None = None
    # post → owner @handle, as far as the run could tell (RunService.run fills it in)
    owners: Mapping[str, str] = field(default_factory=dict, compare=False)


Event = StepStarted | PageParsed | StepFailed | Progress | Finished

