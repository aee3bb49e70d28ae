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
