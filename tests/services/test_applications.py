"""The agent's use cases, one transaction each, against a real store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from villagedesk.core.errors import NotFoundError, ValidationError
from villagedesk.core.models import AttachmentRef, Material
from villagedesk.core.tracking import parse
from villagedesk.protocol.states import ApplicationState as S
from villagedesk.protocol.states import EventKind, MaterialStatus
from villagedesk.services import applicants, applications
from villagedesk.storage.store import Store

VILLAGE = "513322101201"


def enroll(store: Store) -> None:
    store.set_enrollment(
        village_code=VILLAGE, ordinal=2, server_url="", credential="t", server_fingerprint=""
    )


def register(store: Store, id_number: str = "513322195803121018", name: str = "丹增") -> str:
    return applicants.register_applicant(store, id_number=id_number, legal_name=name).applicant.id_number


def test_register_validates_and_explains(store: Store) -> None:
    with pytest.raises(ValidationError) as err:
        applicants.register_applicant(store, id_number="513322195803121019", legal_name="丹增")
    assert err.value.code == "id.check_char" and err.value.params["expected"] == "8"
    with pytest.raises(ValidationError) as err:
        applicants.register_applicant(store, id_number="513399198001010014", legal_name="丹增")
    assert err.value.code == "id.region_unknown" and err.value.params["needs_override"]
    reg = applicants.register_applicant(
        store, id_number="513399198001010014", legal_name="丹增", override_warnings=True
    )
    assert reg.created and [w.code for w in reg.warnings] == ["id.region_unknown"]
    reg = applicants.register_applicant(
        store,
        id_number="51333419900720035x",
        legal_name="扎西•多吉",
        name_bo="བཀྲ་ཤིས་རྡོ་རྗེ",
        phone="138 0000 0000",
    )
    a = reg.applicant
    assert a.id_number == "51333419900720035X" and a.legal_name == "扎西·多吉" and a.phone == "13800000000"
    assert a.birth_date == dt.date(1990, 7, 20) and a.sex.value == "male"
    with pytest.raises(ValidationError) as err:
        applicants.register_applicant(store, id_number="513322195803121018", legal_name="Tenzin")
    assert err.value.code == "name.characters"
    with pytest.raises(ValidationError):
        applicants.register_applicant(store, id_number="513322195803121018", legal_name="丹增", phone="12ab")
    assert (
        applicants.register_applicant(store, id_number="51333419900720035X", legal_name="扎西").created
        is False
    )


def test_missing_material_then_notification_then_receipt(store: Store, tmp_path: Path) -> None:
    enroll(store)
    idn = register(store)
    app = applications.start_application(
        store, item_code="MZ-001", applicant_id_number=idn, agent_id="agent-a"
    )
    assert app.state is S.DRAFT and len(app.checklist) == 7 and app.village_code == VILLAGE
    with store.reader() as uow:
        item = uow.item("MZ-001")
    for m in item.materials:
        status = MaterialStatus.NOT_APPLICABLE if not m.required else MaterialStatus.ORIGINAL_KEPT
        if m.key == "MZ-001-M3":
            status = MaterialStatus.MISSING
        applications.set_material(store, app.uuid, m.key, agent_id="agent-a", status=status)
    app, missing = applications.issue_notification(store, app.uuid, agent_id="agent-a")
    assert app.state is S.AWAITING_MATERIALS and [c.material_key for c in missing] == ["MZ-001-M3"]
    info = store.blobs.put_bytes(b"%PDF-1.4 household register\n%%EOF")
    applications.attach(
        store,
        app.uuid,
        "MZ-001-M3",
        AttachmentRef(info.sha256, info.size, "application/pdf"),
        agent_id="agent-a",
    )
    applications.set_material(
        store, app.uuid, "MZ-001-M3", agent_id="agent-a", status=MaterialStatus.ORIGINAL_SEEN_COPY_KEPT
    )
    app = applications.complete(store, app.uuid, agent_id="agent-a")
    app = applications.queue(store, app.uuid, agent_id="agent-a")
    tn = parse(app.tracking_number)
    assert app.state is S.QUEUED and tn.village_code == VILLAGE and tn.ordinal == 2 and tn.sequence == 1
    with store.reader() as uow:
        kinds = [e.kind for e in uow.events(app.uuid)]
    assert kinds[0] == EventKind.CREATED and EventKind.NOTIFICATION_ISSUED in kinds
    assert kinds.count(EventKind.TRANSITION) == 3  # awaiting, ready, queued


def test_queue_needs_enrollment(store: Store) -> None:
    idn = register(store)
    app = applications.start_application(store, item_code="MZ-006", applicant_id_number=idn, agent_id="a")
    with store.reader() as uow:
        item = uow.item("MZ-006")
    for m in item.materials:
        applications.set_material(
            store,
            app.uuid,
            m.key,
            agent_id="a",
            status=MaterialStatus.COPY if m.required else MaterialStatus.NOT_APPLICABLE,
        )
    applications.complete(store, app.uuid, agent_id="a")
    with pytest.raises(ValidationError) as err:
        applications.queue(store, app.uuid, agent_id="a")
    assert err.value.code == "device.not_enrolled"


def test_tracking_numbers_never_repeat_on_a_device(store: Store) -> None:
    enroll(store)
    idn = register(store)

    def put(store: Store, path: Path, material: Material) -> AttachmentRef:
        info = store.blobs.put_bytes(path.name.encode())
        return AttachmentRef(info.sha256, info.size, "text/plain")

    numbers = [
        applications.add_complete_application(
            store, applications.QuickApplication("MZ-006", store_applicant(store, idn), []), store_file=put
        ).tracking_number
        for _ in range(5)
    ]
    assert len(set(numbers)) == 5
    assert [parse(n).sequence for n in numbers] == [1, 2, 3, 4, 5]


def store_applicant(store: Store, idn: str):  # type: ignore[no-untyped-def]
    with store.reader() as uow:
        return uow.get_applicant(idn)


def test_items_needing_presence_cannot_be_proxied(store: Store) -> None:
    idn = register(store)
    with store.reader() as uow:
        in_person = [i.code for i in uow.catalog().items if not i.village_can_proxy]
    assert in_person
    with pytest.raises(ValidationError) as err:
        applications.start_application(store, item_code=in_person[0], applicant_id_number=idn, agent_id="a")
    assert err.value.code == "application.not_proxyable"
    with pytest.raises(NotFoundError):
        applications.start_application(
            store, item_code="MZ-001", applicant_id_number="110105194912310021", agent_id="a"
        )


def test_free_proxy_recorded_for_elderly(store: Store) -> None:
    idn = register(store, "513326194209090926", "志玛")  # born 1942
    app = applications.start_application(store, item_code="MZ-006", applicant_id_number=idn, agent_id="a")
    assert app.free_proxy


def test_takeover_by_the_other_agent(store: Store) -> None:
    idn = register(store)
    app = applications.start_application(
        store, item_code="MZ-006", applicant_id_number=idn, agent_id="agent-a"
    )
    app = applications.take_over(store, app.uuid, agent_id="agent-b", reason="A岗下乡")
    assert app.current_agent == "agent-b" and app.responsible_agent == "agent-a"


def test_catalog_update_never_strands_an_application(store: Store) -> None:
    import json

    from villagedesk.core.catalog import parse_catalog
    from villagedesk.paths import demo_catalog_path

    idn = register(store)
    old = applications.start_application(store, item_code="MZ-006", applicant_id_number=idn, agent_id="a")
    doc = json.loads(demo_catalog_path().read_bytes())
    item = next(i for i in doc["items"] if i["code"] == "MZ-006")
    item["materials"].append(
        {"name_zh": "新增材料", "original_or_copy": "复印件", "copies": 1, "required": True, "notes": ""}
    )
    new_catalog = parse_catalog(json.dumps(doc, ensure_ascii=False))
    with store.unit_of_work() as uow:
        assert uow.import_catalog(new_catalog)
        assert uow.active_catalog_version() == new_catalog.version != old.catalog_version
    # The old application still completes against the materials it was made with.
    with store.reader() as uow:
        old_item = uow.item("MZ-006", old.catalog_version)
    for m in old_item.materials:
        applications.set_material(
            store,
            old.uuid,
            m.key,
            agent_id="a",
            status=MaterialStatus.COPY if m.required else MaterialStatus.NOT_APPLICABLE,
        )
    assert applications.complete(store, old.uuid, agent_id="a").state is S.READY
    fresh = applications.start_application(store, item_code="MZ-006", applicant_id_number=idn, agent_id="a")
    assert fresh.catalog_version == new_catalog.version
    assert len(fresh.checklist) == len(old_item.materials) + 1
