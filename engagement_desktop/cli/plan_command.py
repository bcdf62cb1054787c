"""`engagement-desktop plan`: the requests a workspace's queries would send, and the estimate.
Sends nothing. Its arguments and help are in cli/arguments.py. Stays light: no Qt, no network
or keyring libraries.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from ..core import workspace as core_workspace
from ..core.endpoint import LAST_28H, LIFETIME
from ..core.planning import Estimate, build_plan, estimate
from ..core.query import AUTO_ACCOUNT, FieldProblem, Query
from ..core.snowflake import created_at
from ..core.utc import parse_instant, to_wire, utcnow
from ..core.validation import validate
from ..paths import AppPaths

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
    context = _Context.load()
    if isinstance(context, str):
        return _fail(context)
    planned, invalid = [], False
    for query in queries:
        result = _plan(query, context, now)
        if isinstance(result, Planned):
            planned.append(result)
            continue
        invalid = True
        print(f"Query '{query.name}' cannot be planned; change this:", file=sys.stderr)
        for problem in result:
            print(f"  {problem.field}: {problem.message}", file=sys.stderr)
    if args.json:
        _write(json.dumps({"workspace": ws.name, "queries": [p.report for p in planned]},
                          indent=2))
    elif planned:
        _write("\n\n".join("\n".join(p.lines) for p in planned))
    return INVALID if invalid else 0


@dataclass
class _Context:
    plugins: dict  # endpoint name → EndpointPlugin
    plugin_errors: dict[str, str]  # endpoint name → why its plugin was not loaded
    accounts: dict[str, str]  # account name → kind
    demo: bool  # the accounts are the sandbox's demo accounts

    @classmethod
    def load(cls) -> _Context | str:
        """Plugins and accounts, or a message saying why they cannot be read."""
        from ..credentials.account import AccountError
        from ..credentials.index import AccountIndex
        from ..plugins.registry import ENDPOINTS, load_registry

        paths = AppPaths.default()
        registry = load_registry(paths, kinds=(ENDPOINTS,))
        errors = {i.name: i.error for i in registry.infos if i.error and i.kind == "endpoint"}
        try:
            index = AccountIndex(paths.config)
            configured = index.list()
        except AccountError as err:
            return str(err)
        if index.problem:  # a damaged list was kept aside: say so, then plan with what is left
            print(index.problem, file=sys.stderr)
        if configured:
            return cls(registry.endpoints, errors, {a.name: a.kind for a in configured}, False)
        from ..sandbox.accounts import DEMO_ACCOUNTS
        return cls(registry.endpoints, errors, {a["name"]: a["kind"] for a in DEMO_ACCOUNTS}, True)


def _plan(query: Query, context: _Context, now: datetime) -> Planned | list[FieldProblem]:
    plugin = context.plugins.get(query.endpoint)
    spec = plugin.spec if plugin is not None else None
    problems = []
    if plugin is None and query.endpoint in context.plugin_errors:
        problems.append(FieldProblem("endpoint", f"The plugin of '{query.endpoint}' failed to load "
                                                 f"({context.plugin_errors[query.endpoint]}); "
                                                 "see `engagement-desktop plugins`."))
    kind = context.accounts.get(query.account)
    if kind is None and query.account.strip() and query.account != AUTO_ACCOUNT:
        where = "the sandbox's demo accounts (no account is configured)" if context.demo \
            else "the configured accounts"
        problems.append(FieldProblem("account", f"There is no account named '{query.account}'; "
                                                f"{where}: {', '.join(context.accounts)}."))
    problems += validate(query, spec, account_kind=kind, now=now,
                         endpoints=[p.spec for p in context.plugins.values()])
    if problems:
        return problems
    plan = build_plan(query, spec, account_kind=kind, now=now)
    return _describe(query, plugin, plan, estimate(plan, spec.default_per_minute))


def _describe(query: Query, plugin, plan, guess: Estimate) -> Planned:
    spec = plugin.spec
    per_window = Counter((s.start, s.end) for s in plan.steps)
    batches = set(per_window.values())
    shape = (f" ({_count(batches.pop(), 'batch', 'batches')} × {len(per_window)} windows)"
             if len(per_window) > 1 and len(batches) == 1 else "")
    lines = [f"Query '{query.name}' on {spec.name} ({spec.title}), account {query.account}",
             f"{_count(len(plan.post_ids), 'post')}; "
             f"{_count(len(plan.steps), 'request')}{shape}", ""]
    requests = []
    for number, step in enumerate(plan.steps, 1):
        request = plugin.build_request(step)
        window = (f"{to_wire(step.start)} → {to_wire(step.end)}" if step.start
                  else WINDOW_WORDS.get(spec.time, "none"))
        lines.append(f"#{number}  {request.method} {request.path}")
        lines.append(f"    account {step.account} · window {window} · step {step.id}")
        if request.params:
            lines.append(f"    query {urlencode(request.params, safe=',:')}")
        if request.json is not None:
            lines.append(f"    body {json.dumps(request.json)}")
        requests.append({"step": step.id, "method": request.method, "path": request.path,
                         "params": request.params, "json": request.json, "account": step.account,
                         "start": to_wire(step.start) if step.start else None,
                         "end": to_wire(step.end) if step.end else None})
    if plan.notes:
        lines += ["", "Notes (nothing is asked for these):"]
        lines += [f"  {n.post_id}: {n.message}" for n in plan.notes]
    took = (_count(math.ceil(guess.minutes * 60), "second") if guess.minutes < 1
            else f"{guess.minutes:.1f} minutes")
    lines += ["", f"Estimate: {_count(guess.requests, 'request')}, about {took} at "
                  f"{spec.default_per_minute} requests per minute."]
    report = {"query": query.name, "endpoint": spec.name, "account": query.account,
              "posts": len(plan.post_ids), "requests": requests,
              "notes": [{"post_id": n.post_id, "kind": n.kind, "message": n.message,
                         "metrics": list(n.metrics)} for n in plan.notes],
              "estimate": {"requests": guess.requests, "minutes": guess.minutes,
                           "per_minute": spec.default_per_minute}}
    return Planned(lines, report)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def _write(text: str) -> None:
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `plan ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return INVALID
