"""The deadlines board and the arrivals list, with working-day arithmetic.

``tw_apps.due_on`` holds each deadline as the first working day on or after it, so for a day ``today``:
overdue  <=> ``due_on < today``; due within N working days <=> ``today <= due_on <= add_working_days(today, N)``
(``due_on`` being a working day, that is exactly ``0 <= countdown <= N``). Counts are therefore plain
SQL over an index; only the listed rows get an exact countdown from ``core.workdays.countdown``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, and_, case, func, select

from sync_server import tables as t
from sync_server.township.index import CLOCK_STATES
from sync_server.township.tables import tw_apps
from villagedesk.core.workdays import WorkCalendar, countdown

DUE_SOON_DAYS = 3
# 《行政许可法》§32: what is missing must be told within 5 days of receipt, or the file counts as accepted.
ARRIVAL_LIMIT_DAYS = 5
AGE_BUCKETS = ((0, 1), (2, 3), (4, 5), (6, None))


def _filters(
    q: Any, village: str | None, department: str | None, item: str | None, villages: list[str] | None
) -> Any:
    if village:
        q = q.where(tw_apps.c.village_code == village)
    if department:
        q = q.where(tw_apps.c.department == department)
    if item:
        q = q.where(tw_apps.c.item_code == item)
    if villages is not None:
        q = q.where(tw_apps.c.village_code.in_(villages))
    return q


def status_of(cd: int | None, paused: bool, soon: int = DUE_SOON_DAYS) -> str:
    if cd is None:
        return "paused" if paused else "not_started"
    if cd < 0:
        return "overdue"
    if cd <= soon:
        return "due_soon"
    return "on_track"


def open_applications(
    conn: Connection,
    cal: WorkCalendar,
    today: dt.date,
    *,
    village: str | None = None,
    department: str | None = None,
    item: str | None = None,
    villages: list[str] | None = None,
    only: str | None = None,
    soon: int = DUE_SOON_DAYS,
    limit: int = 2000,
) -> list[dict[str, Any]]:
    """Open applications whose clock runs (or is stopped), most urgent first."""
    q = select(tw_apps).where(tw_apps.c.state.in_(CLOCK_STATES))
    q = _filters(q, village, department, item, villages)
    if only == "overdue":
        q = q.where(tw_apps.c.due_on < today)
    elif only == "due_soon":
        q = q.where(tw_apps.c.due_on >= today, tw_apps.c.due_on <= cal.add_working_days(today, soon))
    rows = conn.execute(q.order_by(tw_apps.c.due_on.is_(None), tw_apps.c.due_on).limit(limit)).all()
    out = []
    for r in rows:
        cd = countdown(cal, today, r.due_on) if r.due_on is not None else None
        out.append(
            {
                "uuid": r.uuid,
                "tracking_number": r.tracking_number,
                "village": r.village_code,
                "item_code": r.item_code,
                "department": r.department,
                "agent": r.agent,
                "state": r.state,
                "version": r.version,
                "started_on": r.started_on.isoformat() if r.started_on else None,
                "due_on": r.due_on.isoformat() if r.due_on else None,
                "countdown": cd,
                "paused": bool(r.paused),
                "provisional": bool(r.provisional),
                "status": status_of(cd, bool(r.paused), soon),
            }
        )
    return out


def counts_by_village(
    conn: Connection,
    cal: WorkCalendar,
    today: dt.date,
    *,
    soon: int = DUE_SOON_DAYS,
    villages: list[str] | None = None,
) -> list[dict[str, Any]]:
    """Per village: open (clock states), overdue and due within ``soon`` working days."""
    horizon = cal.add_working_days(today, soon)
    q = select(
        tw_apps.c.village_code,
        func.count().label("open"),
        func.sum(case((tw_apps.c.due_on < today, 1), else_=0)).label("overdue"),
        func.sum(case((and_(tw_apps.c.due_on >= today, tw_apps.c.due_on <= horizon), 1), else_=0)).label(
            "due_soon"
        ),
    ).where(tw_apps.c.state.in_(CLOCK_STATES))
    if villages is not None:
        q = q.where(tw_apps.c.village_code.in_(villages))
    q = q.group_by(tw_apps.c.village_code).order_by(tw_apps.c.village_code)
    names = dict(conn.execute(select(t.villages.c.code, t.villages.c.name)).all())
    return [
        {
            "village": r.village_code,
            "name": names.get(r.village_code, ""),
            "open": int(r.open),
            "overdue": int(r.overdue or 0),
            "due_soon": int(r.due_soon or 0),
        }
        for r in conn.execute(q).all()
    ]


def arrivals(
    conn: Connection,
    cal: WorkCalendar,
    today: dt.date,
    *,
    village: str | None = None,
    villages: list[str] | None = None,
    limit: int = 2000,
) -> dict[str, Any]:
    """Everything received and not yet acted on: by village and by age, and the list, oldest first."""
    base = select(tw_apps).where(tw_apps.c.state == "received")
    base = _filters(base, village, None, None, villages)
    by_village: dict[str, dict[str, int]] = {}
    bucket_cols = []
    for lo, hi in AGE_BUCKETS:
        first = today - dt.timedelta(days=lo)
        cond = tw_apps.c.received_on <= first
        if hi is not None:
            cond = and_(cond, tw_apps.c.received_on >= today - dt.timedelta(days=hi))
        bucket_cols.append(func.sum(case((cond, 1), else_=0)).label(f"b{lo}"))
    cq = select(tw_apps.c.village_code, func.count().label("n"), *bucket_cols).where(
        tw_apps.c.state == "received"
    )
    cq = _filters(cq, village, None, None, villages).group_by(tw_apps.c.village_code)
    for r in conn.execute(cq).all():
        by_village[r.village_code] = {"total": int(r.n)} | {
            f"{lo}-{hi if hi is not None else ''}": int(getattr(r, f"b{lo}") or 0) for lo, hi in AGE_BUCKETS
        }
    rows = conn.execute(base.order_by(tw_apps.c.received_on, tw_apps.c.uuid).limit(limit)).all()
    items = []
    for r in rows:
        age = (today - r.received_on).days if r.received_on else None
        wd = cal.working_days_between(r.received_on, today) if r.received_on else None
        items.append(
            {
                "uuid": r.uuid,
                "tracking_number": r.tracking_number,
                "village": r.village_code,
                "item_code": r.item_code,
                "department": r.department,
                "agent": r.agent,
                "version": r.version,
                "received_on": r.received_on.isoformat() if r.received_on else None,
                "age_days": age,
                "age_working_days": wd,
                "late_notice": wd is not None and wd > ARRIVAL_LIMIT_DAYS,
            }
        )
    return {"by_village": by_village, "items": items}
