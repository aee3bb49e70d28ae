"""The monthly report as a PDF (reportlab, the shipped CJK font), with a small chart and the audit head.

The audit chain's head is printed so that a later rewrite of the chain is caught against the paper.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sync_server.township.reports import ReportRow
from villagedesk.printing import fonts

_COLS = (
    ("label", "村/名称"),
    ("received", "收件"),
    ("accepted", "受理"),
    ("returned", "退回补正"),
    ("not_accepted", "不予受理"),
    ("completed", "办结"),
    ("on_time", "按时"),
    ("avg_working_days", "平均工作日"),
    ("consultations", "咨询"),
    ("home_visits", "上门"),
    ("complaints", "投诉"),
    ("good_ratings", "好评"),
    ("bad_ratings", "差评"),
    ("free_proxy", "免费代办"),
)


def _fmt(v: object) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.1f}"
    return str(v)


def _chart(rows: Sequence[ReportRow], width: float) -> Drawing:
    shown = rows[:12]
    d = Drawing(width, 60 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 15 * mm, 12 * mm
    chart.width, chart.height = width - 25 * mm, 42 * mm
    chart.data = [[r.received for r in shown] or [0], [r.completed for r in shown] or [0]]
    chart.categoryAxis.categoryNames = [(r.label or r.key)[:6] for r in shown] or [""]
    chart.categoryAxis.labels.fontName = fonts.CJK
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = fonts.CJK
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#4C72B0")
    chart.bars[1].fillColor = colors.HexColor("#55A868")
    d.add(chart)
    d.add(
        String(
            15 * mm, 56 * mm, "■ 收件", fontName=fonts.CJK, fontSize=8, fillColor=colors.HexColor("#4C72B0")
        )
    )
    d.add(
        String(
            35 * mm, 56 * mm, "■ 办结", fontName=fonts.CJK, fontSize=8, fillColor=colors.HexColor("#55A868")
        )
    )
    return d


def build_monthly_report(
    *,
    township: str,
    month: str,
    rows: Sequence[ReportRow],
    total: ReportRow,
    audit_seq: int,
    audit_hash: str,
    generated_on: str,
) -> bytes:
    fonts.register_fonts()
    buf = io.BytesIO()
    page = landscape(A4)
    doc = SimpleDocTemplate(
        buf,
        pagesize=page,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"{township} {month} 便民服务月报",
        author="VillageDesk",
    )
    h = ParagraphStyle("h", fontName=fonts.CJK, fontSize=16, leading=22)
    p = ParagraphStyle("p", fontName=fonts.CJK, fontSize=9, leading=13)
    small = ParagraphStyle("s", fontName=fonts.CJK, fontSize=7.5, leading=10)
    story: list[object] = [
        Paragraph(f"{township}便民服务中心 {month} 月度办件统计", h),
        Paragraph(
            f"生成日期：{generated_on}　　统计口径：各项按事件发生的月份计；工作日扣除法定节假日与计时中止。",
            p,
        ),
        Spacer(1, 4 * mm),
    ]
    data = [[label for _, label in _COLS]]
    for r in [*rows, total]:
        d = r.as_dict()
        if r is total:
            d["label"] = "合计"
        else:
            d["label"] = r.label or r.key
        data.append([_fmt(d[k]) for k, _ in _COLS])
    table = Table(data, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.CJK),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF7")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F3F3F3")),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ]
        )
    )
    story += [table, Spacer(1, 5 * mm), _chart(rows, page[0] - 24 * mm), Spacer(1, 4 * mm)]
    story.append(Paragraph(f"审计链头 Audit chain head：第 {audit_seq} 条　{audit_hash}", small))
    story.append(Paragraph("请将本页存档；日后核对审计链时，此哈希值须与系统中同一条目的哈希一致。", small))
    doc.build(story)
    return buf.getvalue()
