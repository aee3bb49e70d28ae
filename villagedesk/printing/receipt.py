"""代办收件回执: proof that the proxy point took the application, and how long it may take."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from villagedesk.printing import _common as c
from villagedesk.printing.documents import ReceiptData
from villagedesk.printing.labels import LABELS, SENTENCES
from villagedesk.printing.layout import LangMode, Layout, PageSize, render, serialised


@serialised
def build_receipt(
    data: ReceiptData, *, size: PageSize = "a4", lang: LangMode = "zh", shaping: bool = True
) -> bytes:
    lo = Layout(size, lang, shaping)
    it = data.item
    story: list[Flowable] = [
        c.head(lo, data.office, "receipt_title", "tracking_number", data.tracking_number)
    ]
    story.append(Spacer(1, 2 * mm))
    rows = [
        (lo.t("item"), lo.both(it.name_zh, it.name_bo)),
        (lo.t("department"), it.department_zh),
        (lo.t("applicant"), c.person(lo, data.applicant)),
        (lo.t("id_number"), data.applicant.id_masked),
    ]
    if data.applicant.phone:
        rows.append((lo.t("phone"), data.applicant.phone))
    rows += [
        (lo.t("received_on"), c.day(lo, data.issued_on)),
        (lo.t("committed_time_limit"), c.committed_sentence(it)),
        (lo.t("statutory_time_limit"), c.days_text(it.statutory_days, it.calendar_days)),
        (lo.t("fee"), c.fee_text(it)),
    ]
    if data.free_proxy:
        rows.append((lo.t("free_proxy"), SENTENCES["free_proxy_note"]))
    story.append(lo.kv(rows))

    story += lo.heading(lo.t("materials_received"))
    if lo.roll:
        lines = [
            (str(i), f"{c.material_name(lo, m)}\n{c.form_text(lo, m)} · {c.copies_text(m.copies)}")
            for i, m in enumerate(data.received, 1)
        ]
        story.append(lo.grid(["#", lo.t("material")], lines, [0.1, 0.9]))
    else:
        lines3 = [
            (str(i), c.material_name(lo, m), c.form_text(lo, m), c.copies_text(m.copies))
            for i, m in enumerate(data.received, 1)
        ]
        story.append(
            lo.grid(["#", lo.t("material"), lo.t("form"), lo.t("copies")], lines3, [0.06, 0.6, 0.22, 0.12])
        )

    story += lo.heading(lo.t("progress"))
    story.append(lo.p(SENTENCES["progress_how"]))
    story.append(Spacer(1, 1 * mm))
    story.append(lo.kv(c.contact(lo, data.office, data.agent)))
    story.append(Spacer(1, 1.5 * mm))
    story.append(lo.p(SENTENCES["receipt_note"], scale=0.9, grey=True))
    story.append(lo.signatures([lo.t("signature_applicant"), lo.t("signature_agent")]))
    return render(
        lo,
        story,
        title=f"{LABELS['receipt_title'][0]} {data.tracking_number}",
        footer=f"{LABELS['receipt_title'][0]}  {data.tracking_number}",
        keywords=data.tracking_number,
    )
