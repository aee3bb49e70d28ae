"""Consultations, appointments, home visits, complaints, ratings and hand-over lists: stored and synced."""

from __future__ import annotations

import datetime as dt

import pytest

from villagedesk.core.errors import ValidationError
from villagedesk.core.models import AppointmentStatus, ComplaintStatus, HandoverDirection, RatingLevel
from villagedesk.services import records
from villagedesk.storage.store import Store
from villagedesk.ui.demo import APPLICANTS, enroll_demo, fill_demo


def _outbox_types(store: Store) -> list[str]:
    return [e.record_type for e in store.pending_outbox(limit=10_000)]


def test_each_record_is_stored_and_queued_for_the_township(store: Store) -> None:
    enroll_demo(store)
    c = records.add_consultation(store, agent_id="a", question="  低保怎么申请？ ", answer="带户口簿")
    a = records.add_appointment(
        store, agent_id="a", applicant_id_number=APPLICANTS[0].id_number, day=dt.date(2026, 12, 1)
    )
    h = records.add_home_visit(
        store,
        agent_id="a",
        applicant_id_number=APPLICANTS[0].id_number,
        day=dt.date(2026, 11, 20),
        purpose="送证",
    )
    k = records.add_complaint(
        store, agent_id="a", complainant_id_number="", text="等太久", received_on=dt.date(2026, 11, 2)
    )
    assert c.question == "低保怎么申请？" and c.village_code == "513301100201"
    assert k.due_on == dt.date(2026, 11, 17) and k.status is ComplaintStatus.OPEN
    assert [r.record_id for r in records.list_records(store, "consultation")] == [c.record_id]
    assert records.list_records(store, "appointment")[0] == a
    assert records.list_records(store, "home_visit")[0] == h
    assert set(_outbox_types(store)) >= {"consultation", "appointment", "home_visit", "complaint"}
    done = records.set_appointment_status(store, a.record_id, AppointmentStatus.DONE)
    assert records.list_records(store, "appointment")[0].status is AppointmentStatus.DONE == done.status
    solved = records.resolve_complaint(store, k.record_id, "已催办，已办结")
    assert solved.status is ComplaintStatus.RESOLVED


def test_required_fields(store: Store) -> None:
    with pytest.raises(ValidationError) as e:
        records.add_consultation(store, agent_id="a", question="  ")
    assert e.value.code == "consultation.question_required"
    with pytest.raises(ValidationError) as e:
        records.add_home_visit(store, agent_id="a", applicant_id_number="x", day=dt.date.today(), purpose="")
    assert e.value.code == "home_visit.purpose_required"
    with pytest.raises(ValidationError) as e:
        records.add_rating(store, application_uuid="u", level=RatingLevel.DISSATISFIED)
    assert e.value.code == "rating.comment_required"
    with pytest.raises(ValidationError) as e:
        records.create_handover(store, agent_id="a", direction=HandoverDirection.TO_TOWNSHIP, lines=[])
    assert e.value.code == "handover.empty"


def test_handover_lists_carry_each_paper_once(store: Store) -> None:
    from villagedesk.services.calendar import ensure_calendar

    ensure_calendar(store)
    fill_demo(store)  # makes one hand-over list of up to four lines already
    before = records.originals_to_carry(store)
    made = records.list_records(store, "handover")
    assert len(made) == 1 and made[0].direction is HandoverDirection.TO_TOWNSHIP
    carried = {ln.application_uuid for ln in made[0].lines}
    assert not carried & {ln.application_uuid for ln in before}
    if before:
        h = records.create_handover(
            store, agent_id="a", direction=HandoverDirection.TO_TOWNSHIP, lines=before
        )
        assert records.originals_to_carry(store) == []
        signed = records.countersign_handover(store, h.record_id, countersigned_by="乡中心 李明")
        assert signed.countersigned_by == "乡中心 李明" and all(ln.checked for ln in signed.lines)
    back = records.results_to_carry(store)
    assert len(back) == 1  # the demo's one result ready at the township
