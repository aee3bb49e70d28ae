"""A laptop restored from an old backup never moves a record backwards on the server.

Non-application records carry no version, so the server recognises an old copy by content: a snapshot the
record already had and left behind, sent by a device that neither sent it itself nor wrote the copy it would
replace. It is answered as a no-op (``duplicate``, code ``record.stale_copy``) and the newer copy is sent down
again, so the laptop ends with it: nothing wedges, nothing is lost. Real client engine and real server on
loopback, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sync_harness import (
    TOWNSHIP,
    VILLAGE_A,
    ServerProc,
    check_invariants,
    enrolled_store,
    local_records,
    new_store,
)

from sync_server import tables as t
from sync_server.batches import export_batch
from villagedesk.core.models import Applicant, Appointment, AppointmentStatus, Complaint
from villagedesk.storage.store import Store
from villagedesk.sync import commands
from villagedesk.sync.engine import EXIT_OK
from villagedesk.sync.staff_api import StaffApi

APPLICANT = "513301199001011234"


def _synced(store: Store) -> None:
    r = commands.sync_once(store)
    assert r.exit_code == EXIT_OK, (r, store.quarantined())


def _edit(store: Store, record_type: str, record_id: str, **changes: Any) -> None:
    with store.unit_of_work() as uow:
        rec = (
            uow.get_record(record_type, record_id)
            if record_type != "applicant"
            else uow.get_applicant(record_id)
        )
        new = dataclasses.replace(rec, **changes)
        if record_type == "applicant":
            uow.save_applicant(new)
        else:
            uow.put_record(record_type, new)


def _first_records(store: Store) -> dict[str, str]:
    """One applicant, one appointment, one complaint: written, not yet synced."""
    v = VILLAGE_A
    with store.unit_of_work() as uow:
        uow.save_applicant(Applicant(APPLICANT, "扎西", village_code=v, phone="13800000001"))
        uow.put_record(
            "appointment",
            Appointment("appt-1", v, "agent-1", APPLICANT, dt.date(2026, 12, 1), time_slot="09:00-10:00"),
        )
        uow.put_record("complaint", Complaint("cmp-1", v, "agent-1", APPLICANT, "没有回音"))
    return {"applicant": APPLICANT, "appointment": "appt-1", "complaint": "cmp-1"}


def _server(srv: ServerProc) -> dict[tuple[str, str], dict[str, Any]]:
    return srv.admin().records_of(VILLAGE_A)


def _lost_timeline(tmp_path: Path, srv: ServerProc) -> tuple[Path, Path]:
    """A laptop backed up with unsent work; the work and later edits then reach the server; the disk dies."""
    data = tmp_path / "a1"
    store = enrolled_store(data, srv, VILLAGE_A)
    _first_records(store)
    store.close()
    backup = tmp_path / "backup"
    shutil.copytree(data, backup)
    store = new_store(data)
    _synced(store)
    _edit(store, "applicant", APPLICANT, phone="13900000002")
    _edit(store, "appointment", "appt-1", status=AppointmentStatus.CANCELLED, note="改期")
    _edit(store, "complaint", "cmp-1", text="没有回音；已电话催问")
    _synced(store)
    store.close()
    shutil.rmtree(data)
    shutil.copytree(backup, data)
    return data, backup


def _assert_newer_kept(srv: ServerProc) -> None:
    recs = _server(srv)
    assert recs[("applicant", APPLICANT)]["phone"] == "13900000002", "the applicant moved backwards"
    assert recs[("appointment", "appt-1")]["status"] == "cancelled", "the appointment moved backwards"
    assert recs[("complaint", "cmp-1")]["text"] == "没有回音；已电话催问", "the complaint moved backwards"


def test_restored_and_reenrolled_laptop_does_not_move_records_backwards(
    tmp_path: Path, srv: ServerProc
) -> None:
    data, _ = _lost_timeline(tmp_path, srv)
    store = new_store(data)
    # A new credential for the restored laptop (the old one was revoked with the broken machine): a new
    # device whose outbox still holds the old copies.
    old_device = store.device()
    assert old_device is not None
    commands.enroll(store, srv.url, srv.admin().create_enroll_code(VILLAGE_A))
    new_device = store.device()
    assert new_device is not None and new_device.device_id != old_device.device_id
    assert len(store.pending_outbox()) == 3
    _synced(store)
    _assert_newer_kept(srv)
    # The laptop was told, and holds the newer copies now.
    local = local_records(store)
    assert local[("appointment", "appt-1")]["status"] == "cancelled"
    assert local[("complaint", "cmp-1")]["text"] == "没有回音；已电话催问"
    with srv.admin().engine.connect() as conn:
        rows = conn.execute(
            select(t.push_results.c.status).where(t.push_results.c.device_id == new_device.device_id)
        ).all()
    assert [r.status for r in rows] == ["duplicate"] * 3, "an old copy was applied"
    check_invariants(srv.admin(), [store], VILLAGE_A, expect_apps=0)
    # New work after that goes through as usual.
    _edit(store, "appointment", "appt-1", status=AppointmentStatus.BOOKED, note="重新预约")
    _synced(store)
    assert _server(srv)[("appointment", "appt-1")]["note"] == "重新预约"
    store.close()


def test_restored_laptop_replaying_its_outbox_does_not_move_records_backwards(
    tmp_path: Path, srv: ServerProc
) -> None:
    data, _ = _lost_timeline(tmp_path, srv)
    store = new_store(data)
    _synced(store)
    _assert_newer_kept(srv)
    check_invariants(srv.admin(), [store], VILLAGE_A, expect_apps=0)
    store.close()


def test_going_back_to_an_earlier_content_is_an_edit(tmp_path: Path, srv: ServerProc) -> None:
    """A typo corrected back, an appointment cancelled and booked again: same content as before, and yet
    new edits, by the laptop that wrote the earlier content or by the one that made the last change."""
    a = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    b = enrolled_store(tmp_path / "a2", srv, VILLAGE_A)
    _first_records(a)
    _synced(a)
    _edit(a, "applicant", APPLICANT, phone="13800000009")  # a typo...
    _synced(a)
    _edit(a, "applicant", APPLICANT, phone="13800000001")  # ...corrected back
    _synced(a)
    assert _server(srv)[("applicant", APPLICANT)]["phone"] == "13800000001"
    _synced(b)
    _edit(b, "appointment", "appt-1", status=AppointmentStatus.CANCELLED)  # the second agent cancels...
    _synced(b)
    _edit(b, "appointment", "appt-1", status=AppointmentStatus.BOOKED)  # ...and books it again
    _synced(b)
    assert _server(srv)[("appointment", "appt-1")]["status"] == "booked"
    _synced(a)
    check_invariants(srv.admin(), [a, b], VILLAGE_A, expect_apps=0)
    a.close()
    b.close()


def test_replayed_copy_brings_back_a_township_change_the_laptop_stepped_over(
    tmp_path: Path, srv: ServerProc
) -> None:
    """The restored, re-enrolled laptop takes the township's USB batch while its old copy of a complaint
    still waits to go (so the store keeps its copy and steps over the township's answer); when the copy
    then reaches the server it is answered as already there, and the township's answer comes down again."""
    data = tmp_path / "a1"
    store = enrolled_store(data, srv, VILLAGE_A)
    _first_records(store)
    store.close()
    backup = tmp_path / "backup"
    shutil.copytree(data, backup)
    store = new_store(data)
    _synced(store)
    store.close()
    srv.admin().add_staff("clerk", "correct horse battery staple", "clerk", TOWNSHIP)
    api = StaffApi(srv.url, fingerprint=srv.fingerprint)
    try:
        api.login("clerk", "correct horse battery staple")
        api.update_complaint("cmp-1", status="in_progress", due_on="2026-12-20")
    finally:
        api.close()
    shutil.rmtree(data)
    shutil.copytree(backup, data)
    store = new_store(data)
    commands.enroll(store, srv.url, srv.admin().create_enroll_code(VILLAGE_A))
    batch = tmp_path / "down.vdb"
    export_batch(srv.admin(), VILLAGE_A, batch)
    commands.import_batch(store, batch)
    assert local_records(store)[("complaint", "cmp-1")]["status"] == "open", "the store kept its unsent copy"
    _synced(store)
    server = _server(srv)[("complaint", "cmp-1")]
    assert (server["status"], server["due_on"]) == ("in_progress", "2026-12-20")
    assert local_records(store)[("complaint", "cmp-1")] == server, "the township's answer never came down"
    check_invariants(srv.admin(), [store], VILLAGE_A, expect_apps=0)
    store.close()
