"""What every screen shares: the desk context (store, runner, who is signed in), the page base, tables,
and the print preview (PDF built in the background, shown with QPdfView, then printed or saved)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.models import Agent
from villagedesk.services.settings import Settings
from villagedesk.storage.store import Store
from villagedesk.ui.i18n import LanguageManager, describe_error
from villagedesk.ui.models import RowsModel
from villagedesk.ui.tasks import TaskRunner


class Desk(QObject):
    """The state every screen sees. ``changed`` fires after any write so visible lists reload."""

    changed = Signal()
    agent_changed = Signal()

    def __init__(self, store: Store, runner: TaskRunner, languages: LanguageManager | None) -> None:
        super().__init__()
        self.store = store
        self.runner = runner
        self.languages = languages
        self.agent: Agent | None = None
        self.settings = Settings()  # the window sets the stored ones; screens read them from here
        self.closed = False  # set when the window closes: late results are dropped, not shown
        self.today: Callable[[], dt.date] = dt.date.today

    @property
    def agent_id(self) -> str:
        return self.agent.agent_id if self.agent else ""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        writes: bool = False,
    ) -> None:
        """Run ``fn`` off the UI thread; after a write, tell every screen."""

        def done(result: Any) -> None:
            if self.closed:
                return
            on_done(result)
            if writes:
                self.changed.emit()

        def failed(exc: BaseException) -> None:
            if not self.closed and on_error is not None:
                on_error(exc)

        self.runner.run(fn, done, failed)


class Page(QWidget):
    """A screen: builds its widgets once, sets their texts in ``retranslate`` (again on a language change),
    loads its data in ``refresh`` through the task runner."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        desk.changed.connect(self._maybe_refresh)

    def title(self) -> str:
        return ""

    def retranslate(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def _maybe_refresh(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.fit_tables()
        super().changeEvent(event)

    def fit_tables(self) -> None:
        # Column widths follow the words of the new language (stretched columns keep stretching).
        for table in self.findChildren(QTableView):
            table.resizeColumnsToContents()


def make_table(model: RowsModel[Any], *, stretch_column: int = -1) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users move between fields
    # Tibetan stacks are tall (Noto Serif Tibetan: 2.82 em a line): rows leave room for them.
    metrics = QFontMetrics(view.font())
    view.verticalHeader().setDefaultSectionSize(metrics.boundingRect("སྒྲུབ་རྒྱལ 汉").height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch_column < 0:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("error")
    label.setStyleSheet("QLabel#error { color: #b00020; }")
    return label


def show_error(label: QLabel, exc: BaseException) -> None:
    label.setText(describe_error(exc))


class PrintPreview(QDialog):
    """Preview of one printed slip. The PDF is built by ``build`` off the UI thread."""

    def __init__(self, desk: Desk, build: Callable[[], bytes], file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.file_name = file_name
        self.pdf_bytes = b""
        self.resize(900, 700)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel()
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._buffer: QBuffer | None = None
        self.retranslate()
        desk.run(build, self._built, self._failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print preview"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        if not self.pdf_bytes:
            self.status.setText(self.tr("Preparing the document…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _built(self, data: bytes) -> None:
        self.pdf_bytes = data
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.setText(self.tr("%1 page(s)").replace("%1", str(self.document.pageCount())))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.print_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe_error(exc))

    def save_to(self, path: str) -> None:
        with open(path, "wb") as f:
            f.write(self.pdf_bytes)

    def save_document(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.file_name, "PDF (*.pdf)")
        if path:
            self.save_to(path)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.document, printer)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Each page rendered at the printer's resolution, scaled into its printable area."""
    painter = QPainter(printer)
    try:
        dpi = printer.resolution()
        for i in range(document.pageCount()):
            if i:
                printer.newPage()
            points = document.pagePointSize(i)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = document.render(i, size)
            area = painter.viewport()
            scaled = image.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QPointF(0, 0), scaled)
    finally:
        painter.end()
