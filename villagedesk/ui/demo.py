"""Demo data for the village app (screenshots, benchmarks, tests): valid ID numbers, a roster, applicants
with Tibetan names, and township-side changes made with the real lifecycle, applied as a pull would."""

from __future__ import annotations

import datetime as dt

from villagedesk.core import lifecycle as L
from villagedesk.core.idnumber import check_char
from villagedesk.core.models import Agent, Applicant, Application, MaterialCheck
from villagedesk.protocol.states import MaterialStatus
from villagedesk.storage.store import Store

VILLAGE = "513301100201"  # a village of Kangding (康定市), Ganzi


def id_number(birth: str = "19800101", seq: str = "123", region: str = "513301") -> str:
    body = region + birth + seq
    return body + check_char(body)


def wrong_check(number: str) -> str:
    good = number[-1]
    return number[:-1] + ("0" if good != "0" else "1")


AGENTS = (
    Agent("agent-a", "泽仁卓玛", "ཚེ་རིང་སྒྲོལ་མ", VILLAGE, "13800000001"),
    Agent("agent-b", "扎西", "བཀྲ་ཤིས", VILLAGE, "13800000002"),
)

APPLICANTS = (
    Applicant(id_number("19450312", "021"), "次仁卓玛", "ཚེ་རིང་སྒྲོལ་མ", "13912345678", VILLAGE, "一组"),
    Applicant(id_number("19880720", "112"), "丹增", "བསྟན་འཛིན", "13987654321", VILLAGE, "二组"),
    Applicant(id_number("19920105", "034"), "旦增平措", "བསྟན་འཛིན་ཕུན་ཚོགས", "", VILLAGE, "三组"),
    Applicant(id_number("19700909", "056"), "才仁拉姆", "ཚེ་རིང་ལྷ་མོ", "13700001111", VILLAGE, "一组"),
    Applicant(id_number("19601111", "078"), "王建华", "", "13600002222", VILLAGE, "二组", True, "肢体残疾"),
)


def township_ctx(now: dt.datetime | None = None) -> L.Ctx:
    return L.Ctx(actor="staff-1", side=L.Side.TOWNSHIP, now=now or dt.datetime(2026, 11, 2, 10, 0))


def township_change(store: Store, app_uuid: str, fn: object) -> Application:
    """Apply a township-side lifecycle step locally, as a pulled change would (no outbox entry)."""
    with store.unit_of_work(record_outbox=False) as uow:
        app = uow.require_application(app_uuid)
        new: Application
        new, evs = fn(app)  # type: ignore[operator]
        store._save_remote_application(uow, new)
        for ev in evs:
            uow._add_event(ev, outbox=False)
        return new


def receive_and_accept(store: Store, app_uuid: str, accepted_on: dt.date) -> Application:
    township_change(store, app_uuid, lambda a: L.receive(a, township_ctx()))
    return township_change(store, app_uuid, lambda a: L.accept(a, township_ctx(), today=accepted_on))


def return_for_correction(store: Store, app_uuid: str, material_key: str, reason: str) -> Application:
    township_change(store, app_uuid, lambda a: L.receive(a, township_ctx()))
    return township_change(
        store,
        app_uuid,
        lambda a: L.return_for_correction(
            a, [MaterialCheck(material_key, MaterialStatus.DEFECTIVE, reason=reason)], township_ctx()
        ),
    )


def result_ready(store: Store, app_uuid: str, accepted_on: dt.date) -> Application:
    receive_and_accept(store, app_uuid, accepted_on)
    township_change(store, app_uuid, lambda a: L.decide(a, True, township_ctx(), note="同意"))
    return township_change(store, app_uuid, lambda a: L.result_ready(a, township_ctx()))


def enroll_demo(store: Store) -> None:
    """A device identity without a server (demo and tests that do not sync): receipts get numbers."""
    store.set_enrollment(
        village_code=VILLAGE,
        ordinal=1,
        server_url="https://demo.invalid",
        credential="demo",
        server_fingerprint="",
    )


def demo_pdf(path: str) -> None:
    """A small scanned-looking page for attachments (Pillow)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(img)
    for y in range(200, 1600, 60):
        d.line((150, y, 1090, y), fill=(60, 60, 60), width=3)
    d.rectangle((150, 80, 700, 160), outline="black", width=5)
    img.save(path, "JPEG", quality=90)


def fill_demo(store: Store, *, today: dt.date | None = None, pin: str = "1234") -> dict[str, str]:
    """Roster with PINs, applicants, applications in every state the agent meets, and the other records."""
    from villagedesk.core.models import AppointmentStatus, HandoverDirection, RatingLevel
    from villagedesk.services import agents, applications, records
    from villagedesk.services.applicants import register_applicant

    today = today or dt.date.today()
    enroll_demo(store)
    agents.receive_roster(store, AGENTS)
    for a in AGENTS:
        if not agents.has_pin(store, a.agent_id):
            agents.set_pin(store, a.agent_id, pin)
    for p in APPLICANTS:
        register_applicant(
            store,
            id_number=p.id_number,
            legal_name=p.legal_name,
            name_bo=p.name_bo,
            phone=p.phone,
            village_code=p.village_code,
            village_group=p.village_group,
            disability=p.disability,
            disability_note=p.disability_note,
        )
    with store.reader() as uow:
        catalog = uow.catalog()
    items = [i for i in catalog.items if i.village_can_proxy][:8]
    made: dict[str, str] = {}
    agent = AGENTS[0].agent_id
    for n, item in enumerate(items):
        person = APPLICANTS[n % len(APPLICANTS)]
        app = applications.start_application(
            store, item_code=item.code, applicant_id_number=person.id_number, agent_id=agent
        )
        first_required = next((m.key for m in item.materials if m.required), "")
        for m in item.materials:
            if n == 1 and m.key == first_required:
                status = MaterialStatus.MISSING
            elif m.required:
                status = {
                    "original": MaterialStatus.ORIGINAL_KEPT,
                    "original_and_copy": MaterialStatus.ORIGINAL_SEEN_COPY_KEPT,
                    "copy": MaterialStatus.COPY,
                }[m.form.value]
            else:
                status = MaterialStatus.NOT_APPLICABLE
            app = applications.set_material(store, app.uuid, m.key, agent_id=agent, status=status)
        if n == 1 and any(c.status is MaterialStatus.MISSING for c in app.checklist):
            applications.issue_notification(store, app.uuid, agent_id=agent)
            made["awaiting"] = app.uuid
            continue
        if n == 7:
            made["draft"] = app.uuid
            continue
        applications.complete(store, app.uuid, agent_id=agent)
        app = applications.queue(store, app.uuid, agent_id=agent)
        if n == 2:
            receive_and_accept(store, app.uuid, today - dt.timedelta(days=12))
            made["accepted"] = app.uuid
        elif n == 3:
            key = item.materials[0].key
            return_for_correction(store, app.uuid, key, "照片模糊，请重新提供")
            made["returned"] = app.uuid
        elif n == 4:
            result_ready(store, app.uuid, today - dt.timedelta(days=20))
            made["result_ready"] = app.uuid
        elif n == 5:
            receive_and_accept(store, app.uuid, today - dt.timedelta(days=40))
            made["overdue"] = app.uuid
        else:
            made.setdefault("queued", app.uuid)
    records.add_consultation(
        store,
        agent_id=agent,
        question="办理残疾人证需要带什么？",
        answer="身份证、户口簿、近期照片",
        item_code=items[0].code,
    )
    records.add_appointment(
        store,
        agent_id=agent,
        applicant_id_number=APPLICANTS[0].id_number,
        day=today + dt.timedelta(days=2),
        time_slot="10:00-11:00",
        item_code=items[0].code,
        place="村委会",
    )
    appt = records.add_appointment(
        store, agent_id=agent, applicant_id_number=APPLICANTS[1].id_number, day=today - dt.timedelta(days=3)
    )
    records.set_appointment_status(store, appt.record_id, AppointmentStatus.DONE)
    records.add_home_visit(
        store,
        agent_id=agent,
        applicant_id_number=APPLICANTS[0].id_number,
        day=today - dt.timedelta(days=1),
        purpose="上门采集高龄补贴申请材料",
        outcome="材料已收齐",
        free_proxy=True,
    )
    records.add_complaint(
        store, agent_id=agent, complainant_id_number=APPLICANTS[3].id_number, text="办理时间太长，希望加快"
    )
    lines = records.originals_to_carry(store)
    if lines:
        records.create_handover(
            store, agent_id=agent, direction=HandoverDirection.TO_TOWNSHIP, lines=lines[:4]
        )
    if "result_ready" in made:
        records.add_rating(store, application_uuid=made["queued"], level=RatingLevel.VERY_SATISFIED)
    return made
