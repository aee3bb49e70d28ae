"""A small bar chart painted with QPainter (no Qt add-on module for one chart)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

SERIES_COLOURS = (QColor("#4C72B0"), QColor("#55A868"), QColor("#C44E52"))


class BarChart(QWidget):
    """Grouped bars: one group per label, one bar per series; the legend names the series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.setMinimumHeight(180)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def set_data(self, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]) -> None:
        self.labels = list(labels)
        self.series = [(name, [float(v) for v in values]) for name, values in series]
        self.update()

    def max_value(self) -> float:
        return max((v for _, vals in self.series for v in vals), default=0.0)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = p.fontMetrics()
        left, top, right = 36.0, 8.0 + fm.height() * 1.5, 8.0
        bottom = fm.height() * 2.2
        w = self.width() - left - right
        h = self.height() - top - bottom
        # Three gridlines at whole-number steps: counts are whole numbers, so are their labels.
        step = max(1.0, float(math.ceil((self.max_value() or 1.0) / 3)))
        top_value = step * 3
        # Axis and three gridlines with their values.
        p.setPen(QColor("#999999"))
        for i in range(4):
            y = top + h - h * i / 3
            p.drawLine(int(left), int(y), int(left + w), int(y))
            p.drawText(
                QRectF(0, y - fm.height() / 2, left - 4, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                f"{step * i:.0f}",
            )
        groups = max(1, len(self.labels))
        n = max(1, len(self.series))
        gw = w / groups
        bw = max(2.0, gw * 0.8 / n)
        for g, label in enumerate(self.labels):
            x0 = left + g * gw + gw * 0.1
            for s, (_, values) in enumerate(self.series):
                v = values[g] if g < len(values) else 0.0
                bh = h * v / top_value
                p.fillRect(
                    QRectF(x0 + s * bw, top + h - bh, bw - 1, bh), SERIES_COLOURS[s % len(SERIES_COLOURS)]
                )
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(left + g * gw, top + h + 2, gw, fm.height() * 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                fm.elidedText(label, Qt.TextElideMode.ElideRight, int(gw)),
            )
        x = left
        for s, (name, _) in enumerate(self.series):
            p.fillRect(QRectF(x, 4, 10, 10), SERIES_COLOURS[s % len(SERIES_COLOURS)])
            p.setPen(self.palette().text().color())
            p.drawText(int(x + 14), int(4 + fm.ascent() * 0.9), name)
            x += 24 + fm.horizontalAdvance(name)
        p.end()
