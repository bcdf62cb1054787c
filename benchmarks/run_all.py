"""Every benchmark, one after the other, each in its own process (issue 7: "all by one command").

    /work/venv/bin/python benchmarks/run_all.py [--quick]

Prints each script's output under its name, then the machine it ran on; paste the result into
BENCHMARKS.md with the date. `--quick` passes smaller sizes where a script has them (a smoke
run, not numbers to record).
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (script, arguments for a quick run)
SCRIPTS = [
    ("bench_runner.py", ["--steps", "5"]),
    ("bench_large_result.py", ["--hours", "720"]),
    ("bench_tree.py", ["--hours", "720"]),
    ("bench_ui_stall.py", ["--rows", "20000"]),
    ("bench_cancel.py", ["--repeat", "1"]),
    ("bench_cold_start.py", ["--runs", "2"]),
    ("bench_xlsx.py", ["--posts", "10", "--repeat", "1"]),
    ("bench_sandbox.py", ["--repeat", "2", "--requests", "500"]),
    ("bench_parse.py", ["--pages", "1", "--rounds", "1"]),
    ("bench_estimate.py", ["--quick"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    quick = parser.parse_args().quick
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = []
    for script, quick_args in SCRIPTS:
        print(f"== {script}", flush=True)
        began = time.perf_counter()
        done = subprocess.run([sys.executable, str(HERE / script), *(quick_args if quick else [])],
                              env=env)
        print(f"   ({time.perf_counter() - began:.0f} s)", flush=True)
        if done.returncode:
            failed.append(script)
    print(f"== machine: {platform.platform()}, Python {platform.python_version()}, "
          f"{os.cpu_count()} cores")
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
