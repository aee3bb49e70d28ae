"""The township's working-day calendar: one record that flows down to every village.

The village side stores the township's *whole* calendar (``entries`` and ``official_years``) and replaces
its own with it (``villagedesk/storage/calendar_store.apply_calendar_change``). The sync server only lets
the township publish ``calendar_entry`` records keyed by a day, so the whole calendar travels as one
``calendar_entry`` under the fixed key :data:`CALENDAR_RECORD_DAY`.

The first calendar is seeded from ``chinesecalendar`` (the State Council's schedules it carries); later
years are weekday-only and provisional until the township enters the November notice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Iterable
from functools import cache
from typing import Any

import chinese_calendar
import holidays
from sqlalchemy import Connection, select

from sync_server import tables as t
from villagedesk.core import codec
from villagedesk.core.errors import ValidationError
from villagedesk.core.workdays import CalendarEntry, WorkCalendar

CALENDAR_RECORD_DAY = "1970-01-01"
FIRST_YEAR = 2004


def _official_year(year: int) -> bool:
    try:
        chinese_calendar.is_workday(dt.date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def _chinese_name(english: str) -> str:
    try:
        return str(chinese_calendar.Holiday(english).chinese)
    except ValueError:
        return english


_STATUTORY = frozenset({"元旦", "农历除夕", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"})


def statutory(year: int) -> list[CalendarEntry]:
    """The statutory holidays of a year without an official schedule, by rule (the amended 放假办法).

    The same rule as villagedesk/services/calendar_seed.statutory_entries, which the server may not
    import (layers): the villages seed the same estimate, so a published calendar keeps it for them.
    """
    computed = holidays.country_holidays("CN", years=year, language="zh_CN", observed=True)
    out: list[CalendarEntry] = []
    for day, names in sorted(computed.items()):
        kept = [
            n
            for n in str(names).split("; ")
            if n.removesuffix("（补假，推定）").removesuffix("（补假）").removesuffix("（推定）")
            in _STATUTORY
        ]
        if kept and day.year == year:
            out.append(CalendarEntry(day, "holiday", "statutory", "、".join(kept)))
    return out


@cache
def seed() -> tuple[tuple[CalendarEntry, ...], frozenset[int]]:
    later = [y for y in range(2025, dt.date.today().year + 3) if not _official_year(y)]
    years = [y for y in range(FIRST_YEAR, dt.date.today().year + 3) if _official_year(y)]
    entries: list[CalendarEntry] = []
    wanted = set(years)
    for day, name in sorted(chinese_calendar.holidays.items()):
        if day.year in wanted:
            entries.append(CalendarEntry(day, "holiday", "official", _chinese_name(str(name))))
    for day, name in sorted(chinese_calendar.workdays.items()):
        if day.year in wanted and day.weekday() >= 5:
            entries.append(CalendarEntry(day, "workday", "official", f"{_chinese_name(str(name))}调休上班"))
    for y in later:
        entries.extend(statutory(y))
    return tuple(entries), frozenset(years)


def payload_of(entries: Iterable[CalendarEntry], official_years: Iterable[int]) -> dict[str, Any]:
    return {
        "day": CALENDAR_RECORD_DAY,
        "entries": [codec.encode(e) for e in sorted(entries, key=lambda e: (e.day, e.source))],
        "official_years": sorted(official_years),
    }


def parse_payload(payload: dict[str, Any]) -> tuple[list[CalendarEntry], frozenset[int]]:
    try:
        entries = [codec.decode(CalendarEntry, e) for e in payload["entries"]]
        years = frozenset(int(y) for y in payload["official_years"])
    except (KeyError, TypeError, ValueError):
        raise ValidationError("malformed calendar", code="calendar.malformed") from None
    return entries, years


_cache_lock = threading.Lock()
_cache: dict[tuple[str, int], tuple[WorkCalendar, list[CalendarEntry]]] = {}


def current(conn: Connection) -> tuple[WorkCalendar, list[CalendarEntry], int]:
    """(calendar, its entries, record version: 0 = the seed, never published)."""
    row = conn.execute(
        select(t.records.c.payload, t.records.c.version).where(
            t.records.c.record_type == "calendar_entry", t.records.c.record_id == CALENDAR_RECORD_DAY
        )
    ).first()
    if row is None:
        seeded, seeded_years = seed()
        key = ("seed", 0)
        with _cache_lock:
            if key not in _cache:
                _cache[key] = (WorkCalendar(seeded, seeded_years), list(seeded))
            cal, ents = _cache[key]
        return cal, ents, 0
    version = int(row.version)
    # Keyed by content: the same version number can name another calendar in another database.
    key = (hashlib.sha256(row.payload.encode()).hexdigest(), version)
    with _cache_lock:
        hit = _cache.get(key)
    if hit is None:
        entries, years = parse_payload(json.loads(row.payload))
        hit = (WorkCalendar(entries, years), entries)
        with _cache_lock:
            _cache[key] = hit
    return hit[0], hit[1], version


def with_local(
    entries: list[CalendarEntry], add: Iterable[CalendarEntry], remove: Iterable[dt.date]
) -> list[CalendarEntry]:
    """Local holidays (Losar, county festivals) added or taken away; national entries stay."""
    gone = set(remove)
    new = list(add)
    for e in new:
        if e.source != "local":
            raise ValidationError("only local entries are edited here", code="calendar.local_only")
    days = {e.day for e in new}
    kept = [e for e in entries if not (e.source == "local" and (e.day in gone or e.day in days))]
    return kept + new


def with_official_year(
    entries: list[CalendarEntry], years: frozenset[int], year: int, official: Iterable[CalendarEntry]
) -> tuple[list[CalendarEntry], frozenset[int]]:
    """Next year's State Council schedule replaces any estimate of that year; local entries stay."""
    new = list(official)
    for e in new:
        if e.source != "official" or e.day.year != year:
            raise ValidationError(
                "an official schedule holds official entries of its own year",
                code="calendar.official_entry",
                day=e.day.isoformat(),
            )
    kept = [e for e in entries if not (e.day.year == year and e.source in ("official", "statutory"))]
    return kept + new, years | {year}
