"""Report tables as XLSX (openpyxl) and CSV (UTF-8 with a BOM, so Excel on a township PC reads Chinese)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from sync_server.township.reports import COLUMNS, RATING_LEVELS, ReportRow

HEADERS: dict[str, str] = {
    "key": "编码 Key",
    "label": "名称 Name",
    "received": "收件 Received",
    "accepted": "受理 Accepted",
    "returned": "退回补正 Returned",
    "not_accepted": "不予受理 Not accepted",
    "completed": "办结 Completed",
    "on_time": "按时办结 On time",
    "on_time_rate": "按时率 On-time rate",
    "avg_working_days": "平均工作日 Avg working days",
    "consultations": "咨询 Consultations",
    "home_visits": "上门服务 Home visits",
    "complaints": "投诉 Complaints",
    "ratings": "评价 Ratings",
    "good_ratings": "好评 Good",
    "bad_ratings": "差评 Bad",
    "free_proxy": "免费代办 Free proxy",
    "very_satisfied": "非常满意",
    "satisfied": "满意",
    "basically_satisfied": "基本满意",
    "dissatisfied": "不满意",
    "very_dissatisfied": "非常不满意",
}
FIELDS: tuple[str, ...] = ("key", "label", *COLUMNS, *RATING_LEVELS)


def _cells(row: ReportRow) -> list[Any]:
    d = row.as_dict()
    levels = d.pop("rating_levels")
    return [d.get(f, levels.get(f)) if f not in RATING_LEVELS else levels[f] for f in FIELDS]


def to_rows(rows: Sequence[ReportRow], total: ReportRow) -> list[list[Any]]:
    total.label = total.label or "合计 Total"
    return [[HEADERS[f] for f in FIELDS], *(_cells(r) for r in rows), _cells(total)]


def to_csv(rows: Sequence[ReportRow], total: ReportRow) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in to_rows(rows, total):
        w.writerow(["" if v is None else v for v in r])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(
    rows: Sequence[ReportRow], total: ReportRow, *, title: str, meta: dict[str, str] | None = None
) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title[:31] or "report"
    table = to_rows(rows, total)
    for r in table:
        ws.append(r)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "C2"
    for i, _ in enumerate(FIELDS, start=1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = 14
    if meta:
        info = wb.create_sheet("info")
        for k, v in meta.items():
            info.append([k, v])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
