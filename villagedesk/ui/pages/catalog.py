"""Service catalog (事项清单): search by Chinese, Tibetan, code or department; the full guide; print it."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from villagedesk.core.models import Catalog, ServiceItem, TimeUnit
from villagedesk.ui import slips
from villagedesk.ui.i18n import material_form_name
from villagedesk.ui.models import RowsModel
from villagedesk.ui.widgets import Desk, Page, PrintPreview, make_table


def item_matches(item: ServiceItem, text: str) -> bool:
    t = text.strip().lower()
    return (
        not t
        or t in item.code.lower()
        or t in item.name_zh
        or (bool(item.name_bo) and t in item.name_bo)
        or t in item.department_zh
        or (bool(item.department_bo) and t in item.department_bo)
        or t in item.department_en.lower()
    )


class CatalogPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.catalog: Catalog | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.model: RowsModel[ServiceItem] = RowsModel(
            [
                (lambda: self.tr("Code"), lambda i: i.code),
                (
                    lambda: self.tr("Service item"),
                    lambda i: i.name_zh + (f"  {i.name_bo}" if i.name_bo else ""),
                ),
                (lambda: self.tr("Department"), lambda i: i.department_zh),
                (lambda: self.tr("Time limit"), self.limit_text),
            ]
        )
        self.view = make_table(self.model, stretch_column=1)
        self.view.selectionModel().currentRowChanged.connect(self._show)
        self.guide = QTextBrowser()
        self.guide.setOpenLinks(False)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_guide)
        self.note = QLabel()
        self.note.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        holder = Page(desk)
        holder.setLayout(right)
        right.addWidget(self.guide, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        right.addLayout(row)
        split.addWidget(holder)
        split.setSizes([640, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        self.setTabOrder(self.search, self.view)
        self.setTabOrder(self.view, self.guide)
        self.setTabOrder(self.guide, self.print_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name (Chinese or Tibetan), code or department"))
        self.print_button.setText(self.tr("Print the guide for the villager"))
        self.model.retranslate()
        self._show(self.view.currentIndex())
        self._set_note()

    def limit_text(self, item: ServiceItem) -> str:
        if item.committed_time_limit == 0:
            return self.tr("on the spot")
        if item.time_unit is TimeUnit.WORKING_DAYS:
            return self.tr("%1 working days").replace("%1", str(item.committed_time_limit))
        return self.tr("%1 calendar days").replace("%1", str(item.committed_time_limit))

    def refresh(self) -> None:
        if self.catalog is not None:
            return

        def load() -> Catalog:
            with self.desk.store.reader() as uow:
                return uow.catalog()

        self.desk.run(load, self._loaded)

    def _loaded(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._filter(self.search.text())
        self._set_note()

    def _set_note(self) -> None:
        if self.catalog is not None:
            text = self.tr("Catalog version %1.").replace("%1", self.catalog.version)
            if not self.catalog.is_official:
                text += " " + self.tr("A realistic sample, not the official catalog.")
            self.note.setText(text)

    def _filter(self, text: str) -> None:
        if self.catalog is None:
            return
        self.model.set_rows([i for i in self.catalog.items if item_matches(i, text)])
        self.view.resizeColumnToContents(0)
        if self.model.rowCount():
            self.view.selectRow(0)

    def current_item(self) -> ServiceItem | None:
        idx = self.view.currentIndex()
        return self.model.row(idx.row()) if idx.isValid() else None

    def _show(self, current: Any, _previous: Any = None) -> None:
        if current is None or not current.isValid():
            self.guide.clear()
            self.print_button.setEnabled(False)
            return
        self.print_button.setEnabled(True)
        item = self.model.row(current.row())
        e = html.escape
        only = self.tr("(only in the stated cases)")
        words = {
            "conditions": self.tr("Conditions"),
            "process": self.tr("Process"),
            "materials": self.tr("Materials"),
            "limit": self.tr("Time limit"),
            "fee": self.tr("Fee"),
            "basis": self.tr("Legal basis"),
            "in_person": self.tr("Apply in person at the township."),
        }
        mats = "".join(
            f"<li>{e(m.name_zh)}{(' ' + e(m.name_bo)) if m.name_bo else ''} — {e(material_form_name(m.form.value))}"
            f"{'' if m.required else ' ' + e(only)}"
            f"{('<br><small>' + e(m.notes_zh) + '</small>') if m.notes_zh else ''}</li>"
            for m in item.materials
        )
        fee = self.tr("free") if item.fee == 0 else self.tr("%1 yuan").replace("%1", f"{item.fee:g}")
        proxy = "" if item.village_can_proxy else f"<p><b>{e(words['in_person'])}</b></p>"
        note = f" ({e(item.time_limit_note)})" if item.time_limit_note else ""
        fee_note = f" {e(item.fee_note)}" if item.fee_note else ""
        self.guide.setHtml(
            f"<h3>{e(item.name_zh)}</h3>"
            + (f"<p>{e(item.name_bo)}</p>" if item.name_bo else "")
            + f"<p><b>{e(item.code)}</b> · {e(item.department_zh)} · {e(item.item_type)}</p>{proxy}"
            f"<p><b>{e(words['conditions'])}:</b> {e(item.conditions_zh)}</p>"
            f"<p><b>{e(words['process'])}:</b> {e(item.process_zh)}</p>"
            f"<p><b>{e(words['materials'])}:</b></p><ol>{mats}</ol>"
            f"<p><b>{e(words['limit'])}:</b> {e(self.limit_text(item))}{note}</p>"
            f"<p><b>{e(words['fee'])}:</b> {e(fee)}{fee_note}</p>"
            f"<p><b>{e(words['basis'])}:</b> {e(item.legal_basis_zh)}</p>"
        )

    def print_guide(self) -> None:
        item = self.current_item()
        if item is None:
            return
        store = self.desk.store
        dialog = PrintPreview(
            self.desk, lambda: slips.guide_pdf(store, item.code), f"guide-{item.code}.pdf", self
        )
        dialog.open()
        self.last_preview = dialog
