"""Pieces shared by several documents: dates, forms, fees, time limits, the header and tracking block."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from villagedesk.core import tracking
from villagedesk.core.errors import ValidationError
from villagedesk.printing.documents import ItemInfo, MaterialLine, OfficeInfo, Person
from villagedesk.printing.labels import SENTENCES
from villagedesk.printing.layout import Layout
from villagedesk.protocol.states import MaterialForm


def day(layout: Layout, d: dt.date | None) -> str:
    if d is None:
        return "____年___月___日" if layout.lang != "bo" else "______-___-___"
    # ISO digits in Tibetan-only mode: a Tibetan date phrase would be a translation nobody checked
    return d.isoformat() if layout.lang == "bo" else f"{d.year}年{d.month}月{d.day}日"


def qr_payload(tracking_number: str) -> str:
    """The compact form (digits only) when the number parses, which is what the township's scanner reads;
    anything else (an imported legacy number) as printed."""
    try:
        return tracking.parse(tracking_number).compact
    except ValidationError:
        return tracking_number.strip()


def form_text(layout: Layout, m: MaterialLine) -> str:
    if m.kept_copy_only:
        return layout.t("original_seen_copy_kept")
    return layout.t(
        {
            MaterialForm.ORIGINAL: "original",
            MaterialForm.COPY: "copy",
            MaterialForm.ORIGINAL_AND_COPY: "original_and_copy",
        }[m.form]
    )


def copies_text(n: int) -> str:
    return SENTENCES["copies_n"].format(n=n)


def fee_text(item: ItemInfo) -> str:
    if not item.fee:
        return SENTENCES["no_fee"]
    amount = f"{item.fee:.2f}".rstrip("0").rstrip(".")
    text = SENTENCES["fee_amount"].format(amount=amount)
    return f"{text}（{item.fee_note}）" if item.fee_note else text


def days_text(n: int, calendar: bool) -> str:
    if n == 0:
        return SENTENCES["on_the_spot"]
    return SENTENCES["calendar_days_n" if calendar else "working_days_n"].format(n=n)


def committed_sentence(item: ItemInfo) -> str:
    if item.committed_days == 0:
        return SENTENCES["receipt_on_the_spot"]
    key = "receipt_time_limit_calendar" if item.calendar_days else "receipt_time_limit"
    return SENTENCES[key].format(days=item.committed_days)


def person(layout: Layout, p: Person) -> str:
    return layout.both(p.name_zh, p.name_bo)


def header(
    layout: Layout, office: OfficeInfo, title_key: str, *, township: bool = False, width: float | None = None
) -> list[Flowable]:
    if township:
        names = [
            layout.both(
                office.authority, office.township_center_name_bo if not office.authority_name_zh else ""
            )
        ]
    else:
        names = [
            layout.both(office.township_center_name_zh, office.township_center_name_bo),
            layout.both(office.proxy_point_name_zh, office.proxy_point_name_bo),
        ]
    out: list[Flowable] = [layout.p(n, align="center", grey=True, width=width) for n in names if n]
    out.append(Spacer(1, 1.5 * mm))
    out += layout.title(title_key, width=width)
    return out


def tracking_block(
    layout: Layout,
    label_key: str,
    number: str,
    qr_text: str | None = None,
    beside: list[Flowable] | None = None,
) -> Flowable:
    """The number large enough to read over the phone, and the QR code the township scans.

    On A4 the QR code stands at the right of ``beside`` (the header) and the number, to keep a receipt
    on one page; on the roll everything is stacked."""
    label = layout.p(layout.t(label_key), grey=True)
    qr_side = 25 * mm
    left_w = layout.width if layout.roll else layout.width - qr_side - 3 * mm
    big = layout.p(number, scale=1.75 if not layout.roll else 1.45, width=left_w)
    payload = qr_text if qr_text is not None else qr_payload(number)
    if layout.roll:
        q = layout.qr(payload, 34 * mm)
        tbl = Table([[q]], colWidths=[layout.width])
        tbl.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        return _column([*(beside or []), label, big, tbl])
    q = layout.qr(payload, qr_side)
    left = [*(beside or []), label, Spacer(1, 1 * mm), big]
    tbl = Table([[left, q]], colWidths=[left_w, layout.width - left_w])
    tbl.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return tbl


def head(
    layout: Layout,
    office: OfficeInfo,
    title_key: str,
    label_key: str,
    number: str,
    qr_text: str | None = None,
    *,
    township: bool = False,
) -> Flowable:
    """Header, title, tracking number and QR code as one block."""
    w = None if layout.roll else layout.width - 28 * mm
    return tracking_block(
        layout,
        label_key,
        number,
        qr_text,
        beside=header(layout, office, title_key, township=township, width=w),
    )


def _column(parts: list[Flowable]) -> Flowable:
    tbl = Table([[p] for p in parts])
    tbl.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return tbl


def material_name(layout: Layout, m: MaterialLine) -> str:
    return layout.both(m.name_zh, m.name_bo)


def contact(
    layout: Layout, office: OfficeInfo, agent: Person | None = None, *, proxy_point: bool = True
) -> list[tuple[str, str]]:
    rows = []
    if agent is not None:
        rows.append((layout.t("agent"), f"{person(layout, agent)}  {agent.phone}".strip()))
    if proxy_point and (office.proxy_point_phone or office.proxy_point_address_zh):
        rows.append(
            (layout.t("proxy_point"), f"{office.proxy_point_address_zh}  {office.proxy_point_phone}".strip())
        )
    if office.township_phone or office.township_address_zh:
        rows.append(
            (layout.t("township_center"), f"{office.township_address_zh}  {office.township_phone}".strip())
        )
    if office.complaint_phone:
        rows.append((layout.t("complaint"), office.complaint_phone))
    return rows
