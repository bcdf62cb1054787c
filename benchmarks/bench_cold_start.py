"""Cold start to the first painted window vs `python -c "import PySide6.QtWidgets"` (issue 7,
benchmark 5; goal ≤ 1.5×).

Each sample is a fresh process, timed from the moment it is launched to a moment it reports
on the system-wide monotonic clock: for the baseline, the end of `import PySide6.QtWidgets`;
for the app (`engagement_desktop.app.Startup`, as `engagement-desktop` runs it), the first
paint of the main window (its startup page), and "ready": plugins, accounts, the in-process
sandbox and the workbench built, and the full window painted. Both run offscreen with a
throwaway HOME; medians of N runs are compared.

    /work/venv/bin/python benchmarks/bench_cold_start.py [--runs 7]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BASELINE = "import PySide6.QtWidgets, time; print(time.monotonic())"
APP = """
import sys, time
from PySide6.QtCore import QTimer
from engagement_desktop.app import Startup

startup = Startup(["--home", sys.argv[1]])
marks = []
startup.window.startup.painted.connect(lambda: marks.append(time.monotonic()))

def ready():
    startup.window.repaint()  # the full window, painted
    marks.append(time.monotonic())
    QTimer.singleShot(0, startup.app.quit)

startup.finish_after_first_paint(on_ready=ready)
startup.app.exec()
startup.stop()
print(*marks)
"""


def seconds_after_launch(code: str) -> list[float]:
    """Seconds from launch to each moment the child printed."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "QT_QPA_PLATFORM": "offscreen",
               "ENGAGEMENT_DESKTOP_KEYRING_SERVICE": "engagement-desktop-bench"}
        launched = time.monotonic()
        out = subprocess.run([sys.executable, "-c", code, home], env=env, check=True,
                             capture_output=True, text=True).stdout
        return [float(moment) - launched for moment in out.split()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    seconds_after_launch(APP)  # warm the OS file cache (and Python's bytecode cache)
    baseline = statistics.median(seconds_after_launch(BASELINE)[0] for _ in range(runs))
    samples = [seconds_after_launch(APP) for _ in range(runs)]
    painted = statistics.median(s[0] for s in samples)
    ready = statistics.median(s[1] for s in samples)
    print(f"import PySide6.QtWidgets done:  {baseline:.3f} s after launch (median of {runs})")
    print(f"main window first painted:      {painted:.3f} s = {painted / baseline:.2f}x "
          f"(goal <= 1.5x)")
    print(f"window ready (workbench shown): {ready:.3f} s = {ready / baseline:.2f}x")


if __name__ == "__main__":
    main()
