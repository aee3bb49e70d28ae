"""The township window per role (only that role's screens and buttons), a department reviewer deciding
its own task, devices' last sync with its age, and notices really printed: all against the real server
on loopback (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from tw_helpers import DEPT_MZ, DEPT_RS, PASSWORD, VILLAGE_A, VillageDevice, clock_at

from sync_server.service import Server
from villagedesk.core import tracking
from villagedesk.sync.staff_api import StaffApi
from villagedesk.ui.township.window import TownshipWindow, age_of
from villagedesk.ui.widgets import print_pdf

from .conftest import LiveServer

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _window(qtbot: QtBot, client: LiveServer, tmp: Path, user: str) -> TownshipWindow:
    win = TownshipWindow(server_url=client.url, print_dir=tmp / f"printed-{user}", api_factory=StaffApi)
    qtbot.addWidget(win)
    win.show()
    win.sign_in.user.setText(user)
    win.sign_in.password.setText(PASSWORD)
    qtbot.mouseClick(win.sign_in.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.stack.currentIndex() == 1 and win.pending == 0, timeout=30_000)
    return win


def _idle(qtbot: QtBot, win: TownshipWindow) -> None:
    qtbot.waitUntil(lambda: win.pending == 0, timeout=30_000)


def _tabs(win: TownshipWindow) -> set[str]:
    names = {
        win.arrivals: "arrivals",
        win.dept_tasks: "dept_tasks",
        win.panel: "panel",
        win.deadlines: "deadlines",
        win.handovers: "handovers",
        win.complaints: "complaints",
        win.reports: "reports",
        win.catalog: "catalog",
        win.agents: "agents",
        win.calendar: "calendar",
        win.audit: "audit",
        win.staff: "staff",
    }
    return {names[w] for w in win.visible_pages()}  # type: ignore[index]


EXPECTED_TABS = {
    "clerk": {"arrivals", "panel", "deadlines", "handovers", "complaints", "catalog", "calendar", "audit"},
    "minzheng": {"dept_tasks", "panel"},
    "director": {
        "arrivals",
        "panel",
        "deadlines",
        "handovers",
        "complaints",
        "reports",
        "catalog",
        "agents",
        "calendar",
        "audit",
    },
    "admin": {"catalog", "agents", "calendar", "audit", "staff"},
}


@pytest.mark.parametrize("user", sorted(EXPECTED_TABS))
def test_each_role_sees_only_its_screens(
    qtbot: QtBot, client: LiveServer, tw_server: Server, tmp_path: Path, user: str
) -> None:
    win = _window(qtbot, client, tmp_path, user)
    assert _tabs(win) == EXPECTED_TABS[user]
    assert win.last_error == ""  # signing in asked the server for nothing the role may not see
    actions = {k for k, b in win.panel.buttons.items() if not b.isHidden()}
    assert (
        actions
        == {
            "clerk": set(win.panel.buttons),
            "minzheng": {"decide"},
            "director": set(),
            "admin": set(),
        }[user]
    )
    shown = {
        "import": not win.arrivals.import_btn.isHidden(),
        "countersign": not win.handovers.sign.isHidden(),
        "resolve": not win.complaints.resolve_btn.isHidden(),
        "publish": not win.catalog.publish_btn.isHidden(),
        "holiday": not win.calendar.add_btn.isHidden(),
        "agent": not win.agents.agent_form.isHidden(),
        "revoke": not win.agents.revoke_btn.isHidden(),
        "usb_export": not win.audit.usb_box.isHidden(),
    }
    assert {k for k, v in shown.items() if v} == {
        "clerk": {"import", "countersign", "resolve", "usb_export"},
        "minzheng": set(),
        "director": {"resolve", "holiday"},
        "admin": {"publish", "holiday", "agent", "revoke"},
    }[user]


def test_department_reviewer_decides_its_own_task(
    qtbot: QtBot, client: LiveServer, tw_server: Server, tmp_path: Path
) -> None:
    a = VillageDevice.enroll(tw_server, VILLAGE_A)
    app = a.application("MZ-004", "a1")
    tw_server.staff_action("staff:clerk", app.uuid, "accept", {}, base_version=None)
    tw_server.staff_action("staff:clerk", app.uuid, "route", {"to": [DEPT_RS, DEPT_MZ]}, base_version=None)
    win = _window(qtbot, client, tmp_path, "minzheng")
    assert [r["uuid"] for r in win.dept_tasks.model.rows()] == [app.uuid]
    assert DEPT_MZ in win.dept_tasks.title.text()
    win.open_application(app.uuid)
    _idle(qtbot, win)
    assert win.panel.buttons["decide"].isEnabled()
    assert not win.panel.buttons["route"].isEnabled() and win.panel.buttons["route"].isHidden()
    win.panel.start("decide")
    dlg = win.panel.dialog
    assert [dlg.task.itemText(i) for i in range(dlg.task.count())] == [DEPT_MZ]  # not the other department
    dlg.note.setText("符合条件")
    dlg.accept()
    _idle(qtbot, win)
    tasks = {t["body"]: t for t in tw_server.application(app.uuid)[0]["review_tasks"]}
    assert (tasks[DEPT_MZ]["state"], tasks[DEPT_MZ]["decided_by"]) == ("approved", "staff:minzheng")
    assert tasks[DEPT_RS]["state"] == "pending"
    assert not win.panel.buttons["decide"].isEnabled()  # its own task is decided; the other is not its own
    # Whatever the window shows, the server decides: the other department's task is refused, in words.
    win.panel.act("decide", task="T1", decision="approve")
    _idle(qtbot, win)
    assert DEPT_MZ in win.banner.text() and "only see and decide its own tasks" in win.banner.text()
    assert tw_server.application(app.uuid)[0]["review_tasks"][0]["state"] == "pending"


def test_devices_screen_shows_the_last_sync_and_its_age(
    qtbot: QtBot, client: LiveServer, tw_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = VillageDevice.enroll(tw_server, VILLAGE_A)
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=3, hours=2)
    with clock_at(monkeypatch, when):
        tw_server.hello(tw_server.device(a.device.device_id))
    monkeypatch.undo()
    VillageDevice.enroll(tw_server, VILLAGE_A)  # a second laptop, never synced
    win = _window(qtbot, client, tmp_path, "admin")
    win.tabs.setCurrentWidget(win.agents)
    _idle(qtbot, win)
    model = win.agents.devices
    col = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Last sync"
    )
    cells = [model.data(model.index(r, col)) for r in range(model.rowCount())]
    local = when.astimezone(dt.timezone(dt.timedelta(hours=8))).strftime("%Y-%m-%d %H:%M")
    assert cells == [f"{local} (3 days ago)", "never"]
    now = dt.datetime(2026, 11, 27, 6, 0, tzinfo=dt.UTC)
    assert age_of("2026-11-27T05:15:00+00:00", now) == ("2026-11-27 13:15", 45)
    assert age_of(None, now) == ("", None)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is missing: apt-get install poppler-utils tesseract-ocr (the bootstrap installs them)"
        )
    return path


def test_notices_print_through_qprinter(
    qtbot: QtBot, client: LiveServer, tw_server: Server, tmp_path: Path
) -> None:
    """Accept at the window: the notice is saved, previewed, and printed through QPrinter the way the Print…
    button does after its dialog; the printed file is read back as a scanner would."""
    a = VillageDevice.enroll(tw_server, VILLAGE_A)
    app = a.application("MZ-004", "a1")
    win = _window(qtbot, client, tmp_path, "clerk")
    win.open_application(app.uuid)
    _idle(qtbot, win)
    qtbot.mouseClick(win.panel.buttons["accept"], Qt.MouseButton.LeftButton)
    _idle(qtbot, win)
    saved = Path(win.last_printed)
    assert saved.parent == tmp_path / "printed-clerk" and saved.name.endswith("acceptance.pdf")
    preview = win.last_preview
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0, timeout=30_000)
    assert preview.pdf_bytes == saved.read_bytes() and preview.print_button.isEnabled()
    assert win.panel.print_again.isEnabled()
    # Save as PDF: the same document.
    copy = tmp_path / "copy.pdf"
    preview.save_to(str(copy))
    assert copy.read_bytes() == saved.read_bytes()
    # Print: a PDF-file printer stands in for the paper one (the dialog only chooses the printer).
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(300)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    print_pdf(preview.document, printer)
    assert printed.read_bytes().startswith(b"%PDF-")
    # Pages are printed as images (as on paper), so read them as a scanner would: the QR code and the
    # tracking number in the printed text.
    pages = tmp_path / "pages"
    pages.mkdir()
    subprocess.run([_tool("pdftoppm"), "-r", "200", "-png", str(printed), str(pages / "p")], check=True)
    images = sorted(pages.glob("p*.png"))
    assert len(images) == preview.document.pageCount()
    qr = [
        r.text
        for r in zxingcpp.read_barcodes(Image.open(images[0]))
        if r.format == zxingcpp.BarcodeFormat.QRCode
    ]
    assert tracking.parse(app.tracking_number).compact in qr
    ocr = subprocess.run(
        [_tool("tesseract"), str(images[0]), "-", "-l", "eng"], capture_output=True, text=True, check=True
    ).stdout
    assert app.tracking_number.replace("-", "") in "".join(ocr.split()).replace("-", "")


def test_administrator_adds_a_department_reviewer(
    qtbot: QtBot, client: LiveServer, tw_server: Server, tmp_path: Path
) -> None:
    win = _window(qtbot, client, tmp_path, "admin")
    win.tabs.setCurrentWidget(win.staff)
    _idle(qtbot, win)
    assert "minzheng" in {r["username"] for r in win.staff.model.rows()}
    page = win.staff
    page.username.setText("dawa")
    page.password.setText("pw-dawa-1")
    page.role.setCurrentIndex(page.role.findData("dept_reviewer"))
    page.save()  # no department: the server refuses, in words
    _idle(qtbot, win)
    assert "dawa" not in {r["username"] for r in page.model.rows()}
    assert win.banner.text() == "A department reviewer needs its department."
    page.department.setText(DEPT_RS)
    qtbot.mouseClick(page.save_btn, Qt.MouseButton.LeftButton)
    _idle(qtbot, win)
    row = next(r for r in page.model.rows() if r["username"] == "dawa")
    assert (row["role"], row["department"]) == ("dept_reviewer", DEPT_RS)
    _token, user, _ = tw_server.login("dawa", "pw-dawa-1")
    assert (user.role, user.department) == ("dept_reviewer", DEPT_RS)
