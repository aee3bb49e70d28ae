"""Consultations log, appointments, home visits (上门服务) and complaints: a list and a short form each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.models import Appointment, Complaint, Consultation, HomeVisit
from villagedesk.services import records
from villagedesk.ui.i18n import appointment_status_name, complaint_status_name, describe_error, format_date
from villagedesk.ui.models import RowsModel
from villagedesk.ui.widgets import Desk, Page, error_label, make_table


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def _date_edit() -> QDateEdit:
    e = QDateEdit(QDate.currentDate())
    e.setCalendarPopup(True)
    return e


class RecordsPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.tabs = QTabWidget()
        self.labels: dict[str, QLabel] = {}
        self.message = error_label()

        # consultations
        self.c_model: RowsModel[Consultation] = RowsModel(
            [
                (
                    lambda: self.tr("When"),
                    lambda c: c.asked_at.strftime("%Y-%m-%d %H:%M") if c.asked_at else "",
                ),
                (lambda: self.tr("Question"), lambda c: c.question),
                (lambda: self.tr("Answer"), lambda c: c.answer),
            ]
        )
        self.c_question = QLineEdit()
        self.c_answer = QLineEdit()
        self.c_item = QLineEdit()
        self.c_save = QPushButton()
        self.c_save.clicked.connect(self.save_consultation)
        self.tabs.addTab(
            self._tab(
                self.c_model,
                [("question", self.c_question), ("answer", self.c_answer), ("item", self.c_item)],
                self.c_save,
            ),
            "",
        )

        # appointments
        self.a_model: RowsModel[Appointment] = RowsModel(
            [
                (lambda: self.tr("Day"), lambda a: format_date(a.day)),
                (lambda: self.tr("Time"), lambda a: a.time_slot),
                (lambda: self.tr("ID number"), lambda a: a.applicant_id_number),
                (lambda: self.tr("Place"), lambda a: a.place),
                (lambda: self.tr("Status"), lambda a: appointment_status_name(a.status.value)),
            ]
        )
        self.a_id = QLineEdit()
        self.a_day = _date_edit()
        self.a_slot = QLineEdit()
        self.a_place = QLineEdit()
        self.a_save = QPushButton()
        self.a_save.clicked.connect(self.save_appointment)
        self.tabs.addTab(
            self._tab(
                self.a_model,
                [
                    ("a_id", self.a_id),
                    ("a_day", self.a_day),
                    ("a_slot", self.a_slot),
                    ("a_place", self.a_place),
                ],
                self.a_save,
            ),
            "",
        )

        # home visits
        self.h_model: RowsModel[HomeVisit] = RowsModel(
            [
                (lambda: self.tr("Day"), lambda h: format_date(h.day)),
                (lambda: self.tr("ID number"), lambda h: h.applicant_id_number),
                (lambda: self.tr("Purpose"), lambda h: h.purpose),
                (lambda: self.tr("Outcome"), lambda h: h.outcome),
            ]
        )
        self.h_id = QLineEdit()
        self.h_day = _date_edit()
        self.h_purpose = QLineEdit()
        self.h_outcome = QLineEdit()
        self.h_free = QCheckBox()
        self.h_save = QPushButton()
        self.h_save.clicked.connect(self.save_visit)
        self.tabs.addTab(
            self._tab(
                self.h_model,
                [
                    ("h_id", self.h_id),
                    ("h_day", self.h_day),
                    ("h_purpose", self.h_purpose),
                    ("h_outcome", self.h_outcome),
                    ("h_free", self.h_free),
                ],
                self.h_save,
            ),
            "",
        )

        # complaints
        self.k_model: RowsModel[Complaint] = RowsModel(
            [
                (lambda: self.tr("Received"), lambda k: format_date(k.received_on)),
                (lambda: self.tr("Answer by"), lambda k: format_date(k.due_on)),
                (lambda: self.tr("Complaint"), lambda k: k.text),
                (lambda: self.tr("Status"), lambda k: complaint_status_name(k.status.value)),
            ]
        )
        self.k_id = QLineEdit()
        self.k_text = QPlainTextEdit()
        self.k_text.setTabChangesFocus(True)
        self.k_text.setMaximumHeight(90)
        self.k_save = QPushButton()
        self.k_save.clicked.connect(self.save_complaint)
        self.tabs.addTab(
            self._tab(self.k_model, [("k_id", self.k_id), ("k_text", self.k_text)], self.k_save), ""
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.tables: list[QTableView] = []
        self.retranslate()

    def _tab(self, model: RowsModel[Any], fields: list[tuple[str, QWidget]], save: QPushButton) -> QWidget:
        page = QWidget()
        table = make_table(model)
        form = QFormLayout()
        for key, field in fields:
            label = QLabel()
            label.setBuddy(field)
            self.labels[key] = label
            form.addRow(label, field)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        form.addRow(row)
        layout = QHBoxLayout(page)
        layout.addWidget(table, 3)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        layout.addLayout(side, 2)
        return page

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Consultations"))
        self.tabs.setTabText(1, self.tr("Appointments"))
        self.tabs.setTabText(2, self.tr("Home visits"))
        self.tabs.setTabText(3, self.tr("Complaints"))
        texts = {
            "question": self.tr("Question"),
            "answer": self.tr("Answer given"),
            "item": self.tr("Item code (optional)"),
            "a_id": self.tr("ID number"),
            "a_day": self.tr("Day"),
            "a_slot": self.tr("Time"),
            "a_place": self.tr("Place"),
            "h_id": self.tr("ID number"),
            "h_day": self.tr("Day"),
            "h_purpose": self.tr("Purpose"),
            "h_outcome": self.tr("Outcome"),
            "h_free": self.tr("Free proxy"),
            "k_id": self.tr("ID number (optional)"),
            "k_text": self.tr("Complaint"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.h_free.setText(self.tr("Elderly or disabled: free service"))
        for b in (self.c_save, self.a_save, self.h_save, self.k_save):
            b.setText(self.tr("Add"))
        for m in (self.c_model, self.a_model, self.h_model, self.k_model):
            m.retranslate()

    def refresh(self) -> None:
        store = self.desk.store
        self.desk.run(
            lambda: [
                records.list_records(store, t, 500)
                for t in ("consultation", "appointment", "home_visit", "complaint")
            ],
            self._loaded,
            lambda e: self.message.setText(describe_error(e)),
        )

    def _loaded(self, lists: list[list[Any]]) -> None:
        models: list[RowsModel[Any]] = [self.c_model, self.a_model, self.h_model, self.k_model]
        for model, rows in zip(models, lists, strict=True):
            model.set_rows(rows)

    def _save(self, fn: Callable[[], Any], clear: list[Any]) -> None:
        def done(_r: Any) -> None:
            self.message.setText(self.tr("Saved."))
            for w in clear:
                w.clear()

        self.desk.run(fn, done, lambda e: self.message.setText(describe_error(e)), writes=True)

    def save_consultation(self) -> None:
        store, agent = self.desk.store, self.desk.agent_id
        q, a, item = self.c_question.text(), self.c_answer.text(), self.c_item.text().strip()
        self._save(
            lambda: records.add_consultation(store, agent_id=agent, question=q, answer=a, item_code=item),
            [self.c_question, self.c_answer, self.c_item],
        )

    def save_appointment(self) -> None:
        store, agent = self.desk.store, self.desk.agent_id
        who, day, slot, place = (
            self.a_id.text().strip(),
            _day(self.a_day),
            self.a_slot.text(),
            self.a_place.text(),
        )
        self._save(
            lambda: records.add_appointment(
                store, agent_id=agent, applicant_id_number=who, day=day, time_slot=slot, place=place
            ),
            [self.a_id, self.a_slot, self.a_place],
        )

    def save_visit(self) -> None:
        store, agent = self.desk.store, self.desk.agent_id
        who, day, purpose, outcome, free = (
            self.h_id.text().strip(),
            _day(self.h_day),
            self.h_purpose.text(),
            self.h_outcome.text(),
            self.h_free.isChecked(),
        )
        self._save(
            lambda: records.add_home_visit(
                store,
                agent_id=agent,
                applicant_id_number=who,
                day=day,
                purpose=purpose,
                outcome=outcome,
                free_proxy=free,
            ),
            [self.h_id, self.h_purpose, self.h_outcome],
        )

    def save_complaint(self) -> None:
        store, agent = self.desk.store, self.desk.agent_id
        who, text = self.k_id.text().strip(), self.k_text.toPlainText()
        self._save(
            lambda: records.add_complaint(store, agent_id=agent, complainant_id_number=who, text=text),
            [self.k_id, self.k_text],
        )
