"""Plain, frozen domain records. Repositories return these, never live ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from villagedesk.protocol.states import (
    ApplicationState,
    ClockState,
    MaterialForm,
    MaterialStatus,
    ReviewTaskState,
)


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class TimeUnit(StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"


@dataclass(frozen=True)
class Applicant:
    id_number: str  # the key: people are keyed by ID number, never by name
    legal_name: str  # the Chinese transliteration on the ID card
    name_bo: str = ""  # Tibetan name
    phone: str = ""
    village_code: str = ""
    village_group: str = ""  # 组
    disability: bool = False
    disability_note: str = ""

    @property
    def birth_date(self) -> dt.date:
        from villagedesk.core.idnumber import birth_date_of

        return birth_date_of(self.id_number)

    @property
    def sex(self) -> Sex:
        from villagedesk.core.idnumber import sex_of

        return sex_of(self.id_number)


@dataclass(frozen=True)
class Material:
    key: str  # stable: "<item code>-M<n>" for the shipped catalog
    name_zh: str
    name_bo: str = ""
    required: bool = True  # False: applies only in the cases stated in notes
    form: MaterialForm = MaterialForm.ORIGINAL
    copies: int = 1
    notes_zh: str = ""
    notes_bo: str = ""
    colour_photo: bool = False  # keep colour when compressing (a photograph, not a document)


@dataclass(frozen=True)
class ServiceItem:
    code: str
    name_zh: str
    name_bo: str = ""
    department_zh: str = ""
    department_bo: str = ""
    department_en: str = ""
    item_type: str = ""
    legal_basis_zh: str = ""
    conditions_zh: str = ""
    process_zh: str = ""
    statutory_time_limit: int = 0
    committed_time_limit: int = 0  # 0: done on the spot (即办件)
    time_unit: TimeUnit = TimeUnit.WORKING_DAYS
    time_limit_note: str = ""
    fee: float = 0.0
    fee_note: str = ""
    village_can_proxy: bool = True
    notes_zh: str = ""
    materials: tuple[Material, ...] = ()

    def material(self, key: str) -> Material:
        for m in self.materials:
            if m.key == key:
                return m
        raise KeyError(key)


@dataclass(frozen=True)
class Catalog:
    version: str
    items: tuple[ServiceItem, ...]
    note: str = ""  # e.g. "a realistic sample, not an official list"
    is_official: bool = False

    def item(self, code: str) -> ServiceItem:
        for it in self.items:
            if it.code == code:
                return it
        raise KeyError(code)


@dataclass(frozen=True)
class AttachmentRef:
    sha256: str
    size: int
    media_type: str
    filename: str = ""


@dataclass(frozen=True)
class MaterialCheck:
    material_key: str
    status: MaterialStatus = MaterialStatus.PENDING
    count: int = 0
    reason: str = ""  # why defective, or what exactly is needed
    attachments: tuple[AttachmentRef, ...] = ()


@dataclass(frozen=True)
class ReviewTask:
    task_id: str
    body: str  # department or county body
    state: ReviewTaskState = ReviewTaskState.PENDING
    decision_note: str = ""
    decided_by: str = ""
    document_sha256: str = ""


@dataclass(frozen=True)
class ClockPause:
    reason: str
    stopped_on: dt.date
    resumed_on: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class Clock:
    """The township's time-limit clock: started at acceptance, paused and extended by events."""

    state: ClockState = ClockState.NOT_STARTED
    started_on: dt.date | None = None
    pauses: tuple[ClockPause, ...] = ()
    extension_days: int = 0


@dataclass(frozen=True)
class ApplicationEvent:
    """One change of an application: who, what, and the device time (for display only)."""

    event_id: str  # UUID made where the event happened
    application_uuid: str
    kind: str  # villagedesk.protocol.states.EventKind
    actor: str  # agent id or staff account
    device_time: dt.datetime  # display only: device clocks decide nothing
    from_state: ApplicationState | None = None
    to_state: ApplicationState | None = None
    payload: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Application:
    uuid: str
    item_code: str
    catalog_version: str
    applicant_id_number: str
    responsible_agent: str  # 首问负责
    state: ApplicationState = ApplicationState.DRAFT
    tracking_number: str = ""  # given when the receipt is issued (device enrolled)
    current_agent: str = ""  # differs from responsible_agent after an AB岗 takeover
    village_code: str = ""
    checklist: tuple[MaterialCheck, ...] = ()
    review_tasks: tuple[ReviewTask, ...] = ()
    clock: Clock = Clock()
    free_proxy: bool = False
    notes: str = ""
    withdrawal_requested: bool = False
    version: int = 1  # optimistic concurrency: bumped by every change
    created_at: dt.datetime | None = None  # device time, display only

    def check(self, key: str) -> MaterialCheck:
        for c in self.checklist:
            if c.material_key == key:
                return c
        raise KeyError(key)


@dataclass(frozen=True)
class Agent:
    agent_id: str
    name: str
    name_bo: str = ""
    village_code: str = ""
    phone: str = ""
    active: bool = True


# ---- first-class records besides applications (all travel with sync) ----


@dataclass(frozen=True)
class Consultation:
    record_id: str
    village_code: str
    agent_id: str
    question: str
    answer: str = ""
    item_code: str = ""
    applicant_id_number: str = ""  # optional: many questions are anonymous
    asked_at: dt.datetime | None = None


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    DONE = "done"
    CANCELLED = "cancelled"
    MISSED = "missed"


@dataclass(frozen=True)
class Appointment:
    record_id: str
    village_code: str
    agent_id: str
    applicant_id_number: str
    day: dt.date
    time_slot: str = ""  # e.g. "09:00-10:00"
    item_code: str = ""
    place: str = ""
    status: AppointmentStatus = AppointmentStatus.BOOKED
    note: str = ""


@dataclass(frozen=True)
class HomeVisit:
    """上门服务: the agent goes to the villager (elderly, disabled, herders far away)."""

    record_id: str
    village_code: str
    agent_id: str
    applicant_id_number: str
    day: dt.date
    purpose: str = ""
    application_uuid: str = ""
    outcome: str = ""
    free_proxy: bool = False


class ComplaintStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"


@dataclass(frozen=True)
class Complaint:
    record_id: str
    village_code: str
    received_by: str
    complainant_id_number: str
    text: str
    application_uuid: str = ""
    received_on: dt.date | None = None
    due_on: dt.date | None = None
    status: ComplaintStatus = ComplaintStatus.OPEN
    resolution: str = ""


class RatingLevel(StrEnum):
    """好差评: five levels as in the national 政务服务“好差评” system."""

    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    BASIC = "basically_satisfied"
    DISSATISFIED = "dissatisfied"
    VERY_DISSATISFIED = "very_dissatisfied"


@dataclass(frozen=True)
class Rating:
    record_id: str
    village_code: str
    application_uuid: str
    level: RatingLevel
    comment: str = ""
    rated_on: dt.date | None = None


class HandoverDirection(StrEnum):
    TO_TOWNSHIP = "to_township"  # paper originals carried from the village
    TO_VILLAGE = "to_village"  # results carried back


@dataclass(frozen=True)
class HandoverLine:
    application_uuid: str
    tracking_number: str
    description: str  # e.g. the material or the certificate carried
    count: int = 1
    checked: bool = False  # ticked off at the receiving end


@dataclass(frozen=True)
class Handover:
    """The list of paper an agent carries, countersigned at the other end."""

    record_id: str
    village_code: str
    agent_id: str
    direction: HandoverDirection
    lines: tuple[HandoverLine, ...] = ()
    created_on: dt.date | None = None
    countersigned_by: str = ""
    countersigned_on: dt.date | None = None
