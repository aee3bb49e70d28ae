"""The stored calendar: seeded once, local holidays added, official schedule entered, deadlines move."""

from __future__ import annotations

import datetime as dt

from villagedesk.core.models import TimeUnit
from villagedesk.core.workdays import CalendarEntry, compute_deadline
from villagedesk.services import calendar
from villagedesk.storage.store import Store


def test_seed_once_then_edit(store: Store) -> None:
    calendar.ensure_calendar(store, today=dt.date(2026, 11, 27))
    cal = calendar.work_calendar(store)
    assert cal.add_working_days(dt.date(2025, 9, 26), 20) == dt.date(2025, 10, 30)
    assert cal.add_working_days(dt.date(2026, 2, 13), 5) == dt.date(2026, 2, 27)
    assert cal.is_provisional(2027) and not cal.is_provisional(2026)
    calendar.ensure_calendar(store)  # a second call changes nothing
    assert calendar.work_calendar(store).entries == cal.entries

    # A local rest day (say the township declares Losar days) moves a deadline that spans it.
    start = dt.date(2026, 2, 16)
    before = compute_deadline(cal, start, 5, TimeUnit.WORKING_DAYS, []).due
    losar = [CalendarEntry(dt.date(2026, 2, 26), "holiday", "local", "藏历新年")]
    cal2 = calendar.add_local_holidays(store, losar)
    after = compute_deadline(cal2, start, 5, TimeUnit.WORKING_DAYS, []).due
    assert before is not None and after is not None and after > before
    assert not cal2.is_working_day(dt.date(2026, 2, 26))

    # Entering 2027's official schedule removes the provisional mark; local days survive.
    official = [CalendarEntry(dt.date(2027, 1, 1), "holiday", "official", "元旦")]
    cal3 = calendar.enter_official_schedule(store, 2027, official)
    assert not cal3.is_provisional(2027)
    assert not cal3.is_working_day(dt.date(2026, 2, 26))
    assert store.pending_outbox() == []  # the village does not push the calendar; the township owns it
