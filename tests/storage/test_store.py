"""The store's outbox and pull side: the contract the sync engine relies on."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from villagedesk.core import codec
from villagedesk.core.errors import ConflictError, ValidationError
from villagedesk.core.models import Agent, Applicant, Application, Consultation
from villagedesk.protocol.states import ApplicationState
from villagedesk.storage.store import RemoteChange, Store

APPLICANT = Applicant("513322195803121018", "丹增", name_bo="བསྟན་འཛིན།", phone="13800000000")


def _app(store: Store, uuid: str = "app-1") -> Application:
    with store.reader() as uow:
        version = uow.active_catalog_version()
    assert version
    return Application(uuid, "MZ-006", version, APPLICANT.id_number, "agent-a", village_code="513322101201")


def test_every_change_gets_the_next_device_seq_in_its_transaction(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.save_applicant(APPLICANT)
        uow.save_application(_app(store))
    with pytest.raises(RuntimeError), store.unit_of_work() as uow:
        uow.put_record("consultation", Consultation("c1", "513322101201", "agent-a", "低保怎么办?"))
        raise RuntimeError("power cut")  # rolled back: no record and no outbox entry
    with store.unit_of_work() as uow:
        uow.put_record("consultation", Consultation("c2", "513322101201", "agent-a", "残疾人证在哪里办?"))
    entries = store.pending_outbox()
    assert [e.device_seq for e in entries] == [1, 2, 3]
    assert [e.record_type for e in entries] == ["applicant", "application", "consultation"]
    assert entries[2].record_id == "c2"
    with store.reader() as uow:
        assert uow.get_record("consultation", "c1") is None


def test_unchanged_applicant_is_not_queued_again(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.save_applicant(APPLICANT)
    with store.unit_of_work() as uow:
        uow.save_applicant(APPLICANT)
    assert len(store.pending_outbox()) == 1


def test_ack_and_quarantine(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.save_applicant(APPLICANT)
        for i in range(4):
            uow.put_record("consultation", Consultation(f"c{i}", "513322101201", "a", "q"))
    store.quarantine(2, "payload.invalid", {"field": "x"})
    assert [e.device_seq for e in store.pending_outbox()] == [1, 3, 4, 5]
    store.ack_outbox(3)
    assert [e.device_seq for e in store.pending_outbox()] == [4, 5]
    assert store.outbox_high_water() == 3
    ((entry, code, params),) = store.quarantined()
    assert entry.device_seq == 2 and code == "payload.invalid" and params == {"field": "x"}
    assert store.outbox_counts() == {"pending": 2, "quarantined": 1, "acked": 2}


def test_restored_backup_renumbers_unsent_work(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.save_applicant(APPLICANT)
        uow.put_record("consultation", Consultation("new-work", "513322101201", "a", "q"))
    # The server says it already holds 7 entries of this device (made before the backup was restored).
    store.bump_device_seq(7)
    entries = store.pending_outbox()
    assert [e.device_seq for e in entries] == [8, 9]
    assert [e.record_id for e in entries] == [APPLICANT.id_number, "new-work"]
    with store.unit_of_work() as uow:
        uow.put_record("consultation", Consultation("later", "513322101201", "a", "q"))
    assert store.pending_outbox()[-1].device_seq == 10


def test_stale_write_is_refused(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.save_applicant(APPLICANT)
        uow.save_application(_app(store))
    app = _app(store)
    with store.unit_of_work() as uow:
        uow.save_application(dataclasses.replace(app, version=2, notes="first"), expected_version=1)
    with pytest.raises(ConflictError), store.unit_of_work() as uow:
        uow.save_application(dataclasses.replace(app, version=2, notes="second"), expected_version=1)


def test_application_needs_its_applicant(store: Store) -> None:
    with pytest.raises(ValidationError) as err, store.unit_of_work() as uow:
        uow.save_application(_app(store))
    assert err.value.code == "application.no_applicant"


def test_attachment_must_be_stored_first(store: Store) -> None:
    from villagedesk.core.models import AttachmentRef, MaterialCheck

    app = dataclasses.replace(
        _app(store), checklist=(MaterialCheck("MZ-006-M1", attachments=(AttachmentRef("0" * 64, 1, "x"),)),)
    )
    with store.unit_of_work() as uow:
        uow.save_applicant(APPLICANT)
    with pytest.raises(ValidationError) as err, store.unit_of_work() as uow:
        uow.save_application(app)
    assert err.value.code == "blob.not_stored"


def test_apply_remote_moves_cursor_with_the_changes(store: Store) -> None:
    app = dataclasses.replace(_app(store), state=ApplicationState.ACCEPTED, version=5)
    changes = [
        RemoteChange(10, "applicant", APPLICANT.id_number, "upsert", codec.encode(APPLICANT)),
        RemoteChange(11, "application", app.uuid, "upsert", codec.encode(app)),
        RemoteChange(
            12, "agent", "a2", "upsert", codec.encode(Agent("a2", "格桑", village_code="513322101201"))
        ),
    ]
    store.apply_remote(changes, 12)
    assert store.sync_cursor() == 12
    with store.reader() as uow:
        got = uow.get_application(app.uuid)
        assert got is not None and got.state is ApplicationState.ACCEPTED
        assert uow.get_record("agent", "a2").name == "格桑"
    assert store.pending_outbox() == []  # what came down is not sent back up
    with pytest.raises(ValidationError):
        store.apply_remote([], 11)  # a cursor never goes backwards
    bad = [RemoteChange(13, "agent", "a3", "upsert", {"agent_id": "a3"})]
    with pytest.raises(ValidationError):
        store.apply_remote(bad, 13)
    assert store.sync_cursor() == 12  # the whole pull was refused, cursor included


def test_local_pending_edit_wins_until_pushed(store: Store) -> None:
    local = dataclasses.replace(APPLICANT, phone="13911111111")
    with store.unit_of_work() as uow:
        uow.save_applicant(local)
    store.apply_remote(
        [RemoteChange(1, "applicant", APPLICANT.id_number, "upsert", codec.encode(APPLICANT))], 1
    )
    with store.reader() as uow:
        assert uow.get_applicant(APPLICANT.id_number) == local


def test_find_applicants_by_spelling_variant(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.save_applicant(APPLICANT)
        uow.save_applicant(Applicant("513323197611052244", "旦增卓玛"))
        uow.save_applicant(Applicant("51333419900720035X", "扎西"))
    with store.reader() as uow:
        assert {a.legal_name for a in uow.find_applicants("单增")} == {"丹增", "旦增卓玛"}
        assert [a.legal_name for a in uow.find_applicants("5133341990")] == ["扎西"]
        assert [a.legal_name for a in uow.find_applicants("138")] == ["丹增"]
        assert [a.legal_name for a in uow.find_applicants("བསྟན")] == ["丹增"]
        assert uow.find_applicants("   ") == []


def test_settings_round_trip(tmp_path: Path) -> None:
    from villagedesk.services.settings import Settings, load_settings, save_settings

    s = Store.open(tmp_path)
    assert load_settings(s) == Settings()
    save_settings(s, Settings(language="bo", free_proxy_age=65, large_text=True))
    s.close()
    s = Store.open(tmp_path)
    assert load_settings(s).language == "bo" and load_settings(s).free_proxy_age == 65
    assert s.pending_outbox() == []  # settings stay on this laptop
    s.close()


def test_catalog_import_is_all_or_nothing(store: Store) -> None:
    import json

    from villagedesk.core.catalog import parse_catalog
    from villagedesk.paths import demo_catalog_path

    with store.reader() as uow:
        before = uow.active_catalog_version()
    doc = json.loads(demo_catalog_path().read_bytes())
    doc["items"][0]["fee"] = 12
    good = parse_catalog(json.dumps(doc, ensure_ascii=False))
    # Interrupted half way (after the items were written): nothing of it stays.
    with pytest.raises(RuntimeError), store.unit_of_work() as uow:
        uow.import_catalog(good)
        raise RuntimeError("disk full")
    with store.reader() as uow:
        assert uow.active_catalog_version() == before
        with pytest.raises(Exception, match="no service item"):
            uow.item("MZ-001", good.version)
    # A bad file is refused before anything is written.
    doc["items"][1]["code"] = doc["items"][0]["code"]
    with pytest.raises(ValidationError):
        parse_catalog(json.dumps(doc, ensure_ascii=False))
    with store.reader() as uow:
        assert uow.active_catalog_version() == before


def test_calendar_flows_down_whole_or_by_entry(store: Store) -> None:
    from villagedesk.core.workdays import CalendarEntry
    from villagedesk.services.calendar import ensure_calendar, work_calendar

    ensure_calendar(store)
    losar = CalendarEntry(__import__("datetime").date(2026, 3, 18), "holiday", "local", "地方节日")
    store.apply_remote([RemoteChange(1, "calendar_entry", "2026-03-18", "upsert", codec.encode(losar))], 1)
    assert not work_calendar(store).is_working_day(losar.day)
    store.apply_remote([RemoteChange(2, "calendar_entry", "2026-03-18", "delete", codec.encode(losar))], 2)
    assert work_calendar(store).is_working_day(losar.day)
    from villagedesk.storage.calendar_store import calendar_payload

    with store.reader() as uow:
        whole = calendar_payload(uow)
    whole["entries"].append(codec.encode(losar))
    store.apply_remote([RemoteChange(3, "calendar", "calendar", "upsert", whole)], 3)
    assert not work_calendar(store).is_working_day(losar.day)
    assert store.sync_cursor() == 3


def test_tracking_sequence_never_reissues_what_the_township_holds(store: Store) -> None:
    store.set_enrollment(
        village_code="513322101201", ordinal=1, server_url="", credential="t", server_fingerprint=""
    )
    with store.unit_of_work() as uow:
        assert uow.next_tracking_sequence() == 1
    store.bump_tracking_seq(40)
    store.bump_tracking_seq(3)  # never goes back
    with store.unit_of_work() as uow:
        assert uow.next_tracking_sequence() == 41
