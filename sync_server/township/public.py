"""The public, read-only catalog page: every item's service guide (办事指南) in Chinese and Tibetan.

Plain server-rendered HTML with no script: it must open on any phone or kiosk browser. The shipped fonts
are served next to it through @font-face, because few phones in the county have a Tibetan font.
"""

from __future__ import annotations

import json
from html import escape

from sqlalchemy import Connection, select

from sync_server import tables as t
from villagedesk.core import codec
from villagedesk.core.catalog import parse_catalog
from villagedesk.core.models import Catalog, ServiceItem, TimeUnit
from villagedesk.printing import fonts
from villagedesk.protocol.states import MaterialForm

FONT_FILES = {"cjk.ttf": fonts.CJK, "tibetan.ttf": fonts.TIB}

# Fixed Tibetan words only where the printing helper's labels have them attested (labels.py); all other
# Tibetan on the page is the catalog's own data.
_FORM = {
    MaterialForm.ORIGINAL: ("原件", "མ་ཡིག"),
    MaterialForm.ORIGINAL_AND_COPY: ("原件和复印件", ""),
    MaterialForm.COPY: ("复印件", ""),
}

# Tibetan for the page's fixed labels, only where /work/shared/data/glossary-zh-bo.tsv has the term attested
# (its tag in brackets); the rest stays Chinese until a translator fills it (the catalog's own *_bo fields
# are shown wherever the catalog has them).
LABEL_BO = {
    "名称": "མིང",  # [A] 名称
    "时限": "དུས་ཚོད",  # [B] 时间
    "收费": "འགྲོ་སོང",  # [B] 费用
    "版本": "པར་གཞི",  # [A] 版本
    "服务中心": "ཞབས་ཞུའི་ལྟེ་གནས",  # [C] 服务中心
    "服务": "ཞབས་ཞུ",  # [A] 服务
}

CSS = """
@font-face { font-family: "VD CJK"; src: url("/catalog/fonts/cjk.ttf") format("truetype"); }
@font-face { font-family: "VD Tibetan"; src: url("/catalog/fonts/tibetan.ttf") format("truetype"); }
body { font-family: "VD CJK", sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #222; }
.bo { font-family: "VD Tibetan", "VD CJK", serif; font-size: 1.15em; line-height: 1.9; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; border-bottom: 2px solid #4C72B0; padding-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #bbb; padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: #eef2f8; white-space: nowrap; }
nav li { margin: .2rem 0; } .meta { color: #555; } section { margin-bottom: 2rem; }
"""


def latest_catalog(conn: Connection) -> Catalog:
    row = conn.execute(
        select(t.records.c.payload)
        .where(t.records.c.record_type == "catalog")
        .order_by(t.records.c.change_seq.desc())
        .limit(1)
    ).first()
    if row is not None:
        return codec.decode(Catalog, json.loads(row.payload))
    from villagedesk.paths import demo_catalog_path

    return parse_catalog(demo_catalog_path().read_bytes())


def _bo(text: str, tag: str = "span") -> str:
    return f'<{tag} class="bo" lang="bo">{escape(text)}</{tag}>' if text else ""


def _limit(it: ServiceItem) -> str:
    unit = "工作日" if it.time_unit is TimeUnit.WORKING_DAYS else "自然日"
    committed = "即办" if it.committed_time_limit == 0 else f"{it.committed_time_limit} 个{unit}"
    statutory = f"{it.statutory_time_limit} 个{unit}" if it.statutory_time_limit else "-"
    return f"法定时限 {escape(statutory)}；承诺时限 {escape(committed)}"


def _item(it: ServiceItem) -> str:
    mats = "".join(
        "<tr>"
        f"<td>{i}</td>"
        f"<td>{escape(m.name_zh)}<br>{_bo(m.name_bo)}</td>"
        f"<td>{escape(_FORM[m.form][0])}<br>{_bo(_FORM[m.form][1])}</td>"
        f"<td>{m.copies}</td>"
        f"<td>{'必需' if m.required else '视情形'}</td>"
        f"<td>{escape(m.notes_zh)}<br>{_bo(m.notes_bo)}</td>"
        "</tr>"
        for i, m in enumerate(it.materials, start=1)
    )
    fee = "不收费" if not it.fee else f"{it.fee:g} 元"
    rows = [
        ("实施部门", f"{escape(it.department_zh)} {_bo(it.department_bo)}"),
        ("事项类型", escape(it.item_type)),
        ("设定依据", escape(it.legal_basis_zh)),
        ("受理条件", escape(it.conditions_zh)),
        ("办理流程", escape(it.process_zh)),
        (f"办理时限 {_bo(LABEL_BO['时限'])}", _limit(it)),
        (f"收费 {_bo(LABEL_BO['收费'])}", escape(fee + (f"（{it.fee_note}）" if it.fee_note else ""))),
        ("村代办", "可由村代办员代办" if it.village_can_proxy else "须本人到场"),
    ]
    info = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows if v)
    return (
        f'<section id="item-{escape(it.code)}" class="item">'
        f"<h2>{escape(it.name_zh)} {_bo(it.name_bo)}</h2>"
        f'<p class="meta">事项编码 {escape(it.code)}</p>'
        f"<table>{info}</table>"
        "<h3>申请材料</h3>"
        "<table><tr><th>#</th><th>材料名称 "
        + _bo(LABEL_BO["名称"])
        + "</th><th>形式</th><th>份数</th><th>要求</th><th>说明</th></tr>"
        f"{mats}</table></section>"
    )


def render(catalog: Catalog, township: str = "") -> str:
    nav = "".join(
        f'<li><a href="#item-{escape(it.code)}">{escape(it.name_zh)}</a> {_bo(it.name_bo)}</li>'
        for it in catalog.items
    )
    note = f'<p class="meta">{escape(catalog.note)}</p>' if catalog.note else ""
    title = f"{township}便民服务事项目录" if township else "便民服务事项目录"
    return (
        "<!DOCTYPE html>"
        '<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        f'<h1 id="title">{escape(title)}</h1>'
        f'<p class="bo" lang="bo">{escape(LABEL_BO["服务中心"])} · {escape(LABEL_BO["服务"])}</p>'
        f'<p class="meta">目录版本 {_bo(LABEL_BO["版本"])} {escape(catalog.version)} · 共 {len(catalog.items)} 项</p>{note}'
        f'<nav><ol id="toc">{nav}</ol></nav>' + "".join(_item(it) for it in catalog.items) + "</body></html>"
    )
