"""The layout the result views share: a bar of controls over a message line and the view."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


def lay_out(owner: QWidget, controls: list, message: QWidget, body: QWidget,
            *below: QWidget) -> None:
    """Lay `owner` out: `controls` in a row (a str is a caption; a (widget, stretch) pair
    stretches), then `message`, `body` taking the spare height, then `below`."""
    bar = QHBoxLayout()
    for control in controls:
        widget, stretch = control if isinstance(control, tuple) else (control, 0)
        bar.addWidget(QLabel(widget) if isinstance(widget, str) else widget, stretch)
    layout = QVBoxLayout(owner)
    layout.addLayout(bar)
    layout.addWidget(message)
    layout.addWidget(body, 1)
    for widget in below:
        layout.addWidget(widget)
