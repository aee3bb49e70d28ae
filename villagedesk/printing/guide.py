"""办事指南: one item's conditions, materials, time limits and fee, as a handout."""

from __future__ import annotations

from reportlab.platypus import Flowable

from villagedesk.printing import _common as c
from villagedesk.printing.documents import GuideData
from villagedesk.printing.labels import LABELS, SENTENCES
from villagedesk.printing.layout import LangMode, Layout, PageSize, render, serialised


@serialised
def build_service_guide(
    data: GuideData, *, size: PageSize = "a4", lang: LangMode = "zh", shaping: bool = True
) -> bytes:
    lo = Layout(size, lang, shaping)
    it = data.item
    story: list[Flowable] = c.header(lo, data.office, "guide_title")
    story.append(lo.p(lo.both(it.name_zh, it.name_bo), scale=1.35, align="center"))
    rows = [
        (lo.t("department"), it.department_zh),
        (lo.t("item_type"), it.item_type),
        (lo.t("legal_basis"), it.legal_basis_zh),
    ]
    if it.conditions_zh:
        rows.append((lo.t("conditions"), it.conditions_zh))
    if it.process_zh:
        rows.append((lo.t("process"), it.process_zh))
    rows += [
        (lo.t("statutory_time_limit"), c.days_text(it.statutory_days, it.calendar_days)),
        (lo.t("committed_time_limit"), c.committed_sentence(it)),
        (lo.t("fee"), c.fee_text(it)),
    ]
    story.append(lo.kv(rows))
    story += lo.heading(lo.t("materials_required"))
    need = {True: lo.t("required"), False: lo.t("optional")}
    if lo.roll:
        lines = [
            (
                str(i),
                f"{c.material_name(lo, m)}\n{c.form_text(lo, m)} · {c.copies_text(m.copies)} · "
                f"{need[m.required]}" + (f"\n{m.notes_zh}" if m.notes_zh else ""),
            )
            for i, m in enumerate(data.materials, 1)
        ]
        story.append(lo.grid(["#", lo.t("material")], lines, [0.1, 0.9]))
    else:
        story.append(
            lo.grid(
                ["#", lo.t("material"), lo.t("form"), lo.t("copies"), lo.t("notes")],
                [
                    (
                        str(i),
                        c.material_name(lo, m),
                        c.form_text(lo, m),
                        c.copies_text(m.copies),
                        "；".join(x for x in (need[m.required], m.notes_zh) if x),
                    )
                    for i, m in enumerate(data.materials, 1)
                ],
                [0.06, 0.4, 0.16, 0.09, 0.29],
            )
        )
    story.append(lo.p(SENTENCES["guide_materials_note"], scale=0.92, grey=True))
    story += lo.heading(lo.t("consult"))
    story.append(lo.kv(c.contact(lo, data.office)))
    name = LABELS["guide_title"][0]
    return render(lo, story, title=f"{name} {it.code}", footer=f"{name}  {it.name_zh}", keywords=it.code)
