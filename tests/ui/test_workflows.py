"""The agent's day, driven through the widgets: sign in, register, apply with a missing material, add it,
queue, follow up (returned, fixed, result ready, delivered and rated), lock and AB岗 takeover."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from conftest import sign_in, wait_idle
from PySide6.QtCore import Qt

from villagedesk.core.models import RatingLevel
from villagedesk.protocol.states import ApplicationState as S
from villagedesk.protocol.states import MaterialStatus as M
from villagedesk.services import records
from villagedesk.storage.store import Store
from villagedesk.ui.demo import (
    APPLICANTS,
    demo_pdf,
    id_number,
    result_ready,
    return_for_correction,
    wrong_check,
)


def _choose(qtbot: Any, combo: Any, value: str) -> None:
    """Pick a combo entry the way a keyboard user does: focus, move to it, confirm."""
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def _type(qtbot: Any, field: Any, text: str) -> None:
    """Key presses for ASCII; an input method commits other scripts at once (QTest has no keys for them)."""
    field.setFocus()
    if text.isascii():
        qtbot.keyClicks(field, text)
    elif hasattr(field, "insert"):
        field.insert(text)
    else:
        field.insertPlainText(text)


def _pdf(preview: Any, qtbot: Any) -> bytes:
    qtbot.waitUntil(lambda: preview.pdf_bytes != b"", timeout=15_000)
    assert preview.pdf_bytes.startswith(b"%PDF")
    assert preview.document.pageCount() >= 1
    return preview.pdf_bytes


def test_first_sign_in_sets_the_pin(qtbot: Any, ui_store: Store, make_window: Any) -> None:
    w = make_window(ui_store)
    assert w.root.currentWidget() is w.sign_in  # enrolled: no first-run screen
    page = w.sign_in
    page.agent.setCurrentIndex(page.agent.findData("agent-a"))
    assert page.pin2.isVisible()  # no PIN yet: asked twice
    qtbot.keyClicks(page.pin, "1234")
    qtbot.keyClicks(page.pin2, "1243")
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert page.message.text() == page.tr("The two PINs differ.")
    page.pin.clear()
    page.pin2.clear()
    sign_in(qtbot, w)
    assert w.desk.agent_id == "agent-a"


def test_register_with_a_wrong_then_a_right_id_number(qtbot: Any, ui_store: Store, make_window: Any) -> None:
    w = make_window(ui_store)
    sign_in(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Ctrl+2: Applicants
    page = w.pages["applicants"]
    assert w.stack.currentWidget() is page
    good = id_number("19500212", "041")
    qtbot.keyClicks(page.id_number, wrong_check(good))
    # The rule is explained in the agent's language (zh_CN by default) as soon as 18 characters are in.
    assert "最后一位应是" in page.id_hint.text() and good[-1] in page.id_hint.text()
    _type(qtbot, page.legal_name, "泽仁卓玛")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    assert "最后一位应是" in page.form_error.text()
    with ui_store.reader() as uow:
        assert uow.get_applicant(good) is None
    page.id_number.clear()
    qtbot.keyClicks(page.id_number, good)
    assert page.id_hint.text() == ""
    assert "免费代办" in page.eligibility.text()  # born 1950: free proxy service
    _type(qtbot, page.name_bo, "ཚེ་རིང་སྒྲོལ་མ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    with ui_store.reader() as uow:
        saved = uow.get_applicant(good)
    assert saved is not None and saved.legal_name == "泽仁卓玛"
    # Another spelling of the same Tibetan name finds the person.
    page.search.clear()
    _type(qtbot, page.search, "次仁卓玛")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    wait_idle(qtbot, w)
    assert [a.id_number for a in page.model.rows()] == [good]


def test_unknown_region_needs_the_override(qtbot: Any, ui_store: Store, make_window: Any) -> None:
    w = make_window(ui_store)
    sign_in(qtbot, w)
    w.go("applicants")
    page = w.pages["applicants"]
    odd = id_number("19800101", "012", region="999901")
    qtbot.keyClicks(page.id_number, odd)
    assert page.override.isVisible() and "999901" in page.id_hint.text()
    _type(qtbot, page.legal_name, "扎西")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    with ui_store.reader() as uow:
        assert uow.get_applicant(odd) is None
    page.override.setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    with ui_store.reader() as uow:
        assert uow.get_applicant(odd) is not None


def _register(store: Store, n: int = 0) -> str:
    from villagedesk.services.applicants import register_applicant

    a = APPLICANTS[n]
    register_applicant(
        store, id_number=a.id_number, legal_name=a.legal_name, name_bo=a.name_bo, phone=a.phone
    )
    return a.id_number


def test_application_missing_material_slip_then_complete_and_queue(
    qtbot: Any, ui_store: Store, make_window: Any, tmp_path: Path
) -> None:
    who = _register(ui_store)
    w = make_window(ui_store)
    sign_in(qtbot, w)
    # From the applicant to a new application.
    w.go("applicants")
    ap = w.pages["applicants"]
    qtbot.keyClicks(ap.search, who)
    qtbot.keyClick(ap.search, Qt.Key.Key_Return)
    wait_idle(qtbot, w)
    qtbot.mouseClick(ap.start_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    page = w.pages["application"]
    assert w.stack.currentWidget() is page and page.applicant is not None
    item = next(i for i in page.items if sum(m.required for m in i.materials) >= 2)
    page.item_box.setCurrentIndex(page.item_box.findData(item.code))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    assert page.app is not None and page.app.state is S.DRAFT
    required = [r for r in page.rows if r.material.required]
    missing_row = required[-1]
    for r in page.rows:
        status = M.ORIGINAL_KEPT if r.material.required else M.NOT_APPLICABLE
        _choose(qtbot, r.status, (M.MISSING if r is missing_row else status).value)
        wait_idle(qtbot, w)
    assert page.notify_button.isEnabled() and not page.complete_button.isEnabled()
    # A defective material needs its reason before it counts.
    _choose(qtbot, required[0].status, M.DEFECTIVE.value)
    wait_idle(qtbot, w)
    assert (
        required[0].reason.isEnabled() and page.app.check(required[0].material.key).status is M.ORIGINAL_KEPT
    )
    _type(qtbot, required[0].reason, "复印不清")
    required[0].reason.editingFinished.emit()
    wait_idle(qtbot, w)
    assert page.app.check(required[0].material.key).status is M.DEFECTIVE
    # The one-time notification: everything missing at once.
    qtbot.mouseClick(page.notify_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    assert page.app.state is S.AWAITING_MATERIALS
    _pdf(page.last_preview, qtbot)
    slip = tmp_path / "slip.pdf"
    page.last_preview.save_to(str(slip))
    import pdfplumber

    with pdfplumber.open(slip) as pdf:
        text = "".join(p.extract_text() or "" for p in pdf.pages)
    missing_name = missing_row.material.name_zh
    assert missing_name[:6] in text.replace("\n", "")
    page.last_preview.close()
    # The villager comes back with it: attach a scan through the preview (compressed before accepting).
    scan = tmp_path / "scan.jpg"
    demo_pdf(str(scan))
    page.prepare_file(scan, missing_row.material.key)
    wait_idle(qtbot, w)
    assert page.pending is not None and page.accept_button.isEnabled()
    assert "→" not in page.size_label.text() and page.size_label.text()
    qtbot.mouseClick(page.rotate, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.zoom_in, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    attached = page.app.check(missing_row.material.key).attachments
    assert len(attached) == 1 and ui_store.blobs.has(attached[0].sha256)
    assert attached[0].size < scan.stat().st_size
    for r in (missing_row, required[0]):
        _choose(qtbot, r.status, M.ORIGINAL_KEPT.value)
        wait_idle(qtbot, w)
    assert page.complete_button.isEnabled()
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    assert page.app.state is S.QUEUED and page.app.tracking_number.startswith("513301100201-01-")
    _pdf(page.last_preview, qtbot)
    page.last_preview.close()
    # The outbox shows it, with its size, waiting.
    w.go("outbox")
    wait_idle(qtbot, w)
    out = w.pages["outbox"]
    line = next(r for r in out.model.rows() if r.record_id == page.app.uuid)
    assert line.state == "waiting" and line.size == attached[0].size


def test_follow_up_returned_fixed_and_result_delivered_with_rating(
    qtbot: Any, ui_store: Store, make_window: Any
) -> None:
    from villagedesk.services import applications as apps

    who = _register(ui_store, 1)
    with ui_store.reader() as uow:
        item = next(i for i in uow.catalog().items if i.village_can_proxy and i.materials)
    made = []
    for _ in range(2):
        a = apps.start_application(ui_store, item_code=item.code, applicant_id_number=who, agent_id="agent-a")
        for m in item.materials:
            apps.set_material(
                ui_store,
                a.uuid,
                m.key,
                agent_id="agent-a",
                status=M.ORIGINAL_KEPT if m.required else M.NOT_APPLICABLE,
            )
        apps.complete(ui_store, a.uuid, agent_id="agent-a")
        made.append(apps.queue(ui_store, a.uuid, agent_id="agent-a"))
    first_key = item.materials[0].key
    return_for_correction(ui_store, made[0].uuid, first_key, "照片模糊")
    result_ready(ui_store, made[1].uuid, dt.date.today() - dt.timedelta(days=3))

    w = make_window(ui_store)
    sign_in(qtbot, w)
    page = w.pages["followup"]
    assert w.stack.currentWidget() is page
    wait_idle(qtbot, w)
    states = {r.uuid: r.state for r in page.model.rows()}
    assert states == {made[0].uuid: S.RETURNED, made[1].uuid: S.RESULT_READY}
    page.table.selectRow(0)
    wait_idle(qtbot, w)
    assert page.fix_button.isVisible() and "照片模糊" in page.detail.text()
    qtbot.mouseClick(page.fix_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    ap = w.pages["application"]
    assert ap.app is not None and ap.app.uuid == made[0].uuid
    # Only the returned piece can change.
    assert [r.status.isEnabled() for r in ap.rows] == [r.material.key == first_key for r in ap.rows]
    _choose(qtbot, ap.rows[0].status, M.ORIGINAL_KEPT.value)
    wait_idle(qtbot, w)
    qtbot.mouseClick(ap.complete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    assert ap.app.state is S.QUEUED and ap.app.tracking_number == made[0].tracking_number
    ap.last_preview.close()

    w.go("followup")
    wait_idle(qtbot, w)
    assert [r.uuid for r in page.model.rows()] == [made[1].uuid]
    page.table.selectRow(0)
    wait_idle(qtbot, w)
    assert page.deliver_box.isVisible() and page.signed_by.text() == APPLICANTS[1].legal_name
    page.by_thumb.setChecked(True)
    _choose(qtbot, page.rating, RatingLevel.DISSATISFIED.value)
    qtbot.mouseClick(page.deliver_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    assert "原因" in page.message.text() or "差评" in page.message.text()  # a poor rating needs the reason
    _type(qtbot, page.comment, "等了太久")
    qtbot.mouseClick(page.deliver_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    with ui_store.reader() as uow:
        delivered = uow.require_application(made[1].uuid)
        ev = uow.events(made[1].uuid)[-1]
    assert delivered.state is S.DELIVERED and ev.payload["how"] == "thumbprint"
    rating = records.rating_of(ui_store, delivered)
    assert rating is not None and rating.level is RatingLevel.DISSATISFIED and rating.comment == "等了太久"


def test_lock_after_inactivity_and_ab_takeover(qtbot: Any, ui_store: Store, make_window: Any) -> None:
    from villagedesk.services import agents
    from villagedesk.services import applications as apps

    who = _register(ui_store)
    with ui_store.reader() as uow:
        item = next(i for i in uow.catalog().items if i.village_can_proxy)
    draft = apps.start_application(ui_store, item_code=item.code, applicant_id_number=who, agent_id="agent-a")
    agents.set_pin(ui_store, "agent-a", "1234")
    agents.set_pin(ui_store, "agent-b", "5678")
    w = make_window(ui_store)
    sign_in(qtbot, w)
    clock = [0.0]
    w.inactivity._now = lambda: clock[0]
    w.inactivity.unlock()
    clock[0] = w.settings.lock_after_minutes * 60 + 1
    w._check_lock()
    assert w.root.currentWidget() is w.sign_in and w.sign_in.locked_agent is not None
    # The other agent takes over (AB岗).
    page = w.sign_in
    page.agent.setCurrentIndex(page.agent.findData("agent-b"))
    assert page.takeover.isVisible()
    page.takeover.setChecked(True)
    sign_in(qtbot, w, "agent-b", "5678")
    with ui_store.reader() as uow:
        app = uow.require_application(draft.uuid)
    assert app.current_agent == "agent-b" and app.responsible_agent == "agent-a"
    assert "AB岗" in w.status.text()
    # Ctrl+L locks at once; the same agent comes back with the PIN.
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.root.currentWidget() is w.sign_in
    sign_in(qtbot, w, "agent-b", "5678")


def test_language_switches_at_run_time(qtbot: Any, ui_store: Store, make_window: Any) -> None:
    w = make_window(ui_store)
    sign_in(qtbot, w)
    assert w.nav.item(1).text() == "申请人"
    w.go("settings")
    s = w.pages["settings"]
    _choose(qtbot, s.language, "bo")
    wait_idle(qtbot, w)
    assert w.nav.item(1).text() == "ཞུ་མཁན"
    assert w.pages["applicants"].save_button.text() == "ཞུ་མཁན་ཉར་ཚགས"
    assert w.pages["followup"].model.headerData(0, Qt.Orientation.Horizontal) == "རྣམ་པ"
    _choose(qtbot, s.language, "en")
    wait_idle(qtbot, w)
    assert w.nav.item(1).text() == "Applicants"
    from villagedesk.services.settings import load_settings

    assert load_settings(ui_store).language == "en"  # kept for the next start
    s.large.setChecked(True)
    wait_idle(qtbot, w)
    assert qtbot.screenshot is not None
    from PySide6.QtWidgets import QApplication

    assert QApplication.font().pointSizeF() == 12.0
    s.large.setChecked(False)
    wait_idle(qtbot, w)


def _started(qtbot: Any, w: Any, store: Store) -> Any:
    who = _register(store)
    w.go("application")
    wait_idle(qtbot, w)
    page = w.pages["application"]
    page.set_applicant(who)
    wait_idle(qtbot, w)
    page.item_box.setCurrentIndex(page.item_box.findData(page.items[0].code))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    assert page.app is not None
    return page


def test_scanner_folder_offers_the_new_scan(
    qtbot: Any, ui_store: Store, make_window: Any, tmp_path: Path
) -> None:
    w = make_window(ui_store)
    sign_in(qtbot, w)
    page = _started(qtbot, w, ui_store)
    key = page.rows[-1].material.key
    page.rows[-1].attach.setFocus()  # the agent is on the last material's row
    qtbot.waitUntil(lambda: page.current_material == key)
    demo_pdf(str(tmp_path / "scan.jpg"))
    target = ui_store.paths.scanner_inbox / "scan-0001.jpg"
    (tmp_path / "scan.jpg").rename(target)  # the scanner's software drops the file in
    qtbot.waitUntil(lambda: page.pending is not None, timeout=10_000)
    assert page.pending.material_key == key and page.pending.from_scanner
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    assert len(page.app.check(key).attachments) == 1
    assert not target.exists() and (target.parent / "done" / target.name).exists()


def test_drag_and_drop_a_file(qtbot: Any, ui_store: Store, make_window: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    w = make_window(ui_store)
    sign_in(qtbot, w)
    page = _started(qtbot, w, ui_store)
    photo = tmp_path / "photo.jpg"
    demo_pdf(str(photo))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)
    wait_idle(qtbot, w)
    assert page.pending is not None and page.pending.path == photo
    assert page.pending.prepared.size < photo.stat().st_size
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert page.pending is None


def test_follow_up_prints_the_township_notices(qtbot: Any, ui_store: Store, make_window: Any) -> None:
    import pdfplumber

    from villagedesk.core import lifecycle as L
    from villagedesk.ui.demo import fill_demo, township_change, township_ctx

    made = fill_demo(ui_store)
    township_change(ui_store, made["queued"], lambda a: L.receive(a, township_ctx()))
    township_change(
        ui_store,
        made["queued"],
        lambda a: L.not_accept(
            a, township_ctx(), reason="不属于本乡受理范围", legal_basis="《行政许可法》第三十二条"
        ),
    )
    w = make_window(ui_store)
    sign_in(qtbot, w)
    page = w.pages["followup"]
    wait_idle(qtbot, w)
    for uuid, expected in ((made["accepted"], "受理通知"), (made["queued"], "不属于本乡受理范围")):
        rows = [r.uuid for r in page.model.rows()]
        page.table.selectRow(rows.index(uuid))
        wait_idle(qtbot, w)
        assert page.notice_button.isVisible()
        qtbot.mouseClick(page.notice_button, Qt.MouseButton.LeftButton)
        data = _pdf(page.last_preview, qtbot)
        import io

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            text = "".join(p.extract_text() or "" for p in pdf.pages).replace("\n", "")
        assert expected in text
        page.last_preview.close()


def test_outbox_shows_what_waits_and_what_was_held_back(
    qtbot: Any, ui_store: Store, make_window: Any
) -> None:
    from villagedesk.ui.i18n import quarantine_text

    who = _register(ui_store)
    _register(ui_store, 1)
    entry = next(e for e in ui_store.pending_outbox() if e.record_id == who)
    ui_store.quarantine(entry.device_seq, "application.stale", {})
    w = make_window(ui_store)
    sign_in(qtbot, w)
    w.go("outbox")
    wait_idle(qtbot, w)
    page = w.pages["outbox"]
    lines = {r.record_id: r for r in page.model.rows()}
    assert lines[who].state == "quarantined" and lines[APPLICANTS[1].id_number].state == "waiting"
    row = page.model.rows().index(lines[who])
    shown = page.model.data(page.model.index(row, 4))
    assert quarantine_text("application.stale") in shown and "乡镇" in shown  # in the agent's language
    assert lines[who].title == who[:6] + "********" + who[-4:]  # ID numbers are masked in lists
    assert "1" in page.summary.text() and page.sync_button.isEnabled()
