"""Realistic demo data for the slips: fake people, items from the shared sample catalog.

Used by the tests, ``bench/bench_slips.py`` and ``make_slip_pngs.py`` (the renderings under docs/slips/).
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace
from functools import cache
from pathlib import Path

from villagedesk.core import tracking
from villagedesk.core.catalog import parse_catalog
from villagedesk.core.models import (
    Agent,
    Applicant,
    Application,
    Catalog,
    Handover,
    HandoverDirection,
    HandoverLine,
    MaterialCheck,
    ServiceItem,
)
from villagedesk.printing.documents import (
    AcceptanceData,
    DeliveryRecordData,
    GuideData,
    HandoverData,
    NotAcceptedData,
    NotificationData,
    OfficeInfo,
    ReceiptData,
)
from villagedesk.protocol.states import ApplicationState, MaterialStatus

REPO = Path(__file__).resolve().parents[2]
# Copies of the shared data kept in the repo, so a clean checkout tests the same everywhere.
DATA = REPO / "translations" / "data"
TODAY = dt.date(2026, 11, 27)


@cache
def catalog() -> Catalog:
    return parse_catalog((REPO / "resources" / "catalog" / "catalog-sample.json").read_bytes())


@cache
def long_tibetan_names() -> list[tuple[str, str]]:
    """(Tibetan, first Chinese spelling), longest first, from the attested name list."""
    rows: list[tuple[str, str]] = []
    with (DATA / "tibetan-names.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rows.append((r["bo"], r["zh_spellings"].split("/")[0]))
    return sorted(rows, key=lambda r: -len(r[0]))


def tracking_number() -> str:
    return str(tracking.make("513322101201", 1, 42))


def office() -> OfficeInfo:
    return OfficeInfo(
        proxy_point_name_zh="泸定县冷碛镇甘露寺村便民服务代办点",
        township_center_name_zh="泸定县冷碛镇便民服务中心",
        # Test stand-in for a name the office types in its settings (parts attested in the glossary:
        # 甘孜藏族自治州 + 服务中心); the software itself never composes Tibetan.
        township_center_name_bo="དཀར་མཛེས་བོད་རིགས་རང་སྐྱོང་ཁུལ་ཞབས་ཞུའི་ལྟེ་གནས",
        proxy_point_address_zh="甘露寺村村民委员会一楼",
        proxy_point_phone="0836-3121234",
        township_address_zh="冷碛镇人民路8号",
        township_phone="0836-3125678",
        complaint_phone="12345",
        review_body_zh="泸定县人民政府",
        court_zh="泸定县人民法院",
        authority_name_zh="泸定县冷碛镇人民政府",
    )


def applicant() -> Applicant:
    bo, zh = long_tibetan_names()[0]
    return Applicant(
        id_number="513322195803121018",
        legal_name=zh,
        name_bo=bo,
        phone="13908361234",
        village_code="513322101201",
    )


def agent() -> Agent:
    return Agent(
        agent_id="A-001",
        name="才旺仁增",
        name_bo="ཚེ་དབང་རིག་འཛིན",
        village_code="513322101201",
        phone="13551234567",
    )


def free_item() -> ServiceItem:
    return catalog().item("MZ-001")


def fee_item() -> ServiceItem:
    return catalog().item("GA-004")


def twelve_material_item() -> ServiceItem:
    """MZ-002's eight materials followed by MZ-001's first four: twelve real catalog materials."""
    a, b = catalog().item("MZ-002"), catalog().item("MZ-001")
    extra = tuple(replace(m, key=f"MZ-002-X{i}") for i, m in enumerate(b.materials[:4], 1))
    return replace(a, materials=a.materials + extra)


def application(
    item: ServiceItem,
    statuses: dict[int, MaterialStatus] | None = None,
    reasons: dict[int, str] | None = None,
    free_proxy: bool = True,
) -> Application:
    statuses = statuses or {}
    reasons = reasons or {}
    checks = tuple(
        MaterialCheck(m.key, statuses.get(i, MaterialStatus.ORIGINAL_KEPT), m.copies, reasons.get(i, ""))
        for i, m in enumerate(item.materials)
    )
    return Application(
        uuid="0b7f3c52-2d1e-4a7b-9c55-3a1f6b8e9d10",
        item_code=item.code,
        catalog_version=catalog().version,
        applicant_id_number="513322195803121018",
        responsible_agent="A-001",
        state=ApplicationState.QUEUED,
        tracking_number=tracking_number(),
        village_code="513322101201",
        checklist=checks,
        free_proxy=free_proxy,
    )


def receipt(item: ServiceItem | None = None) -> ReceiptData:
    it = item or free_item()
    statuses = {1: MaterialStatus.ORIGINAL_SEEN_COPY_KEPT}
    if len(it.materials) > 5:
        statuses[5] = MaterialStatus.NOT_APPLICABLE
    app = application(it, statuses, free_proxy=it.fee == 0)
    return ReceiptData.from_domain(app, applicant(), it, agent(), office(), issued_on=TODAY)


DEFECT_REASONS = {
    0: "申请书未签名，请申请人本人签名或按手印",
    3: "复印件不清晰，请重新复印（正反面）",
    7: "照片背景不是白色，请提供近期一寸白底免冠照片",
}


def notification(n_missing: int = 12, returned: bool = False) -> NotificationData:
    it = twelve_material_item()
    statuses = {
        i: (MaterialStatus.DEFECTIVE if i in DEFECT_REASONS else MaterialStatus.MISSING)
        for i in range(n_missing)
    }
    app = application(it, statuses, DEFECT_REASONS)
    return NotificationData.from_domain(
        app,
        applicant(),
        it,
        agent(),
        office(),
        applied_on=TODAY,
        issued_on=TODAY,
        bring_by=TODAY + dt.timedelta(days=14),
        document_number="冷碛告〔2026〕17号",
        returned_reason="户口簿复印件缺少本人页，家庭成员收入证明未盖章" if returned else "",
    )


def acceptance() -> AcceptanceData:
    it = free_item()
    app = application(it, {1: MaterialStatus.ORIGINAL_SEEN_COPY_KEPT})
    return AcceptanceData.from_domain(
        app,
        applicant(),
        it,
        office(),
        acceptance_number="513322101-20261127-00042",
        received_on=TODAY - dt.timedelta(days=2),
        accepted_on=TODAY,
        staff_name="李梅",
        address_zh="泸定县冷碛镇甘露寺村二组",
    )


def not_accepted() -> NotAcceptedData:
    it = fee_item()
    app = application(it)
    return NotAcceptedData.from_domain(
        app,
        applicant(),
        it,
        office(),
        document_number="冷碛不受〔2026〕3号",
        received_on=TODAY - dt.timedelta(days=3),
        decided_on=TODAY,
        reason_zh="申请事项依法不属于本机关职权范围",
        legal_basis_zh="《中华人民共和国行政许可法》第三十二条第一款第（二）项",
        redirect_body_zh="泸定县公安局户政大厅",
    )


def delivery() -> DeliveryRecordData:
    return DeliveryRecordData.from_domain(
        application(free_item()),
        applicant(),
        office(),
        document_name_zh="受理通知书",
        document_number="513322101-20261127-00042",
        place_zh="泸定县冷碛镇甘露寺村二组申请人家中",
        delivered_at=dt.datetime(2026, 11, 27, 15, 30),
        method_zh="直接送达",
        deliverers=("李梅", "才旺仁增"),
    )


def handover() -> HandoverData:
    it = twelve_material_item()
    lines = tuple(
        HandoverLine(
            f"app-{i}", str(tracking.make("513322101201", 1, 40 + i)), m.name_zh, m.copies, checked=i % 3 == 0
        )
        for i, m in enumerate(it.materials[:9])
    )
    h = Handover(
        record_id="HO-2026-0012",
        village_code="513322101201",
        agent_id="A-001",
        direction=HandoverDirection.TO_TOWNSHIP,
        lines=lines,
        created_on=TODAY,
    )
    return HandoverData.from_domain(h, agent(), office())


def guide(item: ServiceItem | None = None) -> GuideData:
    return GuideData.from_domain(item or fee_item(), office())
