"""Cold start to the first painted window vs `python -c "import PySide6.QtWidgets"` (issue 7,
benchmark 5; goal ≤ 1.5×).

Each sample is a fresh process timed from launch to exit: the baseline only imports Qt
widgets; ours builds the whole app (plugins, accounts, in-process sandbox, window) through
`engagement_desktop.app.build` and exits on the main window's first paint. Both run offscreen
with a throwaway HOME; the median of N runs is compared.

    /work/venv/bin/python benchmarks/bench_cold_start.py [--runs 5]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BASELINE = "import PySide6.QtWidgets"
FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from engagement_desktop.app import build

app, window, stop = build(["--home", sys.argv[1]])

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

watcher = FirstPaint()
window.installEventFilter(watcher)
app.exec()
stop()
"""


def timed(code: str, *args: str) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "QT_QPA_PLATFORM": "offscreen",
               "ENGAGEMENT_DESKTOP_KEYRING_SERVICE": "engagement-desktop-bench"}
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, *args, home], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    timed(BASELINE)  # warm the OS file cache for both
    baseline = statistics.median(timed(BASELINE) for _ in range(runs))
    ours = statistics.median(timed(FIRST_PAINT) for _ in range(runs))
    print(f"import PySide6.QtWidgets: {baseline:.2f} s (median of {runs})")
    print(f"first painted window:     {ours:.2f} s (median of {runs})")
    print(f"ratio: {ours / baseline:.2f}x (goal <= 1.5x)")


if __name__ == "__main__":
    main()
