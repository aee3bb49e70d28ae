"""The agent's other records: consultations, appointments, home visits, complaints, ratings, hand-over lists.

Each create function is one user action and one unit of work; every record travels to the township.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any, TypeVar

from villagedesk.core.errors import NotFoundError, ValidationError
from villagedesk.core.models import (
    Application,
    Appointment,
    AppointmentStatus,
    Complaint,
    ComplaintStatus,
    Consultation,
    Handover,
    HandoverDirection,
    HandoverLine,
    HomeVisit,
    Rating,
    RatingLevel,
)
from villagedesk.protocol.states import ApplicationState, MaterialStatus
from villagedesk.storage.store import Store

R = TypeVar("R")
COMPLAINT_DAYS = 15  # calendar days to answer a complaint (a common local commitment; shown, not enforced)


def _id() -> str:
    return str(uuid.uuid4())


def _village(store: Store) -> str:
    with store.reader() as uow:
        return uow.device().village_code


def _required(value: str, code: str) -> str:
    if not value.strip():
        raise ValidationError(f"{code.split('.')[-1]} is required", code=code)
    return value.strip()


def _put(store: Store, record_type: str, record: R) -> R:
    with store.unit_of_work() as uow:
        uow.put_record(record_type, record)
    return record


def list_records(store: Store, record_type: str, limit: int = 1000) -> list[Any]:
    with store.reader() as uow:
        return uow.list_records(record_type, limit=limit)


def add_consultation(
    store: Store,
    *,
    agent_id: str,
    question: str,
    answer: str = "",
    item_code: str = "",
    applicant_id_number: str = "",
    now: dt.datetime | None = None,
) -> Consultation:
    rec = Consultation(
        record_id=_id(),
        village_code=_village(store),
        agent_id=agent_id,
        question=_required(question, "consultation.question_required"),
        answer=answer.strip(),
        item_code=item_code,
        applicant_id_number=applicant_id_number,
        asked_at=now or dt.datetime.now().replace(microsecond=0),
    )
    return _put(store, "consultation", rec)


def add_appointment(
    store: Store,
    *,
    agent_id: str,
    applicant_id_number: str,
    day: dt.date,
    time_slot: str = "",
    item_code: str = "",
    place: str = "",
    note: str = "",
) -> Appointment:
    rec = Appointment(
        record_id=_id(),
        village_code=_village(store),
        agent_id=agent_id,
        applicant_id_number=_required(applicant_id_number, "appointment.applicant_required"),
        day=day,
        time_slot=time_slot.strip(),
        item_code=item_code,
        place=place.strip(),
        note=note.strip(),
    )
    return _put(store, "appointment", rec)


def set_appointment_status(store: Store, record_id: str, status: AppointmentStatus) -> Appointment:
    with store.unit_of_work() as uow:
        rec = uow.get_record("appointment", record_id)
        if rec is None:
            raise NotFoundError("no such appointment", code="appointment.not_found", record_id=record_id)
        new: Appointment = dataclasses.replace(rec, status=status)
        uow.put_record("appointment", new)
        return new


def add_home_visit(
    store: Store,
    *,
    agent_id: str,
    applicant_id_number: str,
    day: dt.date,
    purpose: str,
    outcome: str = "",
    application_uuid: str = "",
    free_proxy: bool = False,
) -> HomeVisit:
    rec = HomeVisit(
        record_id=_id(),
        village_code=_village(store),
        agent_id=agent_id,
        applicant_id_number=_required(applicant_id_number, "home_visit.applicant_required"),
        day=day,
        purpose=_required(purpose, "home_visit.purpose_required"),
        application_uuid=application_uuid,
        outcome=outcome.strip(),
        free_proxy=free_proxy,
    )
    return _put(store, "home_visit", rec)


def add_complaint(
    store: Store,
    *,
    agent_id: str,
    complainant_id_number: str,
    text: str,
    application_uuid: str = "",
    received_on: dt.date | None = None,
) -> Complaint:
    day = received_on or dt.date.today()
    rec = Complaint(
        record_id=_id(),
        village_code=_village(store),
        received_by=agent_id,
        complainant_id_number=complainant_id_number.strip(),
        text=_required(text, "complaint.text_required"),
        application_uuid=application_uuid,
        received_on=day,
        due_on=day + dt.timedelta(days=COMPLAINT_DAYS),
    )
    return _put(store, "complaint", rec)


def resolve_complaint(store: Store, record_id: str, resolution: str) -> Complaint:
    with store.unit_of_work() as uow:
        rec = uow.get_record("complaint", record_id)
        if rec is None:
            raise NotFoundError("no such complaint", code="complaint.not_found", record_id=record_id)
        new: Complaint = dataclasses.replace(
            rec,
            status=ComplaintStatus.RESOLVED,
            resolution=_required(resolution, "complaint.resolution_required"),
        )
        uow.put_record("complaint", new)
        return new


def add_rating(
    store: Store,
    *,
    application_uuid: str,
    level: RatingLevel,
    comment: str = "",
    rated_on: dt.date | None = None,
) -> Rating:
    """好差评: the villager's rating of one application's service (a poor rating needs the reason)."""
    if level in (RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED) and not comment.strip():
        raise ValidationError("say what went wrong", code="rating.comment_required")
    rec = Rating(
        record_id=_id(),
        village_code=_village(store),
        application_uuid=application_uuid,
        level=level,
        comment=comment.strip(),
        rated_on=rated_on or dt.date.today(),
    )
    return _put(store, "rating", rec)


# ---- trips: hand-over lists of paper

_RECEIVED = {MaterialStatus.ORIGINAL_KEPT, MaterialStatus.ORIGINAL_SEEN_COPY_KEPT, MaterialStatus.COPY}


def originals_to_carry(store: Store) -> list[HandoverLine]:
    """Paper kept for queued applications, not yet on a hand-over list to the township."""
    with store.reader() as uow:
        apps = uow.list_applications(states=[ApplicationState.QUEUED.value], limit=5000)
        carried = _carried(uow.list_records("handover", limit=5000), HandoverDirection.TO_TOWNSHIP)
        lines: list[HandoverLine] = []
        for app in apps:
            if app.uuid in carried:
                continue
            item = uow.item(app.item_code, app.catalog_version)
            for c in app.checklist:
                if c.status in _RECEIVED:
                    lines.append(
                        HandoverLine(
                            app.uuid, app.tracking_number, item.material(c.material_key).name_zh, c.count or 1
                        )
                    )
    return lines


def results_to_carry(store: Store) -> list[HandoverLine]:
    """Results ready at the township to bring back to the village."""
    with store.reader() as uow:
        apps = uow.list_applications(states=[ApplicationState.RESULT_READY.value], limit=5000)
        carried = _carried(uow.list_records("handover", limit=5000), HandoverDirection.TO_VILLAGE)
        out = []
        for app in apps:
            if app.uuid not in carried:
                item = uow.item(app.item_code, app.catalog_version)
                out.append(HandoverLine(app.uuid, app.tracking_number, item.name_zh, 1))
        return out


def _carried(handovers: list[Handover], direction: HandoverDirection) -> set[str]:
    return {ln.application_uuid for h in handovers if h.direction is direction for ln in h.lines}


def create_handover(
    store: Store,
    *,
    agent_id: str,
    direction: HandoverDirection,
    lines: list[HandoverLine],
    created_on: dt.date | None = None,
) -> Handover:
    if not lines:
        raise ValidationError("a hand-over list needs at least one line", code="handover.empty")
    rec = Handover(
        record_id=_id(),
        village_code=_village(store),
        agent_id=agent_id,
        direction=direction,
        lines=tuple(lines),
        created_on=created_on or dt.date.today(),
    )
    return _put(store, "handover", rec)


def countersign_handover(
    store: Store, record_id: str, *, countersigned_by: str, on: dt.date | None = None
) -> Handover:
    with store.unit_of_work() as uow:
        rec = uow.get_record("handover", record_id)
        if rec is None:
            raise NotFoundError("no such hand-over list", code="handover.not_found", record_id=record_id)
        new: Handover = dataclasses.replace(
            rec,
            countersigned_by=_required(countersigned_by, "handover.countersign_required"),
            countersigned_on=on or dt.date.today(),
            lines=tuple(dataclasses.replace(ln, checked=True) for ln in rec.lines),
        )
        uow.put_record("handover", new)
        return new


def rating_of(store: Store, app: Application) -> Rating | None:
    for r in list_records(store, "rating", limit=100_000):
        if r.application_uuid == app.uuid:
            return r  # type: ignore[no-any-return]
    return None
