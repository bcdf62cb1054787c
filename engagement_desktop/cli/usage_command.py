"""`engagement-desktop usage [--json] [--month YYYY-MM]`: unique @handles queried per month, the
enterprise billing unit, from the app's own ledger (arguments and help: cli/arguments.py).
"""
from __future__ import annotations

import argparse
import json
import re
import sys

from ..credentials.usage_ledger import UsageLedger
from ..paths import AppPaths
from .terminal_text import say, shown

MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def main(args: argparse.Namespace) -> int:
    if args.month is not None and not MONTH.fullmatch(args.month.strip()):
        say(f"error: '{args.month}' is not a month; write it as YYYY-MM, e.g. 2025-03.",
            file=sys.stderr)
        return 2
    ledger = UsageLedger(AppPaths.default().data)
    months = ledger.months()
    if ledger.problem:  # damage is found on opening or, deeper in the file, on reading
        say(f"warning: {ledger.problem}", file=sys.stderr)
    month = args.month.strip() if args.month else None
    if args.json:
        report: dict = {"months": [{"month": m, "handles": count} for m, count in months]}
        if month:
            report["handles"] = {month: ledger.handles(month)}
        print(json.dumps(report, indent=2))
        return 0
    if not months:
        say("No @handles queried yet. Each month's unique post owners are counted here as "
            "runs query their posts.")
    for m, count in months:
        say(f"{m}  {count:>7} unique @handle{'s' if count != 1 else ''}")
    if month:
        handles = ledger.handles(month)
        say(f"\n{month}: " + (", ".join(f"@{shown(h)}" for h in handles) if handles else "none"))
    return 0
