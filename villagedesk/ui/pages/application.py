"""New application: item and applicant, the checklist from the catalog, attachments with a preview, and
the one-time notification (everything missing at once) or the receipt (complete, queued)."""

from __future__ import annotations

import hashlib
import io
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QTransform
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.models import Applicant, Application, Material, ServiceItem
from villagedesk.media.intake import Prepared
from villagedesk.protocol.states import ApplicationState as S
from villagedesk.protocol.states import MaterialStatus as M
from villagedesk.services import applications as apps
from villagedesk.services.intake import prepare_for, store_prepared
from villagedesk.ui import slips
from villagedesk.ui.i18n import (
    describe_error,
    format_size,
    material_form_name,
    material_status_name,
    state_name,
)
from villagedesk.ui.widgets import Desk, Page, PrintPreview, error_label

STATUS_CHOICES = (
    M.PENDING,
    M.ORIGINAL_KEPT,
    M.ORIGINAL_SEEN_COPY_KEPT,
    M.COPY,
    M.MISSING,
    M.DEFECTIVE,
    M.NOT_APPLICABLE,
)
EDITABLE = (S.DRAFT, S.AWAITING_MATERIALS, S.RETURNED)


@dataclass
class Pending:
    """A file checked and compressed, shown in the preview, not yet accepted."""

    material_key: str
    path: Path
    prepared: Prepared
    from_scanner: bool = False


class MaterialRow:
    def __init__(self, page: ApplicationPage, material: Material, row: int, grid: QGridLayout) -> None:
        self.page = page
        self.material = material
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.status = QComboBox()
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason = QLineEdit()
        self.reason.setMinimumWidth(160)
        self.attach = QPushButton()
        self.files = QLabel()
        grid.addWidget(self.name, row, 0)
        grid.addWidget(self.status, row, 1)
        grid.addWidget(self.reason, row, 2)
        grid.addWidget(self.attach, row, 3)
        grid.addWidget(self.files, row, 4)
        self.status.activated.connect(self._status_chosen)
        self.reason.editingFinished.connect(self._reason_done)
        self.attach.clicked.connect(lambda: page.choose_file(self.material.key))
        self.status.installEventFilter(page)
        self.reason.installEventFilter(page)
        self.attach.installEventFilter(page)

    def retranslate(self) -> None:
        m = self.material
        req = (
            ""
            if m.required
            else " " + QCoreApplication.translate("ApplicationPage", "(only in the stated cases)")
        )
        self.name.setText(
            f"{m.name_zh}{req}\n{m.name_bo}".strip()
            + "\n"
            + QCoreApplication.translate("ApplicationPage", "Asked: %1").replace(
                "%1", material_form_name(m.form.value)
            )
        )
        current = self.status.currentData()
        self.status.clear()
        for s in STATUS_CHOICES:
            if s is M.NOT_APPLICABLE and m.required:
                continue
            self.status.addItem(material_status_name(s.value), s.value)
        if current is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(current)))
        # The style's text area is narrower than the size hint assumes: leave room for the arrow.
        widest = max(
            self.status.fontMetrics().horizontalAdvance(self.status.itemText(i))
            for i in range(self.status.count())
        )
        self.status.setMinimumWidth(widest + 60)
        self.reason.setPlaceholderText(
            QCoreApplication.translate("ApplicationPage", "What is wrong (required if defective)")
        )
        self.attach.setText(QCoreApplication.translate("ApplicationPage", "Attach…"))

    def show(self, app: Application, editable: bool) -> None:
        c = app.check(self.material.key)
        self.status.setCurrentIndex(max(0, self.status.findData(c.status.value)))
        self.reason.setText(c.reason)
        self.reason.setEnabled(editable and c.status is M.DEFECTIVE)
        for w in (self.status, self.attach):
            w.setEnabled(editable)
        if c.attachments:
            total = sum(a.size for a in c.attachments)
            self.files.setText(
                QCoreApplication.translate("ApplicationPage", "%1 file(s), %2")
                .replace("%1", str(len(c.attachments)))
                .replace("%2", format_size(total))
            )
        else:
            self.files.setText("")

    def _status_chosen(self, _i: int) -> None:
        status = M(self.status.currentData())
        self.page.current_material = self.material.key
        if status is M.DEFECTIVE:
            self.reason.setEnabled(True)
            self.reason.setFocus()
            if self.reason.text().strip():
                self.page.set_status(self.material.key, status, self.reason.text())
            return
        self.reason.setEnabled(False)
        self.page.set_status(self.material.key, status, "")

    def _reason_done(self) -> None:
        if M(self.status.currentData()) is M.DEFECTIVE and self.reason.text().strip():
            self.page.set_status(self.material.key, M.DEFECTIVE, self.reason.text())


class ApplicationPage(Page):
    opened = Signal(str)

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.setAcceptDrops(True)
        self.items: list[ServiceItem] = []
        self.app: Application | None = None
        self.item: ServiceItem | None = None
        self.applicant: Applicant | None = None
        self.rows: list[MaterialRow] = []
        self.current_material = ""
        self.pending: Pending | None = None
        self.rotation = 0
        self.zoom = 1.0
        self.last_preview: PrintPreview | None = None

        # choose
        self.item_box = QComboBox()
        self.item_box.setEditable(True)
        self.item_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.item_box.completer()
        if completer is not None:  # typing: an editable combo always has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.id_field = QLineEdit()
        self.id_field.returnPressed.connect(self._lookup_applicant)
        self.who = QLabel()
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.item_label = QLabel()
        self.item_label.setBuddy(self.item_box)
        self.id_label = QLabel()
        self.id_label.setBuddy(self.id_field)
        top = QGridLayout()
        top.addWidget(self.item_label, 0, 0)
        top.addWidget(self.item_box, 0, 1, 1, 3)
        top.addWidget(self.id_label, 1, 0)
        top.addWidget(self.id_field, 1, 1)
        top.addWidget(self.who, 1, 2)
        top.addWidget(self.start_button, 1, 3)
        top.setColumnStretch(1, 2)
        top.setColumnStretch(2, 2)

        # checklist
        self.check_box = QGroupBox()
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        QVBoxLayout(self.check_box).addWidget(scroll)

        # preview
        self.preview_box = QGroupBox()
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidget(self.image)
        self.image_scroll.setWidgetResizable(True)
        self.size_label = QLabel()
        self.size_label.setWordWrap(True)
        self.zoom_in = QPushButton()
        self.zoom_out = QPushButton()
        self.rotate = QPushButton()
        self.accept_button = QPushButton()
        self.discard_button = QPushButton()
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.rotate.clicked.connect(self._rotate)
        self.accept_button.clicked.connect(self.accept_pending)
        self.discard_button.clicked.connect(self.discard_pending)
        tools = QHBoxLayout()
        for b in (self.zoom_out, self.zoom_in, self.rotate):
            tools.addWidget(b)
        accept_row = QHBoxLayout()
        accept_row.addWidget(self.discard_button)
        accept_row.addWidget(self.accept_button)
        pv = QVBoxLayout(self.preview_box)
        pv.addWidget(self.image_scroll, 1)
        pv.addLayout(tools)
        pv.addWidget(self.size_label)
        pv.addLayout(accept_row)
        self.drop_hint = QLabel()
        self.drop_hint.setWordWrap(True)
        pv.addWidget(self.drop_hint)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.check_box)
        split.addWidget(self.preview_box)
        split.setSizes([820, 360])

        # actions
        self.message = error_label()
        self.notify_button = QPushButton()
        self.complete_button = QPushButton()
        self.notify_button.clicked.connect(self.notify_missing)
        self.complete_button.clicked.connect(self.complete_and_queue)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.notify_button)
        actions.addWidget(self.complete_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        layout.addLayout(actions)

        # The scanner saves into the data directory's scanner-inbox; new files offer themselves.
        self.inbox = desk.store.paths.scanner_inbox
        self.inbox.mkdir(parents=True, exist_ok=True)
        self._seen = {p.name for p in self.inbox.iterdir()}
        self.watcher = QFileSystemWatcher([str(self.inbox)], self)
        self.watcher.directoryChanged.connect(self._scanner_changed)
        self.setTabOrder(self.item_box, self.id_field)
        self.setTabOrder(self.id_field, self.start_button)
        self._show_pending()
        self.retranslate()

    # ---- texts

    def retranslate(self) -> None:
        self.item_label.setText(self.tr("Service item"))
        self.id_label.setText(self.tr("Applicant's ID number"))
        self.id_field.setPlaceholderText(self.tr("18 characters, then Enter"))
        self.start_button.setText(self.tr("Start application"))
        self.check_box.setTitle(self.tr("Materials checklist"))
        self.preview_box.setTitle(self.tr("Scan or photo"))
        self.zoom_in.setText(self.tr("Zoom in"))
        self.zoom_out.setText(self.tr("Zoom out"))
        self.rotate.setText(self.tr("Rotate"))
        self.accept_button.setText(self.tr("Accept"))
        self.discard_button.setText(self.tr("Discard"))
        self.drop_hint.setText(
            self.tr("Drop a file here, use Attach…, or scan into the scanner folder: %1").replace(
                "%1", str(self.inbox)
            )
        )
        self.notify_button.setText(self.tr("Missing materials: print the one-time notification"))
        self.complete_button.setText(self.tr("Complete: print the receipt and queue"))
        for r in self.rows:
            r.retranslate()
        self._show_who()
        self._show_header()
        self._show_pending()

    # ---- loading

    def refresh(self) -> None:
        if self.items:
            return

        def load() -> list[ServiceItem]:
            with self.desk.store.reader() as uow:
                return [i for i in uow.catalog().items if i.village_can_proxy]

        self.desk.run(load, self._items_loaded)

    def _items_loaded(self, items: list[ServiceItem]) -> None:
        self.items = items
        self.item_box.clear()
        for i in items:
            self.item_box.addItem(f"{i.code}  {i.name_zh}", i.code)
        self.item_box.setCurrentIndex(-1)

    def set_applicant(self, id_number: str) -> None:
        self.id_field.setText(id_number)
        self._lookup_applicant()

    def _lookup_applicant(self) -> None:
        text = "".join(self.id_field.text().split()).upper()
        store = self.desk.store

        def load() -> Applicant | None:
            with store.reader() as uow:
                return uow.get_applicant(text)

        self.desk.run(load, self._applicant_found)

    def _applicant_found(self, a: Applicant | None) -> None:
        self.applicant = a
        self._show_who()
        if a is not None:
            self.item_box.setFocus()

    def _show_who(self) -> None:
        if self.applicant is not None:
            self.who.setText(f"{self.applicant.legal_name} {self.applicant.name_bo}".strip())
        elif self.id_field.text().strip():
            self.who.setText(self.tr("Not registered: register on the Applicants screen first."))
        else:
            self.who.setText("")

    # ---- start / open

    def start(self) -> None:
        code = self.item_box.currentData()
        if code is None or self.applicant is None:
            self.message.setText(self.tr("Choose the service item and the applicant first."))
            return
        store, agent, id_number = self.desk.store, self.desk.agent_id, self.applicant.id_number
        self.desk.run(
            lambda: apps.start_application(
                store, item_code=code, applicant_id_number=id_number, agent_id=agent
            ),
            lambda app: self.open_application(app.uuid),
            self._failed,
            writes=True,
        )

    def open_application(self, app_uuid: str) -> None:
        store = self.desk.store

        def load() -> tuple[Application, ServiceItem, Applicant | None]:
            with store.reader() as uow:
                app = uow.require_application(app_uuid)
                return (
                    app,
                    uow.item(app.item_code, app.catalog_version),
                    uow.get_applicant(app.applicant_id_number),
                )

        self.desk.run(load, self._opened, self._failed)

    def _opened(self, loaded: tuple[Application, ServiceItem, Applicant | None]) -> None:
        app, item, applicant = loaded
        new_item = (
            self.item is None or self.item.code != item.code or self.app is None or self.app.uuid != app.uuid
        )
        self.app, self.item, self.applicant = app, item, applicant
        if applicant is not None:
            self.id_field.setText(applicant.id_number)
        idx = self.item_box.findData(item.code)
        if idx >= 0:
            self.item_box.setCurrentIndex(idx)
        if new_item:
            self._build_rows(item)
        self._show_app()
        self._show_who()
        self.opened.emit(app.uuid)

    def _build_rows(self, item: ServiceItem) -> None:
        for r in self.rows:
            for w in (r.name, r.status, r.reason, r.attach, r.files):
                w.deleteLater()
        self.rows = [MaterialRow(self, m, n, self.grid) for n, m in enumerate(item.materials)]
        self.grid.setRowStretch(len(self.rows), 1)
        prev: QWidget = self.start_button
        for r in self.rows:
            r.retranslate()
            for w in (r.status, r.reason, r.attach):
                self.setTabOrder(prev, w)
                prev = w
        self.setTabOrder(prev, self.notify_button)
        self.setTabOrder(self.notify_button, self.complete_button)
        self.current_material = item.materials[0].key if item.materials else ""

    def _show_app(self) -> None:
        app = self.app
        if app is None:
            return
        editable = app.state in EDITABLE
        returned = {c.material_key for c in app.checklist if c.status in (M.MISSING, M.DEFECTIVE)}
        for r in self.rows:
            # After a return only the listed pieces change (the lifecycle refuses anything else).
            r.show(app, editable and (app.state is not S.RETURNED or r.material.key in returned))
        pending = any(app.check(r.material.key).status is M.PENDING for r in self.rows)
        missing = any(app.check(r.material.key).status in (M.MISSING, M.DEFECTIVE) for r in self.rows)
        self.notify_button.setEnabled(app.state is S.DRAFT and missing and not pending)
        self.complete_button.setEnabled(editable and not missing and not pending)
        self._show_header()

    def _show_header(self) -> None:
        if self.app is None or self.item is None:
            self.header.setText(self.tr("Choose an item and an applicant, then start."))
            return
        self.header.setText(
            self.tr("%1 — state: %2")
            .replace("%1", f"{self.item.name_zh} {self.item.name_bo}".strip())
            .replace("%2", state_name(self.app.state.value))
            + (f"  ·  {self.app.tracking_number}" if self.app.tracking_number else "")
            + ("  ·  " + self.tr("Free proxy service") if self.app.free_proxy else "")
        )

    # ---- checklist changes

    def set_status(self, key: str, status: M, reason: str) -> None:
        if self.app is None:
            return
        store, agent, uuid = self.desk.store, self.desk.agent_id, self.app.uuid
        self.desk.run(
            lambda: apps.set_material(store, uuid, key, agent_id=agent, status=status, reason=reason),
            self._changed,
            self._failed,
            writes=True,
        )

    def _changed(self, app: Application) -> None:
        self.app = app
        self.message.clear()
        self._show_app()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe_error(exc))
        if self.app is not None:
            self.open_application(self.app.uuid)

    def notify_missing(self) -> None:
        if self.app is None:
            return
        store, agent, uuid = self.desk.store, self.desk.agent_id, self.app.uuid

        def issue() -> Application:
            return apps.issue_notification(store, uuid, agent_id=agent)[0]

        self.desk.run(issue, self._notified, self._failed, writes=True)

    def _notified(self, app: Application) -> None:
        self._changed(app)
        store, agent = self.desk.store, self.desk.agent_id
        self.message.setText(
            self.tr("The one-time notification lists every missing material. Give it to the villager.")
        )
        self.last_preview = PrintPreview(
            self.desk,
            lambda: slips.notification_pdf(store, app.uuid, agent),
            f"notification-{app.uuid[:8]}.pdf",
            self,
        )
        self.last_preview.open()

    def complete_and_queue(self) -> None:
        if self.app is None:
            return
        store, agent, uuid = self.desk.store, self.desk.agent_id, self.app.uuid

        def finish() -> Application:
            apps.complete(store, uuid, agent_id=agent)
            return apps.queue(store, uuid, agent_id=agent)

        self.desk.run(finish, self._queued, self._failed, writes=True)

    def _queued(self, app: Application) -> None:
        self._changed(app)
        store, agent = self.desk.store, self.desk.agent_id
        self.message.setText(
            self.tr("Queued. Tracking number %1. Give the receipt to the villager.").replace(
                "%1", app.tracking_number
            )
        )
        self.last_preview = PrintPreview(
            self.desk,
            lambda: slips.receipt_pdf(store, app.uuid, agent),
            f"receipt-{app.tracking_number}.pdf",
            self,
        )
        self.last_preview.open()

    # ---- attachments

    def eventFilter(self, obj: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn:
            for r in self.rows:
                if obj in (r.status, r.reason, r.attach):
                    self.current_material = r.material.key
        return super().eventFilter(obj, event)

    def choose_file(self, key: str) -> None:
        self.current_material = key
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a scan or photo"),
            str(Path.home()),
            self.tr("Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic)"),
        )
        if path:
            self.prepare_file(Path(path), key)

    def prepare_file(self, path: Path, key: str | None = None, *, from_scanner: bool = False) -> None:
        if self.item is None or self.app is None:
            self.message.setText(self.tr("Start the application first."))
            return
        key = key or self.current_material
        material = self.item.material(key)
        self.size_label.setText(self.tr("Compressing…"))
        self.desk.run(
            lambda: prepare_for(material, path),
            lambda prepared: self._prepared(Pending(key, path, prepared, from_scanner)),
            self._failed,
        )

    def _prepared(self, pending: Pending) -> None:
        self.pending = pending
        self.rotation = 0
        self.zoom = 1.0
        self._show_pending()
        self.accept_button.setFocus()

    def _show_pending(self) -> None:
        p = self.pending
        for b in (self.zoom_in, self.zoom_out, self.rotate, self.accept_button, self.discard_button):
            b.setEnabled(p is not None)
        if p is None:
            self.image.clear()
            self.image.setText(self.tr("No file waiting"))
            self.size_label.setText("")
            return
        material = self.item.material(p.material_key) if self.item else None
        self.size_label.setText(
            self.tr("For: %1. Size after compression: %2 (was %3).")
            .replace("%1", material.name_zh if material else p.material_key)
            .replace("%2", format_size(p.prepared.size))
            .replace("%3", format_size(p.prepared.original_size))
        )
        image = QImage.fromData(p.prepared.data)
        if image.isNull():
            self.image.setText(self.tr("PDF file (no picture preview)"))
            return
        image = image.transformed(QTransform().rotate(self.rotation))
        width = int(min(340, image.width()) * self.zoom)
        self.image.setPixmap(
            QPixmap.fromImage(image).scaledToWidth(max(width, 40), Qt.TransformationMode.SmoothTransformation)
        )

    def _zoom(self, factor: float) -> None:
        self.zoom = max(0.25, min(self.zoom * factor, 6.0))
        self._show_pending()

    def _rotate(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._show_pending()

    def accept_pending(self) -> None:
        p, app = self.pending, self.app
        if p is None or app is None:
            return
        store, agent, rotation = self.desk.store, self.desk.agent_id, self.rotation

        def keep() -> Application:
            prepared = _rotated(p.prepared, rotation)
            ref = store_prepared(store, prepared, p.path.name)
            new = apps.attach(store, app.uuid, p.material_key, ref, agent_id=agent)
            if p.from_scanner:
                done = p.path.parent / "done"
                done.mkdir(exist_ok=True)
                shutil.move(str(p.path), str(done / p.path.name))
            return new

        self.pending = None
        self._show_pending()
        self.desk.run(keep, self._changed, self._failed, writes=True)

    def discard_pending(self) -> None:
        self.pending = None
        self._show_pending()

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.prepare_file(Path(urls[0].toLocalFile()))

    def _scanner_changed(self, _path: str) -> None:
        files = sorted(p for p in self.inbox.iterdir() if p.is_file() and p.name not in self._seen)
        self._seen.update(p.name for p in files)
        if files and self.app is not None and self.pending is None:
            self.prepare_file(files[0], from_scanner=True)


def _rotated(prepared: Prepared, degrees: int) -> Prepared:
    """Turn a compressed image before it is stored (a phone photo taken sideways)."""
    if degrees == 0 or prepared.width is None:
        return prepared
    from dataclasses import replace

    from PIL import Image

    with Image.open(io.BytesIO(prepared.data)) as img:
        turned = img.rotate(-degrees, expand=True)
        out = io.BytesIO()
        fmt = "PNG" if prepared.media_type == "image/png" else "JPEG"
        turned.save(out, fmt, quality=85) if fmt == "JPEG" else turned.save(out, fmt)
    data = out.getvalue()
    return replace(
        prepared,
        data=data,
        size=len(data),
        width=turned.width,
        height=turned.height,
        sha256=hashlib.sha256(data).hexdigest(),
    )
