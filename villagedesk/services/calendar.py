"""The working-day calendar as the rest of the app sees it: seeded once, edited by the township."""

from __future__ import annotations

import datetime as dt

from villagedesk.core.workdays import CalendarEntry, WorkCalendar
from villagedesk.services.calendar_seed import enter_official, merge_local, seed_calendar
from villagedesk.storage.calendar_store import has_calendar, load_calendar, replace_calendar
from villagedesk.storage.store import Store

FIRST_YEAR = 2004  # chinesecalendar's first official year


def ensure_calendar(store: Store, *, today: dt.date | None = None) -> None:
    """Seed the official schedule (and statutory estimates for the next years) on first start."""
    with store.reader() as uow:
        if has_calendar(uow):
            return
    last = (today or dt.date.today()).year + 2
    entries, official = seed_calendar(range(FIRST_YEAR, last + 1))
    with store.unit_of_work(record_outbox=False) as uow:
        replace_calendar(uow, entries, official)


def work_calendar(store: Store) -> WorkCalendar:
    with store.reader() as uow:
        return load_calendar(uow)


def add_local_holidays(store: Store, entries: list[CalendarEntry]) -> WorkCalendar:
    """Add or replace the township's local rest days (e.g. Losar); deadlines recompute from the result."""
    with store.unit_of_work(record_outbox=False) as uow:
        cal = load_calendar(uow)
        merged = merge_local(cal.entries, entries)
        replace_calendar(uow, merged, cal.official_years)
        return load_calendar(uow)


def enter_official_schedule(store: Store, year: int, entries: list[CalendarEntry]) -> WorkCalendar:
    """Replace a year's statutory estimate by the State Council's schedule (no longer provisional)."""
    with store.unit_of_work(record_outbox=False) as uow:
        cal = load_calendar(uow)
        merged, official = enter_official(cal.entries, cal.official_years, [year], entries)
        replace_calendar(uow, merged, official)
        return load_calendar(uow)
