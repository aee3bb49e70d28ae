"""Which record types exist, their dataclass and natural key (shared by the store and sync)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from villagedesk.core import models as m


@dataclass(frozen=True)
class RecordType:
    name: str
    cls: type[Any]
    key: str
    sort: str = ""  # attribute used to order lists of the generic records

    def key_of(self, record: Any) -> str:
        return str(getattr(record, self.key))


# Applicants, applications and events have tables of their own; the rest share ``records``.
RECORD_TYPES: dict[str, RecordType] = {
    rt.name: rt
    for rt in (
        RecordType("applicant", m.Applicant, "id_number"),
        RecordType("application", m.Application, "uuid"),
        RecordType("application_event", m.ApplicationEvent, "event_id"),
        RecordType("consultation", m.Consultation, "record_id", "asked_at"),
        RecordType("appointment", m.Appointment, "record_id", "day"),
        RecordType("home_visit", m.HomeVisit, "record_id", "day"),
        RecordType("complaint", m.Complaint, "record_id", "received_on"),
        RecordType("rating", m.Rating, "record_id", "rated_on"),
        RecordType("handover", m.Handover, "record_id", "created_on"),
        RecordType("agent", m.Agent, "agent_id", "name"),
    )
}
GENERIC_TYPES = frozenset(RECORD_TYPES) - {"applicant", "application", "application_event"}
# Written only by the township: never pushed up from a village.
DOWN_ONLY_TYPES = frozenset({"agent", "catalog", "calendar_entry"})
