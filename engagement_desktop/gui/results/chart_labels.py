"""Labels under the bars that never overlap: each as long as its group's width allows.

A post ID has 19 digits; under a bar group of 40 pixels it would run into its neighbours. A
label keeps the ID's end ("…4521"), where IDs of posts made days apart differ, and when even
the shortest readable label does not fit, only every k-th group is labelled. The full ID is in
the bars' tooltip. Widths come from a `measure` function (text → pixels), the axis font's.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

ELLIPSIS = "…"
MIN_CHARS = 4  # "…521": shorter says nothing
GAP = 0.9  # a label uses at most this share of its slot, so neighbours keep a space


def short_label(text: str, room_px: float, measure: Callable[[str], float]) -> str:
    """`text`, or its end after an ellipsis, as long as fits in `room_px`."""
    if measure(text) <= room_px:
        return text
    for keep in range(len(text) - 1, 0, -1):
        label = ELLIPSIS + text[-keep:]
        if measure(label) <= room_px:
            return label
    return ELLIPSIS


def tick_labels(texts: Sequence[str], group_px: float,
                measure: Callable[[str], float]) -> list[tuple[int, str]]:
    """(group index, label) for the groups to label, `group_px` apart: every group when a
    readable label fits its slot, else every k-th, with k the smallest that makes room."""
    if not texts or group_px <= 0:
        return []
    need = max(measure(_shortest(text)) for text in texts)
    stride = 1
    while stride < len(texts) and need > stride * group_px * GAP:
        stride += 1
    room = stride * group_px * GAP
    return [(i, short_label(texts[i], room, measure)) for i in range(0, len(texts), stride)]


def _shortest(text: str) -> str:
    return text if len(text) <= MIN_CHARS else ELLIPSIS + text[-(MIN_CHARS - 1):]
