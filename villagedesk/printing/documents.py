"""What each printed document needs, as plain frozen records, and how to get them from domain records.

The builders never see storage or live objects: a service gathers the domain records, calls one of the
``from_domain`` constructors here and hands the result to a builder (in a worker thread).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from villagedesk.core.errors import ValidationError
from villagedesk.core.models import (
    Agent,
    Applicant,
    Application,
    Handover,
    HandoverDirection,
    Material,
    ServiceItem,
    TimeUnit,
)
from villagedesk.protocol.states import MaterialForm, MaterialStatus


def mask_id(id_number: str) -> str:
    """First 4 and last 4 characters kept, the rest starred: 5133**********1018.

    The first four (province and prefecture) and the last four (sequence and check character) let the
    villager and the agent see that the slip is theirs, while the county code and the birth date, which
    together with the name identify a person, are hidden. Receipts get lost; the full number is in the
    application record, never on a slip.
    """
    s = id_number.strip()
    if len(s) <= 8:
        return "*" * len(s)
    return s[:4] + "*" * (len(s) - 8) + s[-4:]


@dataclass(frozen=True)
class OfficeInfo:
    """From the office's settings: names in both scripts are typed there, never translated here."""

    proxy_point_name_zh: str
    township_center_name_zh: str
    proxy_point_name_bo: str = ""
    township_center_name_bo: str = ""
    proxy_point_address_zh: str = ""
    proxy_point_phone: str = ""
    township_address_zh: str = ""
    township_phone: str = ""
    complaint_phone: str = "12345"
    # The remedy bodies named on a notice of not accepting (行政复议机关, 人民法院).
    review_body_zh: str = ""
    court_zh: str = ""
    # The body that issues the township's notices; defaults to the township center.
    authority_name_zh: str = ""

    @property
    def authority(self) -> str:
        return self.authority_name_zh or self.township_center_name_zh


@dataclass(frozen=True)
class Person:
    name_zh: str
    name_bo: str = ""
    id_masked: str = ""
    phone: str = ""
    address_zh: str = ""

    @classmethod
    def from_applicant(cls, a: Applicant, address_zh: str = "") -> Person:
        return cls(a.legal_name, a.name_bo, mask_id(a.id_number), a.phone, address_zh)

    @classmethod
    def from_agent(cls, a: Agent) -> Person:
        return cls(a.name, a.name_bo, "", a.phone)


@dataclass(frozen=True)
class ItemInfo:
    code: str
    name_zh: str
    name_bo: str = ""
    department_zh: str = ""
    item_type: str = ""
    legal_basis_zh: str = ""
    conditions_zh: str = ""
    process_zh: str = ""
    statutory_days: int = 0
    committed_days: int = 0  # 0: done on the spot once accepted
    calendar_days: bool = False  # the catalog's unit is 自然日, not 工作日
    fee: float = 0.0
    fee_note: str = ""
    notes_zh: str = ""

    @classmethod
    def from_item(cls, it: ServiceItem) -> ItemInfo:
        return cls(
            code=it.code,
            name_zh=it.name_zh,
            name_bo=it.name_bo,
            department_zh=it.department_zh,
            item_type=it.item_type,
            legal_basis_zh=it.legal_basis_zh,
            conditions_zh=it.conditions_zh,
            process_zh=it.process_zh,
            statutory_days=it.statutory_time_limit,
            committed_days=it.committed_time_limit,
            calendar_days=it.time_unit == TimeUnit.CALENDAR_DAYS,
            fee=it.fee,
            fee_note=it.fee_note,
            notes_zh=it.notes_zh,
        )


@dataclass(frozen=True)
class MaterialLine:
    """One material on a slip: what it is, in which form, how many, and anything to say about it."""

    name_zh: str
    name_bo: str = ""
    form: MaterialForm = MaterialForm.ORIGINAL
    copies: int = 1
    notes_zh: str = ""
    required: bool = True
    kept_copy_only: bool = False  # the original was seen and handed back; a copy was kept
    defective: bool = False
    reason: str = ""  # why it is defective or what exactly is needed

    @classmethod
    def from_material(
        cls,
        m: Material,
        *,
        count: int | None = None,
        kept_copy_only: bool = False,
        defective: bool = False,
        reason: str = "",
    ) -> MaterialLine:
        return cls(
            name_zh=m.name_zh,
            name_bo=m.name_bo,
            form=m.form,
            copies=count if count is not None else m.copies,
            notes_zh=m.notes_zh,
            required=m.required,
            kept_copy_only=kept_copy_only,
            defective=defective,
            reason=reason,
        )


_RECEIVED = {MaterialStatus.ORIGINAL_KEPT, MaterialStatus.ORIGINAL_SEEN_COPY_KEPT, MaterialStatus.COPY}
_OUTSTANDING = {MaterialStatus.MISSING, MaterialStatus.DEFECTIVE}


def _need_tracking(app: Application) -> str:
    if not app.tracking_number:
        raise ValidationError(
            "a slip needs the application's tracking number",
            code="printing.no_tracking_number",
            application=app.uuid,
        )
    return app.tracking_number


def received_lines(app: Application, item: ServiceItem) -> tuple[MaterialLine, ...]:
    out = []
    for c in app.checklist:
        if c.status in _RECEIVED:
            m = item.material(c.material_key)
            out.append(
                MaterialLine.from_material(
                    m,
                    count=c.count or m.copies,
                    kept_copy_only=c.status == MaterialStatus.ORIGINAL_SEEN_COPY_KEPT,
                )
            )
    return tuple(out)


def outstanding_lines(app: Application, item: ServiceItem) -> tuple[MaterialLine, ...]:
    out = []
    for c in app.checklist:
        if c.status in _OUTSTANDING:
            m = item.material(c.material_key)
            out.append(
                MaterialLine.from_material(m, defective=c.status == MaterialStatus.DEFECTIVE, reason=c.reason)
            )
    return tuple(out)


@dataclass(frozen=True)
class ReceiptData:
    tracking_number: str
    item: ItemInfo
    applicant: Person
    agent: Person
    office: OfficeInfo
    received: tuple[MaterialLine, ...]
    issued_on: dt.date
    free_proxy: bool = False

    @classmethod
    def from_domain(
        cls,
        app: Application,
        applicant: Applicant,
        item: ServiceItem,
        agent: Agent,
        office: OfficeInfo,
        *,
        issued_on: dt.date,
    ) -> ReceiptData:
        return cls(
            tracking_number=_need_tracking(app),
            item=ItemInfo.from_item(item),
            applicant=Person.from_applicant(applicant),
            agent=Person.from_agent(agent),
            office=office,
            received=received_lines(app, item),
            issued_on=issued_on,
            free_proxy=app.free_proxy,
        )


@dataclass(frozen=True)
class NotificationData:
    tracking_number: str
    item: ItemInfo
    applicant: Person
    agent: Person
    office: OfficeInfo
    outstanding: tuple[MaterialLine, ...]
    applied_on: dt.date
    issued_on: dt.date
    bring_by: dt.date
    bring_to_zh: str = ""  # defaults to the proxy point and its address
    document_number: str = ""
    returned_reason: str = ""  # set when the township returned the application for correction

    @classmethod
    def from_domain(
        cls,
        app: Application,
        applicant: Applicant,
        item: ServiceItem,
        agent: Agent,
        office: OfficeInfo,
        *,
        applied_on: dt.date,
        issued_on: dt.date,
        bring_by: dt.date,
        bring_to_zh: str = "",
        document_number: str = "",
        returned_reason: str = "",
    ) -> NotificationData:
        outstanding = outstanding_lines(app, item)
        if not outstanding:
            raise ValidationError(
                "nothing is missing: there is no notification slip to print",
                code="printing.nothing_missing",
                application=app.uuid,
            )
        return cls(
            tracking_number=_need_tracking(app),
            item=ItemInfo.from_item(item),
            applicant=Person.from_applicant(applicant),
            agent=Person.from_agent(agent),
            office=office,
            outstanding=outstanding,
            applied_on=applied_on,
            issued_on=issued_on,
            bring_by=bring_by,
            bring_to_zh=bring_to_zh,
            document_number=document_number,
            returned_reason=returned_reason,
        )


@dataclass(frozen=True)
class AcceptanceData:
    acceptance_number: str
    tracking_number: str
    item: ItemInfo
    applicant: Person
    office: OfficeInfo
    received_on: dt.date
    accepted_on: dt.date
    received: tuple[MaterialLine, ...]
    result_delivery_zh: str = "到村代办点或乡镇便民服务中心领取"
    staff_name: str = ""

    @classmethod
    def from_domain(
        cls,
        app: Application,
        applicant: Applicant,
        item: ServiceItem,
        office: OfficeInfo,
        *,
        acceptance_number: str,
        received_on: dt.date,
        accepted_on: dt.date,
        result_delivery_zh: str = "到村代办点或乡镇便民服务中心领取",
        staff_name: str = "",
        address_zh: str = "",
    ) -> AcceptanceData:
        return cls(
            acceptance_number=acceptance_number,
            tracking_number=_need_tracking(app),
            item=ItemInfo.from_item(item),
            applicant=Person.from_applicant(applicant, address_zh),
            office=office,
            received_on=received_on,
            accepted_on=accepted_on,
            received=received_lines(app, item),
            result_delivery_zh=result_delivery_zh,
            staff_name=staff_name,
        )


@dataclass(frozen=True)
class NotAcceptedData:
    document_number: str
    tracking_number: str
    item: ItemInfo
    applicant: Person
    office: OfficeInfo
    received_on: dt.date
    decided_on: dt.date
    reason_zh: str
    legal_basis_zh: str
    redirect_body_zh: str = ""  # the office to apply to when the matter is outside this one's powers

    @classmethod
    def from_domain(
        cls,
        app: Application,
        applicant: Applicant,
        item: ServiceItem,
        office: OfficeInfo,
        *,
        document_number: str,
        received_on: dt.date,
        decided_on: dt.date,
        reason_zh: str,
        legal_basis_zh: str,
        redirect_body_zh: str = "",
    ) -> NotAcceptedData:
        if not office.review_body_zh or not office.court_zh:
            raise ValidationError(
                "the office settings must name the administrative review body and the court",
                code="printing.remedy_bodies_missing",
            )
        return cls(
            document_number=document_number,
            tracking_number=_need_tracking(app),
            item=ItemInfo.from_item(item),
            applicant=Person.from_applicant(applicant),
            office=office,
            received_on=received_on,
            decided_on=decided_on,
            reason_zh=reason_zh,
            legal_basis_zh=legal_basis_zh,
            redirect_body_zh=redirect_body_zh,
        )


@dataclass(frozen=True)
class DeliveryRecordData:
    document_name_zh: str
    document_number: str
    tracking_number: str
    recipient: Person
    office: OfficeInfo
    place_zh: str
    delivered_at: dt.datetime | None = None  # None: left blank, written by hand on the spot
    method_zh: str = "直接送达"
    deliverers: tuple[str, ...] = ()
    remarks_zh: str = ""

    @classmethod
    def from_domain(
        cls,
        app: Application,
        applicant: Applicant,
        office: OfficeInfo,
        *,
        document_name_zh: str,
        document_number: str,
        place_zh: str,
        delivered_at: dt.datetime | None = None,
        method_zh: str = "直接送达",
        deliverers: tuple[str, ...] = (),
        remarks_zh: str = "",
    ) -> DeliveryRecordData:
        return cls(
            document_name_zh=document_name_zh,
            document_number=document_number,
            tracking_number=_need_tracking(app),
            recipient=Person.from_applicant(applicant),
            office=office,
            place_zh=place_zh,
            delivered_at=delivered_at,
            method_zh=method_zh,
            deliverers=deliverers,
            remarks_zh=remarks_zh,
        )


@dataclass(frozen=True)
class HandoverLineData:
    tracking_number: str
    description_zh: str
    count: int = 1
    checked: bool = False


@dataclass(frozen=True)
class HandoverData:
    record_id: str
    direction: HandoverDirection
    agent: Person
    office: OfficeInfo
    lines: tuple[HandoverLineData, ...]
    created_on: dt.date
    countersigned_by: str = ""

    @classmethod
    def from_domain(
        cls, handover: Handover, agent: Agent, office: OfficeInfo, *, created_on: dt.date | None = None
    ) -> HandoverData:
        day = created_on or handover.created_on
        if day is None:
            raise ValidationError("a hand-over list needs a date", code="printing.handover_no_date")
        return cls(
            record_id=handover.record_id,
            direction=handover.direction,
            agent=Person.from_agent(agent),
            office=office,
            lines=tuple(
                HandoverLineData(ln.tracking_number, ln.description, ln.count, ln.checked)
                for ln in handover.lines
            ),
            created_on=day,
            countersigned_by=handover.countersigned_by,
        )


@dataclass(frozen=True)
class GuideData:
    item: ItemInfo
    materials: tuple[MaterialLine, ...]
    office: OfficeInfo

    @classmethod
    def from_domain(cls, item: ServiceItem, office: OfficeInfo) -> GuideData:
        return cls(
            item=ItemInfo.from_item(item),
            materials=tuple(MaterialLine.from_material(m) for m in item.materials),
            office=office,
        )
