"""`engagement-desktop sandbox`: serve the built-in emulator of every endpoint until Ctrl+C.

    engagement-desktop sandbox [--host 127.0.0.1] [--port N] [--rate-limit N]
                               [--faults SPEC] [--now ISO] [--no-strict-gzip]
    engagement-desktop sandbox accounts [--json]

All endpoints (enterprise, v2, token endpoints) share the printed base URL. The demo accounts'
tokens are printed only by `sandbox accounts --json` (they open nothing but the sandbox).
"""
from __future__ import annotations

import argparse
import json
import sys

from ..core.utc import parse_instant

OK, FAILED, USAGE = 0, 1, 2


def main(argv: list[str]) -> int:
    if argv and argv[0] == "accounts":
        return _accounts(argv[1:])
    parser = argparse.ArgumentParser(prog="engagement-desktop sandbox", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (%(default)s)")
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    parser.add_argument("--rate-limit", type=int, metavar="N",
                        help="requests per minute per token and endpoint (default 300)")
    parser.add_argument("--faults", metavar="SPEC",
                        help="e.g. latency=200ms,429=0.1,500=0.05,drop=0.02,garble=0.01")
    parser.add_argument("--now", metavar="ISO", help="freeze the clock, e.g. 2026-03-01T12:00:00Z")
    parser.add_argument("--no-strict-gzip", action="store_true",
                        help="answer enterprise requests without Accept-Encoding: gzip (no 406)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return USAGE if exit_.code else OK
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
        print(f"error: {problem}", file=sys.stderr)
        return USAGE
    try:
        server = SandboxServer(args.host, args.port, args.rate_limit, faults, now,
                               not args.no_strict_gzip).start()
    except OSError as err:
        print(f"error: cannot listen on {args.host}:{args.port} ({err.strerror or err}); "
              "pick another --port or --host", file=sys.stderr)
        return FAILED
    print(f"Sandbox serving at {server.base_url}  (Ctrl+C stops it)")
    print("Point any client's base URL there: enterprise, X API v2 and token endpoints alike.")
    _print_table(server.accounts)
    print("Tokens and secrets: engagement-desktop sandbox accounts --json", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nSandbox stopped.")
    return OK


def _accounts(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="engagement-desktop sandbox accounts",
                                     description="the sandbox's demo accounts")
    parser.add_argument("--json", action="store_true", help="every key, as a JSON list")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return USAGE if exit_.code else OK
    from ..sandbox.accounts import demo_accounts

    demos = demo_accounts()
    if args.json:
        print(json.dumps(demos, indent=2))
    else:
        _print_table(demos)
    return OK


def _print_table(demos: list[dict]) -> None:
    print("Demo accounts:")
    for demo in demos:
        who = f"@{demo['screen_name']}" if demo.get("screen_name") else "app-only"
        posts = ", ".join(demo["sample_post_ids"][:3])
        print(f"  {demo['name']:<18} {demo['kind']:<12} {who:<14} posts: {posts}, ...")
