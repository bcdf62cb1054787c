"""Text cells a spreadsheet shows and never runs, for every CSV the app writes."""
from __future__ import annotations

# A spreadsheet runs a cell that begins with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_text(text: str) -> str:
    """`text` as a CSV cell a spreadsheet shows and never runs: one that begins like a formula
    gets a leading apostrophe (the usual defence; XLSX writes cells as text instead)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
