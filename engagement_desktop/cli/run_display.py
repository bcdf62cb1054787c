"""What `engagement-desktop run` writes on stderr: a progress bar on a terminal, a few quiet
lines otherwise, and the summary of problems per post at the end."""
from __future__ import annotations

import os
import time
from collections import defaultdict
from typing import TYPE_CHECKING, TextIO

from ..i18n.glossary import named
from ..runner.durations import duration_text
from ..runner.events import Finished, Progress
from .terminal_text import command_line, shown

if TYPE_CHECKING:
    from ..core.results import ResultSet

BAR_WIDTH = 30
REDRAW_EVERY = 0.1  # seconds: a terminal need not be redrawn faster
QUIET_STEPS = 10  # without a terminal, one line per tenth of the run
SHOWN_POSTS = 50  # problem lines before "... and N more"


class Display:
    def __init__(self, stream: TextIO):
        self.stream = stream
        self.terminal = stream.isatty()
        self._job_shown = False
        self._drawn_at = 0.0
        self._bar_open = False
        self._quiet_mark = -1

    def line(self, text: str) -> None:
        """One message; what came from outside in it (names, a server's words) cannot drive
        the terminal."""
        self.end_progress()
        print(shown(text, lines=True), file=self.stream, flush=True)

    def metrics(self, metrics) -> None:
        """The metrics asked for, in the window's words beside the API's: 'Likes (favorites)'."""
        self.line("Metrics: " + ", ".join(named(m) for m in metrics))

    def estimate(self, estimate) -> None:
        pace = f"{estimate.per_minute}/min" + (
            " (the limit the server announced, in this or an earlier run)" if estimate.learned
            else " (the endpoint's declared limit, until the server says its own)")
        self.line(f"{counted(estimate.requests, 'request')}, "
                  f"{about(estimate.minutes * 60)} at {pace}.")
        if estimate.new_handles:
            handles = ", ".join(f"@{shown(h)}" for h in sorted(estimate.new_handles))
            self.line(f"Note: this run adds {len(estimate.new_handles)} new @handle(s) to this "
                      f"month's billed count: {handles}.")

    def progress(self, event: Progress, workspace: str, query: str) -> None:
        if not self._job_shown and event.job_id:
            self._job_shown = True
            self.line(f"Job {event.job_id}. If it stops, resume it with: "
                      f"{resume_command(workspace, query, event.job_id)}")
        if event.held_for:
            why = ("it answered 429, too many requests" if event.held_by_refusal
                   else "this window's requests are used up")
            self.line(f"Waiting {duration_text(event.held_for)} for the server's rate limit "
                      f"({why}).")
        elif self.terminal:
            self._bar(event)
        else:
            self._quiet(event)

    def end_progress(self) -> None:
        if self._bar_open:
            self.stream.write("\n")
            self.stream.flush()
            self._bar_open = False

    def _bar(self, event: Progress) -> None:
        now = time.monotonic()
        if now - self._drawn_at < REDRAW_EVERY and event.done < event.total:
            return
        self._drawn_at = now
        share = event.done / event.total if event.total else 1.0
        filled = int(share * BAR_WIDTH)
        eta = f" · ETA {duration_text(event.eta_seconds)}" if event.eta_seconds is not None else ""
        rate = f" · {event.rate_limit}/min" if event.rate_limit else ""
        retries = f" · {counted(event.retries, 'retry', 'retries')}" if event.retries else ""
        self.stream.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {share:4.0%} "
                          f"{event.done}/{event.total}{eta}{rate}{retries}\033[K")
        self.stream.flush()
        self._bar_open = True

    def _quiet(self, event: Progress) -> None:
        mark = event.done * QUIET_STEPS // event.total if event.total else QUIET_STEPS
        if mark > self._quiet_mark:
            self._quiet_mark = mark
            self.line(f"{event.done}/{event.total} requests done")


def resume_command(workspace: str, query: str, job_id: str | None) -> str:
    """The command that resumes the job, safe to paste whatever the names hold."""
    if workspace.startswith("-"):  # else read as an option
        workspace = f".{os.sep}{workspace}"
    return command_line(["engagement-desktop", "run", workspace, f"--query={query}",
                         "--resume", job_id or "?"])


def counted(n: int, one: str, many: str | None = None) -> str:
    """'1 request', '2 requests', '1,234 values'."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def about(seconds: float) -> str:
    """'about 45 s'; under a second is said as such, not 'about 0 s'."""
    return "under a second" if seconds < 1 else f"about {duration_text(seconds)}"


def problem_summary(finished: Finished, result: ResultSet) -> list[str]:
    """The closing lines: counts, then each post's problems (the first SHOWN_POSTS posts)."""
    by_post: dict[str | None, list] = defaultdict(list)
    for problem in result.problems:
        by_post[problem.post_id].append(problem)
    lines = [f"Done: {counted(finished.steps_done, 'request')} answered, "
             f"{finished.steps_failed} failed; {counted(len(result), 'value')}; problems on "
             f"{counted(len(by_post), 'post')}."
             if by_post else
             f"Done: {counted(finished.steps_done, 'request')}, {counted(len(result), 'value')}, "
             "no problems."]
    for post_id in list(by_post)[:SHOWN_POSTS]:
        who = f"post {post_id}" if post_id else "whole request"
        for problem in by_post[post_id]:
            which = (f" [{', '.join(named(m) for m in problem.metrics)}]" if problem.metrics
                     else "")
            lines.append(f"  {who}: {problem.kind}{which}: {shown(problem.message)}")
    if len(by_post) > SHOWN_POSTS:
        lines.append(f"  ... and {len(by_post) - SHOWN_POSTS} more post(s); every problem is in "
                     "the JSON and XLSX exports.")
    return lines
