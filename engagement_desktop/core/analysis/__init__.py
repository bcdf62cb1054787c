"""Analyst views over a finished result, Qt-free and shared by the window and the CLI:
derived rates, a metrics-as-columns table grouped by post / @handle / time, the best-time
heatmap and recent-vs-baseline comparisons."""
