"""A sandbox in a process of its own (so its serving does not share the client's CPU time):
prints its base URL, serves until a line arrives on stdin, then prints its counts as JSON.

    python sandbox_process.py RATE_LIMIT LATENCY_MS
"""
import json
import sys

from engagement_desktop.sandbox.server import SandboxServer


def main() -> None:
    limit, latency = int(sys.argv[1]), int(sys.argv[2])
    with SandboxServer(rate_limit=limit, faults=f"latency={latency}ms") as server:
        print(server.base_url, flush=True)
        sys.stdin.readline()
        print(json.dumps(server.app.stats.snapshot()), flush=True)


if __name__ == "__main__":
    main()
