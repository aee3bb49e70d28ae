"""The township's projection of the sync server's records, caught up incrementally from ``changes``.

Reports and the deadlines board must answer in well under a second over hundreds of thousands of
applications, which JSON payloads cannot do. Each change is read once: an application updates its row in
``tw_apps`` (state, dates, deadline in working days); an application event that moves it to a township
state, a consultation, a home visit, a complaint or a rating becomes one row of ``tw_facts`` with its
dimensions (village, agent, item, department, month) fixed at that moment. Every figure is then a GROUP BY.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, delete, insert, select, update

from sync_server import tables as t
from sync_server.service import Server
from sync_server.township import calendar as tcal
from sync_server.township.tables import tw_apps, tw_cursor, tw_events, tw_facts
from villagedesk.core.catalog import parse_catalog
from villagedesk.core.models import TimeUnit
from villagedesk.core.workdays import WorkCalendar, compute_deadline

CHINA = ZoneInfo("Asia/Shanghai")
CURSOR = "index_seq"
BATCH = 5000

# The states a township action leads to; each arrival in one is a countable fact.
FACT_STATES = {
    "received": "received",
    "accepted": "accepted",
    "returned": "returned",
    "not_accepted": "not_accepted",
    "approved": "completed",
    "denied": "completed",
    "result_ready": "result_ready",
}
OPEN_STATES = ("received", "accepted", "in_review", "approved", "denied")
CLOCK_STATES = ("accepted", "in_review")

_lock = threading.Lock()


@dataclass(frozen=True)
class ItemTerms:
    department: str
    limit: int
    unit: TimeUnit


def china_day(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        value = dt.datetime.fromisoformat(iso)
    except ValueError:
        try:
            return dt.date.fromisoformat(iso)
        except ValueError:
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(CHINA).date()


@cache
def _demo_terms() -> dict[str, ItemTerms]:
    # Villages may run the shipped catalog before the township ever publishes one.
    from villagedesk.paths import demo_catalog_path

    try:
        cat = parse_catalog(demo_catalog_path().read_bytes())
    except (OSError, ValueError):
        return {}
    return {it.code: ItemTerms(it.department_zh, it.committed_time_limit, it.time_unit) for it in cat.items}


class Terms:
    """Department and committed time limit of an item, by catalog version (applications keep theirs)."""

    def __init__(self, conn: Connection) -> None:
        self.by_version: dict[str, dict[str, ItemTerms]] = {}
        self.latest: dict[str, ItemTerms] = dict(_demo_terms())
        rows = conn.execute(
            select(t.records.c.record_id, t.records.c.payload)
            .where(t.records.c.record_type == "catalog")
            .order_by(t.records.c.change_seq)
        ).all()
        for r in rows:
            self.add(str(r.record_id), json.loads(r.payload))

    def add(self, version: str, payload: dict[str, Any]) -> None:
        items: dict[str, ItemTerms] = {}
        for it in payload.get("items", []):
            items[str(it["code"])] = ItemTerms(
                str(it.get("department_zh", "")),
                int(it.get("committed_time_limit", 0) or 0),
                TimeUnit(it.get("time_unit", "working_days")),
            )
        self.by_version[version] = items
        self.latest.update(items)

    def get(self, version: str, code: str) -> ItemTerms:
        found = self.by_version.get(version, {}).get(code) or self.latest.get(code)
        return found or ItemTerms("", 0, TimeUnit.WORKING_DAYS)


def deadline_of(
    cal: WorkCalendar, clock: dict[str, Any], terms: ItemTerms
) -> tuple[dt.date | None, bool, bool]:
    """(due as the first working day on or after it, paused, provisional) from a clock payload."""
    started = clock.get("started_on")
    if not started:
        return None, False, False
    pauses = [
        (
            dt.date.fromisoformat(p["stopped_on"]),
            dt.date.fromisoformat(p["resumed_on"]) if p.get("resumed_on") else None,
        )
        for p in clock.get("pauses", [])
    ]
    d = compute_deadline(
        cal,
        dt.date.fromisoformat(started),
        terms.limit,
        terms.unit,
        pauses=pauses,
        extension_days=int(clock.get("extension_days", 0)),
    )
    due = cal.on_or_next_working_day(d.due) if d.due is not None else None
    return due, d.paused, d.provisional


def working_days_taken(cal: WorkCalendar, clock: dict[str, Any], done: dt.date) -> int | None:
    started = clock.get("started_on")
    if not started:
        return None
    start = dt.date.fromisoformat(started)
    taken = cal.working_days_between(start, done)
    for p in clock.get("pauses", []):
        stopped = dt.date.fromisoformat(p["stopped_on"])
        resumed = dt.date.fromisoformat(p["resumed_on"]) if p.get("resumed_on") else done
        taken -= max(0, cal.working_days_between(stopped, min(resumed, done)))
    return max(0, taken)


class _Pass:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.cal, _, self.cal_version = tcal.current(conn)
        self.terms = Terms(conn)
        self.calendar_changed = False
        self.apps: dict[str, dict[str, Any]] = {}

    def app_row(self, uuid_: str) -> dict[str, Any] | None:
        if uuid_ in self.apps:
            return self.apps[uuid_]
        row = self.conn.execute(select(tw_apps).where(tw_apps.c.uuid == uuid_)).first()
        if row is None:
            return None
        self.apps[uuid_] = dict(row._mapping)
        return self.apps[uuid_]

    def put_fact(self, fact_id: str, kind: str, day: dt.date, **dims: Any) -> None:
        self.conn.execute(delete(tw_facts).where(tw_facts.c.fact_id == fact_id))
        self.conn.execute(
            insert(tw_facts).values(fact_id=fact_id, kind=kind, day=day, month=day.strftime("%Y-%m"), **dims)
        )

    def application(self, p: dict[str, Any], village: str) -> None:
        terms = self.terms.get(str(p.get("catalog_version", "")), str(p["item_code"]))
        clock = p.get("clock") or {}
        due, paused, provisional = deadline_of(self.cal, clock, terms)
        values = {
            "tracking_number": p.get("tracking_number", "") or "",
            "village_code": village,
            "item_code": p["item_code"],
            "department": terms.department,
            "agent": p.get("responsible_agent", "") or "",
            "state": p["state"],
            "version": int(p.get("version", 1)),
            "started_on": dt.date.fromisoformat(clock["started_on"]) if clock.get("started_on") else None,
            "due_on": due,
            "paused": paused,
            "provisional": provisional,
            "clock": json.dumps(clock, sort_keys=True),
            "free_proxy": bool(p.get("free_proxy")),
        }
        existing = self.app_row(p["uuid"])
        if existing is None:
            self.conn.execute(insert(tw_apps).values(uuid=p["uuid"], **values))
            self.apps[p["uuid"]] = {"uuid": p["uuid"], "received_on": None, **values}
        else:
            self.conn.execute(update(tw_apps).where(tw_apps.c.uuid == p["uuid"]).values(**values))
            existing.update(values)

    def event(self, p: dict[str, Any]) -> None:
        if (
            self.conn.execute(
                select(tw_events.c.event_id).where(tw_events.c.event_id == str(p["event_id"]))
            ).first()
            is None
        ):
            self.conn.execute(
                insert(tw_events).values(
                    event_id=str(p["event_id"]), application_uuid=str(p["application_uuid"])
                )
            )
        fact = FACT_STATES.get(str(p.get("to_state") or ""))
        if fact is None:
            return
        app = self.app_row(str(p["application_uuid"]))
        day = china_day(p.get("device_time"))
        if app is None or day is None:
            return
        dims = {
            "village_code": app["village_code"],
            "agent": app["agent"],
            "item_code": app["item_code"],
            "department": app["department"],
            "application_uuid": app["uuid"],
        }
        eid = str(p["event_id"])
        if fact == "received":
            # Received counts the first arrival only: an application returned for correction and sent
            # again arrives twice but is one application received (the same day again when re-read).
            first = app.get("received_on")
            if first is None:
                app["received_on"] = day
                self.conn.execute(
                    update(tw_apps).where(tw_apps.c.uuid == app["uuid"]).values(received_on=day)
                )
            elif first != day:
                return
            if app.get("free_proxy"):
                self.put_fact(f"free:{app['uuid']}", "free_proxy", day, **dims)
            self.put_fact(f"recv:{app['uuid']}", "received", day, **dims)
            return
        if fact == "completed":
            clock = json.loads(app["clock"]) if isinstance(app.get("clock"), str) else {}
            taken = working_days_taken(self.cal, clock, day)
            self.put_fact(f"ev:{eid}", "completed", day, value=taken, **dims)
            due = app.get("due_on")
            if due is not None and day <= due:
                self.put_fact(f"ontime:{eid}", "on_time", day, **dims)
            return
        self.put_fact(f"ev:{eid}", fact, day, **dims)

    def record(
        self, record_type: str, record_id: str, village: str, p: dict[str, Any], today: dt.date
    ) -> None:
        fid = f"{record_type}:{record_id}"
        if record_type == "consultation":
            day = china_day(p.get("asked_at")) or today
            self.put_fact(
                fid,
                "consultation",
                day,
                village_code=village,
                agent=p.get("agent_id", ""),
                item_code=p.get("item_code", ""),
            )
        elif record_type == "home_visit":
            day = china_day(p.get("day")) or today
            self.put_fact(fid, "home_visit", day, village_code=village, agent=p.get("agent_id", ""))
        elif record_type == "complaint":
            day = china_day(p.get("received_on")) or today
            self.put_fact(
                fid,
                "complaint",
                day,
                village_code=village,
                agent=p.get("received_by", ""),
                application_uuid=p.get("application_uuid", ""),
            )
        elif record_type == "rating":
            day = china_day(p.get("rated_on")) or today
            app = self.app_row(str(p.get("application_uuid", ""))) or {}
            self.put_fact(
                fid,
                f"rating:{p.get('level', '')}",
                day,
                village_code=village,
                agent=app.get("agent", ""),
                item_code=app.get("item_code", ""),
                department=app.get("department", ""),
                application_uuid=p.get("application_uuid", ""),
            )

    def recompute_deadlines(self) -> None:
        rows = self.conn.execute(
            select(tw_apps.c.uuid, tw_apps.c.clock, tw_apps.c.item_code, tw_apps.c.department).where(
                tw_apps.c.started_on.is_not(None), tw_apps.c.state.in_(CLOCK_STATES)
            )
        ).all()
        for r in rows:
            terms = self.terms.get("", r.item_code)
            due, paused, provisional = deadline_of(self.cal, json.loads(r.clock), terms)
            self.conn.execute(
                update(tw_apps)
                .where(tw_apps.c.uuid == r.uuid)
                .values(due_on=due, paused=paused, provisional=provisional)
            )


def catch_up(server: Server, *, batch: int = BATCH) -> int:
    """Read the changes feed past the cursor into the projection; returns how many changes were read."""
    total = 0
    today = dt.datetime.now(CHINA).date()
    with _lock:
        while True:
            with server.tx() as conn:
                cur = conn.execute(
                    select(tw_cursor.c.value).where(tw_cursor.c.name == CURSOR).with_for_update()
                ).first()
                if cur is None:
                    conn.execute(insert(tw_cursor).values(name=CURSOR, value=0))
                    since = 0
                else:
                    since = int(cur[0])
                rows = conn.execute(
                    select(t.changes)
                    .where(t.changes.c.change_seq > since)
                    .order_by(t.changes.c.change_seq)
                    .limit(batch)
                ).all()
                if not rows:
                    return total
                p = _Pass(conn)
                for r in rows:
                    payload = json.loads(r.payload)
                    rt = r.record_type
                    if rt == "application":
                        p.application(payload, r.village_code or "")
                    elif rt == "application_event":
                        p.event(payload)
                    elif rt == "catalog":
                        p.terms.add(str(r.record_id), payload)
                    elif rt == "calendar_entry":
                        p.calendar_changed = True
                    elif rt in ("consultation", "home_visit", "complaint", "rating"):
                        p.record(rt, str(r.record_id), r.village_code or "", payload, today)
                if p.calendar_changed:
                    p.cal, _, _ = tcal.current(conn)
                    p.recompute_deadlines()
                conn.execute(
                    update(tw_cursor).where(tw_cursor.c.name == CURSOR).values(value=int(rows[-1].change_seq))
                )
                total += len(rows)
