"""The township's printed slips, built from what the staff API returns (the printing helper's builders)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from villagedesk.core import codec
from villagedesk.core.models import Agent, Applicant, Application, ServiceItem
from villagedesk.printing import build_acceptance_notice, build_not_accepted_notice, build_notification
from villagedesk.printing.documents import AcceptanceData, NotAcceptedData, NotificationData, OfficeInfo
from villagedesk.printing.layout import LangMode


@dataclass(frozen=True)
class TownshipOffice:
    township_zh: str = "炉城镇"
    center_zh: str = "炉城镇便民服务中心"
    center_bo: str = ""
    address_zh: str = ""
    phone: str = ""
    review_body_zh: str = "康定市人民政府"
    court_zh: str = "康定市人民法院"

    def info(self) -> OfficeInfo:
        return OfficeInfo(
            proxy_point_name_zh="村便民服务代办点",
            township_center_name_zh=self.center_zh,
            township_center_name_bo=self.center_bo,
            township_address_zh=self.address_zh,
            township_phone=self.phone,
            review_body_zh=self.review_body_zh,
            court_zh=self.court_zh,
        )


def _parts(app_payload: dict[str, Any], ctx: dict[str, Any]) -> tuple[Application, Applicant, ServiceItem]:
    app = codec.decode(Application, app_payload)
    applicant = codec.decode(Applicant, ctx["applicant"])
    item = codec.decode(ServiceItem, ctx["item"])
    return app, applicant, item


def document_number(prefix: str, app_payload: dict[str, Any], day: dt.date) -> str:
    """Like a real Sichuan acceptance number (510000-20241129-705982): area, date, serial."""
    tracking = str(app_payload.get("tracking_number", "")).replace("-", "")
    return f"{prefix}{tracking[:6]}-{day:%Y%m%d}-{tracking[-6:]}"


def acceptance(
    out_dir: Path,
    app_payload: dict[str, Any],
    ctx: dict[str, Any],
    office: TownshipOffice,
    staff: str,
    lang: LangMode,
) -> Path:
    app, applicant, item = _parts(app_payload, ctx)
    today = dt.date.fromisoformat(ctx["today"])
    data = AcceptanceData.from_domain(
        app,
        applicant,
        item,
        office.info(),
        acceptance_number=document_number("", app_payload, today),
        received_on=dt.date.fromisoformat(ctx["received_on"]),
        accepted_on=today,
        staff_name=staff,
    )
    path = out_dir / f"{app.tracking_number}-acceptance.pdf"
    path.write_bytes(build_acceptance_notice(data, lang=lang))
    return path


def notification(
    out_dir: Path,
    app_payload: dict[str, Any],
    ctx: dict[str, Any],
    office: TownshipOffice,
    notes: str,
    lang: LangMode,
) -> Path:
    app, applicant, item = _parts(app_payload, ctx)
    agent = codec.decode(Agent, ctx["agent"])
    data = NotificationData.from_domain(
        app,
        applicant,
        item,
        agent,
        office.info(),
        applied_on=dt.date.fromisoformat(ctx["received_on"]),
        issued_on=dt.date.fromisoformat(ctx["today"]),
        bring_by=dt.date.fromisoformat(ctx["correction_due"]),
        returned_reason=notes or "材料需补齐补正",
    )
    path = out_dir / f"{app.tracking_number}-correction.pdf"
    path.write_bytes(build_notification(data, lang=lang))
    return path


def not_accepted(
    out_dir: Path,
    app_payload: dict[str, Any],
    ctx: dict[str, Any],
    office: TownshipOffice,
    reason: str,
    legal_basis: str,
    redirect: str,
    lang: LangMode,
) -> Path:
    app, applicant, item = _parts(app_payload, ctx)
    today = dt.date.fromisoformat(ctx["today"])
    data = NotAcceptedData.from_domain(
        app,
        applicant,
        item,
        office.info(),
        document_number=document_number("不受", app_payload, today),
        received_on=dt.date.fromisoformat(ctx["received_on"]),
        decided_on=today,
        reason_zh=reason,
        legal_basis_zh=legal_basis,
        redirect_body_zh=redirect,
    )
    path = out_dir / f"{app.tracking_number}-not-accepted.pdf"
    path.write_bytes(build_not_accepted_notice(data, lang=lang))
    return path
