"""A whole township day through the widgets, against the real server (a subprocess, TLS, on loopback).

Village A syncs over the network, village B brings a USB batch. At the window: accept one, return one
(village A receives the list), not accept one (notice printed), route one to two departments and record
both decisions, mark it ready; two clerks on one application at once (one wins, the other is told); and
the report numbers move exactly as they should.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from sync_harness import (
    VILLAGE_A,
    VILLAGE_B,
    ServerProc,
    add_application,
    add_other_records,
    enrolled_store,
    free_port,
    setup_places,
)
from tw_helpers import PASSWORD

from villagedesk.storage.store import Store
from villagedesk.sync import commands
from villagedesk.sync.staff_api import StaffApi
from villagedesk.ui.township.window import TownshipWindow

ITEM = "MZ-004"  # 困难残疾人生活补贴申请: 7 materials, 20 working days


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProc]:
    sp = ServerProc(tmp_path / "server", free_port())
    sp.data_dir.mkdir()
    admin = sp.admin()
    setup_places(admin)
    admin.add_staff("clerk", PASSWORD, "clerk", "炉城镇")
    admin.add_staff("clerk2", PASSWORD, "clerk", "炉城镇")
    admin.add_staff("director", PASSWORD, "director", "炉城镇")
    admin.engine.dispose()
    sp.start()
    yield sp
    sp.kill()


def _photos(dir_: Path, n: int, tag: str) -> list[Path]:
    out = []
    for i in range(n):
        img = Image.new("RGB", (600, 420), (235, 235, 225))
        d = ImageDraw.Draw(img)
        d.rectangle((20, 20, 580, 400), outline=(40, 40, 40), width=4)
        d.text((40, 40), f"{tag} page {i + 1}", fill=(0, 0, 0))
        p = dir_ / f"{tag}-{i}.png"
        img.save(p)
        out.append(p)
    return out


def _app(store: Store, uuid_: str) -> Any:
    with store.reader() as uow:
        return uow.get_application(uuid_)


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as doc:
        return "".join(p.extract_text() or "" for p in doc.pages)


def _window(qtbot: QtBot, sp: ServerProc, tmp: Path, user: str) -> TownshipWindow:
    win = TownshipWindow(
        server_url=sp.url,
        print_dir=tmp / f"printed-{user}",
        api_factory=lambda url: StaffApi(url, fingerprint=sp.fingerprint),
    )
    qtbot.addWidget(win)
    win.show()
    win.sign_in.user.setText(user)
    win.sign_in.password.setText(PASSWORD)
    qtbot.mouseClick(win.sign_in.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.stack.currentIndex() == 1 and win.pending == 0, timeout=30_000)
    return win


def _idle(qtbot: QtBot, *wins: TownshipWindow) -> None:
    qtbot.waitUntil(lambda: all(w.pending == 0 for w in wins), timeout=30_000)


def _click(qtbot: QtBot, win: TownshipWindow, action: str) -> None:
    button = win.panel.buttons[action]
    assert button.isEnabled(), (
        f"{action} is not enabled in state {win.panel.payload and win.panel.payload['state']}"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _open(qtbot: QtBot, win: TownshipWindow, tracking: str) -> None:
    win.arrivals.refresh()
    win.deadlines.refresh()
    _idle(qtbot, win)
    for model in (win.arrivals.model, win.deadlines.model):
        for row in model.rows():
            if row["tracking_number"] == tracking:
                win.open_application(row["uuid"])
                _idle(qtbot, win)
                assert win.panel.payload is not None and win.panel.payload["tracking_number"] == tracking
                return
    raise AssertionError(f"{tracking} is on neither board")


def _report(qtbot: QtBot, win: TownshipWindow) -> dict[str, Any]:
    win.reports.refresh()
    _idle(qtbot, win)
    return dict(win.reports.data["total"])


# The offscreen platform warns when a top-level window is shown; that is the platform, not the window.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_township_day(qtbot: QtBot, server: ServerProc, tmp_path: Path) -> None:
    files = tmp_path / "files"
    files.mkdir()
    # Village A: three applications over the network.
    store_a = enrolled_store(tmp_path / "a", server, VILLAGE_A)
    a_apps = [add_application(store_a, i, _photos(files, 7, f"a{i}"), item=ITEM) for i in range(3)]
    add_other_records(
        store_a, 1, a_apps[0].uuid, a_apps[0].applicant_id_number
    )  # a complaint, a hand-over list...
    assert commands.sync_once(store_a).exit_code == 0
    # Village B: two applications on a USB stick.
    store_b = enrolled_store(tmp_path / "b", server, VILLAGE_B)
    b_apps = [add_application(store_b, 10 + i, _photos(files, 7, f"b{i}"), item=ITEM) for i in range(2)]
    batch = tmp_path / "b.vdb"
    commands.export_batch(store_b, batch)
    a_trk = [_app(store_a, x.uuid).tracking_number for x in a_apps]
    b_trk = [_app(store_b, x.uuid).tracking_number for x in b_apps]

    win = _window(qtbot, server, tmp_path, "clerk")
    boss = _window(qtbot, server, tmp_path, "director")  # the reports are the director's
    before = _report(qtbot, boss)
    win.arrivals.import_batch(batch)
    _idle(qtbot, win)
    assert "2 new applications" in win.arrivals.report.text() and " 0 refused" in win.arrivals.report.text()
    win.arrivals.import_batch(batch)  # the same stick twice: nothing new
    _idle(qtbot, win)
    assert "0 new applications; records: 0 new" in win.arrivals.report.text()
    assert {r["tracking_number"] for r in win.arrivals.model.rows()} == set(a_trk + b_trk)
    after_arrivals = _report(qtbot, boss)
    assert (before["received"], after_arrivals["received"]) == (3, 5)  # 3 by network, then 2 by USB

    # The checklist beside the materials: the agent's photo is shown, paged, zoomed, rotated.
    _open(qtbot, win, a_trk[0])
    assert win.panel.checklist.rowCount() == 7
    qtbot.waitUntil(lambda: len(win.panel.viewer.pages) == 1, timeout=10_000)
    start = win.panel.viewer.zoom
    win.panel.viewer.zoom_in_btn.click()
    win.panel.viewer.rotate_btn.click()
    assert win.panel.viewer.zoom == pytest.approx(start * 1.25) and win.panel.viewer.rotation == 90

    # Accept A0: the acceptance notice prints, the clock starts from today in working days.
    _click(qtbot, win, "accept")
    _idle(qtbot, win)
    assert win.panel.payload["state"] == "accepted"  # type: ignore[index]
    notice = Path(win.last_printed)
    assert notice.name.endswith("acceptance.pdf") and a_trk[0].replace("-", "") in _pdf_text(notice).replace(
        "-", ""
    )
    row = next(r for r in win.deadlines.model.rows() if r["tracking_number"] == a_trk[0])
    assert row["countdown"] == 20  # MZ-004: 20 working days from acceptance

    # Return A1 for correction: tick one defective material; the notification prints and goes to the village.
    _open(qtbot, win, a_trk[1])
    _click(qtbot, win, "return")
    dlg = win.panel.dialog
    dlg.checks[1].setChecked(True)
    dlg.kinds[1].setCurrentIndex(1)  # defective
    dlg.reasons[1].setText("照片模糊，看不清公章")
    dlg.notes.setPlainText("请重新拍照")
    dlg.accept()
    _idle(qtbot, win)
    assert win.panel.payload["state"] == "returned"  # type: ignore[index]
    assert "照片模糊" in _pdf_text(Path(win.last_printed))
    assert commands.sync_once(store_a).exit_code == 0
    back = _app(store_a, a_apps[1].uuid)
    assert back is not None and back.state.value == "returned"
    bad = [c for c in back.checklist if c.status.value == "defective"]
    assert [(c.material_key, c.reason) for c in bad] == [(f"{ITEM}-M2", "照片模糊，看不清公章")]

    # Not accept B0: reason, legal basis and remedies on the printed notice.
    _open(qtbot, win, b_trk[0])
    _click(qtbot, win, "not_accept")
    dlg = win.panel.dialog
    dlg.reason.setPlainText("申请人不符合困难残疾人生活补贴的申领条件")
    dlg.legal_basis.setText("《行政许可法》第三十二条")
    dlg.accept()
    _idle(qtbot, win)
    assert win.panel.payload["state"] == "not_accepted"  # type: ignore[index]
    text = _pdf_text(Path(win.last_printed))
    assert "不符合" in text and "康定市人民法院" in text

    # A2: accept, route to two departments at once, each decides (one with a decision PDF), result ready.
    _open(qtbot, win, a_trk[2])
    _click(qtbot, win, "accept")
    _idle(qtbot, win)
    _click(qtbot, win, "route")
    dlg = win.panel.dialog
    dlg.check("民政局（乡镇民政办/社会事务办公室）")
    dlg.check("县残疾人联合会")
    dlg.accept()
    _idle(qtbot, win)
    assert win.panel.payload["state"] == "in_review" and win.panel.tasks.count() == 2  # type: ignore[index]
    from reportlab.pdfgen import canvas

    decision_pdf = tmp_path / "decision.pdf"
    c = canvas.Canvas(str(decision_pdf))
    c.drawString(72, 720, "Decision: approved")
    c.save()
    _click(qtbot, win, "decide")
    dlg = win.panel.dialog
    dlg.task.setCurrentIndex(0)
    dlg.note.setText("符合条件")
    dlg.document.setText(str(decision_pdf))
    dlg.accept()
    _idle(qtbot, win)
    assert win.panel.payload["state"] == "in_review"  # type: ignore[index]
    _click(qtbot, win, "decide")
    win.panel.dialog.accept()  # the remaining department, approve
    _idle(qtbot, win)
    assert win.panel.payload["state"] == "approved"  # type: ignore[index]
    assert win.panel.payload["review_tasks"][0]["document_sha256"]  # type: ignore[index]
    _click(qtbot, win, "result_ready")
    _idle(qtbot, win)
    assert win.panel.payload["state"] == "result_ready"  # type: ignore[index]

    # Two clerks on B1 at once: the second window's accept lands first; the first is told and reloads.
    win2 = _window(qtbot, server, tmp_path, "clerk2")
    _open(qtbot, win, b_trk[1])
    _open(qtbot, win2, b_trk[1])
    _click(qtbot, win2, "accept")
    _idle(qtbot, win2)
    _click(qtbot, win, "not_accept")
    win.panel.dialog.reason.setPlainText("材料不全")
    win.panel.dialog.accept()
    _idle(qtbot, win)
    assert "Someone else acted on this application first" in win.banner.text()
    assert win.panel.payload["state"] == "accepted"  # type: ignore[index]  # reloaded: clerk2's accept stands
    assert not win.panel.buttons["not_accept"].isEnabled()

    # The report moved exactly as the day did.
    after = _report(qtbot, boss)
    delta = {
        k: after[k] - after_arrivals[k]
        for k in ("received", "accepted", "returned", "not_accepted", "completed", "on_time")
    }
    assert delta == {
        "received": 0,
        "accepted": 3,
        "returned": 1,
        "not_accepted": 1,
        "completed": 1,
        "on_time": 1,
    }
    # The hand-over list of paper originals: tick each line, countersign.
    win.tabs.setCurrentWidget(win.handovers)
    _idle(qtbot, win)
    assert win.handovers.lines.rowCount() == 1
    win.handovers.tick(0)
    qtbot.mouseClick(win.handovers.sign, Qt.MouseButton.LeftButton)
    _idle(qtbot, win)
    assert "clerk" in win.handovers.state.text()
    # A complaint, resolved with what was done.
    win.tabs.setCurrentWidget(win.complaints)
    _idle(qtbot, win)
    assert len(win.complaints.model.rows()) == 1
    win.complaints.view.selectRow(0)
    win.complaints.resolution.setText("已当面解释办理进度")
    win.complaints.resolve_btn.click()
    _idle(qtbot, win)
    assert win.complaints.model.rows()[0]["status"] == "resolved"

    # The director adds a local holiday in the calendar screen; it reaches the village with the next sync.
    boss.tabs.setCurrentWidget(boss.calendar)
    _idle(qtbot, boss)
    boss.calendar.day.setDate(QDate(2027, 2, 7))
    boss.calendar.name.setText("藏历新年")
    boss.calendar.add_local()
    _idle(qtbot, boss)

    # The village A laptop learns the decision, the ready result and the calendar.
    assert commands.sync_once(store_a).exit_code == 0
    from villagedesk.services.calendar import work_calendar

    losar = work_calendar(store_a).entry(dt.date(2027, 2, 7))
    assert losar is not None and (losar.source, losar.name) == ("local", "藏历新年")
    assert _app(store_a, a_apps[2].uuid).state.value == "result_ready"
    with store_a.reader() as uow:
        signed = uow.list_records("handover")
        complaints = uow.list_records("complaint")
    assert [h.countersigned_by for h in signed] == ["clerk"] and all(line.checked for line in signed[0].lines)
    assert [(c.status.value, c.resolution) for c in complaints] == [("resolved", "已当面解释办理进度")]
    store_a.close()
    store_b.close()
