"""`engagement-desktop plan`: the requests a workspace's queries would send, the estimate and
the new @handles this month's bill would count. Plans through the same door as `run` and the
window, and sends nothing: with account `auto`, posts whose owner is not known yet are said to
be looked up when the run starts. Its arguments and help are in cli/arguments.py. Stays light:
no Qt, no network or keyring libraries.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from ..core import workspace as core_workspace
from ..core.endpoint import LAST_28H, LIFETIME
from ..core.comparison_plan import comparison_lines
from ..core.plan import is_comparison_step
from ..core.query import FieldProblem, InvalidQuery, Query
from ..core.snowflake import created_at
from ..core.utc import from_epoch, parse_instant, to_wire, utcnow
from ..i18n.glossary import named
from ..paths import AppPaths
from ..runner.durations import duration_text
from .names import with_metrics
from .terminal_text import say, shown

if TYPE_CHECKING:
    from ..runner.plan_door import PreparedRun

INVALID = 2
FIRST_POST_TIME = created_at(0)
WINDOW_WORDS = {LIFETIME: "lifetime totals at request time", LAST_28H: "the last 28 hours"}


@dataclass
class Planned:
    lines: list[str]  # the text report
    report: dict  # the --json report


def main(args: argparse.Namespace) -> int:
    try:
        now = parse_instant(args.now) if args.now else utcnow()
    except ValueError as err:
        return _fail(f"{err}.")
    if now < FIRST_POST_TIME:  # no post existed yet; near year 1 the date arithmetic overflows
        return _fail(f"The --now time {args.now} is before the first post ID "
                     f"({to_wire(FIRST_POST_TIME)}); pick a later time.")
    try:
        ws = core_workspace.load(args.workspace)
    except core_workspace.WorkspaceError as err:
        return _fail(str(err))
    queries = ws.queries
    if args.query is not None:
        queries = [q for q in ws.queries if q.name == args.query]
        if not queries:
            names = ", ".join(f"'{q.name}'" for q in ws.queries) or "none"
            return _fail(f"{args.workspace} has no query named '{args.query}'; "
                         f"its queries: {names}.")
    if not queries:
        return _fail(f"{args.workspace} has no queries; add one in the app first.")
    queries = [with_metrics(q, args.metrics) for q in queries]
    door = _door()
    if isinstance(door, str):
        return _fail(door)
    planned, invalid = [], False
    for query in queries:
        result = _plan(query, door, now)
        if isinstance(result, Planned):
            planned.append(result)
            continue
        invalid = True
        say(f"Query '{shown(query.name)}' cannot be planned; change this:", file=sys.stderr)
        for problem in result:
            say(f"  {problem.field}: {problem.message}", file=sys.stderr)
    if args.json:
        _write(json.dumps({"workspace": ws.name, "queries": [p.report for p in planned]},
                          indent=2))
    elif planned:
        _write("\n\n".join("\n".join(p.lines) for p in planned))
    return INVALID if invalid else 0


def _door():
    """The plan door on the configured accounts (or the sandbox's demo accounts), or a
    message saying why the accounts cannot be read."""
    from ..credentials.account import AccountError
    from ..credentials.index import AccountIndex
    from ..credentials.usage_ledger import UsageLedger
    from ..plugins.registry import ENDPOINTS, load_registry
    from ..runner.pace_memory import PaceMemory
    from ..runner.plan_door import PlanDoor

    paths = AppPaths.default()
    registry = load_registry(paths, kinds=(ENDPOINTS,))
    for line in registry.failure_lines():
        say(f"warning: {line}", file=sys.stderr)
    try:
        index = AccountIndex(paths.config)
        configured = index.list()
    except AccountError as err:
        return str(err)
    ledger = UsageLedger(paths.data)
    for notice in (index.problem, ledger.problem):  # damage kept aside: say so, plan with the rest
        if notice:
            say(notice, file=sys.stderr)
    if configured:  # estimated with what earlier runs learned of their servers
        paces = PaceMemory(paths.data)
        return PlanDoor(registry, index, ledger,
                        paces=lambda name, spec: paces.recall(index.get(name), spec))
    from ..runner.memory_accounts import StaticAccounts
    from ..sandbox.accounts import DEMO_ACCOUNTS
    return PlanDoor(registry, StaticAccounts.from_sandbox(DEMO_ACCOUNTS), ledger,
                    demo_accounts=True)


def _plan(query: Query, door, now: datetime) -> Planned | list[FieldProblem]:
    try:
        prepared = door.prepare(query, now=now)  # no owner lookups: `plan` sends nothing
    except InvalidQuery as invalid:
        return invalid.problems
    return _describe(door.registry.endpoints[query.endpoint], prepared)


def _describe(plugin, prepared: PreparedRun) -> Planned:
    spec, plan, query, guess = plugin.spec, prepared.plan, prepared.query, prepared.estimate
    per_window = Counter((s.start, s.end) for s in plan.steps)
    batches = set(per_window.values())
    shape = (f" ({_count(batches.pop(), 'batch', 'batches')} × {len(per_window)} windows)"
             if len(per_window) > 1 and len(batches) == 1 else "")
    lines = [f"Query '{shown(query.name)}' on {spec.name} ({spec.title}), account {query.account}",
             "Metrics: " + ", ".join(named(m) for m in query.metrics),
             f"{_count(len(plan.post_ids), 'post')}; "
             f"{_count(len(plan.steps), 'request')}{shape}", ""]
    if plan.query.range:  # relative: the dates it stands for today
        lines.insert(2, f"Range '{plan.query.range}': {plan.query.start} → {plan.query.end}")
    lines[-1:-1] = comparison_lines(plan)
    requests = []
    for number, step in enumerate(plan.steps, 1):
        request = plugin.build_request(step)
        window = (f"{to_wire(step.start)} → {to_wire(step.end)}" if step.start
                  else WINDOW_WORDS.get(spec.time, "none"))
        baseline = is_comparison_step(step.id)
        lines.append(f"#{number}  {request.method} {request.path}"
                     + ("  (the comparison's baseline)" if baseline else ""))
        lines.append(f"    account {step.account} · window {window} · step {step.id}")
        if request.params:
            lines.append(f"    query {urlencode(request.params, safe=',:')}")
        if request.json is not None:
            lines.append(f"    body {json.dumps(request.json)}")
        requests.append({"step": step.id, "method": request.method, "path": request.path,
                         "params": request.params, "json": request.json, "account": step.account,
                         "start": to_wire(step.start) if step.start else None,
                         "end": to_wire(step.end) if step.end else None,
                         "comparison_baseline": baseline})
    if plan.notes:
        lines += ["", "Notes (nothing is asked for these):"]
        lines += [f"  {n.post_id}: {n.message}" for n in plan.notes]
    said = (" (the limit the server announced, in this or an earlier run)" if guess.learned
            else " (the endpoint's declared limit; a run learns the server's own)")
    lines += ["", f"Estimate: {_count(guess.requests, 'request')}, about "
                  f"{duration_text(guess.minutes * 60)} at {guess.per_minute} requests per "
                  f"minute{said}.", *_bill_lines(prepared)]
    report = {"query": query.name, "endpoint": spec.name, "account": query.account,
              "metrics": [{"name": m, "label": plan.metric_labels.get(m, m)}
                          for m in query.metrics],
              "posts": len(plan.post_ids), "requests": requests,
              "notes": [{"post_id": n.post_id, "kind": n.kind, "message": n.message,
                         "metrics": list(n.metrics)} for n in plan.notes],
              "estimate": {"requests": guess.requests, "minutes": guess.minutes,
                           "per_minute": guess.per_minute, "learned": guess.learned},
              "comparison": _comparison_report(plan),
              "new_handles": sorted(guess.new_handles) if guess.handles_known else None,
              "owners_looked_up_at_run": list(prepared.pending_owners)}
    return Planned(lines, report)


def _comparison_report(plan) -> dict | None:
    """The --json report's comparison: its periods and the extra requests of its baseline."""
    planned = plan.comparison
    if planned is None:
        return None

    def period(span):
        return None if span is None else {"start": to_wire(from_epoch(span.start)),
                                          "end": to_wire(from_epoch(span.end))}
    return {"preset": planned.preset.name, "label": planned.preset.label,
            "recent": period(planned.recent), "baseline": period(planned.baseline),
            "extra_range": period(planned.extra),
            "extra_requests": len(plan.comparison_steps()),
            "baseline_cut_at": None if planned.cut_at is None else to_wire(
                from_epoch(planned.cut_at))}


def _bill_lines(prepared: PreparedRun) -> list[str]:
    """What the run adds to this month's @handle bill, and what is known only when it runs."""
    guess, lines = prepared.estimate, []
    if prepared.pending_owners:
        lines.append(f"The owners of {_count(len(prepared.pending_owners), 'post')} are looked "
                     "up when the run starts; their requests are not counted above.")
    if guess.new_handles:
        lines.append(f"Adds {_count(len(guess.new_handles), 'new @handle')} to this month's "
                     f"bill: {', '.join(f'@{shown(h)}' for h in sorted(guess.new_handles))}.")
    elif not guess.handles_known and not prepared.pending_owners:
        lines.append("The posts' owners are known only once the run starts, so new @handles "
                     "cannot be counted beforehand.")
    return lines


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def _write(text: str) -> None:
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `plan ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _fail(message: str) -> int:
    say(message, file=sys.stderr)
    return INVALID
