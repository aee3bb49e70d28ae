"""Applicants: find by ID number, phone or name (other spellings too); register with inline validation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from villagedesk.core.errors import ValidationError
from villagedesk.core.free_proxy import free_proxy
from villagedesk.core.idnumber import age_on, check_id_number
from villagedesk.core.models import Applicant, ServiceItem
from villagedesk.services import search as search_service
from villagedesk.services.applicants import prepare_applicant, register_applicant
from villagedesk.ui.i18n import describe_error
from villagedesk.ui.models import RowsModel
from villagedesk.ui.widgets import Desk, Page, error_label, make_table


def masked(id_number: str) -> str:
    return id_number[:6] + "********" + id_number[-4:] if len(id_number) == 18 else id_number


class ApplicantsPage(Page):
    start_application = Signal(str)  # the applicant's ID number

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.model: RowsModel[Applicant] = RowsModel(
            [
                (lambda: self.tr("Name"), lambda a: a.legal_name),
                (lambda: self.tr("Tibetan name"), lambda a: a.name_bo),
                (lambda: self.tr("ID number"), lambda a: masked(a.id_number)),
                (lambda: self.tr("Phone"), lambda a: a.phone),
                (lambda: self.tr("Group"), lambda a: a.village_group),
            ]
        )
        self.view = make_table(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.view.doubleClicked.connect(lambda _i: self._start())
        self.found = QLabel()
        self.start_button = QPushButton()
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self._start)

        # the registration form
        self.form_box = QGroupBox()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(22)
        self.id_number.textChanged.connect(self._check_id_live)
        self.id_hint = error_label()
        self.override = QCheckBox()
        self.override.hide()
        self.legal_name = QLineEdit()
        self.name_bo = QLineEdit()
        self.phone = QLineEdit()
        self.group = QLineEdit()
        self.disability = QCheckBox()
        self.disability_note = QLineEdit()
        self.eligibility = QLabel()
        self.eligibility.setWordWrap(True)
        self.form_error = error_label()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_form)
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(7)]
        form.addRow(self.labels[0], self.id_number)
        form.addRow("", self.id_hint)
        form.addRow("", self.override)
        form.addRow(self.labels[1], self.legal_name)
        form.addRow(self.labels[2], self.name_bo)
        form.addRow(self.labels[3], self.phone)
        form.addRow(self.labels[4], self.group)
        form.addRow(self.labels[5], self.disability)
        form.addRow(self.labels[6], self.disability_note)
        for label, field in zip(
            self.labels,
            (
                self.id_number,
                self.legal_name,
                self.name_bo,
                self.phone,
                self.group,
                self.disability,
                self.disability_note,
            ),
            strict=True,
        ):
            label.setBuddy(field)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.eligibility)
        box_layout.addWidget(self.form_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        box_layout.addLayout(buttons)
        box_layout.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.found, 1)
        row.addWidget(self.start_button)
        left.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.form_box, 2)
        self.setTabOrder(self.search, self.view)
        self.setTabOrder(self.view, self.start_button)
        self.setTabOrder(self.start_button, self.id_number)
        self.setTabOrder(self.id_number, self.override)
        self.setTabOrder(self.override, self.legal_name)
        self.setTabOrder(self.legal_name, self.name_bo)
        self.setTabOrder(self.name_bo, self.phone)
        self.setTabOrder(self.phone, self.group)
        self.setTabOrder(self.group, self.disability)
        self.setTabOrder(self.disability, self.disability_note)
        self.setTabOrder(self.disability_note, self.save_button)
        self.last_result: search_service.SearchResult | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Find by ID number, phone or name (any spelling, Chinese or Tibetan)")
        )
        self.start_button.setText(self.tr("New application for this person"))
        self.form_box.setTitle(self.tr("Register or update an applicant"))
        texts = [
            self.tr("ID number"),
            self.tr("Name on the ID card"),
            self.tr("Tibetan name"),
            self.tr("Phone"),
            self.tr("Village group"),
            self.tr("Disability"),
            self.tr("Disability note"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.override.setText(self.tr("The number is right as on the card (confirm)"))
        self.disability.setText(self.tr("Has a disability certificate"))
        self.save_button.setText(self.tr("Save applicant"))
        self.clear_button.setText(self.tr("Clear"))
        self.model.retranslate()
        self._check_id_live(self.id_number.text())
        self._show_count()

    # ---- search

    def run_search(self) -> None:
        text = self.search.text()
        store = self.desk.store
        self.desk.run(lambda: search_service.search(store, text), self._found)

    def _found(self, result: search_service.SearchResult) -> None:
        self.last_result = result
        self.model.set_rows(result.applicants)
        self.view.resizeColumnsToContents()
        if result.applicants:
            self.view.selectRow(0)
        self._show_count()

    def _show_count(self) -> None:
        if self.last_result is None or self.last_result.kind == "empty":
            self.found.setText("")
        else:
            self.found.setText(self.tr("%1 found").replace("%1", str(len(self.last_result.applicants))))

    def selected(self) -> Applicant | None:
        idx = self.view.currentIndex()
        return self.model.row(idx.row()) if idx.isValid() else None

    def _selected(self, current: Any, _prev: Any = None) -> None:
        a = self.selected()
        self.start_button.setEnabled(a is not None)
        if a is not None:
            self.fill_form(a)

    def _start(self) -> None:
        a = self.selected()
        if a is not None:
            self.start_application.emit(a.id_number)

    # ---- the form

    def fill_form(self, a: Applicant) -> None:
        self.id_number.setText(a.id_number)
        self.legal_name.setText(a.legal_name)
        self.name_bo.setText(a.name_bo)
        self.phone.setText(a.phone)
        self.group.setText(a.village_group)
        self.disability.setChecked(a.disability)
        self.disability_note.setText(a.disability_note)
        self.form_error.clear()

    def clear_form(self) -> None:
        for field in (
            self.id_number,
            self.legal_name,
            self.name_bo,
            self.phone,
            self.group,
            self.disability_note,
        ):
            field.clear()
        self.disability.setChecked(False)
        self.override.setChecked(False)
        self.form_error.clear()
        self.id_number.setFocus()

    def _check_id_live(self, text: str) -> None:
        """Explain the first broken rule as soon as the number is complete (18 characters)."""
        self.override.hide()
        self.eligibility.clear()
        compact = "".join(text.split())
        if len(compact) < 18:
            self.id_hint.setText("")
            return
        try:
            info = check_id_number(compact, today=self.desk.today())
        except ValidationError as exc:
            self.id_hint.setText(describe_error(exc))
            return
        warning = next((w for w in info.warnings if w.needs_override), None)
        if warning is not None:
            self.id_hint.setText(
                describe_error(ValidationError(warning.message, code=warning.code, **warning.params))
            )
            self.override.show()
        else:
            self.id_hint.setText("")
        self._show_eligibility(compact)

    def _show_eligibility(self, id_number: str) -> None:
        settings = self.desk.settings
        age = age_on(id_number, self.desk.today())
        probe = Applicant(id_number, "x", disability=self.disability.isChecked())
        decision = free_proxy(
            probe, ServiceItem("x", "x"), self.desk.today(), threshold_age=settings.free_proxy_age
        )
        if decision.eligible:
            self.eligibility.setText(
                self.tr("Age %1: free proxy service (elderly or disabled).").replace("%1", str(age))
            )
        else:
            self.eligibility.setText(self.tr("Age %1.").replace("%1", str(age)))

    def form_values(self) -> dict[str, Any]:
        return {
            "id_number": self.id_number.text(),
            "legal_name": self.legal_name.text(),
            "name_bo": self.name_bo.text(),
            "phone": self.phone.text(),
            "village_code": "",
            "village_group": self.group.text(),
            "disability": self.disability.isChecked(),
            "disability_note": self.disability_note.text(),
            "override_warnings": self.override.isChecked() and self.override.isVisible(),
            "today": self.desk.today(),
        }

    def save(self) -> None:
        values = self.form_values()
        try:
            prepare_applicant(**values)  # instant feedback, on the UI thread: pure checks only
        except ValidationError as exc:
            self.form_error.setText(describe_error(exc))
            if exc.params.get("needs_override"):
                self.override.show()
            return
        self.form_error.clear()
        store = self.desk.store
        with store.reader() as uow:
            values["village_code"] = uow.device().village_code
        self.desk.run(
            lambda: register_applicant(store, **values), self._saved, self._save_failed, writes=True
        )

    def _saved(self, registration: Any) -> None:
        a = registration.applicant
        self.form_error.setStyleSheet("QLabel#error { color: #1b5e20; }")
        self.form_error.setText(
            (self.tr("Registered: %1.") if registration.created else self.tr("Updated: %1.")).replace(
                "%1", a.legal_name
            )
        )
        self.search.setText(a.id_number)
        self.run_search()

    def _save_failed(self, exc: BaseException) -> None:
        self.form_error.setStyleSheet("QLabel#error { color: #b00020; }")
        self.form_error.setText(describe_error(exc))

    def ensure_today(self) -> dt.date:
        return self.desk.today()
