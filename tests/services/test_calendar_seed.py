"""Seeding the calendar from chinesecalendar (official) and holidays (statutory rule)."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from villagedesk.core.errors import ValidationError
from villagedesk.core.models import TimeUnit
from villagedesk.core.workdays import CalendarEntry, WorkCalendar, compute_deadline
from villagedesk.services.calendar_seed import (
    LOSAR_NOTE,
    enter_official,
    merge_local,
    official_entries,
    official_years_available,
    seed_calendar,
    statutory_entries,
)

D = dt.date
WD = TimeUnit.WORKING_DAYS


def test_official_calendar_agrees_with_the_package_on_every_day_2004_2026() -> None:
    entries, official = seed_calendar(range(2004, 2027))
    assert official == frozenset(range(2004, 2027))
    cal = WorkCalendar(entries, official)
    d = D(2004, 1, 1)
    while d <= D(2026, 12, 31):
        assert cal.is_working_day(d) == chinese_calendar.is_workday(d), d
        d += dt.timedelta(days=1)


def test_worked_examples_on_the_seeded_calendar() -> None:
    cal = WorkCalendar(*seed_calendar([2025, 2026]))
    assert cal.add_working_days(D(2025, 9, 26), 20) == D(2025, 10, 30)
    assert cal.add_working_days(D(2026, 2, 13), 5) == D(2026, 2, 27)
    assert cal.add_working_days(D(2025, 12, 15), 20) == D(2026, 1, 13)


def test_official_entries_carry_names_and_skip_years_without_data() -> None:
    by_day = {e.day: e for e in official_entries([2026, 2027])}
    assert all(d.year == 2026 for d in by_day)
    assert all(e.source == "official" for e in by_day.values())
    assert by_day[D(2026, 2, 17)] == CalendarEntry(D(2026, 2, 17), "holiday", "official", "春节")
    assert by_day[D(2026, 2, 14)].kind == "workday" and "春节" in by_day[D(2026, 2, 14)].name
    assert {d for d, e in by_day.items() if e.kind == "workday"} == {
        D(2026, 1, 4),
        D(2026, 2, 14),
        D(2026, 2, 28),
        D(2026, 5, 9),
        D(2026, 9, 20),
        D(2026, 10, 10),
    }
    assert official_years_available([2003, 2004, 2026, 2027]) == frozenset({2004, 2026})


def test_statutory_2027_is_the_13_day_rule_plus_substitute_days() -> None:
    entries = statutory_entries(2027)
    assert all(e.kind == "holiday" and e.source == "statutory" and e.day.year == 2027 for e in entries)
    rule_days = [e for e in entries if "补假" not in e.name]
    assert len(rule_days) == 13
    assert {e.name for e in rule_days} == {
        "元旦",
        "农历除夕",
        "春节",
        "清明节",
        "劳动节",
        "端午节",
        "中秋节",
        "国庆节",
    }
    days = {e.day for e in entries}
    assert {D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8)} <= days  # 除夕 to 初三
    assert {D(2027, 5, 1), D(2027, 5, 2), D(2027, 10, 1), D(2027, 10, 2), D(2027, 10, 3)} <= days
    # Art. 6: holidays on a weekend are made up on the following weekdays.
    substitutes = {e.day for e in entries if "补假" in e.name}
    assert substitutes == {
        D(2027, 2, 9),
        D(2027, 2, 10),
        D(2027, 5, 3),
        D(2027, 5, 4),
        D(2027, 10, 4),
        D(2027, 10, 5),
    }
    assert all(d.weekday() < 5 for d in substitutes)


def test_statutory_rule_is_refused_before_the_amendment() -> None:
    with pytest.raises(ValidationError) as err:
        statutory_entries(2024)
    assert err.value.code == "calendar.statutory_year"


def test_2027_is_provisional_until_the_official_schedule_is_entered() -> None:
    entries, official = seed_calendar([2026, 2027])
    assert official == frozenset({2026})
    provisional_cal = WorkCalendar(entries, official)
    assert provisional_cal.is_provisional(2027)
    before = compute_deadline(provisional_cal, D(2027, 1, 25), 20, WD)
    # 1/26-1/29, 2/1-2/4, then 除夕 2/5 through the substitute day 2/10 rest: 2/11, 2/12, 2/15-2/26.
    assert (before.due, before.provisional) == (D(2027, 2, 26), True)

    # A made-up 2027 notice (not the real one): Spring Festival 2/5-2/11 with make-up Sun 1/31 and Sat 2/20.
    fake_notice = [
        CalendarEntry(e.day, "holiday", "official", e.name)
        for e in statutory_entries(2027)
        if not D(2027, 2, 1) <= e.day <= D(2027, 2, 28)
    ]
    fake_notice += [
        CalendarEntry(D(2027, 2, 5) + dt.timedelta(days=i), "holiday", "official", "春节") for i in range(7)
    ]
    fake_notice += [
        CalendarEntry(D(2027, 1, 31), "workday", "official", "春节调休上班"),
        CalendarEntry(D(2027, 2, 20), "workday", "official", "春节调休上班"),
    ]
    local = CalendarEntry(D(2027, 3, 3), "holiday", "local", "local festival (test date)")
    entries = merge_local(entries, [local])
    entries, official = enter_official(entries, official, [2027], fake_notice)
    assert official == frozenset({2026, 2027})
    assert not any(e.source == "statutory" for e in entries)
    assert local in entries
    official_cal = WorkCalendar(entries, official)
    after = compute_deadline(official_cal, D(2027, 1, 25), 20, WD)
    # 1/26-1/29, Sun 1/31, 2/1-2/4, 2/12, 2/15-2/19, Sat 2/20, 2/22-2/25.
    assert (after.due, after.provisional) == (D(2027, 2, 25), False)
    assert not official_cal.is_working_day(D(2027, 3, 3))


def test_enter_official_refuses_foreign_entries() -> None:
    entries, official = seed_calendar([2027])
    for bad in (
        CalendarEntry(D(2027, 1, 31), "workday", "local"),
        CalendarEntry(D(2028, 1, 30), "workday", "official"),
    ):
        with pytest.raises(ValidationError) as err:
            enter_official(entries, official, [2027], [bad])
        assert err.value.code == "calendar.official_entry"


def test_merge_local_adds_replaces_and_refuses_non_local() -> None:
    entries, official = seed_calendar([2026])
    first = CalendarEntry(D(2026, 3, 4), "holiday", "local", "first (test)")
    second = CalendarEntry(D(2026, 3, 4), "holiday", "local", "second (test)")
    merged = merge_local(merge_local(entries, [first]), [second])
    assert second in merged and first not in merged
    assert len(merged) == len(entries) + 1
    assert not WorkCalendar(merged, official).is_working_day(D(2026, 3, 4))
    with pytest.raises(ValidationError) as err:
        merge_local(entries, [CalendarEntry(D(2026, 3, 4), "holiday", "official")])
    assert err.value.code == "calendar.local_entry"


def test_no_local_holidays_are_shipped() -> None:
    entries, _ = seed_calendar(range(2024, 2029))
    assert not any(e.source == "local" for e in entries)
    assert "not verified" in LOSAR_NOTE
