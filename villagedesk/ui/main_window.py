"""The main window. The foundation shows the service catalog (事项清单) and the local queue; the village
app's full workflows build on this frame."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.models import Application, Catalog, ServiceItem, TimeUnit
from villagedesk.storage.store import Store
from villagedesk.ui.models import RowsModel
from villagedesk.ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(self, store: Store, runner: TaskRunner) -> None:
        super().__init__()
        self.store = store
        self.runner = runner
        self.catalog: Catalog | None = None
        self.setWindowTitle(self.tr("VillageDesk — village proxy point"))
        self.resize(1366, 768)

        tabs = QTabWidget()
        tabs.addTab(self._build_catalog_tab(), self.tr("Service catalog"))
        tabs.addTab(self._build_queue_tab(), self.tr("Applications"))
        self.setCentralWidget(tabs)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.refresh()

    # ---- catalog

    def _build_catalog_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, code or department"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_catalog)
        layout.addWidget(self.search)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.items_model: RowsModel[ServiceItem] = RowsModel(
            [
                (self.tr("Code"), lambda i: i.code),
                (self.tr("Service item"), lambda i: i.name_zh + (f"\n{i.name_bo}" if i.name_bo else "")),
                (self.tr("Department"), lambda i: i.department_zh),
                (self.tr("Time limit"), self._limit_text),
            ]
        )
        self.items_view = QTableView()
        self.items_view.setModel(self.items_model)
        self.items_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.items_view.verticalHeader().hide()
        self.items_view.horizontalHeader().setStretchLastSection(True)
        self.items_view.selectionModel().currentRowChanged.connect(self._show_item)
        split.addWidget(self.items_view)
        self.guide = QTextBrowser()
        split.addWidget(self.guide)
        split.setSizes([760, 600])
        layout.addWidget(split, 1)
        self.catalog_note = QLabel()
        self.catalog_note.setWordWrap(True)
        layout.addWidget(self.catalog_note)
        return page

    def _limit_text(self, item: ServiceItem) -> str:
        if item.committed_time_limit == 0:
            return self.tr("on the spot")
        if item.time_unit is TimeUnit.WORKING_DAYS:
            return self.tr("%n working day(s)", "", item.committed_time_limit)
        return self.tr("%n calendar day(s)", "", item.committed_time_limit)

    def _filter_catalog(self, text: str) -> None:
        if self.catalog is None:
            return
        t = text.strip().lower()
        items = [
            i
            for i in self.catalog.items
            if not t
            or t in i.code.lower()
            or t in i.name_zh
            or (i.name_bo and t in i.name_bo)
            or t in i.department_zh
            or t in i.department_en.lower()
        ]
        self.items_model.set_rows(items)
        self.items_view.resizeColumnToContents(0)

    def _show_item(self, current: Any, _previous: Any = None) -> None:
        if not current.isValid():
            return
        item = self.items_model.row(current.row())
        e = html.escape
        rows = "".join(
            f"<li>{e(m.name_zh)}{'' if m.required else ' ' + e(self.tr('(only in the stated cases)'))}"
            f"{('<br><small>' + e(m.notes_zh) + '</small>') if m.notes_zh else ''}</li>"
            for m in item.materials
        )
        fee = self.tr("free") if item.fee == 0 else self.tr("%1 yuan").replace("%1", f"{item.fee:g}")
        self.guide.setHtml(
            f"<h3>{e(item.name_zh)}</h3><p><b>{e(item.code)}</b> · {e(item.department_zh)} · {e(item.item_type)}</p>"
            f"<p><b>{e(self.tr('Time limit'))}:</b> {e(self._limit_text(item))} · <b>{e(self.tr('Fee'))}:</b> {e(fee)}</p>"
            f"<p><b>{e(self.tr('Legal basis'))}:</b> {e(item.legal_basis_zh)}</p>"
            f"<p><b>{e(self.tr('Process'))}:</b> {e(item.process_zh)}</p>"
            f"<p><b>{e(self.tr('Materials'))}:</b></p><ol>{rows}</ol>"
        )

    # ---- local queue

    def _build_queue_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.apps_model: RowsModel[Application] = RowsModel(
            [
                (self.tr("Tracking number"), lambda a: a.tracking_number or "—"),
                (self.tr("State"), lambda a: a.state.value),
                (self.tr("Item"), lambda a: a.item_code),
                (
                    self.tr("Applicant"),
                    lambda a: a.applicant_id_number[:6] + "********" + a.applicant_id_number[-4:],
                ),
            ]
        )
        view = QTableView()
        view.setModel(self.apps_model)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(view)
        return page

    # ---- loading (off the UI thread)

    def refresh(self) -> None:
        def load() -> tuple[Catalog, list[Application], dict[str, int], bool]:
            with self.store.reader() as uow:
                return (
                    uow.catalog(),
                    uow.list_applications(limit=2000),
                    self.store.outbox_counts(),
                    uow.device().enrolled,
                )

        self.runner.run(load, self._loaded, self._failed)

    def _loaded(self, result: tuple[Catalog, list[Application], dict[str, int], bool]) -> None:
        catalog, apps, counts, enrolled = result
        self.catalog = catalog
        self._filter_catalog(self.search.text())
        if self.items_model.rowCount():
            self.items_view.selectRow(0)
        self.apps_model.set_rows(apps)
        note = catalog.note if not catalog.is_official else ""
        self.catalog_note.setText(
            self.tr("Catalog version %1.").replace("%1", catalog.version) + (" " + note if note else "")
        )
        self.status.setText(
            (
                self.tr("Enrolled with the township.")
                if enrolled
                else self.tr("Not yet enrolled with the township.")
            )
            + " "
            + self.tr("%1 change(s) waiting to sync.").replace("%1", str(counts["pending"]))
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Could not load: %1").replace("%1", str(exc)))
