"""`engagement-desktop sandbox`: serve the built-in emulator of every endpoint until Ctrl+C;
`engagement-desktop sandbox accounts [--json]`: its demo accounts (arguments and help:
cli/arguments.py). The sandbox itself is imported only when asked for.
"""
from __future__ import annotations

import argparse
import ipaddress
import json
import sys

from ..core.utc import parse_instant
from .terminal_text import say

OK, FAILED, USAGE = 0, 1, 2


def main(args: argparse.Namespace) -> int:
    if args.view == "accounts":
        return _accounts(args)
    from ..sandbox.faults import FaultSpecError, parse  # the sandbox only when asked for
    from ..sandbox.server import SandboxServer

    problem = None
    if not 0 <= args.port <= 65535:
        problem = f"--port {args.port} is not a port; use 0 to 65535 (0 picks a free one)"
    elif args.rate_limit is not None and args.rate_limit < 1:
        problem = "--rate-limit must be at least 1 request per minute"
    try:
        now = parse_instant(args.now) if args.now else None
        faults = parse(args.faults)
    except (ValueError, FaultSpecError) as err:
        problem = problem or f"{'--faults' if isinstance(err, FaultSpecError) else '--now'}: {err}"
    if problem:
        say(f"error: {problem}", file=sys.stderr)
        return USAGE
    if not _is_loopback(args.host):
        say(f"warning: --host {args.host} lets other machines reach the sandbox, and its demo "
            "tokens are public: anyone on the network can use it. Use 127.0.0.1 unless "
            "another machine must connect.", file=sys.stderr)
    try:
        server = SandboxServer(args.host, args.port, args.rate_limit, faults, now,
                               not args.no_strict_gzip).start()
    except OSError as err:
        say(f"error: cannot listen on {args.host}:{args.port} ({err.strerror or err}); "
            "pick another --port or --host", file=sys.stderr)
        return FAILED
    say(f"Sandbox serving at {server.base_url}  (Ctrl+C stops it)")
    say("Point any client's base URL there: enterprise, X API v2 and token endpoints alike.")
    _print_table(server.accounts)
    say("Tokens and secrets: engagement-desktop sandbox accounts --json", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        say("\nSandbox stopped.")
    return OK


def _accounts(args: argparse.Namespace) -> int:
    from ..sandbox.accounts import demo_accounts

    demos = demo_accounts()
    if args.json:
        print(json.dumps(demos, indent=2))
    else:
        _print_table(demos)
    return OK


def _print_table(demos: list[dict]) -> None:
    say("Demo accounts:")
    for demo in demos:
        who = f"@{demo['screen_name']}" if demo.get("screen_name") else "app-only"
        posts = ", ".join(demo["sample_post_ids"][:3])
        say(f"  {demo['name']:<18} {demo['kind']:<12} {who:<14} posts: {posts}, ...")


def _is_loopback(host: str) -> bool:
    """Whether `host` names only this machine (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it may resolve to any interface
        return False
