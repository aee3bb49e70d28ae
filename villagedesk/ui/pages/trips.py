"""Trips: the hand-over lists of paper originals carried to the township and results carried back."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from villagedesk.core.models import Handover, HandoverDirection, HandoverLine
from villagedesk.services import records
from villagedesk.ui import slips
from villagedesk.ui.i18n import describe_error, format_date
from villagedesk.ui.models import RowsModel
from villagedesk.ui.widgets import Desk, Page, PrintPreview, error_label, make_table


class TripsPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.last_preview: PrintPreview | None = None
        self.to_box = QGroupBox()
        self.back_box = QGroupBox()
        self.lists_box = QGroupBox()
        self.to_model: RowsModel[HandoverLine] = self._lines_model()
        self.back_model: RowsModel[HandoverLine] = self._lines_model()
        self.lists_model: RowsModel[Handover] = RowsModel(
            [
                (lambda: self.tr("Date"), lambda h: format_date(h.created_on)),
                (lambda: self.tr("Direction"), self.direction_text),
                (lambda: self.tr("Lines"), lambda h: str(len(h.lines))),
                (lambda: self.tr("Countersigned by"), lambda h: h.countersigned_by or "—"),
            ]
        )
        self.to_table = make_table(self.to_model, stretch_column=1)
        self.back_table = make_table(self.back_model, stretch_column=1)
        self.lists_table = make_table(self.lists_model)
        self.make_to = QPushButton()
        self.make_back = QPushButton()
        self.make_to.clicked.connect(lambda: self.make(HandoverDirection.TO_TOWNSHIP))
        self.make_back.clicked.connect(lambda: self.make(HandoverDirection.TO_VILLAGE))
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_selected)
        self.countersigner = QLineEdit()
        self.countersign = QPushButton()
        self.countersign.clicked.connect(self.countersign_selected)
        self.message = error_label()
        for box, table, button in (
            (self.to_box, self.to_table, self.make_to),
            (self.back_box, self.back_table, self.make_back),
        ):
            v = QVBoxLayout(box)
            v.addWidget(table, 1)
            v.addWidget(button)
        lv = QVBoxLayout(self.lists_box)
        lv.addWidget(self.lists_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.countersigner, 1)
        row.addWidget(self.countersign)
        lv.addLayout(row)
        top = QHBoxLayout()
        top.addWidget(self.to_box)
        top.addWidget(self.back_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(self.lists_box, 2)
        layout.addWidget(self.message)
        self.hint = QLabel()
        self.retranslate()

    def _lines_model(self) -> RowsModel[HandoverLine]:
        return RowsModel(
            [
                (lambda: self.tr("Tracking number"), lambda ln: ln.tracking_number),
                (lambda: self.tr("Paper"), lambda ln: ln.description),
                (lambda: self.tr("Count"), lambda ln: str(ln.count)),
            ]
        )

    def direction_text(self, h: Handover) -> str:
        if h.direction is HandoverDirection.TO_TOWNSHIP:
            return self.tr("Originals to the township")
        return self.tr("Results to the village")

    def retranslate(self) -> None:
        self.to_box.setTitle(self.tr("Originals to carry to the township"))
        self.back_box.setTitle(self.tr("Results to bring back"))
        self.lists_box.setTitle(self.tr("Hand-over lists"))
        self.make_to.setText(self.tr("Make the hand-over list and print it"))
        self.make_back.setText(self.tr("Make the list of results and print it"))
        self.print_button.setText(self.tr("Print again"))
        self.countersigner.setPlaceholderText(self.tr("Name of the township staff who checked it"))
        self.countersign.setText(self.tr("Record the countersignature"))
        for m in (self.to_model, self.back_model, self.lists_model):
            m.retranslate()

    def refresh(self) -> None:
        store = self.desk.store
        self.desk.run(
            lambda: (
                records.originals_to_carry(store),
                records.results_to_carry(store),
                records.list_records(store, "handover"),
            ),
            self._loaded,
            lambda e: self.message.setText(describe_error(e)),
        )

    def _loaded(self, data: tuple[list[HandoverLine], list[HandoverLine], list[Handover]]) -> None:
        to, back, lists = data
        self.to_model.set_rows(to)
        self.back_model.set_rows(back)
        self.lists_model.set_rows(lists)
        self.make_to.setEnabled(bool(to))
        self.make_back.setEnabled(bool(back))
        for t in (self.to_table, self.back_table, self.lists_table):
            t.resizeColumnsToContents()
        if lists:
            self.lists_table.selectRow(0)

    def make(self, direction: HandoverDirection) -> None:
        lines = (self.to_model if direction is HandoverDirection.TO_TOWNSHIP else self.back_model).rows()
        store, agent = self.desk.store, self.desk.agent_id
        self.desk.run(
            lambda: records.create_handover(store, agent_id=agent, direction=direction, lines=lines),
            self.preview,
            lambda e: self.message.setText(describe_error(e)),
            writes=True,
        )

    def selected(self) -> Handover | None:
        idx = self.lists_table.currentIndex()
        return self.lists_model.row(idx.row()) if idx.isValid() else None

    def preview(self, h: Handover) -> None:
        store = self.desk.store
        self.last_preview = PrintPreview(
            self.desk, lambda: slips.handover_pdf(store, h), f"handover-{h.record_id[:8]}.pdf", self
        )
        self.last_preview.open()

    def print_selected(self) -> None:
        h = self.selected()
        if h is not None:
            self.preview(h)

    def countersign_selected(self) -> None:
        h = self.selected()
        if h is None:
            return
        store, name = self.desk.store, self.countersigner.text()
        self.desk.run(
            lambda: records.countersign_handover(store, h.record_id, countersigned_by=name),
            lambda _h: self.message.setText(self.tr("Countersignature recorded.")),
            lambda e: self.message.setText(describe_error(e)),
            writes=True,
        )
