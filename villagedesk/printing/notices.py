"""The township's notices: 受理通知书, 不予受理告知书 and 送达回证 (fields per domain-facts (c))."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from villagedesk.printing import _common as c
from villagedesk.printing.documents import AcceptanceData, DeliveryRecordData, NotAcceptedData
from villagedesk.printing.labels import LABELS, SENTENCES
from villagedesk.printing.layout import LangMode, Layout, PageSize, render, serialised


def _seal(lo: Layout, authority: str, day: str) -> list[Flowable]:
    return [
        Spacer(1, 6 * mm),
        lo.p(f"{authority}{LABELS['seal'][0]}", align="right"),
        lo.p(day, align="right"),
    ]


def _sign_and_seal(lo: Layout, signer: str, authority: str, day: str) -> list[Flowable]:
    """The applicant signs on the left, the office seals on the right (stacked on the roll)."""
    if lo.roll:
        return [lo.signatures([signer]), *_seal(lo, authority, day)]
    half = lo.width / 2
    seal = [
        lo.p(f"{authority}{LABELS['seal'][0]}", align="right", width=half),
        lo.p(day, align="right", width=half),
    ]
    tbl = Table([[lo.signatures([signer]), [Spacer(1, 10 * mm), *seal]]], colWidths=[half, half])
    tbl.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [tbl]


@serialised
def build_acceptance_notice(
    data: AcceptanceData, *, size: PageSize = "a4", lang: LangMode = "zh", shaping: bool = True
) -> bytes:
    lo = Layout(size, lang, shaping)
    it = data.item
    story: list[Flowable] = [
        c.head(
            lo,
            data.office,
            "acceptance_title",
            "acceptance_number",
            data.acceptance_number,
            c.qr_payload(data.tracking_number),
            township=True,
        )
    ]
    story.append(Spacer(1, 2 * mm))
    story.append(lo.p(f"{c.person(lo, data.applicant)}：", scale=1.05))
    story.append(
        lo.p(
            SENTENCES["acceptance_body"].format(received=c.day(lo, data.received_on), item=f"“{it.name_zh}”")
        )
    )
    story.append(Spacer(1, 2 * mm))
    rows = [
        (lo.t("tracking_number"), data.tracking_number),
        (lo.t("item"), lo.both(it.name_zh, it.name_bo)),
        (lo.t("department"), it.department_zh),
        (lo.t("applicant"), c.person(lo, data.applicant)),
        (lo.t("id_number"), data.applicant.id_masked),
    ]
    if data.applicant.address_zh:
        rows.append((lo.t("address"), data.applicant.address_zh))
    rows += [
        (lo.t("received_on"), c.day(lo, data.received_on)),
        (lo.t("accepted_on"), c.day(lo, data.accepted_on)),
        (lo.t("statutory_time_limit"), c.days_text(it.statutory_days, it.calendar_days)),
        (lo.t("committed_time_limit"), c.days_text(it.committed_days, it.calendar_days)),
        (lo.t("fee_yes_no"), c.fee_text(it)),
        (lo.t("result_delivery"), f"{data.result_delivery_zh}。{SENTENCES['acceptance_pickup']}"),
        (lo.t("progress"), SENTENCES["progress_how"].replace("本回执", "本通知书")),
    ]
    story.append(lo.kv(rows))
    story.append(Spacer(1, 1.5 * mm))
    story.append(lo.p(SENTENCES["acceptance_clock"], scale=0.92, grey=True))
    story += lo.heading(lo.t("materials_received"))
    story.append(
        lo.grid(
            ["#", lo.t("material"), lo.t("form"), lo.t("copies")],
            [
                (str(i), c.material_name(lo, m), c.form_text(lo, m), c.copies_text(m.copies))
                for i, m in enumerate(data.received, 1)
            ],
            [0.08, 0.56, 0.22, 0.14] if not lo.roll else [0.1, 0.5, 0.24, 0.16],
        )
    )
    staff = [(LABELS["signature_staff"][0].removesuffix("签名"), data.staff_name)] if data.staff_name else []
    story.append(lo.kv(staff + c.contact(lo, data.office, proxy_point=False)))
    story += _sign_and_seal(
        lo, lo.t("signature_applicant"), data.office.authority, c.day(lo, data.accepted_on)
    )
    name = LABELS["acceptance_title"][0]
    return render(
        lo,
        story,
        title=f"{name} {data.acceptance_number}",
        footer=f"{name}  {data.acceptance_number}",
        keywords=data.tracking_number,
    )


@serialised
def build_not_accepted_notice(
    data: NotAcceptedData, *, size: PageSize = "a4", lang: LangMode = "zh", shaping: bool = True
) -> bytes:
    lo = Layout(size, lang, shaping)
    it = data.item
    story: list[Flowable] = c.header(lo, data.office, "not_accepted_title", township=True)
    story.append(lo.p(data.document_number, align="center"))
    story.append(Spacer(1, 3 * mm))
    story.append(lo.p(f"{c.person(lo, data.applicant)}：", scale=1.05))
    story.append(
        lo.p(
            SENTENCES["not_accepted_body"].format(
                received=c.day(lo, data.received_on), item=f"“{it.name_zh}”"
            )
        )
    )
    story.append(Spacer(1, 2 * mm))
    rows = [
        (lo.t("tracking_number"), data.tracking_number),
        (lo.t("applicant"), c.person(lo, data.applicant)),
        (lo.t("id_number"), data.applicant.id_masked),
        (lo.t("item"), lo.both(it.name_zh, it.name_bo)),
        (lo.t("reason"), data.reason_zh),
        (lo.t("legal_basis"), data.legal_basis_zh),
    ]
    if data.redirect_body_zh:
        rows.append(("", SENTENCES["not_accepted_redirect"].format(body=data.redirect_body_zh)))
    story.append(lo.kv(rows))
    story += lo.heading(lo.t("remedies"))
    story.append(
        lo.p(
            SENTENCES["remedies_text"].format(
                review_body=data.office.review_body_zh, court=data.office.court_zh
            ),
            scale=1.05,
        )
    )
    story.append(Spacer(1, 1.5 * mm))
    story.append(lo.p(SENTENCES["duplicate_note"], scale=0.92, grey=True))
    story += _sign_and_seal(
        lo, lo.t("signature_applicant"), data.office.authority, c.day(lo, data.decided_on)
    )
    name = LABELS["not_accepted_title"][0]
    return render(
        lo,
        story,
        title=f"{name} {data.document_number}",
        footer=f"{name}  {data.document_number}",
        keywords=data.tracking_number,
    )


@serialised
def build_delivery_record(
    data: DeliveryRecordData, *, size: PageSize = "a4", lang: LangMode = "zh", shaping: bool = True
) -> bytes:
    lo = Layout(size, lang, shaping)
    story: list[Flowable] = c.header(lo, data.office, "delivery_title", township=True)
    when = (
        f"{c.day(lo, data.delivered_at.date())} {data.delivered_at:%H:%M}"
        if data.delivered_at
        else c.day(lo, None) + "  ___:___"
    )
    rows = [
        (lo.t("document_delivered"), data.document_name_zh),
        (lo.t("document_number"), data.document_number),
        (lo.t("tracking_number"), data.tracking_number),
        (lo.t("recipient"), c.person(lo, data.recipient)),
        (lo.t("id_number"), data.recipient.id_masked),
        (lo.t("delivery_place"), data.place_zh),
        (lo.t("delivery_time"), when),
        (lo.t("delivery_method"), data.method_zh),
        (lo.t("deliverer"), "、".join(data.deliverers)),
        (lo.t("remarks"), data.remarks_zh or "\n\n"),
    ]
    story.append(lo.kv(rows))
    story.append(Spacer(1, 3 * mm))
    story.append(lo.signatures([lo.t("signature_recipient"), lo.t("signature_deliverer")]))
    story.append(Spacer(1, 2 * mm))
    story.append(ThumbBox(lo))
    story.append(Spacer(1, 2 * mm))
    story.append(lo.p(SENTENCES["delivery_note"], scale=0.92, grey=True))
    story += _seal(
        lo, data.office.authority, c.day(lo, data.delivered_at.date() if data.delivered_at else None)
    )
    name = LABELS["delivery_title"][0]
    return render(
        lo,
        story,
        title=f"{name} {data.document_number}",
        footer=f"{name}  {data.document_number}",
        keywords=data.tracking_number,
    )


class ThumbBox(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A framed square for the recipient's thumbprint, labelled."""

    def __init__(self, lo: Layout) -> None:
        super().__init__()
        self.side = 24 * mm
        self.label = lo.p(lo.t("thumbprint"), scale=0.9, grey=True, width=self.side)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        _, self._lh = self.label.wrap(self.side, ah)
        self.width = self.side
        self.height = self.side + self._lh + 2
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        self.canv.rect(0, 0, self.side, self.side)
        self.label.drawOn(self.canv, 0, self.side + 2)
