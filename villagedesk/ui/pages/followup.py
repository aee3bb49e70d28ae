"""Follow-up: arrivals from the township, working-day countdowns, results to deliver, delivery and rating."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
)

from villagedesk.core.models import RatingLevel
from villagedesk.protocol.states import ApplicationState as S
from villagedesk.services import followup
from villagedesk.ui import slips
from villagedesk.ui.i18n import countdown_text, describe_error, format_date, rating_name, state_name
from villagedesk.ui.models import RowsModel
from villagedesk.ui.widgets import Desk, Page, PrintPreview, error_label, make_table

NOTICE_STATES = frozenset({S.ACCEPTED, S.IN_REVIEW, S.APPROVED, S.DENIED, S.RESULT_READY, S.NOT_ACCEPTED})


class FollowUpPage(Page):
    fix_application = Signal(str)

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.model: RowsModel[followup.FollowUpRow] = RowsModel(
            [
                (lambda: self.tr("State"), lambda r: state_name(r.state.value)),
                (lambda: self.tr("Tracking number"), lambda r: r.tracking_number or r.uuid[:8]),
                (lambda: self.tr("Applicant"), lambda r: f"{r.applicant_name} {r.applicant_name_bo}".strip()),
                (lambda: self.tr("Service item"), lambda r: r.item_name),
                (lambda: self.tr("Due"), lambda r: format_date(r.due) + (" *" if r.provisional else "")),
                (lambda: self.tr("Countdown"), lambda r: countdown_text(r.days_left, r.paused)),
            ]
        )
        self.table = make_table(self.model, stretch_column=3)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.fix_button = QPushButton()
        self.fix_button.clicked.connect(self._fix)
        self.notice_button = QPushButton()
        self.notice_button.clicked.connect(self.print_notice)
        self.decision_button = QPushButton()
        self.decision_button.clicked.connect(self.print_decision)
        self.last_preview: PrintPreview | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)

        self.deliver_box = QGroupBox()
        self.signed_by = QLineEdit()
        self.by_signature = QRadioButton()
        self.by_thumb = QRadioButton()
        self.by_signature.setChecked(True)
        self.rating = QComboBox()
        self.comment = QLineEdit()
        self.deliver_button = QPushButton()
        self.deliver_button.clicked.connect(self.deliver)
        self.message = error_label()
        self.form_labels = [QLabel() for _ in range(4)]
        how = QHBoxLayout()
        how.addWidget(self.by_signature)
        how.addWidget(self.by_thumb)
        how.addStretch(1)
        form = QFormLayout(self.deliver_box)
        form.addRow(self.form_labels[0], self.signed_by)
        form.addRow(self.form_labels[1], how)
        form.addRow(self.form_labels[2], self.rating)
        form.addRow(self.form_labels[3], self.comment)
        form.addRow("", self.deliver_button)
        form.addRow("", self.message)
        self.form_labels[0].setBuddy(self.signed_by)
        self.form_labels[2].setBuddy(self.rating)
        self.form_labels[3].setBuddy(self.comment)

        right = QVBoxLayout()
        right.addWidget(self.detail)
        right.addWidget(self.fix_button)
        right.addWidget(self.notice_button)
        right.addWidget(self.decision_button)
        right.addWidget(self.deliver_box)
        right.addStretch(1)
        holder = Page(desk)
        holder.setLayout(right)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(holder)
        split.setSizes([860, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        self.setTabOrder(self.table, self.fix_button)
        self.setTabOrder(self.fix_button, self.signed_by)
        self.setTabOrder(self.signed_by, self.by_signature)
        self.setTabOrder(self.by_signature, self.by_thumb)
        self.setTabOrder(self.by_thumb, self.rating)
        self.setTabOrder(self.rating, self.comment)
        self.setTabOrder(self.comment, self.deliver_button)
        self.retranslate()
        self._selected(None)

    def retranslate(self) -> None:
        self.fix_button.setText(self.tr("Open to fix the returned materials"))
        self.decision_button.setText(self.tr("Print the decision document"))
        row = self.selected()
        if row is not None and row.state is S.NOT_ACCEPTED:
            self.notice_button.setText(self.tr("Print the notice of not accepting"))
        else:
            self.notice_button.setText(self.tr("Print the acceptance notice"))
        self.deliver_box.setTitle(self.tr("Hand over the result"))
        for label, text in zip(
            self.form_labels,
            (self.tr("Received by"), self.tr("Confirmed by"), self.tr("Rating (好差评)"), self.tr("Comment")),
            strict=True,
        ):
            label.setText(text)
        self.by_signature.setText(self.tr("Signature"))
        self.by_thumb.setText(self.tr("Thumbprint"))
        current = self.rating.currentData()
        self.rating.clear()
        self.rating.addItem(self.tr("Not rated"), "")
        for level in RatingLevel:
            self.rating.addItem(rating_name(level.value), level.value)
        if current is not None:
            self.rating.setCurrentIndex(max(0, self.rating.findData(current)))
        self.deliver_button.setText(self.tr("Record the delivery"))
        self.note.setText(
            self.tr(
                "Deadlines count working days from the township's acceptance date. * = the holiday schedule for that year is not official yet."
            )
        )
        self.model.retranslate()
        self._selected(self.table.currentIndex())

    def refresh(self) -> None:
        store, today = self.desk.store, self.desk.today()
        self.desk.run(
            lambda: followup.follow_up(store, today=today),
            self._loaded,
            lambda e: self.message.setText(describe_error(e)),
        )

    def _loaded(self, rows: list[followup.FollowUpRow]) -> None:
        current = self.selected()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        uuids = [r.uuid for r in rows]
        if current is not None and current.uuid in uuids:
            self.table.selectRow(uuids.index(current.uuid))
        elif rows:
            self.table.selectRow(0)

    def selected(self) -> followup.FollowUpRow | None:
        idx = self.table.currentIndex()
        return self.model.row(idx.row()) if idx.isValid() and idx.row() < self.model.rowCount() else None

    def _selected(self, _current: Any, _prev: Any = None) -> None:
        row = self.selected()
        self.fix_button.setVisible(row is not None and row.state is S.RETURNED)
        self.deliver_box.setVisible(row is not None and row.state is S.RESULT_READY)
        self.notice_button.setVisible(row is not None and row.state in NOTICE_STATES)
        self.decision_button.setVisible(False)
        if row is not None:
            self.notice_button.setText(
                self.tr("Print the notice of not accepting")
                if row.state is S.NOT_ACCEPTED
                else self.tr("Print the acceptance notice")
            )
            if row.state in (S.APPROVED, S.DENIED, S.RESULT_READY):
                store, uuid = self.desk.store, row.uuid
                self.desk.run(
                    lambda: slips.decision_sha256(store, uuid),
                    lambda sha: self.decision_button.setVisible(bool(sha) and self.selected() is row),
                )
        if row is None:
            self.detail.setText(self.tr("Nothing to follow up."))
            return
        self.detail.setText(self.tr("State: %1").replace("%1", state_name(row.state.value)))
        if row.state in (S.RETURNED, S.NOT_ACCEPTED):
            store, uuid = self.desk.store, row.uuid

            def load() -> tuple[Any, dict[str, str]]:
                with store.reader() as uow:
                    app = uow.require_application(uuid)
                    item = uow.item(app.item_code, app.catalog_version)
                return followup.township_word(store, uuid), {m.key: m.name_zh for m in item.materials}

            self.desk.run(load, lambda loaded: self._word(row, *loaded))
        if row.state is S.RESULT_READY:
            self.signed_by.setText(row.applicant_name)

    def _word(self, row: followup.FollowUpRow, ev: Any, names: dict[str, str]) -> None:
        if ev is None or self.selected() is not row:
            return
        payload = ev.payload
        if "materials" in payload:
            parts = [
                f"{names.get(str(m.get('key')), m.get('key'))}: {m.get('reason') or ''}".rstrip(": ")
                for m in payload["materials"]
            ]
            self.detail.setText(
                self.tr("Returned for correction. To fix: %1").replace("%1", "; ".join(parts))
            )
        elif "reason" in payload:
            self.detail.setText(self.tr("Not accepted. Reason: %1").replace("%1", str(payload["reason"])))

    def print_notice(self) -> None:
        row = self.selected()
        if row is None:
            return
        store, uuid = self.desk.store, row.uuid
        if row.state is S.NOT_ACCEPTED:
            build, name = (
                (lambda: slips.not_accepted_pdf(store, uuid)),
                f"not-accepted-{row.tracking_number}.pdf",
            )
        else:
            build, name = (lambda: slips.acceptance_pdf(store, uuid)), f"acceptance-{row.tracking_number}.pdf"
        self.last_preview = PrintPreview(self.desk, build, name, self)
        self.last_preview.open()

    def print_decision(self) -> None:
        row = self.selected()
        if row is None:
            return
        store, uuid = self.desk.store, row.uuid
        self.last_preview = PrintPreview(
            self.desk, lambda: slips.decision_pdf(store, uuid), f"decision-{row.tracking_number}.pdf", self
        )
        self.last_preview.open()

    def _fix(self) -> None:
        row = self.selected()
        if row is not None:
            self.fix_application.emit(row.uuid)

    def deliver(self) -> None:
        row = self.selected()
        if row is None:
            return
        level = self.rating.currentData()
        store, agent = self.desk.store, self.desk.agent_id
        signed_by = self.signed_by.text().strip()
        how = "thumbprint" if self.by_thumb.isChecked() else "signature"
        comment = self.comment.text()
        if not signed_by:
            self.message.setText(self.tr("Write who received the result."))
            self.signed_by.setFocus()
            return
        self.desk.run(
            lambda: followup.deliver_result(
                store,
                row.uuid,
                agent_id=agent,
                signed_by=signed_by,
                how=how,
                rating=RatingLevel(level) if level else None,
                comment=comment,
            ),
            lambda _a: self.message.setText(self.tr("Delivery recorded.")),
            lambda e: self.message.setText(describe_error(e)),
            writes=True,
        )
