"""Read an exported SVG back: every text, path point and rect in picture coordinates, and
the axes' labels turned into a mapping from data values to picture positions."""
import re
import xml.etree.ElementTree as ET

import numpy as np
from PySide6.QtGui import QFont, QFontMetricsF

SVG = "{http://www.w3.org/2000/svg}"
_NUMBER = r"-?[\d.]+(?:e[-+]?\d+)?"


def _matrix(element, parent: np.ndarray) -> np.ndarray:
    found = re.search(r"matrix\(([^)]*)\)", element.get("transform", ""))
    if not found:
        return parent
    a, b, c, d, e, f = (float(v) for v in found.group(1).split(","))
    return parent @ np.array([[a, c, e], [b, d, f], [0, 0, 1]])


def _walk(element, matrix, fill=None):
    matrix, fill = _matrix(element, matrix), element.get("fill", fill)
    yield element, matrix, fill
    for child in element:
        yield from _walk(child, matrix, fill)


def _apply(matrix, x, y):
    px, py, _ = matrix @ np.array([x, y, 1.0])
    return float(px), float(py)


class Picture:
    def __init__(self, path):
        self.texts, self.paths, self.rects = [], [], []  # (text, x, y), [(x, y)], (x0, y0, x1, y1, fill)
        self.text_widths = []  # each text's width, in the order of self.texts
        root = ET.parse(path).getroot()
        self.width = float(root.get("viewBox").split()[2])  # picture units, as the coordinates
        for element, matrix, fill in _walk(root, np.identity(3)):
            if element.tag == f"{SVG}text":
                text, x, y, width = self._text(element, matrix)
                self.texts.append((text, x, y))
                self.text_widths.append(width)
            elif element.tag == f"{SVG}path":
                points = re.findall(rf"({_NUMBER}),({_NUMBER})", element.get("d", ""))
                self.paths.append([_apply(matrix, float(x), float(y)) for x, y in points])
            elif element.tag == f"{SVG}rect":
                x, y = float(element.get("x")), float(element.get("y"))
                w, h = float(element.get("width")), float(element.get("height"))
                self.rects.append((*_apply(matrix, x, y), *_apply(matrix, x + w, y + h), fill))

    @staticmethod
    def _text(element, matrix):
        """The label's centre and width: its box measured with the font the SVG names."""
        text = (element.text or "").strip()
        font = QFont(element.get("font-family", "Sans Serif"))
        font.setPixelSize(round(float(element.get("font-size", "9"))))  # SVG sizes are pixels
        metrics = QFontMetricsF(font)
        x = float(element.get("x")) + metrics.horizontalAdvance(text) / 2
        y = float(element.get("y")) - (metrics.ascent() - metrics.descent()) / 2
        return text, *_apply(matrix, x, y), metrics.horizontalAdvance(text) * matrix[0, 0]

    def axis(self, labels: dict[str, float], along: str):
        """A fitted value -> position line (x or y) through the labels named in `labels`,
        and the largest distance of a label from it (the labels' own agreement)."""
        index = 1 if along == "x" else 2
        found = [(labels[t[0]], t[index]) for t in self.texts if t[0] in labels]
        assert len(found) >= 3, f"too few axis labels in the picture: {self.texts}"
        values, positions = np.array(found).T
        slope, offset = np.polyfit(values, positions, 1)
        spread = float(np.max(np.abs(values * slope + offset - positions)))
        return (lambda value: value * slope + offset), slope, spread
