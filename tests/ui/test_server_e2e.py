"""The whole loop against the real township server on loopback (TLS, pinned certificate), through the
widgets: enroll on first run, roster down, register (wrong then right ID), apply with a material missing
(slip), add it, queue, sync; the township returns it for correction; fix and sync; the township decides
and the result is ready; record the delivery and the rating; sync; the township has it all."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import wait_idle
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from sync_harness import FAST_ENV, VILLAGE_A, ServerProc, free_port, setup_places

from villagedesk.core import codec
from villagedesk.core.models import Agent, RatingLevel
from villagedesk.paths import demo_catalog_path
from villagedesk.protocol.states import ApplicationState as S
from villagedesk.protocol.states import MaterialStatus as M
from villagedesk.services.calendar import ensure_calendar
from villagedesk.storage.store import Store
from villagedesk.ui.demo import id_number, wrong_check


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ServerProc]:
    for k, v in FAST_ENV.items():
        monkeypatch.setenv(k, v)
    sp = ServerProc(tmp_path / "server", free_port())
    sp.data_dir.mkdir()
    setup_places(sp.admin())
    for a in (
        Agent("agent-a", "泽仁卓玛", "ཚེ་རིང་སྒྲོལ་མ", VILLAGE_A),
        Agent("agent-b", "扎西", "བཀྲ་ཤིས", VILLAGE_A),
    ):
        sp.admin().publish("agent", codec.encode(a))
    sp.start()
    yield sp
    sp.close()


def _click(qtbot: Any, w: Any, button: Any) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)


def _choose(combo: Any, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def _sync(qtbot: Any, w: Any) -> None:
    w.go("outbox")
    wait_idle(qtbot, w)
    out = w.pages["outbox"]
    _click(qtbot, w, out.sync_button)
    qtbot.waitUntil(lambda: not out.syncing, timeout=60_000)
    wait_idle(qtbot, w)
    assert out.view_data is not None and out.view_data.counts["pending"] == 0, out.result.text()
    assert "同步完成" in out.result.text(), out.result.text()


def test_village_desk_against_the_real_server(
    qtbot: Any, tmp_path: Path, make_window: Any, server: ServerProc
) -> None:
    store = Store.open(tmp_path / "village")
    store.ensure_catalog(demo_catalog_path())
    ensure_calendar(store)
    w = make_window(store)
    try:
        _run(qtbot, w, store, server)
    finally:
        wait_idle(qtbot, w)


def _run(qtbot: Any, w: Any, store: Store, server: ServerProc) -> None:
    admin = server.admin()
    # First run: enroll with the township's one-time code (pins its certificate), roster comes down.
    assert w.root.currentWidget() is w.first_run
    fr = w.first_run
    fr.server.setText(server.url)
    fr.code.setText(admin.create_enroll_code(VILLAGE_A))
    _click(qtbot, w, fr.enroll_button)
    assert w.root.currentWidget() is w.sign_in, fr.message.text()
    assert store.device() is not None and store.device().server_fingerprint  # type: ignore[union-attr]
    page = w.sign_in
    wait_idle(qtbot, w)
    assert page.agent.count() == 2
    page.agent.setCurrentIndex(page.agent.findData("agent-a"))
    qtbot.keyClicks(page.pin, "2468")
    qtbot.keyClicks(page.pin2, "2468")
    _click(qtbot, w, page.button)
    assert w.desk.agent_id == "agent-a"

    # Register: a wrong ID number first, then the right one.
    w.go("applicants")
    ap = w.pages["applicants"]
    good = id_number("19480808", "062")
    qtbot.keyClicks(ap.id_number, wrong_check(good))
    ap.legal_name.insert("才仁拉姆")
    _click(qtbot, w, ap.save_button)
    assert "最后一位应是" in ap.form_error.text()
    ap.id_number.clear()
    qtbot.keyClicks(ap.id_number, good)
    _click(qtbot, w, ap.save_button)
    with store.reader() as uow:
        assert uow.get_applicant(good) is not None

    # Apply with one material missing: the one-time notification; then it is brought and added.
    w.go("application")
    wait_idle(qtbot, w)
    page_a = w.pages["application"]
    page_a.set_applicant(good)
    wait_idle(qtbot, w)
    item = next(i for i in page_a.items if sum(m.required for m in i.materials) >= 2)
    page_a.item_box.setCurrentIndex(page_a.item_box.findData(item.code))
    _click(qtbot, w, page_a.start_button)
    required = [r for r in page_a.rows if r.material.required]
    for r in page_a.rows:
        _choose(
            r.status,
            (
                M.MISSING
                if r is required[-1]
                else M.ORIGINAL_KEPT
                if r.material.required
                else M.NOT_APPLICABLE
            ).value,
        )
        wait_idle(qtbot, w)
    _click(qtbot, w, page_a.notify_button)
    assert page_a.app.state is S.AWAITING_MATERIALS
    qtbot.waitUntil(lambda: page_a.last_preview.pdf_bytes.startswith(b"%PDF"), timeout=15_000)
    page_a.last_preview.close()
    _choose(required[-1].status, M.ORIGINAL_SEEN_COPY_KEPT.value)
    wait_idle(qtbot, w)
    _click(qtbot, w, page_a.complete_button)
    app = page_a.app
    assert app.state is S.QUEUED and app.tracking_number
    page_a.last_preview.close()

    # Sync: the township has it (received on arrival).
    _sync(qtbot, w)
    uuid, _village = admin.find_application(app.tracking_number)
    assert uuid == app.uuid
    assert admin.application(uuid)[0]["state"] == "received"

    # The township returns it for correction: one defective material.
    key = required[0].material.key
    admin.staff_action(
        "staff", uuid, "return", {"materials": [{"key": key, "reason": "照片模糊"}]}, base_version=None
    )
    _sync(qtbot, w)
    w.go("followup")
    wait_idle(qtbot, w)
    fu = w.pages["followup"]
    assert [(r.uuid, r.state) for r in fu.model.rows()] == [(uuid, S.RETURNED)]
    fu.table.selectRow(0)
    wait_idle(qtbot, w)
    assert "照片模糊" in fu.detail.text()
    _click(qtbot, w, fu.fix_button)
    row = next(r for r in page_a.rows if r.material.key == key)
    assert row.status.isEnabled() and not required[-1].status.isEnabled()
    _choose(row.status, M.ORIGINAL_KEPT.value)
    wait_idle(qtbot, w)
    _click(qtbot, w, page_a.complete_button)
    assert page_a.app.state is S.QUEUED and page_a.app.tracking_number == app.tracking_number
    page_a.last_preview.close()
    _sync(qtbot, w)
    assert admin.application(uuid)[0]["state"] == "received"

    # The township accepts, approves and makes the result ready.
    for action, params in (
        ("accept", {}),
        ("decide", {"decision": "approve", "note": "同意"}),
        ("result_ready", {}),
    ):
        admin.staff_action("staff", uuid, action, params, base_version=None)
    _sync(qtbot, w)
    w.go("followup")
    wait_idle(qtbot, w)
    assert [(r.uuid, r.state) for r in fu.model.rows()] == [(uuid, S.RESULT_READY)]
    fu.table.selectRow(0)
    wait_idle(qtbot, w)
    fu.by_signature.setChecked(True)
    _choose(fu.rating, RatingLevel.VERY_SATISFIED.value)
    _click(qtbot, w, fu.deliver_button)
    assert fu.model.rowCount() == 0
    _sync(qtbot, w)
    assert admin.application(uuid)[0]["state"] == "delivered"
    # Nothing left to send: a USB batch can still be written (empty) for a village without network.
    out = w.pages["outbox"]
    batch = store.paths.root.parent / "batch.vdbatch"
    out.export_to(batch)
    wait_idle(qtbot, w)
    assert batch.exists() and str(batch) in out.result.text()
    ratings = [v for (t, _), v in admin.records_of(VILLAGE_A).items() if t == "rating"]
    assert (
        len(ratings) == 1
        and ratings[0]["level"] == "very_satisfied"
        and ratings[0]["application_uuid"] == uuid
    )
