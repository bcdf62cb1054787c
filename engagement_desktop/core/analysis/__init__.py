"""Analyst views over a finished result, Qt-free and shared by the window and the CLI:
derived rates, a metrics-as-columns table grouped by post / @handle / local time, the
best-time heatmap and recent-vs-baseline comparisons. A blank cell is NaN in every view, and
None in the flat records written to files."""
from .compare import (
    Comparison, ComparisonRow, compare_periods, compare_to_handle_median, result_end)
from .dimensions import DIMENSIONS
from .heatmap import Heatmap, build_heatmap
from ..periods import HANDLE_MEDIAN, PRESETS, Period, Preset, parse_preset
from .rates import BLANK, BUILTIN_RATES, RateSpec, applicable, missing, rate_table
from .records import header, records
from .selection import Filter, Sort, parse_filter, parse_sort
from .table import AnalysisTable, TableNode, build_table

__all__ = ["AnalysisTable", "BLANK", "BUILTIN_RATES", "Comparison", "ComparisonRow",
           "DIMENSIONS", "Filter", "HANDLE_MEDIAN", "Heatmap", "PRESETS", "Period", "Preset",
           "RateSpec", "Sort", "TableNode", "applicable", "build_heatmap", "build_table",
           "compare_periods", "compare_to_handle_median", "header", "missing",
           "parse_filter", "parse_preset", "parse_sort", "rate_table", "records",
           "result_end"]
