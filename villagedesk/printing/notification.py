"""一次性告知单: once and completely, everything still missing for one application.

The same slip serves when the township returns an application for correction (补正), with its reason.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from villagedesk.printing import _common as c
from villagedesk.printing.documents import MaterialLine, NotificationData
from villagedesk.printing.labels import LABELS, SENTENCES
from villagedesk.printing.layout import LangMode, Layout, PageSize, render, serialised


def _need(lo: Layout, m: MaterialLine) -> str:
    parts = [f"{c.form_text(lo, m)} {c.copies_text(m.copies)}"]
    if m.notes_zh:
        parts.append(m.notes_zh)
    return "；".join(parts)


@serialised
def build_notification(
    data: NotificationData, *, size: PageSize = "a4", lang: LangMode = "zh", shaping: bool = True
) -> bytes:
    lo = Layout(size, lang, shaping)
    returned = bool(data.returned_reason)
    title_key = "notification_title_returned" if returned else "notification_title"
    story: list[Flowable] = [c.head(lo, data.office, title_key, "tracking_number", data.tracking_number)]
    story.append(Spacer(1, 2 * mm))
    rows = []
    if data.document_number:
        rows.append((lo.t("document_number"), data.document_number))
    rows += [
        (lo.t("applicant"), c.person(lo, data.applicant)),
        (lo.t("id_number"), data.applicant.id_masked),
        (lo.t("item"), lo.both(data.item.name_zh, data.item.name_bo)),
        (lo.t("applied_on"), c.day(lo, data.applied_on)),
    ]
    story.append(lo.kv(rows))
    story.append(Spacer(1, 2 * mm))
    story.append(lo.p(SENTENCES["notification_returned_intro" if returned else "notification_intro"]))
    if returned:
        story.append(lo.p(SENTENCES["notification_returned_reason"].format(reason=data.returned_reason)))

    story += lo.heading(f"{lo.t('missing_materials')}（{len(data.outstanding)}）")
    status = {False: lo.t("status_missing"), True: lo.t("status_defective")}
    if lo.roll:
        lines = []
        for i, m in enumerate(data.outstanding, 1):
            text = f"【{status[m.defective]}】{c.material_name(lo, m)}\n{lo.t('needed')}：{_need(lo, m)}"
            if m.reason:
                text += f"\n{lo.t('defect')}：{m.reason}"
            lines.append((str(i), text))
        story.append(lo.grid(["#", lo.t("material")], lines, [0.1, 0.9]))
    else:
        lines4 = [
            (
                str(i),
                c.material_name(lo, m),
                status[m.defective],
                _need(lo, m),
                m.reason,
            )
            for i, m in enumerate(data.outstanding, 1)
        ]
        story.append(
            lo.grid(
                [
                    "#",
                    lo.t("material"),
                    lo.t("status_missing") + "/" + lo.t("status_defective"),
                    lo.t("needed"),
                    lo.t("defect"),
                ],
                lines4,
                [0.05, 0.32, 0.1, 0.3, 0.23],
            )
        )
    story.append(Spacer(1, 2 * mm))
    place = data.bring_to_zh or " ".join(
        x for x in (data.office.proxy_point_name_zh, data.office.proxy_point_address_zh) if x
    )
    story.append(lo.kv([(lo.t("bring_to"), place), (lo.t("bring_by"), c.day(lo, data.bring_by))]))
    story.append(Spacer(1, 2 * mm))
    story.append(lo.p(SENTENCES["notification_once"], scale=1.05))
    story += lo.heading(lo.t("consult"))
    story.append(lo.kv(c.contact(lo, data.office, data.agent)))
    signer = "signature_staff" if returned else "signature_agent"
    story.append(lo.signatures([lo.t("signature_applicant"), lo.t(signer)]))
    story.append(Spacer(1, 2 * mm))
    story.append(lo.p(f"{c.day(lo, data.issued_on)}", align="right", grey=True))
    name = LABELS[title_key][0]
    return render(
        lo,
        story,
        title=f"{name} {data.tracking_number}",
        footer=f"{name}  {data.tracking_number}",
        keywords=data.tracking_number,
    )
