"""Outbox: what waits to travel to the township, sync now (in the background, with progress), USB batches."""

from __future__ import annotations

import datetime as dt
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from villagedesk.storage.store import ApplicationSummary, Store
from villagedesk.ui.i18n import describe_error, format_size, outbox_state_name, quarantine_text, state_name
from villagedesk.ui.models import RowsModel
from villagedesk.ui.widgets import Desk, Page, make_table


@dataclass(frozen=True)
class OutboxLine:
    record_type: str
    record_id: str
    title: str
    detail: str
    size: int
    entries: int
    state: str  # waiting | uploading | through | quarantined
    reason: str = ""


@dataclass(frozen=True)
class OutboxView:
    lines: list[OutboxLine]
    enrolled: bool
    server_url: str
    last_success: str
    last_error: str
    counts: dict[str, int]


def load_outbox(store: Store) -> OutboxView:
    with store.reader() as uow:
        unsent = uow.unsent_by_record()
        app_ids = [rid for (rtype, rid) in unsent if rtype == "application"]
        apps: dict[str, ApplicationSummary] = {}
        for i in range(0, len(app_ids), 500):
            apps.update((a.uuid, a) for a in uow.application_summaries(uuids=app_ids[i : i + 500]))
        ids = [a.applicant_id_number for a in apps.values()] + [
            rid for (rtype, rid) in unsent if rtype == "applicant"
        ]
        people = uow.applicant_names(ids)
        device = uow.device()
    lines: list[OutboxLine] = []
    for (rtype, rid), (n, qcode, _params) in sorted(unsent.items(), key=lambda kv: kv[0]):
        if rtype == "application_event":
            continue  # travels with its application; counted there
        size = 0
        title, detail = rid[:8], ""
        if rtype == "application" and rid in apps:
            a = apps[rid]
            size = a.attachment_bytes
            name = people.get(a.applicant_id_number, ("", ""))[0]
            title = a.tracking_number or rid[:8]
            detail = f"{name} · {a.item_code} · {state_name(a.state.value)}"
        elif rtype == "applicant":
            title = rid[:6] + "********" + rid[-4:] if len(rid) == 18 else rid
            detail = people.get(rid, ("", ""))[0]
        lines.append(
            OutboxLine(rtype, rid, title, detail, size, n, "quarantined" if qcode else "waiting", qcode)
        )
    status = store.sync_status()
    return OutboxView(
        lines,
        device.enrolled,
        device.server_url,
        str(status.get("last_success_at") or ""),
        str(status.get("last_error") or ""),
        store.outbox_counts(),
    )


def township_reachable(server_url: str, timeout: float = 3.0) -> bool:
    parts = urlsplit(server_url)
    if not parts.hostname:
        return False
    try:
        with socket.create_connection(
            (parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)), timeout
        ):
            return True
    except OSError:
        return False


class SyncSignals(QObject):
    progress = Signal(object)


class OutboxPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.view_data: OutboxView | None = None
        self.syncing = False
        self.model: RowsModel[OutboxLine] = RowsModel(
            [
                (lambda: self.tr("What"), self.kind_text),
                (lambda: self.tr("Number"), lambda r: r.title),
                (lambda: self.tr("Details"), lambda r: r.detail),
                (lambda: self.tr("Size"), lambda r: format_size(r.size) if r.size else ""),
                (lambda: self.tr("State"), self.state_text),
            ]
        )
        self.table = make_table(self.model, stretch_column=4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.reachable = QLabel()
        self.progress = QProgressBar()
        self.progress.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.sync_button = QPushButton()
        self.export_button = QPushButton()
        self.import_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_now)
        self.export_button.clicked.connect(self.export_usb)
        self.import_button.clicked.connect(self.import_usb)
        self.signals = SyncSignals()
        self.signals.progress.connect(self._progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.reachable)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("Sync now"))
        self.export_button.setText(self.tr("Export to USB…"))
        self.import_button.setText(self.tr("Import from USB…"))
        self.model.retranslate()
        self._show_summary()

    def kind_text(self, r: OutboxLine) -> str:
        words = {
            "application": self.tr("Application"),
            "applicant": self.tr("Applicant"),
            "consultation": self.tr("Consultation"),
            "appointment": self.tr("Appointment"),
            "home_visit": self.tr("Home visit"),
            "complaint": self.tr("Complaint"),
            "rating": self.tr("Rating"),
            "handover": self.tr("Hand-over list"),
        }
        return words.get(r.record_type, r.record_type)

    def state_text(self, r: OutboxLine) -> str:
        if r.state == "quarantined":
            return f"{outbox_state_name(r.state)}: {quarantine_text(r.reason)}"
        return outbox_state_name("uploading" if self.syncing else r.state)

    def refresh(self) -> None:
        store = self.desk.store
        self.desk.run(
            lambda: load_outbox(store), self._loaded, lambda exc: self.result.setText(describe_error(exc))
        )

    def _loaded(self, data: OutboxView) -> None:
        self.view_data = data
        self.model.set_rows(data.lines)
        self.table.resizeColumnsToContents()
        self._show_summary()
        if data.enrolled:
            url = data.server_url
            self.desk.run(lambda: township_reachable(url), self._reach)

    def _reach(self, ok: bool) -> None:
        self.reachable.setText(
            self.tr("The township is reachable.")
            if ok
            else self.tr("The township cannot be reached now; work goes on offline.")
        )

    def _show_summary(self) -> None:
        d = self.view_data
        if d is None:
            return
        when = d.last_success.replace("T", " ")[:16] if d.last_success else self.tr("never")
        text = self.tr("%1 change(s) waiting, %2 held back. Last successful sync: %3.")
        text = (
            text.replace("%1", str(d.counts["pending"]))
            .replace("%2", str(d.counts["quarantined"]))
            .replace("%3", when)
        )
        if not d.enrolled:
            text += " " + self.tr("This laptop is not enrolled with the township yet.")
        self.summary.setText(text)
        self.sync_button.setEnabled(d.enrolled and not self.syncing)
        self.export_button.setEnabled(d.enrolled and not self.syncing)

    # ---- sync

    def sync_now(self) -> None:
        from villagedesk.sync import commands

        self.syncing = True
        self.sync_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.result.setText(self.tr("Syncing… you can keep working."))
        self.model.retranslate()
        store, signals = self.desk.store, self.signals
        self.desk.run(
            lambda: commands.sync_once(store, progress=signals.progress.emit),
            self._synced,
            self._sync_failed,
            writes=True,
        )

    def _progress(self, p: Any) -> None:
        total = p.bytes_total or p.items_total
        done = p.bytes_done or p.items_done
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))
        phases = {
            "hello": self.tr("Connecting…"),
            "upload": self.tr("Sending files…"),
            "push": self.tr("Sending changes…"),
            "pull": self.tr("Receiving from the township…"),
            "done": self.tr("Finishing…"),
        }
        self.result.setText(phases.get(p.phase, p.phase))

    def _synced(self, r: Any) -> None:
        self.syncing = False
        self.progress.hide()
        if r.exit_code == 0:
            self.result.setText(
                self.tr("Sync finished: %1 sent, %2 received.")
                .replace("%1", str(r.pushed))
                .replace("%2", str(r.pulled))
            )
        elif r.exit_code == 3:
            self.result.setText(
                self.tr("Sync finished, but %1 change(s) were held back: see below.").replace(
                    "%1", str(r.quarantined)
                )
            )
        else:
            from villagedesk.core.errors import VillageDeskError

            self.result.setText(describe_error(VillageDeskError(r.message, code=r.code or "net.unreachable")))
        self.refresh()

    def _sync_failed(self, exc: BaseException) -> None:
        self.syncing = False
        self.progress.hide()
        self.result.setText(describe_error(exc))
        self.refresh()

    # ---- USB

    def export_usb(self) -> None:
        name = f"villagedesk-{dt.date.today():%Y%m%d}.vdbatch"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to USB"), name)
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        from villagedesk.sync import commands

        store = self.desk.store
        self.desk.run(
            lambda: commands.export_batch(store, path),
            lambda n: self.result.setText(
                self.tr("%1 change(s) written to %2.").replace("%1", str(n)).replace("%2", str(path))
            ),
            lambda exc: self.result.setText(describe_error(exc)),
        )

    def import_usb(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from USB"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        from villagedesk.sync import commands

        store = self.desk.store
        self.desk.run(
            lambda: commands.import_batch(store, path),
            lambda _r: self.result.setText(self.tr("Imported the township's batch.")),
            lambda exc: self.result.setText(describe_error(exc)),
            writes=True,
        )
