"""From the screens' records to the printed slips: collects what each builder needs (one reader unit of
work) and calls ``villagedesk.printing``. Runs on a worker thread through the task runner."""

from __future__ import annotations

import datetime as dt
from typing import Any

from villagedesk.core.models import Agent, Handover
from villagedesk.printing import (
    build_handover_list,
    build_notification,
    build_receipt,
    build_service_guide,
)
from villagedesk.printing.documents import (
    GuideData,
    ItemInfo,
    NotificationData,
    OfficeInfo,
    Person,
    ReceiptData,
    outstanding_lines,
)
from villagedesk.services.calendar import work_calendar
from villagedesk.services.settings import load_settings
from villagedesk.storage.store import Store

BRING_WITHIN_WORKING_DAYS = 5  # the date printed on the one-time notification ("bring them by")

DEMO_OFFICE = {
    "proxy_point_name_zh": "康定市炉城镇示范村便民服务代办点",
    "township_center_name_zh": "康定市炉城镇便民服务中心",
    "proxy_point_address_zh": "示范村村委会",
    "proxy_point_phone": "0836-0000000",
    "township_address_zh": "炉城镇政府一楼",
    "township_phone": "0836-1111111",
    "review_body_zh": "康定市人民政府",
    "court_zh": "康定市人民法院",
}


def office_info(store: Store) -> OfficeInfo:
    """The office's names come from the township with enrollment; the demo names until then."""
    with store.reader() as uow:
        values: dict[str, Any] = uow.setting("office") or DEMO_OFFICE
    return OfficeInfo(**values)


def _lang(store: Store) -> Any:
    return load_settings(store).slip_language


def _agent(store: Store, agent_id: str) -> Agent:
    with store.reader() as uow:
        agent = uow.get_record("agent", agent_id)
    return agent or Agent(agent_id, agent_id)


def receipt_pdf(store: Store, app_uuid: str, agent_id: str, *, today: dt.date | None = None) -> bytes:
    with store.reader() as uow:
        app = uow.require_application(app_uuid)
        applicant = uow.get_applicant(app.applicant_id_number)
        item = uow.item(app.item_code, app.catalog_version)
    assert applicant is not None
    data = ReceiptData.from_domain(
        app, applicant, item, _agent(store, agent_id), office_info(store), issued_on=today or dt.date.today()
    )
    return build_receipt(data, lang=_lang(store))


def notification_pdf(
    store: Store, app_uuid: str, agent_id: str, *, today: dt.date | None = None, returned_reason: str = ""
) -> bytes:
    today = today or dt.date.today()
    with store.reader() as uow:
        app = uow.require_application(app_uuid)
        applicant = uow.get_applicant(app.applicant_id_number)
        item = uow.item(app.item_code, app.catalog_version)
    assert applicant is not None
    bring_by = work_calendar(store).add_working_days(today, BRING_WITHIN_WORKING_DAYS)
    # Before the receipt there is no tracking number yet: the slip carries the application's short
    # reference instead, which the agent can search for.
    data = NotificationData(
        tracking_number=app.tracking_number or app.uuid[:8].upper(),
        item=ItemInfo.from_item(item),
        applicant=Person.from_applicant(applicant),
        agent=Person.from_agent(_agent(store, agent_id)),
        office=office_info(store),
        outstanding=outstanding_lines(app, item),
        applied_on=(app.created_at or dt.datetime.combine(today, dt.time())).date(),
        issued_on=today,
        bring_by=bring_by,
        returned_reason=returned_reason,
    )
    return build_notification(data, lang=_lang(store))


def guide_pdf(store: Store, item_code: str) -> bytes:
    with store.reader() as uow:
        item = uow.item(item_code)
    return build_service_guide(GuideData.from_domain(item, office_info(store)), lang=_lang(store))


def handover_pdf(store: Store, handover: Handover) -> bytes:
    from villagedesk.printing.documents import HandoverData

    data = HandoverData.from_domain(handover, _agent(store, handover.agent_id), office_info(store))
    return build_handover_list(data, lang=_lang(store))


def _event_day(events: list[Any], action: str, default: dt.date) -> dt.date:
    for ev in events:
        if ev.payload.get("action") == action:
            return ev.device_time.date()  # type: ignore[no-any-return]
    return default


def acceptance_pdf(store: Store, app_uuid: str) -> bytes:
    """The township's acceptance notice (受理通知), reprinted for the villager from what synced down."""
    from villagedesk.printing import build_acceptance_notice
    from villagedesk.printing.documents import AcceptanceData

    with store.reader() as uow:
        app = uow.require_application(app_uuid)
        applicant = uow.get_applicant(app.applicant_id_number)
        item = uow.item(app.item_code, app.catalog_version)
        events = uow.events(app_uuid)
    assert applicant is not None
    accepted_on = app.clock.started_on or _event_day(events, "accept", dt.date.today())
    data = AcceptanceData.from_domain(
        app,
        applicant,
        item,
        office_info(store),
        acceptance_number=app.tracking_number,
        received_on=_event_day(events, "receive", accepted_on),
        accepted_on=accepted_on,
    )
    return build_acceptance_notice(data, lang=_lang(store))


def not_accepted_pdf(store: Store, app_uuid: str) -> bytes:
    from villagedesk.printing import build_not_accepted_notice
    from villagedesk.printing.documents import NotAcceptedData

    with store.reader() as uow:
        app = uow.require_application(app_uuid)
        applicant = uow.get_applicant(app.applicant_id_number)
        item = uow.item(app.item_code, app.catalog_version)
        events = uow.events(app_uuid)
    assert applicant is not None
    refusal = next((e for e in reversed(events) if e.payload.get("action") == "not_accept"), None)
    payload = refusal.payload if refusal is not None else {}
    decided = refusal.device_time.date() if refusal is not None else dt.date.today()
    data = NotAcceptedData.from_domain(
        app,
        applicant,
        item,
        office_info(store),
        document_number=app.tracking_number,
        received_on=_event_day(events, "receive", decided),
        decided_on=decided,
        reason_zh=str(payload.get("reason", "")),
        legal_basis_zh=str(payload.get("legal_basis", "")) or item.legal_basis_zh,
    )
    return build_not_accepted_notice(data, lang=_lang(store))


def decision_sha256(store: Store, app_uuid: str) -> str:
    with store.reader() as uow:
        events = uow.events(app_uuid)
    for ev in reversed(events):
        sha = ev.payload.get("document_sha256")
        if sha:
            return str(sha)
    return ""


def decision_pdf(store: Store, app_uuid: str) -> bytes:
    """The township's decision document: fetched from the server the first time (resumable, verified)."""
    sha = decision_sha256(store, app_uuid)
    if not sha:
        from villagedesk.core.errors import NotFoundError

        raise NotFoundError("no decision document", code="printing.no_decision_document")
    if not store.blobs.has(sha):
        from villagedesk.sync import commands

        commands.fetch_blob(store, sha)
    return store.blobs.read_bytes(sha)
