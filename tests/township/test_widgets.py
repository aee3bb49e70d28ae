"""Township widgets on their own: item models pass qtmodeltester; the chart paints what it is given."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from villagedesk.ui.township.chart import SERIES_COLOURS, BarChart
from villagedesk.ui.township.viewer import MaterialsViewer, pages_of
from villagedesk.ui.township.window import OVERDUE, StatusRowsModel


def test_status_model(qtmodeltester: Any) -> None:
    model = StatusRowsModel([("a", lambda r: r["a"]), ("status", lambda r: r["status"])])
    model.set_rows([{"a": 1, "status": "overdue"}, {"a": 2, "status": "on_track"}])
    qtmodeltester.check(model)
    from PySide6.QtCore import Qt

    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole).color() == OVERDUE
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_chart_draws_bars_in_proportion(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    chart.set_data(["甲村", "乙村"], [("收件", [6, 3])])
    img = chart.grab().toImage()
    colour = SERIES_COLOURS[0].rgb()

    def bar_height(x_from: int, x_to: int) -> int:
        best = 0
        for x in range(x_from, x_to):
            best = max(best, sum(1 for y in range(img.height()) if img.pixel(x, y) == colour))
        return best

    mid = 36 + (400 - 44) // 2
    first, second = bar_height(36, mid), bar_height(mid, 400)
    assert first > 0 and abs(first - 2 * second) <= 2  # 6 is twice 3


def test_viewer_pages_zoom_rotate(qtbot: QtBot) -> None:
    img = QImage(200, 100, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    v = MaterialsViewer()
    qtbot.addWidget(v)
    v.set_pages([img, img, img])
    assert v.caption.text() == "Page 1 of 3" and not v.prev_btn.isEnabled()
    v.next_btn.click()
    v.next_btn.click()
    assert v.index == 2 and not v.next_btn.isEnabled()
    v.rotate_btn.click()
    assert v.item.rotation() == 90
    start = v.zoom
    v.zoom_in_btn.click()
    assert abs(v.view.transform().m11() - start * 1.25) < 1e-9


def test_pdf_pages_render(tmp_path: Any) -> None:
    from reportlab.pdfgen import canvas

    p = tmp_path / "two.pdf"
    c = canvas.Canvas(str(p))
    c.drawString(72, 720, "one")
    c.showPage()
    c.drawString(72, 720, "two")
    c.save()
    pages = pages_of(p.read_bytes())
    assert len(pages) == 2 and not pages[0].isNull()
    assert pages_of(b"not an image") == []
