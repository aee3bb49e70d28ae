"""The materials viewer: page through an application's photos and PDFs, zoom and rotate."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QTransform
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def pages_of(data: bytes) -> list[QImage]:
    """An image is one page; a PDF is rendered page by page (QtPdf)."""
    if data[:5] == b"%PDF-":
        from PySide6.QtPdf import QPdfDocument

        doc = QPdfDocument()
        buf = QBuffer()
        buf.setData(QByteArray(data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        doc.load(buf)
        out = []
        for i in range(doc.pageCount()):
            size = doc.pagePointSize(i)
            out.append(doc.render(i, QSize(int(size.width() * 1.5), int(size.height() * 1.5))))
        doc.close()
        return out
    img = QImage()
    img.loadFromData(data)
    return [img] if not img.isNull() else []


class MaterialsViewer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[QImage] = []
        self.index = 0
        self.zoom = 1.0
        self.rotation = 0
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.scene.addItem(self.item)
        self.view = QGraphicsView(self.scene)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.caption = QLabel()
        self.prev_btn = QPushButton(self.tr("◀ Previous"))
        self.next_btn = QPushButton(self.tr("Next ▶"))
        self.zoom_in_btn = QPushButton(self.tr("Zoom in"))
        self.zoom_out_btn = QPushButton(self.tr("Zoom out"))
        self.rotate_btn = QPushButton(self.tr("Rotate"))
        self.prev_btn.clicked.connect(lambda: self.go(self.index - 1))
        self.next_btn.clicked.connect(lambda: self.go(self.index + 1))
        self.zoom_in_btn.clicked.connect(lambda: self.set_zoom(self.zoom * 1.25))
        self.zoom_out_btn.clicked.connect(lambda: self.set_zoom(self.zoom / 1.25))
        self.rotate_btn.clicked.connect(self.rotate)
        bar = QHBoxLayout()
        for w in (self.prev_btn, self.next_btn, self.zoom_in_btn, self.zoom_out_btn, self.rotate_btn):
            bar.addWidget(w)
        bar.addWidget(self.caption, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        self._update()

    def set_pages(self, pages: list[QImage]) -> None:
        self.pages = pages
        self.index = 0
        self.rotation = 0
        self.zoom = 1.0
        # A phone photo is wider than the pane: start with the whole page width in view.
        if pages and pages[0].width() > 0:
            room = max(100, self.view.viewport().width() - 8)
            self.zoom = min(1.0, room / pages[0].width())
        self._update()

    def go(self, i: int) -> None:
        if self.pages:
            self.index = max(0, min(i, len(self.pages) - 1))
            self._update()

    def set_zoom(self, z: float) -> None:
        self.zoom = max(0.1, min(z, 8.0))
        self._update()

    def rotate(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._update()

    def _update(self) -> None:
        if not self.pages:
            self.item.setPixmap(QPixmap())
            self.caption.setText(self.tr("No file for this material"))
        else:
            self.item.setPixmap(QPixmap.fromImage(self.pages[self.index]))
            self.item.setTransformOriginPoint(self.item.boundingRect().center())
            self.item.setRotation(self.rotation)
            self.caption.setText(
                self.tr("Page %1 of %2")
                .replace("%1", str(self.index + 1))
                .replace("%2", str(len(self.pages)))
            )
        self.view.setTransform(QTransform.fromScale(self.zoom, self.zoom))
        self.scene.setSceneRect(self.item.sceneBoundingRect())
        self.prev_btn.setEnabled(self.index > 0)
        self.next_btn.setEnabled(self.index < len(self.pages) - 1)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
