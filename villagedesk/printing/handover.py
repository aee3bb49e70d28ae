"""纸质材料交接清单: the paper originals an agent carries between village and township, countersigned."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from villagedesk.core.models import HandoverDirection
from villagedesk.printing import _common as c
from villagedesk.printing.documents import HandoverData
from villagedesk.printing.labels import LABELS, SENTENCES
from villagedesk.printing.layout import LangMode, Layout, PageSize, render, serialised

_DIRECTION = {
    HandoverDirection.TO_TOWNSHIP: "村代办点送交乡镇便民服务中心",
    HandoverDirection.TO_VILLAGE: "乡镇便民服务中心送回村代办点",
}


@serialised
def build_handover_list(
    data: HandoverData, *, size: PageSize = "a4", lang: LangMode = "zh", shaping: bool = True
) -> bytes:
    lo = Layout(size, lang, shaping)
    story: list[Flowable] = [c.head(lo, data.office, "handover_title", "document_number", data.record_id)]
    story.append(Spacer(1, 2 * mm))
    story.append(
        lo.kv(
            [
                (lo.t("direction"), _DIRECTION[data.direction]),
                (lo.t("agent"), f"{c.person(lo, data.agent)}  {data.agent.phone}".strip()),
                (lo.t("handover_date"), c.day(lo, data.created_on)),
            ]
        )
    )
    story.append(Spacer(1, 2 * mm))
    total = sum(ln.count for ln in data.lines)
    mark = {True: "已核", False: ""}
    if lo.roll:
        # a 23-character tracking number does not fit a narrow column: one cell per line
        rows2 = [
            (
                str(i),
                f"{ln.tracking_number}\n{ln.description_zh}\n{lo.t('count')}：{ln.count}  "
                f"{lo.t('checked')}：{mark[ln.checked] or '□'}",
            )
            for i, ln in enumerate(data.lines, 1)
        ]
        rows2.append(("", f"{lo.t('total')}：{total}"))
        story.append(lo.grid(["#", f"{lo.t('tracking_number')} / {lo.t('description')}"], rows2, [0.1, 0.9]))
    else:
        rows = [
            (str(i), ln.tracking_number, ln.description_zh, str(ln.count), mark[ln.checked])
            for i, ln in enumerate(data.lines, 1)
        ]
        rows.append(("", lo.t("total"), "", str(total), ""))
        story.append(
            lo.grid(
                ["#", lo.t("tracking_number"), lo.t("description"), lo.t("count"), lo.t("checked")],
                rows,
                [0.06, 0.31, 0.41, 0.09, 0.13],
            )
        )
    story.append(Spacer(1, 1.5 * mm))
    story.append(lo.p(SENTENCES["handover_note"], scale=0.92, grey=True))
    story.append(lo.signatures([lo.t("signature_carrier"), lo.t("signature_countersign")]))
    name = LABELS["handover_title"][0]
    return render(
        lo,
        story,
        title=f"{name} {data.record_id}",
        footer=f"{name}  {data.record_id}",
        keywords=data.record_id,
    )
