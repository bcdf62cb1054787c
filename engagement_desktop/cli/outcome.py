"""The exit code a finished run ends with: one mapping, so `run` and `report` say the same
thing about the same answers."""
from __future__ import annotations

from collections.abc import Iterable

from ..core.rows import MISSING, NOT_REQUESTED

OK, PROBLEMS, INVALID, AUTH, MISMATCH, CANCELLED = 0, 1, 2, 3, 4, 130
# Least to most serious: with several queries, report exits with the most serious outcome.
_SEVERITY = (OK, PROBLEMS, MISMATCH, AUTH)


def outcome(problems: Iterable, *, failed: bool = False, auth_refused: bool = False) -> int:
    """AUTH when an account was refused; MISMATCH when the server's answers and the request
    disagree (a post asked for left out, or posts not asked for); PROBLEMS for any other
    problem or anything that `failed`; else OK."""
    if auth_refused:
        return AUTH
    problems = list(problems)
    if any(problem.kind in (MISSING, NOT_REQUESTED) for problem in problems):
        return MISMATCH  # worth a script's eye: the answers cannot be trusted as complete
    return PROBLEMS if problems or failed else OK


def worst(codes: Iterable[int]) -> int:
    """The code of several runs' outcomes: the one a script must look at most."""
    return max(codes, key=_SEVERITY.index, default=OK)
