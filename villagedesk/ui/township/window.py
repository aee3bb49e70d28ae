"""The township window: sign in, then one tab per job. Every call goes to the server in the background."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.errors import VillageDeskError
from villagedesk.printing.layout import LangMode
from villagedesk.sync.staff_api import StaffApi, StaleActionError
from villagedesk.ui.models import RowsModel
from villagedesk.ui.tasks import TaskRunner
from villagedesk.ui.township import slips
from villagedesk.ui.township.chart import BarChart
from villagedesk.ui.township.dialogs import (
    ClockDialog,
    DecideDialog,
    NotAcceptDialog,
    ReturnDialog,
    RouteDialog,
)
from villagedesk.ui.township.viewer import MaterialsViewer, pages_of
from villagedesk.ui.widgets import Desk, PrintPreview

# The server's permission names (sync_server/township/roles.py; the table is in docs/architecture.md).
# The server refuses what a role may not do; the window only hides it.
READ = "applications.read"
READ_ALL = "applications.read_all"
ACT = "applications.act"
DECIDE_OWN = "applications.decide_own"
HANDOVERS_READ, HANDOVERS_SIGN = "handovers.read", "handovers.sign"
COMPLAINTS_READ, COMPLAINTS_WRITE = "complaints.read", "complaints.write"
USB, REPORTS, AUDIT = "usb", "reports", "audit"
CALENDAR_WRITE, CATALOG_PUBLISH = "calendar.write", "catalog.publish"
AGENTS_READ, AGENTS_WRITE, ENROLL = "agents.read", "agents.write", "enroll"
DEVICES_READ, DEVICES_REVOKE, STAFF = "devices.read", "devices.revoke", "staff"

Row = dict[str, Any]
OVERDUE = QColor("#F8D0D0")
DUE_SOON = QColor("#FBE8B8")


class StatusRowsModel(RowsModel[Row]):
    """RowsModel that colours overdue and due-soon rows."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row(index.row())
            status = row.get("colour") or row.get("status")
            if status == "overdue":
                return QBrush(OVERDUE)
            if status == "due_soon":
                return QBrush(DUE_SOON)
            return None
        return super().data(index, role)


def _china_time(iso: str) -> str:
    """Event times in the township's own clock (events carry UTC or a device's offset)."""
    try:
        t = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso[:16]
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone(dt.timezone(dt.timedelta(hours=8))).strftime("%Y-%m-%d %H:%M")


def age_of(iso: str | None, now: dt.datetime) -> tuple[str, int | None]:
    """A device's last sync in the township's clock and its age in minutes (None: never synced)."""
    if not iso:
        return "", None
    try:
        t = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso, None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    minutes = max(0, int((now - t).total_seconds() // 60))
    return _china_time(t.isoformat()), minutes


class _WindowRunner:
    """What PrintPreview needs from the village desk (run a job off the UI thread), from this window."""

    def __init__(self, win: TownshipWindow) -> None:
        self.win = win

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.win.call(fn, on_done, on_error)


def _table(model: RowsModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


class Page(QWidget):
    def __init__(self, win: TownshipWindow) -> None:
        super().__init__()
        self.win = win

    def refresh(self) -> None:
        pass

    def apply_role(self) -> None:
        """Hide what the signed-in role may not do (the server refuses it anyway)."""


# ---------------------------------------------------------------------------------------------- sign in


class SignInPage(QWidget):
    def __init__(self, win: TownshipWindow, server_url: str) -> None:
        super().__init__()
        self.win = win
        self.server = QLineEdit(server_url)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.button = QPushButton(self.tr("Sign in"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        box = QGroupBox(self.tr("Township convenience service center: staff sign-in"))
        form = QFormLayout(box)
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.button)
        form.addRow(self.message)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 2)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(2)
        self.button.clicked.connect(self.sign_in)
        self.password.returnPressed.connect(self.sign_in)

    def sign_in(self) -> None:
        self.message.setText(self.tr("Signing in…"))
        url, user, pw = self.server.text().strip(), self.user.text().strip(), self.password.text()

        def work() -> StaffApi:
            api = self.win.api_factory(url)
            api.login(user, pw)
            return api

        def failed(exc: BaseException) -> None:
            self.message.setText(self.win.describe(exc))

        self.win.call(work, self.win.signed_in, failed)


# ---------------------------------------------------------------------------------------------- the window


class ApplicationPanel(Page):
    """One application at the window: header, the agent's checklist beside the materials, the actions."""

    def __init__(self, win: TownshipWindow) -> None:
        super().__init__(win)
        self.payload: Row | None = None
        self.version = 0
        self.context: Row = {}
        self.header = QLabel(self.tr("Open an application from the arrivals or the deadlines board."))
        self.header.setWordWrap(True)
        self.checklist = QTableWidget(0, 4)
        self.checklist.setHorizontalHeaderLabels(
            [self.tr("Material"), self.tr("Agent's check"), self.tr("Count"), self.tr("Files")]
        )
        self.checklist.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.checklist.horizontalHeader().setStretchLastSection(True)
        self.checklist.itemSelectionChanged.connect(self.show_material)
        self.viewer = MaterialsViewer()
        self.tasks = QListWidget()
        self.history = QListWidget()
        split = QSplitter()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("The agent's checklist")))
        ll.addWidget(self.checklist, 2)
        ll.addWidget(QLabel(self.tr("Departments (parallel review)")))
        ll.addWidget(self.tasks, 1)
        ll.addWidget(QLabel(self.tr("History")))
        ll.addWidget(self.history, 1)
        split.addWidget(left)
        split.addWidget(self.viewer)
        split.setSizes([420, 520])
        self.buttons: dict[str, QPushButton] = {}
        bar = QGridLayout()
        specs = [
            ("accept", self.tr("Accept")),
            ("return", self.tr("Return for correction…")),
            ("not_accept", self.tr("Not accept…")),
            ("route", self.tr("Route to departments…")),
            ("decide", self.tr("Record decision…")),
            ("stop", self.tr("Stop clock…")),
            ("resume", self.tr("Resume clock")),
            ("extend", self.tr("Extend…")),
            ("result_ready", self.tr("Result ready")),
        ]
        for i, (key, label) in enumerate(specs):
            b = QPushButton(label)
            b.setObjectName(f"action_{key}")
            b.clicked.connect(lambda _=False, k=key: self.start(k))
            self.buttons[key] = b
            bar.addWidget(b, i // 5, i % 5)
        self.printed = QLabel()
        self.printed.setWordWrap(True)
        self.print_again = QPushButton(self.tr("Print the notice again…"))
        self.print_again.setObjectName("print_again")
        self.print_again.setEnabled(False)
        self.print_again.clicked.connect(lambda: self.win.preview(Path(self.win.last_printed)))
        printed_row = QHBoxLayout()
        printed_row.addWidget(self.printed, 1)
        printed_row.addWidget(self.print_again)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(split, 1)
        lay.addLayout(bar)
        lay.addLayout(printed_row)
        self.dialog: Any = None
        self._enable()

    def apply_role(self) -> None:
        """A clerk sees every action; a department reviewer only "record decision"; others none."""
        for k, b in self.buttons.items():
            b.setVisible(k in self.win.role_actions())

    def my_tasks(self) -> list[Row]:
        """The pending tasks this account may decide: all for a clerk, its department's for a reviewer."""
        pending = [t for t in (self.payload or {}).get("review_tasks", []) if t["state"] == "pending"]
        if self.win.api.can(ACT):
            return pending
        return [t for t in pending if t["body"] == self.win.api.department]

    ALLOWED: ClassVar[dict[str, set[str]]] = {
        "received": {"accept", "return", "not_accept"},
        "accepted": {"return", "route", "decide", "stop", "extend"},
        "in_review": {"route", "decide", "stop", "extend"},
        "approved": {"result_ready"},
        "denied": {"result_ready"},
    }

    def _enable(self) -> None:
        state = str(self.payload.get("state")) if self.payload else ""
        allowed = set(self.ALLOWED.get(state, set()))
        clock = (self.payload or {}).get("clock", {}) or {}
        if clock.get("state") == "stopped":
            allowed = (allowed - {"stop", "decide", "route"}) | {"resume"}
        allowed &= self.win.role_actions()
        if not self.win.api.can(ACT) and not self.my_tasks():
            allowed.discard("decide")
        for k, b in self.buttons.items():
            b.setEnabled(k in allowed)

    def open(self, uuid_: str) -> None:
        def work() -> tuple[Row, int, Row, list[Row]]:
            payload, version = self.win.api.application(uuid_)
            return payload, version, self.win.api.context(uuid_), self.win.api.events(uuid_)

        self.win.call(work, self._loaded)

    def reload(self) -> None:
        if self.payload:
            self.open(str(self.payload["uuid"]))

    def _loaded(self, result: tuple[Row, int, Row, list[Row]]) -> None:
        self.payload, self.version, self.context, events = result
        p = self.payload
        item = self.context.get("item") or {}
        names = {m["key"]: m["name_zh"] for m in item.get("materials", [])}
        self.header.setText(
            self.tr("%1 · %2 · %3 · state: %4 · version %5")
            .replace("%1", str(p.get("tracking_number", "")))
            .replace("%2", str(item.get("name_zh", p.get("item_code", ""))))
            .replace("%3", str(p.get("village_code", "")))
            .replace("%4", self.win.state_name(str(p.get("state", ""))))
            .replace("%5", str(self.version))
        )
        checks = p.get("checklist", [])
        self.checklist.setRowCount(len(checks))
        for r, c in enumerate(checks):
            cells = [
                names.get(c["material_key"], c["material_key"]),
                self.win.material_status(c["status"]),
                str(c.get("count", 0)),
                str(len(c.get("attachments", []))),
            ]
            for col, text in enumerate(cells):
                self.checklist.setItem(r, col, QTableWidgetItem(text))
        self.checklist.resizeColumnsToContents()
        self.tasks.clear()
        for t in p.get("review_tasks", []):
            self.tasks.addItem(
                f"{t['task_id']} {t['body']}: {self.win.task_state(t['state'])}"
                + (f" — {t['decision_note']}" if t.get("decision_note") else "")
            )
        self.history.clear()
        for e in events:
            when = _china_time(str(e.get("device_time", "")))
            what = (
                self.win.state_name(str(e["to_state"]))
                if e.get("to_state")
                else self.win.event_name(str(e.get("kind")))
            )
            self.history.addItem(f"{when}  {e.get('actor', '')}  {what}")
        self.history.scrollToBottom()
        self._enable()
        if checks:
            self.checklist.selectRow(0)
        else:
            self.viewer.set_pages([])

    def show_material(self) -> None:
        if not self.payload:
            return
        rows = self.checklist.selectionModel().selectedRows()
        if not rows:
            return
        check = self.payload.get("checklist", [])[rows[0].row()]
        shas = [a["sha256"] for a in check.get("attachments", [])]

        def work() -> list[Any]:
            pages: list[Any] = []
            for sha in shas:
                pages.extend(pages_of(self.win.api.blob(sha)))
            return pages

        self.win.call(work, self.viewer.set_pages)

    # -- actions

    def start(self, action: str) -> None:
        if not self.payload:
            return
        item = self.context.get("item") or {}
        if action == "return":
            mats = [
                (
                    c["material_key"],
                    next(
                        (m["name_zh"] for m in item.get("materials", []) if m["key"] == c["material_key"]),
                        c["material_key"],
                    ),
                )
                for c in self.payload.get("checklist", [])
            ]
            self.dialog = ReturnDialog(mats, self)
            self.dialog.accepted.connect(
                lambda: self.act(
                    "return",
                    materials=self.dialog.corrections(),
                    _notes=self.dialog.notes.toPlainText().strip(),
                )
            )
        elif action == "not_accept":
            office = self.win.office
            remedies = (
                self.tr(
                    "If you disagree, you may apply for administrative review to %1 within 60 days, or bring an "
                    "administrative lawsuit before %2 within 6 months."
                )
                .replace("%1", office.review_body_zh)
                .replace("%2", office.court_zh)
            )
            self.dialog = NotAcceptDialog(remedies, self)
            self.dialog.accepted.connect(lambda: self._not_accept(self.dialog.values()))
        elif action == "route":
            self.dialog = RouteDialog(self.win.departments, self)
            self.dialog.accepted.connect(lambda: self.act("route", to=self.dialog.chosen()))
        elif action == "decide":
            self.dialog = DecideDialog(self.my_tasks(), self)
            self.dialog.accepted.connect(lambda: self._decide(self.dialog.values()))
        elif action in ("stop", "extend"):
            self.dialog = ClockDialog(action == "extend", self)
            self.dialog.accepted.connect(lambda: self.act(action, **self.dialog.values()))
        else:
            self.act(action)
            return
        self.dialog.open()

    def _not_accept(self, v: dict[str, str]) -> None:
        self.act("not_accept", reason=v["reason"], legal_basis=v["legal_basis"], _redirect=v["redirect"])

    def _decide(self, v: dict[str, Any]) -> None:
        params: dict[str, Any] = {"decision": v["decision"], "note": v["note"]}
        if v["task"]:
            params["task"] = v["task"]
        if v["document"]:
            params["_document"] = v["document"]
        self.act("decide", **params)

    def act(self, action: str, **params: Any) -> None:
        """Send with the version this clerk saw: if someone acted first, the server refuses it."""
        assert self.payload is not None
        uuid_, base = str(self.payload["uuid"]), self.version
        local = {k: params.pop(k) for k in list(params) if k.startswith("_")}
        api, win = self.win.api, self.win

        def work() -> tuple[Row, int, str]:
            if "_document" in local:
                params["document_sha256"] = api.upload_document(Path(local["_document"]).read_bytes())
            payload, version = api.act(uuid_, action, base, **params)
            printed = ""
            ctx = api.context(uuid_)
            out = win.print_dir
            out.mkdir(parents=True, exist_ok=True)
            if action == "accept":
                printed = str(slips.acceptance(out, payload, ctx, win.office, api.username, win.slip_lang))
            elif action == "return":
                printed = str(
                    slips.notification(out, payload, ctx, win.office, local.get("_notes", ""), win.slip_lang)
                )
            elif action == "not_accept":
                printed = str(
                    slips.not_accepted(
                        out,
                        payload,
                        ctx,
                        win.office,
                        params["reason"],
                        params.get("legal_basis", ""),
                        local.get("_redirect", ""),
                        win.slip_lang,
                    )
                )
            return payload, version, printed

        def done(result: tuple[Row, int, str]) -> None:
            payload, _version, printed = result
            if printed:
                # Saved for the record; the preview offers the printer (and another PDF copy).
                self.win.last_printed = printed
                self.print_again.setEnabled(True)
                self.win.preview(Path(printed))
            self.printed.setText(self.tr("Saved for printing: %1").replace("%1", printed) if printed else "")
            self.win.say(
                self.tr("%1: done (now %2).")
                .replace("%1", str(payload.get("tracking_number", "")))
                .replace("%2", self.win.state_name(str(payload["state"])))
            )
            self.reload()
            self.win.refresh_boards()

        def failed(exc: BaseException) -> None:
            self.win.say(self.win.describe(exc), error=True)
            if isinstance(exc, StaleActionError):
                self.reload()

        self.win.call(work, done, failed)


class ArrivalsPage(Page):
    def __init__(self, win: TownshipWindow) -> None:
        super().__init__(win)
        self.village = QComboBox()
        self.village.addItem(self.tr("All villages"), "")
        self.village.currentIndexChanged.connect(self.refresh)
        self.import_btn = QPushButton(self.tr("Import a USB batch…"))
        self.import_btn.clicked.connect(self.choose_batch)
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.by_village = RowsModel[Row](
            [
                (lambda: self.tr("Village"), lambda r: r["name"] or r["village"]),
                (lambda: self.tr("Waiting"), lambda r: r["total"]),
                (lambda: self.tr("0-1 days"), lambda r: r["0-1"]),
                (lambda: self.tr("2-3 days"), lambda r: r["2-3"]),
                (lambda: self.tr("4-5 days"), lambda r: r["4-5"]),
                (lambda: self.tr("Over 5 days"), lambda r: r["6-"]),
            ]
        )
        self.model = RowsModel[Row](
            [
                (lambda: self.tr("Tracking number"), lambda r: r["tracking_number"]),
                (lambda: self.tr("Village"), lambda r: win.village_name(r["village"])),
                (lambda: self.tr("Item"), lambda r: win.item_name(r["item_code"])),
                (lambda: self.tr("Agent"), lambda r: r["agent"]),
                (lambda: self.tr("Received"), lambda r: r["received_on"]),
                (lambda: self.tr("Working days waiting"), lambda r: r["age_working_days"]),
            ]
        )
        self.view = _table(self.model)
        self.view.doubleClicked.connect(
            lambda idx: self.win.open_application(self.model.row(idx.row())["uuid"])
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Village")))
        top.addWidget(self.village)
        top.addStretch(1)
        top.addWidget(self.import_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.report)
        lay.addWidget(_table(self.by_village), 1)
        lay.addWidget(self.view, 3)

    def apply_role(self) -> None:
        self.import_btn.setVisible(self.win.api.can(USB))

    def set_villages(self, villages: list[Row]) -> None:
        self.village.blockSignals(True)
        for v in villages:
            self.village.addItem(f"{v['name']} {v['code']}", v["code"])
        self.village.blockSignals(False)

    def refresh(self) -> None:
        code = self.village.currentData() or None

        def done(data: Row) -> None:
            names = {v["code"]: v["name"] for v in self.win.villages}
            self.by_village.set_rows(
                [{"village": k, "name": names.get(k, ""), **v} for k, v in sorted(data["by_village"].items())]
            )
            self.model.set_rows(data["items"])

        self.win.call(lambda: self.win.api.arrivals(code), done)

    def choose_batch(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("USB batch from a village"), "", "VillageDesk batch (*.vdb);;*"
        )
        if path:
            self.import_batch(Path(path))

    def import_batch(self, path: Path) -> None:
        """One action: the batch is checked whole, then each entry is new, already here, or refused."""

        def done(res: Row) -> None:
            if not res.get("ok"):
                err = res["error"]
                self.report.setText(
                    self.tr("The batch was refused whole: %1 (%2)")
                    .replace("%1", self.win.describe_code(err["code"], err["message"]))
                    .replace("%2", err["code"])
                )
            else:
                text = (
                    self.tr(
                        "Batch from %1: %2 new applications; records: %3 new, %4 already here, %5 refused."
                    )
                    .replace("%1", self.win.village_name(res["village"]))
                    .replace("%2", str(res["applications_new"]))
                    .replace("%3", str(res["new"]))
                    .replace("%4", str(res["already"]))
                    .replace("%5", str(res["refused"]))
                )
                for r in res.get("reasons", []):
                    text += "\n" + self.tr("Entry %1 refused: %2").replace(
                        "%1", str(r["device_seq"])
                    ).replace("%2", self.win.describe_code(r["code"], r["code"]))
                self.report.setText(text)
            self.win.refresh_boards()

        self.win.call(lambda: self.win.api.import_batch(path), done)


class DeadlinesPage(Page):
    def __init__(self, win: TownshipWindow) -> None:
        super().__init__(win)
        self.village = QComboBox()
        self.village.addItem(self.tr("All villages"), "")
        self.department = QComboBox()
        self.department.addItem(self.tr("All departments"), "")
        self.item = QLineEdit()
        self.item.setPlaceholderText(self.tr("Item code"))
        for w in (self.village, self.department):
            w.currentIndexChanged.connect(self.refresh)
        self.item.editingFinished.connect(self.refresh)
        self.counts = RowsModel[Row](
            [
                (lambda: self.tr("Village"), lambda r: r["name"] or r["village"]),
                (lambda: self.tr("Open"), lambda r: r["open"]),
                (lambda: self.tr("Overdue"), lambda r: r["overdue"]),
                (lambda: self.tr("Due within 3 working days"), lambda r: r["due_soon"]),
            ]
        )
        self.model = StatusRowsModel(
            [
                (lambda: self.tr("Tracking number"), lambda r: r["tracking_number"]),
                (lambda: self.tr("Village"), lambda r: win.village_name(r["village"])),
                (lambda: self.tr("Item"), lambda r: win.item_name(r["item_code"])),
                (lambda: self.tr("Department"), lambda r: r["department"]),
                (lambda: self.tr("State"), lambda r: win.state_name(r["state"])),
                (lambda: self.tr("Due"), lambda r: r["due_on"] or self.tr("clock stopped")),
                (
                    lambda: self.tr("Working days left"),
                    lambda r: "" if r["countdown"] is None else r["countdown"],
                ),
                (lambda: self.tr("Status"), lambda r: win.deadline_status(r["status"])),
            ]
        )
        self.view = _table(self.model)
        self.view.doubleClicked.connect(
            lambda idx: self.win.open_application(self.model.row(idx.row())["uuid"])
        )
        top = QHBoxLayout()
        filters: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Village"), self.village),
            (self.tr("Department"), self.department),
            (self.tr("Item"), self.item),
        )
        for label, widget in filters:
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(_table(self.counts), 1)
        lay.addWidget(self.view, 3)

    def set_filters(self, villages: list[Row], departments: list[str]) -> None:
        for v in villages:
            self.village.addItem(f"{v['name']} {v['code']}", v["code"])
        for d in departments:
            self.department.addItem(d, d)

    def refresh(self) -> None:
        filters = {
            "village": self.village.currentData(),
            "department": self.department.currentData(),
            "item": self.item.text().strip(),
        }

        def done(data: Row) -> None:
            self.counts.set_rows(data["by_village"])
            self.model.set_rows(data["applications"])

        self.win.call(lambda: self.win.api.deadlines(**filters), done)


class HandoverPage(Page):
    """Paper originals an agent brought: tick each line against the paper, then countersign."""

    def __init__(self, win: TownshipWindow) -> None:
        super().__init__(win)
        self.lists: list[Row] = []
        self.picker = QComboBox()
        self.picker.currentIndexChanged.connect(self.show_list)
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Checked"), self.tr("Tracking number"), self.tr("Paper")]
        )
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.sign = QPushButton(self.tr("Countersign"))
        self.sign.clicked.connect(self.countersign)
        self.state = QLabel()
        lay = QVBoxLayout(self)
        lay.addWidget(self.picker)
        lay.addWidget(self.lines, 1)
        lay.addWidget(self.state)
        lay.addWidget(self.sign)

    def apply_role(self) -> None:
        self.sign.setVisible(self.win.api.can(HANDOVERS_SIGN))

    def refresh(self) -> None:
        def done(lists: list[Row]) -> None:
            self.lists = lists
            self.picker.blockSignals(True)
            self.picker.clear()
            for h in lists:
                self.picker.addItem(
                    f"{h.get('created_on') or ''} {self.win.village_name(h['village_code'])} · {h['agent_id']}",
                    h["record_id"],
                )
            self.picker.blockSignals(False)
            self.show_list()

        self.win.call(self.win.api.handovers, done)

    def current(self) -> Row | None:
        i = self.picker.currentIndex()
        return self.lists[i] if 0 <= i < len(self.lists) else None

    def show_list(self) -> None:
        h = self.current()
        lines = h["lines"] if h else []
        self.lines.setRowCount(len(lines))
        for r, line in enumerate(lines):
            cb = QCheckBox()
            cb.setChecked(bool(line.get("checked")))
            self.lines.setCellWidget(r, 0, cb)
            self.lines.setItem(r, 1, QTableWidgetItem(line["tracking_number"]))
            self.lines.setItem(r, 2, QTableWidgetItem(f"{line['description']} ×{line['count']}"))
        signed = h.get("countersigned_by") if h else ""
        self.state.setText(
            self.tr("Countersigned by %1 on %2")
            .replace("%1", str(signed))
            .replace("%2", str(h.get("countersigned_on")))
            if h and signed
            else ""
        )

    def tick(self, row: int, checked: bool = True) -> None:
        cb = self.lines.cellWidget(row, 0)
        assert isinstance(cb, QCheckBox)
        cb.setChecked(checked)

    def countersign(self) -> None:
        h = self.current()
        if not h:
            return
        boxes = [self.lines.cellWidget(r, 0) for r in range(self.lines.rowCount())]
        checked = [r for r, cb in enumerate(boxes) if isinstance(cb, QCheckBox) and cb.isChecked()]
        self.win.call(
            lambda: self.win.api.countersign(h["record_id"], checked, int(h["version"])),
            lambda _r: self.refresh(),
        )


class ComplaintsPage(Page):
    def __init__(self, win: TownshipWindow) -> None:
        super().__init__(win)
        self.model = StatusRowsModel(
            [
                (lambda: self.tr("Received"), lambda r: r.get("received_on")),
                (lambda: self.tr("Village"), lambda r: win.village_name(r["village_code"])),
                (lambda: self.tr("Complaint"), lambda r: r["text"]),
                (lambda: self.tr("Resolve by"), lambda r: r.get("due_on")),
                (lambda: self.tr("Status"), lambda r: win.complaint_status(r["status"])),
                (lambda: self.tr("Resolution"), lambda r: r.get("resolution", "")),
            ]
        )
        self.view = _table(self.model)
        self.resolution = QLineEdit()
        self.resolution.setPlaceholderText(self.tr("How it was resolved"))
        self.resolve_btn = QPushButton(self.tr("Mark resolved"))
        self.resolve_btn.clicked.connect(self.resolve)
        self.ratings = RowsModel[Row](
            [
                (lambda: self.tr("Village"), lambda r: r["label"] or r["key"]),
                (lambda: self.tr("Ratings"), lambda r: r["ratings"]),
                (lambda: self.tr("Good"), lambda r: r["good_ratings"]),
                (lambda: self.tr("Bad"), lambda r: r["bad_ratings"]),
                (lambda: self.tr("Very satisfied"), lambda r: r["rating_levels"]["very_satisfied"]),
                (
                    lambda: self.tr("Dissatisfied"),
                    lambda r: r["rating_levels"]["dissatisfied"] + r["rating_levels"]["very_dissatisfied"],
                ),
            ]
        )
        row = QHBoxLayout()
        row.addWidget(self.resolution, 1)
        row.addWidget(self.resolve_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Complaints, each to a resolution by its date")))
        lay.addWidget(self.view, 2)
        lay.addLayout(row)
        lay.addWidget(QLabel(self.tr("Villagers' ratings (好差评)")))
        lay.addWidget(_table(self.ratings), 1)

    def apply_role(self) -> None:
        for w in (self.resolution, self.resolve_btn):
            w.setVisible(self.win.api.can(COMPLAINTS_WRITE))

    def refresh(self) -> None:
        api = self.win.api

        def done(result: tuple[list[Row], Row | None]) -> None:
            complaints, report = result
            self.model.set_rows([{**c, "colour": "overdue" if c.get("overdue") else ""} for c in complaints])
            self.ratings.set_rows(report["rows"] if report else [])

        # The ratings summary is a report: a clerk handles complaints but does not read the reports.
        self.win.call(lambda: (api.complaints(), api.report("village") if api.can(REPORTS) else None), done)

    def resolve(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        c = self.model.row(rows[0].row())
        text = self.resolution.text().strip()
        self.win.call(
            lambda: self.win.api.update_complaint(
                c["record_id"], status="resolved", resolution=text, base_version=c["version"]
            ),
            lambda _r: self.refresh(),
        )


class ReportsPage(Page):
    COLUMNS = (
        "received",
        "accepted",
        "returned",
        "not_accepted",
        "completed",
        "on_time",
        "avg_working_days",
        "consultations",
        "home_visits",
        "complaints",
        "good_ratings",
        "bad_ratings",
        "free_proxy",
    )

    def __init__(self, win: TownshipWindow) -> None:
        super().__init__(win)
        self.dimension = QComboBox()
        for key, label in (
            ("village", self.tr("Village")),
            ("agent", self.tr("Agent")),
            ("item", self.tr("Item")),
            ("department", self.tr("Department")),
            ("month", self.tr("Month")),
        ):
            self.dimension.addItem(label, key)
        self.month = QLineEdit(dt.date.today().strftime("%Y-%m"))
        self.month.setPlaceholderText("YYYY-MM")
        self.show_btn = QPushButton(self.tr("Show"))
        self.show_btn.clicked.connect(self.refresh)
        labels = {
            "received": self.tr("Received"),
            "accepted": self.tr("Accepted"),
            "returned": self.tr("Returned"),
            "not_accepted": self.tr("Not accepted"),
            "completed": self.tr("Completed"),
            "on_time": self.tr("On time"),
            "avg_working_days": self.tr("Avg. working days"),
            "consultations": self.tr("Consultations"),
            "home_visits": self.tr("Home visits"),
            "complaints": self.tr("Complaints"),
            "good_ratings": self.tr("Good ratings"),
            "bad_ratings": self.tr("Bad ratings"),
            "free_proxy": self.tr("Free proxy services"),
        }
        cols: list[tuple[Any, Callable[[Row], Any]]] = [
            (self.tr("Name"), lambda r: r["label"] or r["key"] or "—")
        ]
        for col in self.COLUMNS:
            cols.append((labels[col], self._getter(col)))
        self.model = RowsModel[Row](cols)
        self.chart = BarChart()
        self.data: Row = {}
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("By")))
        top.addWidget(self.dimension)
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.show_btn)
        top.addStretch(1)
        for fmt, label in (
            ("xlsx", self.tr("Export XLSX…")),
            ("csv", self.tr("Export CSV…")),
            ("pdf", self.tr("Monthly PDF report…")),
        ):
            b = QPushButton(label)
            b.clicked.connect(lambda _=False, f=fmt: self.choose_export(f))
            top.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(_table(self.model), 2)
        lay.addWidget(self.chart, 1)

    @staticmethod
    def _getter(col: str) -> Callable[[Row], Any]:
        return lambda r: r[col]

    def refresh(self) -> None:
        dim, month = self.dimension.currentData(), self.month.text().strip() or None
        if dim == "month":
            month = None

        def done(data: Row) -> None:
            self.data = data
            rows = data["rows"] + [dict(data["total"], label=self.tr("Total"))]
            self.model.set_rows(rows)
            shown = data["rows"][:12]
            self.chart.set_data(
                [str(r["label"] or r["key"]) for r in shown],
                [
                    (self.tr("Received"), [r["received"] for r in shown]),
                    (self.tr("Completed"), [r["completed"] for r in shown]),
                    (self.tr("On time"), [r["on_time"] for r in shown]),
                ],
            )

        self.win.call(lambda: self.win.api.report(dim, month=month, year=None), done)

    def choose_export(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"report.{fmt}", f"*.{fmt}")
        if path:
            self.export(fmt, Path(path))

    def export(self, fmt: str, path: Path) -> None:
        dim, month = self.dimension.currentData(), self.month.text().strip() or None

        def work() -> Path:
            path.write_bytes(self.win.api.export_report(fmt, dim, month=month))
            return path

        self.win.call(work, lambda p: self.win.say(self.tr("Saved %1").replace("%1", str(p))))


class CatalogPage(Page):
    """Items and materials in both languages; publishing a new version reaches every village."""

    def __init__(self, win: TownshipWindow) -> None:
        super().__init__(win)
        self.catalog: Row = {}
        self.version_label = QLabel()
        self.items = QTableWidget(0, 4)
        self.items.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name (Chinese)"), self.tr("Name (Tibetan)"), self.tr("Department")]
        )
        self.items.horizontalHeader().setStretchLastSection(True)
        self.items.itemSelectionChanged.connect(self.show_materials)
        self.materials = QTableWidget(0, 3)
        self.materials.setHorizontalHeaderLabels(
            [self.tr("Key"), self.tr("Material (Chinese)"), self.tr("Material (Tibetan)")]
        )
        self.materials.horizontalHeader().setStretchLastSection(True)
        self.materials.itemChanged.connect(self._material_edited)
        self.new_version = QLineEdit()
        self.new_version.setPlaceholderText(self.tr("New version, e.g. 2026-12-township"))
        self.publish_btn = QPushButton(self.tr("Publish to every village"))
        self.publish_btn.clicked.connect(self.publish)
        row = QHBoxLayout()
        row.addWidget(self.version_label, 1)
        row.addWidget(self.new_version)
        row.addWidget(self.publish_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.items)
        split.addWidget(self.materials)
        lay.addWidget(split, 1)

    def apply_role(self) -> None:
        for w in (self.new_version, self.publish_btn):
            w.setVisible(self.win.api.can(CATALOG_PUBLISH))

    def refresh(self) -> None:
        self.win.call(self.win.api.catalog, self._loaded)

    def _loaded(self, data: Row) -> None:
        self.catalog = data["catalog"]
        self.version_label.setText(
            self.tr("Current version: %1 (published: %2)")
            .replace("%1", str(self.catalog["version"]))
            .replace("%2", ", ".join(data["published_versions"]) or "—")
        )
        items = self.catalog["items"]
        self.items.setRowCount(len(items))
        for r, it in enumerate(items):
            for c, key in enumerate(("code", "name_zh", "name_bo", "department_zh")):
                cell = QTableWidgetItem(str(it.get(key, "")))
                if key in ("code",):
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.items.setItem(r, c, cell)
        self.items.resizeColumnsToContents()

    def show_materials(self) -> None:
        rows = self.items.selectionModel().selectedRows()
        if not rows:
            return
        mats = self.catalog["items"][rows[0].row()]["materials"]
        self.materials.blockSignals(True)
        self.materials.setRowCount(len(mats))
        for r, m in enumerate(mats):
            for c, key in enumerate(("key", "name_zh", "name_bo")):
                cell = QTableWidgetItem(str(m.get(key, "")))
                if key == "key":
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.materials.setItem(r, c, cell)
        self.materials.blockSignals(False)

    def _material_edited(self, cell: QTableWidgetItem) -> None:
        rows = self.items.selectionModel().selectedRows()
        if rows and cell.column() in (1, 2):
            m = self.catalog["items"][rows[0].row()]["materials"][cell.row()]
            m["name_zh" if cell.column() == 1 else "name_bo"] = cell.text()

    def edited_catalog(self) -> Row:
        cat = dict(self.catalog)
        items = []
        for r, it in enumerate(self.catalog["items"]):
            it = dict(it)
            for c, key in ((1, "name_zh"), (2, "name_bo"), (3, "department_zh")):
                cell = self.items.item(r, c)
                if cell is not None:
                    it[key] = cell.text()
            items.append(it)
        cat["items"] = items
        cat["version"] = self.new_version.text().strip()
        return cat

    def publish(self) -> None:
        cat = self.edited_catalog()
        if not cat["version"]:
            self.win.say(self.tr("Give the new catalog a version first."), error=True)
            return

        def done(r: Row) -> None:
            text = self.tr("Catalog %1 published; it reaches every village at its next sync.")
            self.win.say(text.replace("%1", r["version"]))
            self.refresh()

        self.win.call(lambda: self.win.api.publish_catalog(cat), done)


class AgentsPage(Page):
    def __init__(self, win: TownshipWindow) -> None:
        super().__init__(win)
        self.roster = RowsModel[Row](
            [
                (lambda: self.tr("Village"), lambda r: win.village_name(r["village_code"])),
                (lambda: self.tr("Agent"), lambda r: r["name"]),
                (lambda: self.tr("Tibetan name"), lambda r: r.get("name_bo", "")),
                (lambda: self.tr("Phone"), lambda r: r.get("phone", "")),
                (
                    lambda: self.tr("Active"),
                    lambda r: self.tr("yes") if r.get("active", True) else self.tr("no"),
                ),
            ]
        )
        self.short = QLabel()
        self.short.setWordWrap(True)
        self.village = QComboBox()
        self.agent_id = QLineEdit()
        self.agent_name = QLineEdit()
        self.agent_bo = QLineEdit()
        self.add_btn = QPushButton(self.tr("Add agent"))
        self.add_btn.clicked.connect(self.add_agent)
        self.code_btn = QPushButton(self.tr("New enrollment code"))
        self.code_btn.clicked.connect(self.new_code)
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.devices = RowsModel[Row](
            [
                (lambda: self.tr("Village"), lambda r: win.village_name(r["village"])),
                (lambda: self.tr("Device"), lambda r: f"{r['ordinal']:02d} {r['name']}"),
                (lambda: self.tr("Last sync"), lambda r: self.last_sync(r.get("last_seen_at"))),
                (lambda: self.tr("Last change received"), lambda r: r["high_water"]),
                (lambda: self.tr("Revoked"), lambda r: self.tr("yes") if r["revoked"] else ""),
            ]
        )
        self.devices_view = _table(self.devices)
        self.revoke_btn = QPushButton(self.tr("Revoke device"))
        self.revoke_btn.clicked.connect(self.revoke)
        self.agent_form = QWidget()
        form = QHBoxLayout(self.agent_form)
        form.setContentsMargins(0, 0, 0, 0)
        for label, w in (
            (self.tr("Village"), self.village),
            (self.tr("ID"), self.agent_id),
            (self.tr("Name"), self.agent_name),
            (self.tr("Tibetan name"), self.agent_bo),
        ):
            form.addWidget(QLabel(label))
            form.addWidget(w)
        form.addWidget(self.add_btn)
        codes = QHBoxLayout()
        codes.addWidget(self.code_btn)
        codes.addWidget(self.code, 1)
        codes.addWidget(self.revoke_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.short)
        lay.addWidget(_table(self.roster), 2)
        lay.addWidget(self.agent_form)
        lay.addLayout(codes)
        lay.addWidget(self.devices_view, 1)

    def last_sync(self, iso: str | None) -> str:
        when, minutes = age_of(iso, dt.datetime.now(dt.UTC))
        if minutes is None:
            return when or self.tr("never")
        if minutes < 60:
            ago = self.tr("%1 min ago").replace("%1", str(minutes))
        elif minutes < 48 * 60:
            ago = self.tr("%1 h ago").replace("%1", str(minutes // 60))
        else:
            ago = self.tr("%1 days ago").replace("%1", str(minutes // (24 * 60)))
        return f"{when} ({ago})"

    def apply_role(self) -> None:
        can = self.win.api.can
        self.agent_form.setVisible(can(AGENTS_WRITE))
        self.code_btn.setVisible(can(ENROLL))
        self.revoke_btn.setVisible(can(DEVICES_REVOKE))
        self.devices_view.setVisible(can(DEVICES_READ))

    def set_villages(self, villages: list[Row]) -> None:
        for v in villages:
            self.village.addItem(f"{v['name']} {v['code']}", v["code"])

    def refresh(self) -> None:
        def done(result: tuple[Row, list[Row]]) -> None:
            roster, devices = result
            self.roster.set_rows([a for lst in roster["by_village"].values() for a in lst])
            short = [self.win.village_name(v) for v in roster["short_of_agents"]]
            self.short.setText(
                self.tr("Fewer than %1 active agents: %2")
                .replace("%1", str(roster["minimum"]))
                .replace("%2", "、".join(short))
                if short
                else ""
            )
            self.devices.set_rows(devices)

        self.win.call(lambda: (self.win.api.agents(), self.win.api.devices()), done)

    def add_agent(self) -> None:
        body = {
            "agent_id": self.agent_id.text().strip(),
            "name": self.agent_name.text().strip(),
            "name_bo": self.agent_bo.text().strip(),
            "village_code": self.village.currentData(),
            "phone": "",
            "active": True,
        }
        self.win.call(lambda: self.win.api.put_agent(body), lambda _r: self.refresh())

    def new_code(self) -> None:
        village = self.village.currentData()
        self.win.call(lambda: self.win.api.enroll_code(village), lambda c: self.code.setText(str(c)))

    def revoke(self) -> None:
        rows = self.devices_view.selectionModel().selectedRows()
        if rows:
            dev = self.devices.row(rows[0].row())
            self.win.call(lambda: self.win.api.revoke_device(dev["device_id"]), lambda _r: self.refresh())


class CalendarPage(Page):
    def __init__(self, win: TownshipWindow) -> None:
        super().__init__(win)
        self.year = QComboBox()
        this = dt.date.today().year
        for y in range(this - 1, this + 3):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(self.refresh)
        self.model = RowsModel[Row](
            [
                (lambda: self.tr("Day"), lambda r: r["day"]),
                (
                    lambda: self.tr("Kind"),
                    lambda r: self.tr("Rest day") if r["kind"] == "holiday" else self.tr("Working day"),
                ),
                (
                    lambda: self.tr("Source"),
                    lambda r: {
                        "official": self.tr("State Council"),
                        "statutory": self.tr("Estimated by rule"),
                        "local": self.tr("Local"),
                    }.get(r["source"], r["source"]),
                ),
                (lambda: self.tr("Name"), lambda r: r["name"]),
            ]
        )
        self.official = QLabel()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Losar"))
        self.add_btn = add = QPushButton(self.tr("Add local holiday"))
        add.clicked.connect(self.add_local)
        self.schedule = QPlainTextEdit()
        self.schedule.setPlaceholderText(
            self.tr(
                "Next year's official schedule, one line each: 2027-01-01 holiday 元旦 / 2027-02-06 workday 春节调休"
            )
        )
        self.enter_btn = enter = QPushButton(self.tr("Enter official schedule for the year"))
        enter.clicked.connect(self.enter_official)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Year")))
        row.addWidget(self.year)
        row.addWidget(self.official, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.day)
        add_row.addWidget(self.name, 1)
        add_row.addWidget(add)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(_table(self.model), 2)
        lay.addLayout(add_row)
        lay.addWidget(self.schedule, 1)
        lay.addWidget(enter)

    def apply_role(self) -> None:
        for w in (self.day, self.name, self.add_btn, self.schedule, self.enter_btn):
            w.setVisible(self.win.api.can(CALENDAR_WRITE))

    def refresh(self) -> None:
        year = int(self.year.currentData())

        def done(data: Row) -> None:
            self.model.set_rows(data["entries"])
            official = year in data["official_years"]
            self.official.setText(
                self.tr("Official schedule entered")
                if official
                else self.tr("Provisional: enter the State Council's notice when it is published")
            )

        self.win.call(lambda: self.win.api.calendar(year), done)

    def _changed(self, _result: object) -> None:
        self.refresh()
        self.win.refresh_boards()

    def add_local(self) -> None:
        day = self.day.date().toString("yyyy-MM-dd")
        name = self.name.text().strip()
        self.win.call(
            lambda: self.win.api.edit_local_holidays([{"day": day, "name": name}]),
            self._changed,
        )

    def enter_official(self) -> None:
        year = int(self.year.currentData())
        entries = []
        for line in self.schedule.toPlainText().splitlines():
            parts = line.split(maxsplit=2)
            if len(parts) >= 2:
                entries.append(
                    {"day": parts[0], "kind": parts[1], "name": parts[2] if len(parts) > 2 else ""}
                )
        self.win.call(
            lambda: self.win.api.enter_official_year(year, entries),
            self._changed,
        )


class AuditPage(Page):
    def __init__(self, win: TownshipWindow) -> None:
        super().__init__(win)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.seq = QLineEdit()
        self.seq.setPlaceholderText(self.tr("Entry number printed on a report"))
        self.head = QLineEdit()
        self.head.setPlaceholderText(self.tr("Hash printed on that report"))
        self.check_btn = check = QPushButton(self.tr("Check the audit chain"))
        check.clicked.connect(self.refresh)
        self.usb_box = usb_box = QGroupBox(self.tr("Villages without network: their changes on a USB stick"))
        self.usb_village = QComboBox()
        usb_btn = QPushButton(self.tr("Export for the village…"))
        usb_btn.clicked.connect(self.choose_export)
        usb = QHBoxLayout(usb_box)
        usb.addWidget(self.usb_village, 1)
        usb.addWidget(usb_btn)
        form = QFormLayout()
        form.addRow(self.tr("Printed entry"), self.seq)
        form.addRow(self.tr("Printed hash"), self.head)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(check)
        lay.addWidget(self.result)
        lay.addWidget(usb_box)
        lay.addStretch(1)

    def apply_role(self) -> None:
        self.usb_box.setVisible(self.win.api.can(USB))
        for w in (self.seq, self.head, self.check_btn, self.result):
            w.setVisible(self.win.api.can(AUDIT))

    def set_villages(self, villages: list[Row]) -> None:
        for v in villages:
            self.usb_village.addItem(f"{v['name']} {v['code']}", v["code"])

    def refresh(self) -> None:
        if not self.win.api.can(AUDIT):
            return
        seq = int(self.seq.text()) if self.seq.text().strip().isdigit() else None
        head = self.head.text().strip() or None

        def done(r: Row) -> None:
            if r["intact"]:
                self.result.setText(
                    self.tr(
                        "The audit chain is intact: %1 entries, head %2 (entry %3); %4 published heads match."
                    )
                    .replace("%1", str(r["length"]))
                    .replace("%2", r["head_hash"])
                    .replace("%3", str(r["head_seq"]))
                    .replace("%4", str(r["heads_checked"]))
                )
            else:
                self.result.setText(
                    self.tr("The audit chain is BROKEN at entry %1 (%2). Report this to the county.")
                    .replace("%1", str(r["first_broken_seq"]))
                    .replace("%2", r["reason"])
                )

        self.win.call(lambda: self.win.api.audit_check(seq, head), done)

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("USB batch for the village"), "township.vdb", "*.vdb"
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        village = self.usb_village.currentData()
        self.win.call(
            lambda: self.win.api.export_batch(village, path),
            lambda r: self.win.say(
                self.tr("%1 changes written to %2").replace("%1", str(r["entries"])).replace("%2", str(path))
            ),
        )


class DepartmentTasksPage(Page):
    """A department reviewer's queue: what was routed to its department, its own task's state."""

    def __init__(self, win: TownshipWindow) -> None:
        super().__init__(win)
        self.title = QLabel()
        self.model = RowsModel[Row](
            [
                (lambda: self.tr("Tracking number"), lambda r: r["tracking_number"]),
                (lambda: self.tr("Village"), lambda r: win.village_name(r["village"])),
                (lambda: self.tr("Item"), lambda r: win.item_name(r["item_code"])),
                (lambda: self.tr("State"), lambda r: win.state_name(r["state"])),
                (lambda: self.tr("Our decision"), lambda r: win.task_state(r["task"]["state"])),
            ]
        )
        self.view = _table(self.model)
        self.view.doubleClicked.connect(
            lambda idx: self.win.open_application(self.model.row(idx.row())["uuid"])
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.view, 1)

    def refresh(self) -> None:
        def done(data: Row) -> None:
            self.title.setText(self.tr("Applications routed to %1").replace("%1", str(data["department"])))
            self.model.set_rows(data["tasks"])

        self.win.call(self.win.api.tasks, done)


class StaffPage(Page):
    """The administrator's list of staff accounts; a new account, or a new role or password for one."""

    def __init__(self, win: TownshipWindow) -> None:
        super().__init__(win)
        self.model = RowsModel[Row](
            [
                (lambda: self.tr("User name"), lambda r: r["username"]),
                (lambda: self.tr("Role"), lambda r: win.role_name(r["role"])),
                (lambda: self.tr("Department"), lambda r: r["department"]),
                (lambda: self.tr("Township"), lambda r: r["township"]),
            ]
        )
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for r in ("clerk", "dept_reviewer", "director", "admin"):
            self.role.addItem(win.role_name(r), r)
        self.department = QLineEdit()
        self.department.setPlaceholderText(self.tr("Department reviewers only"))
        self.save_btn = QPushButton(self.tr("Save account"))
        self.save_btn.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.save_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(_table(self.model), 1)
        lay.addLayout(form)

    def refresh(self) -> None:
        self.win.call(self.win.api.staff, self.model.set_rows)

    def save(self) -> None:
        user, pw = self.username.text().strip(), self.password.text()
        role, dept = str(self.role.currentData()), self.department.text().strip() or None

        def done(_r: Row) -> None:
            self.password.clear()
            self.win.say(self.tr("Account %1 saved.").replace("%1", user))
            self.refresh()

        self.win.call(lambda: self.win.api.put_staff(user, pw, role, dept), done)


class TownshipWindow(QMainWindow):
    def __init__(
        self,
        *,
        server_url: str = "http://127.0.0.1:8443",
        print_dir: Path,
        runner: TaskRunner | None = None,
        api_factory: Callable[[str], StaffApi] | None = None,
        office: slips.TownshipOffice | None = None,
        slip_lang: LangMode = "zh",
    ) -> None:
        super().__init__()
        self.runner = runner or TaskRunner(self)
        self.api_factory = api_factory or (lambda url: StaffApi(url))
        self.api: StaffApi = self.api_factory(server_url)
        self.print_dir = print_dir
        self.office = office or slips.TownshipOffice()
        self.slip_lang: LangMode = slip_lang
        self.pending = 0
        self.last_error = ""
        self.last_printed = ""
        self.villages: list[Row] = []
        self.items: dict[str, str] = {}
        self.departments: list[str] = []
        self.setWindowTitle(self.tr("VillageDesk — township center"))
        self.stack = QStackedWidget()
        self.sign_in = SignInPage(self, server_url)
        self.tabs = QTabWidget()
        # Tibetan stacks are tall (Noto Serif Tibetan: 2.8 em a line): give the tab labels room.
        self.tabs.setStyleSheet("QTabBar::tab { min-height: 2.4em; padding: 2px 8px; }")
        self.panel = ApplicationPanel(self)
        self.arrivals = ArrivalsPage(self)
        self.deadlines = DeadlinesPage(self)
        self.handovers = HandoverPage(self)
        self.complaints = ComplaintsPage(self)
        self.reports = ReportsPage(self)
        self.catalog = CatalogPage(self)
        self.agents = AgentsPage(self)
        self.calendar = CalendarPage(self)
        self.audit = AuditPage(self)
        self.dept_tasks = DepartmentTasksPage(self)
        self.staff = StaffPage(self)
        self.last_preview: PrintPreview | None = None
        for page, title in (
            (self.arrivals, self.tr("Arrivals")),
            (self.dept_tasks, self.tr("Our department's tasks")),
            (self.panel, self.tr("At the window")),
            (self.deadlines, self.tr("Deadlines")),
            (self.handovers, self.tr("Hand-over lists")),
            (self.complaints, self.tr("Complaints and ratings")),
            (self.reports, self.tr("Reports")),
            (self.catalog, self.tr("Catalog")),
            (self.agents, self.tr("Agents and devices")),
            (self.calendar, self.tr("Holiday calendar")),
            (self.audit, self.tr("Audit and USB")),
            (self.staff, self.tr("Staff accounts")),
        ):
            self.tabs.addTab(page, title)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addWidget(self.banner)
        bl.addWidget(self.tabs, 1)
        self.stack.addWidget(self.sign_in)
        self.stack.addWidget(body)
        self.setCentralWidget(self.stack)
        self.tabs.currentChanged.connect(lambda i: self._page_shown(i))
        self.resize(1200, 780)

    # -- background calls

    def call(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], Any],
        on_error: Callable[[BaseException], Any] | None = None,
    ) -> None:
        self.pending += 1

        def done(v: Any) -> None:
            self.pending -= 1
            on_done(v)

        def failed(e: BaseException) -> None:
            self.pending -= 1
            self.last_error = self.describe(e)
            (on_error or (lambda ex: self.say(self.describe(ex), error=True)))(e)

        self.runner.run(fn, done, failed)

    def say(self, text: str, *, error: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(
            "background:#F8D0D0;padding:4px" if error else "background:#DDEEDD;padding:4px"
        )
        self.statusBar().showMessage(text, 15000)

    # -- words for codes and states

    def _describe(self, exc: BaseException) -> str:
        if isinstance(exc, StaleActionError):
            return self.tr(
                "Someone else acted on this application first (it is now version %1). Your action was not applied; "
                "the application has been reloaded: check it and decide again."
            ).replace("%1", str(exc.params.get("server_version", "?")))
        if isinstance(exc, VillageDeskError):
            return self.describe_code(exc.code, exc.message)
        return self.tr("Unexpected error: %1").replace("%1", str(exc))

    def describe(self, exc: BaseException) -> str:
        if isinstance(exc, VillageDeskError) and exc.code == "auth.forbidden" and exc.params.get("role"):
            if exc.params.get("department"):
                return self.tr("As the reviewer for %1 you can only see and decide its own tasks.").replace(
                    "%1", str(exc.params["department"])
                )
            return self.tr("Your role (%1) does not allow this.").replace(
                "%1", self.role_name(str(exc.params["role"]))
            )
        return self._describe(exc)

    def describe_code(self, code: str, fallback: str) -> str:
        words = {
            "auth.bad_password": self.tr("Wrong user name or password."),
            "auth.forbidden": self.tr("Your role or township does not allow this."),
            "auth.expired": self.tr("Your session has expired; sign in again."),
            "net.unreachable": self.tr("The township server cannot be reached."),
            "lifecycle.reason_required": self.tr("Give the reason."),
            "lifecycle.return_empty": self.tr("Tick at least one material to correct."),
            "checklist.defect_reason": self.tr("Say what is wrong with each defective material."),
            "lifecycle.route_empty": self.tr("Choose at least one department."),
            "lifecycle.illegal": self.tr("This action is not possible in the application's present state."),
            "batch.tampered": self.tr("The batch file was changed after the village wrote it."),
            "batch.foreign": self.tr("The batch is not for this township."),
            "staff.department_required": self.tr("A department reviewer needs its department."),
            "staff.department_unexpected": self.tr("Only a department reviewer has a department."),
            "staff.credentials_required": self.tr("Give a user name and a password."),
        }
        return words.get(
            code, self.tr("The server refused: %1 (%2)").replace("%1", fallback).replace("%2", code)
        )

    def state_name(self, s: str) -> str:
        return {
            "received": self.tr("received"),
            "accepted": self.tr("accepted"),
            "returned": self.tr("returned for correction"),
            "not_accepted": self.tr("not accepted"),
            "in_review": self.tr("in review"),
            "approved": self.tr("approved"),
            "denied": self.tr("denied"),
            "result_ready": self.tr("result ready"),
            "delivered": self.tr("delivered"),
            "withdrawn": self.tr("withdrawn"),
            "queued": self.tr("queued"),
            "ready": self.tr("ready"),
            "draft": self.tr("draft"),
            "awaiting_materials": self.tr("awaiting materials"),
        }.get(s, s)

    def event_name(self, kind: str) -> str:
        return {
            "created": self.tr("created"),
            "checklist_updated": self.tr("checklist updated"),
            "notification_issued": self.tr("one-time notification issued"),
            "takeover": self.tr("taken over by the other agent"),
            "routed": self.tr("routed to departments"),
            "task_decided": self.tr("a department decided"),
            "clock_stopped": self.tr("clock stopped"),
            "clock_resumed": self.tr("clock resumed"),
            "clock_extended": self.tr("time limit extended"),
            "withdrawal_requested": self.tr("withdrawal requested"),
            "withdrawal_refused": self.tr("withdrawal refused"),
            "note": self.tr("note"),
        }.get(kind, kind)

    def material_status(self, s: str) -> str:
        return {
            "original_kept": self.tr("original kept"),
            "original_seen_copy_kept": self.tr("original seen, copy kept"),
            "copy": self.tr("copy"),
            "missing": self.tr("missing"),
            "defective": self.tr("defective"),
            "not_applicable": self.tr("not applicable"),
            "pending": self.tr("not checked"),
        }.get(s, s)

    def task_state(self, s: str) -> str:
        return {
            "pending": self.tr("pending"),
            "approved": self.tr("approved"),
            "denied": self.tr("denied"),
        }.get(s, s)

    def deadline_status(self, s: str) -> str:
        return {
            "overdue": self.tr("OVERDUE"),
            "due_soon": self.tr("due soon"),
            "on_track": self.tr("on track"),
            "paused": self.tr("clock stopped"),
            "not_started": self.tr("not started"),
        }.get(s, s)

    def complaint_status(self, s: str) -> str:
        return {
            "open": self.tr("open"),
            "in_progress": self.tr("in progress"),
            "resolved": self.tr("resolved"),
        }.get(s, s)

    def village_name(self, code: str) -> str:
        return next((v["name"] for v in self.villages if v["code"] == code), code)

    def item_name(self, code: str) -> str:
        return self.items.get(code, code)

    # -- flow

    def role_name(self, role: str) -> str:
        return {
            "clerk": self.tr("window clerk"),
            "dept_reviewer": self.tr("department reviewer"),
            "director": self.tr("center director"),
            "admin": self.tr("administrator"),
        }.get(role, role)

    # -- roles: the server decides; the window shows each role only its own screens and buttons

    def page_needs(self) -> list[tuple[QWidget, set[str]]]:
        """Each tab and the permissions any one of which shows it."""
        return [
            (self.arrivals, {READ_ALL}),
            (self.dept_tasks, {DECIDE_OWN}),
            (self.panel, {READ}),
            (self.deadlines, {READ_ALL}),
            (self.handovers, {HANDOVERS_READ}),
            (self.complaints, {COMPLAINTS_READ}),
            (self.reports, {REPORTS}),
            (self.catalog, {CATALOG_PUBLISH, READ_ALL}),
            (self.agents, {AGENTS_READ}),
            (self.calendar, {CALENDAR_WRITE, READ_ALL}),
            (self.audit, {AUDIT, USB}),
            (self.staff, {STAFF}),
        ]

    def visible_pages(self) -> list[QWidget]:
        shown = [self.tabs.widget(i) for i in range(self.tabs.count()) if self.tabs.isTabVisible(i)]
        return [w for w in shown if w is not None]

    def role_actions(self) -> set[str]:
        if self.api.can(ACT):
            return set(self.panel.buttons)
        return {"decide"} if self.api.can(DECIDE_OWN) else set()

    def apply_role(self) -> None:
        # Hiding the current tab makes Qt show the next one, which would load a screen the role may not
        # see: no page loads until every tab has its final visibility.
        self.tabs.blockSignals(True)
        try:
            for page, needs in self.page_needs():
                self.tabs.setTabVisible(self.tabs.indexOf(page), any(self.api.can(p) for p in needs))
        finally:
            self.tabs.blockSignals(False)
        for page, _needs in self.page_needs():
            if isinstance(page, Page):
                page.apply_role()
        first = self.visible_pages()
        if first:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentWidget(first[0])
            self.tabs.blockSignals(False)
            self._page_shown(self.tabs.currentIndex())

    def preview(self, pdf: Path) -> PrintPreview:
        """The village app's print preview: the notice on screen, Print… (QPrintDialog), Save as PDF…"""
        self.last_preview = PrintPreview(cast(Desk, _WindowRunner(self)), pdf.read_bytes, pdf.name, self)
        self.last_preview.show()
        return self.last_preview

    def signed_in(self, api: StaffApi) -> None:
        self.api = api
        self.stack.setCurrentIndex(1)
        self.apply_role()
        who = self.role_name(api.role) + (f" · {api.department}" if api.department else "")
        self.say(self.tr("Signed in as %1 (%2).").replace("%1", api.username).replace("%2", who))

        def load() -> tuple[list[Row], Row]:
            return api.villages(), api.catalog()

        def loaded(result: tuple[list[Row], Row]) -> None:
            self.villages, cat = result
            self.items = {it["code"]: it["name_zh"] for it in cat["catalog"]["items"]}
            self.departments = sorted(
                {it["department_zh"] for it in cat["catalog"]["items"] if it["department_zh"]}
            )
            for page in (self.arrivals, self.agents, self.audit):
                page.set_villages(self.villages)
            self.deadlines.set_filters(self.villages, self.departments)
            self.refresh_boards()

        self.call(load, loaded)

    def refresh_boards(self) -> None:
        if self.api.can(READ_ALL):
            self.arrivals.refresh()
            self.deadlines.refresh()
        if self.api.can(DECIDE_OWN):
            self.dept_tasks.refresh()

    def _page_shown(self, i: int) -> None:
        page = self.tabs.widget(i)
        if isinstance(page, Page) and page not in (
            self.arrivals,
            self.deadlines,
            self.panel,
            self.dept_tasks,
        ):
            page.refresh()

    def open_application(self, uuid_: str) -> None:
        self.tabs.setCurrentWidget(self.panel)
        self.panel.open(uuid_)
