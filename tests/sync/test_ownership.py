"""One writer per field for records the village creates and the township answers (complaints, hand-over lists).

The township's status, resolution and due date of a complaint and its countersignature of a hand-over list
survive a later village edit made on an older copy, and the village's edit survives too: the server merges
and the merged record flows back down. Real client engine, real server and township API on loopback, on
SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sync_harness import (
    TOWNSHIP,
    VILLAGE_A,
    ServerProc,
    check_invariants,
    enrolled_store,
    local_records,
)

from sync_server.batches import export_batch
from villagedesk.core.models import (
    Complaint,
    ComplaintStatus,
    Handover,
    HandoverDirection,
    HandoverLine,
)
from villagedesk.services import records
from villagedesk.storage.store import Store
from villagedesk.sync import commands
from villagedesk.sync.engine import EXIT_OK
from villagedesk.sync.staff_api import StaffApi

PASSWORD = "correct horse battery staple"
APP = "7a1f3c9e-0000-4000-8000-000000000001"


@pytest.fixture
def township(srv: ServerProc) -> Iterator[StaffApi]:
    srv.admin().add_staff("clerk", PASSWORD, "clerk", TOWNSHIP)
    api = StaffApi(srv.url, fingerprint=srv.fingerprint)
    api.login("clerk", PASSWORD)
    yield api
    api.close()


def _synced(store: Store) -> None:
    r = commands.sync_once(store)
    assert r.exit_code == EXIT_OK, (r, store.quarantined())


def _server(srv: ServerProc, record_type: str, record_id: str) -> dict[str, Any]:
    return srv.admin().records_of(VILLAGE_A)[(record_type, record_id)]


def _local(store: Store, record_type: str, record_id: str) -> dict[str, Any]:
    return local_records(store)[(record_type, record_id)]


def _edit(store: Store, record_type: str, record_id: str, **changes: Any) -> None:
    with store.unit_of_work() as uow:
        rec = uow.get_record(record_type, record_id)
        uow.put_record(record_type, dataclasses.replace(rec, **changes))


def _complaint(store: Store) -> Complaint:
    return records.add_complaint(
        store,
        agent_id="agent-1",
        complainant_id_number="513301199001011234",
        text="材料递交后没有回音",
        received_on=dt.date(2026, 11, 2),
    )


def test_township_complaint_answer_survives_an_older_village_edit(
    tmp_path: Path, srv: ServerProc, township: StaffApi
) -> None:
    store = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    c = _complaint(store)
    _synced(store)
    township.update_complaint(c.record_id, status="in_progress", due_on="2026-12-20")
    # The agent adds to the complaint on the copy it has, before it has seen the township's answer.
    _edit(store, "complaint", c.record_id, text="材料递交后没有回音；已电话催问")
    _synced(store)
    server = _server(srv, "complaint", c.record_id)
    assert server["text"] == "材料递交后没有回音；已电话催问", "the village's edit was lost"
    assert (server["status"], server["due_on"]) == ("in_progress", "2026-12-20"), (
        "the township's answer was lost"
    )
    assert _local(store, "complaint", c.record_id) == server, "the merged complaint did not come back down"

    # The township resolves; the agent, still unaware, corrects the complainant's ID on its copy.
    township.update_complaint(c.record_id, status="resolved", resolution="已电话答复并补办")
    _edit(store, "complaint", c.record_id, complainant_id_number="51330119900101123X")
    _synced(store)
    server = _server(srv, "complaint", c.record_id)
    assert server["complainant_id_number"] == "51330119900101123X"
    assert (server["status"], server["resolution"], server["due_on"]) == (
        "resolved",
        "已电话答复并补办",
        "2026-12-20",
    )
    check_invariants(srv.admin(), [store], VILLAGE_A, expect_apps=0)
    store.close()


def test_complaint_resolved_in_the_village_after_the_township_acted_is_kept(
    tmp_path: Path, srv: ServerProc, township: StaffApi
) -> None:
    store = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    c = _complaint(store)
    _synced(store)
    township.update_complaint(c.record_id, status="in_progress", due_on="2026-12-20")
    # Resolved on the spot in the village before the township's answer came down.
    records.resolve_complaint(store, c.record_id, "当场解释清楚")
    _synced(store)
    server = _server(srv, "complaint", c.record_id)
    assert (server["status"], server["resolution"], server["due_on"]) == (
        "resolved",
        "当场解释清楚",
        "2026-12-20",
    )
    assert _local(store, "complaint", c.record_id) == server
    store.close()


def test_countersignature_survives_a_village_edit_of_the_list(
    tmp_path: Path, srv: ServerProc, township: StaffApi
) -> None:
    store = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    h = records.create_handover(
        store,
        agent_id="agent-1",
        direction=HandoverDirection.TO_TOWNSHIP,
        lines=[HandoverLine(APP, "", "户口簿原件", 1), HandoverLine(APP, "", "身份证复印件", 2)],
        created_on=dt.date(2026, 11, 20),
    )
    _synced(store)
    (listed,) = township.handovers(VILLAGE_A)
    township.countersign(h.record_id, [0], listed["version"])
    # The agent, unaware, corrects a count on the list it carried.
    with store.unit_of_work() as uow:
        rec: Handover = uow.get_record("handover", h.record_id)
        lines = (rec.lines[0], dataclasses.replace(rec.lines[1], count=3))
        uow.put_record("handover", dataclasses.replace(rec, lines=lines))
    _synced(store)
    server = _server(srv, "handover", h.record_id)
    assert server["countersigned_by"] == "clerk" and server["countersigned_on"], "countersignature lost"
    assert [ln["checked"] for ln in server["lines"]] == [True, False], "the township's ticks were lost"
    assert [ln["count"] for ln in server["lines"]] == [1, 3], "the village's correction was lost"
    assert _local(store, "handover", h.record_id) == server
    check_invariants(srv.admin(), [store], VILLAGE_A, expect_apps=0)
    store.close()


def test_unsynced_village_edit_survives_a_township_change_arriving_first(
    tmp_path: Path, srv: ServerProc, township: StaffApi
) -> None:
    """The laptop receives the township's change (USB) while its own edit of the record is still unsent:
    the store keeps the local edit, the push merges, and the merged record comes down."""
    store = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    other = enrolled_store(tmp_path / "a2", srv, VILLAGE_A)  # the second agent's laptop
    c = _complaint(store)
    _synced(store)
    _synced(other)
    township.update_complaint(c.record_id, status="in_progress", due_on="2026-12-20")
    _edit(store, "complaint", c.record_id, text="补充：已两次催问")
    batch = tmp_path / "down.vdb"
    export_batch(srv.admin(), VILLAGE_A, batch)
    commands.import_batch(store, batch)
    local = _local(store, "complaint", c.record_id)
    assert local["text"] == "补充：已两次催问" and local["status"] == "open", (
        "the unsent edit was overwritten"
    )
    assert store.pending_outbox(), "the edit is still waiting to go"
    _synced(store)
    _synced(other)
    server = _server(srv, "complaint", c.record_id)
    assert (server["text"], server["status"], server["due_on"]) == (
        "补充：已两次催问",
        "in_progress",
        "2026-12-20",
    )
    check_invariants(srv.admin(), [store, other], VILLAGE_A, expect_apps=0)
    store.close()
    other.close()


def test_handover_created_by_the_village_keeps_its_own_countersignature(
    tmp_path: Path, srv: ServerProc
) -> None:
    """Results carried back to the village are countersigned there: the township never writes them,
    so the village's countersignature goes through unchanged."""
    store = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    h = records.create_handover(
        store,
        agent_id="agent-1",
        direction=HandoverDirection.TO_VILLAGE,
        lines=[HandoverLine(APP, "", "证书", 1)],
        created_on=dt.date(2026, 11, 20),
    )
    _synced(store)
    records.countersign_handover(store, h.record_id, countersigned_by="agent-1", on=dt.date(2026, 11, 21))
    _synced(store)
    server = _server(srv, "handover", h.record_id)
    assert (server["countersigned_by"], server["countersigned_on"]) == ("agent-1", "2026-11-21")
    assert server["lines"][0]["checked"] is True
    assert ComplaintStatus.OPEN.value == "open"  # the vocabulary the merge relies on
    store.close()
