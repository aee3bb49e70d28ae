"""Working-day arithmetic against the official 2025/2026 schedule, typed in here from the State Council
notices (domain facts, section d) so the core is checked without the seeding package."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from villagedesk.core.errors import ValidationError
from villagedesk.core.models import Clock, ClockPause, TimeUnit
from villagedesk.core.workdays import (
    CalendarEntry,
    Pause,
    WorkCalendar,
    clock_deadline,
    compute_deadline,
    countdown,
)

D = dt.date
WD = TimeUnit.WORKING_DAYS
CD = TimeUnit.CALENDAR_DAYS


def days(a: dt.date, b: dt.date) -> Iterator[dt.date]:
    while a <= b:
        yield a
        a += dt.timedelta(days=1)


HOLIDAYS_2025_2026 = [
    D(2025, 1, 1),
    *days(D(2025, 1, 28), D(2025, 2, 4)),
    *days(D(2025, 4, 4), D(2025, 4, 6)),
    *days(D(2025, 5, 1), D(2025, 5, 5)),
    *days(D(2025, 5, 31), D(2025, 6, 2)),
    *days(D(2025, 10, 1), D(2025, 10, 8)),
    *days(D(2026, 1, 1), D(2026, 1, 3)),
    *days(D(2026, 2, 15), D(2026, 2, 23)),
    *days(D(2026, 4, 4), D(2026, 4, 6)),
    *days(D(2026, 5, 1), D(2026, 5, 5)),
    *days(D(2026, 6, 19), D(2026, 6, 21)),
    *days(D(2026, 9, 25), D(2026, 9, 27)),
    *days(D(2026, 10, 1), D(2026, 10, 7)),
]
MAKEUP_2025_2026 = [
    *[D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11)],
    *[D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)],
]
OFFICIAL = [CalendarEntry(d, "holiday", "official", "") for d in HOLIDAYS_2025_2026] + [
    CalendarEntry(d, "workday", "official", "调休上班") for d in MAKEUP_2025_2026
]


@pytest.fixture
def cal() -> WorkCalendar:
    return WorkCalendar(OFFICIAL, frozenset({2025, 2026}))


# -- the worked examples and the basic rules --------------------------------------------------------


def test_worked_examples(cal: WorkCalendar) -> None:
    assert cal.add_working_days(D(2025, 9, 26), 20) == D(2025, 10, 30)
    assert cal.add_working_days(D(2026, 2, 13), 5) == D(2026, 2, 27)
    assert cal.is_working_day(D(2026, 2, 14))  # a make-up Saturday


def test_start_day_not_counted_and_zero_is_on_the_spot(cal: WorkCalendar) -> None:
    assert cal.add_working_days(D(2025, 11, 3), 1) == D(2025, 11, 4)
    assert cal.add_working_days(D(2025, 11, 7), 1) == D(2025, 11, 10)  # Friday -> Monday
    assert cal.add_working_days(D(2025, 11, 8), 0) == D(2025, 11, 8)  # even on a Saturday
    assert cal.add_calendar_days(D(2025, 11, 8), 0) == D(2025, 11, 8)


def test_year_boundary(cal: WorkCalendar) -> None:
    # 12/31 Wed; 1/1-1/3 holidays; Sun 1/4 is a make-up working day.
    assert cal.add_working_days(D(2025, 12, 31), 1) == D(2026, 1, 4)
    assert cal.add_working_days(D(2025, 12, 15), 20) == D(2026, 1, 13)
    assert cal.working_days_between(D(2025, 12, 15), D(2026, 1, 13)) == 20
    assert cal.add_working_days(D(2026, 1, 13), -20) == D(2025, 12, 15)


def test_counting_back(cal: WorkCalendar) -> None:
    assert cal.add_working_days(D(2025, 10, 9), -1) == D(2025, 9, 30)
    assert cal.add_working_days(D(2025, 10, 9), -3) == D(2025, 9, 28)  # the make-up Sunday
    assert cal.add_working_days(D(2025, 10, 4), -1) == D(2025, 9, 30)  # from inside the holiday


def test_working_days_between_sign(cal: WorkCalendar) -> None:
    assert cal.working_days_between(D(2025, 9, 26), D(2025, 10, 30)) == 20
    assert cal.working_days_between(D(2025, 10, 30), D(2025, 9, 26)) == -20
    assert cal.working_days_between(D(2025, 10, 2), D(2025, 10, 2)) == 0
    assert cal.working_days_between(D(2025, 9, 30), D(2025, 10, 8)) == 0  # the whole golden week


def test_next_working_day(cal: WorkCalendar) -> None:
    assert cal.next_working_day(D(2025, 9, 30)) == D(2025, 10, 9)
    assert cal.next_working_day(D(2026, 2, 13)) == D(2026, 2, 14)
    assert cal.on_or_next_working_day(D(2026, 2, 14)) == D(2026, 2, 14)


def test_calendar_days_ending_on_a_holiday_move_to_the_next_working_day(cal: WorkCalendar) -> None:
    assert cal.add_calendar_days(D(2025, 9, 21), 10) == D(2025, 10, 9)  # 10/1 -> after the golden week
    assert cal.add_calendar_days(D(2025, 11, 1), 7) == D(2025, 11, 10)  # Saturday -> Monday
    assert cal.add_calendar_days(D(2026, 2, 7), 7) == D(2026, 2, 14)  # a make-up Saturday stays
    assert cal.add_calendar_days(D(2025, 11, 3), 3) == D(2025, 11, 6)


# -- entries and precedence --------------------------------------------------------------------------


def test_local_holiday_on_a_weekday_is_a_rest_day(cal: WorkCalendar) -> None:
    # A made-up test date, not Ganzi's Losar: the township enters the real ones.
    local = CalendarEntry(D(2025, 10, 29), "holiday", "local", "local festival (test)")
    with_local = WorkCalendar([*OFFICIAL, local], frozenset({2025, 2026}))
    assert not with_local.is_working_day(D(2025, 10, 29))
    assert with_local.add_working_days(D(2025, 9, 26), 20) == D(2025, 10, 31)
    assert cal.is_working_day(D(2025, 10, 29))


def test_local_entry_beats_official_and_official_beats_statutory() -> None:
    entries = [
        CalendarEntry(D(2025, 9, 28), "workday", "official", "调休上班"),
        CalendarEntry(D(2025, 9, 28), "holiday", "local", "local festival (test)"),
        CalendarEntry(D(2025, 9, 29), "holiday", "statutory", "estimate"),
        CalendarEntry(D(2025, 9, 29), "workday", "official", "notice"),
    ]
    cal = WorkCalendar(entries, frozenset())
    assert not cal.is_working_day(D(2025, 9, 28))
    assert cal.is_working_day(D(2025, 9, 29))
    entry = cal.entry(D(2025, 9, 28))
    assert entry is not None and entry.source == "local"


def test_statutory_entries_are_ignored_in_official_years() -> None:
    estimate = CalendarEntry(D(2025, 11, 5), "holiday", "statutory", "estimate")
    assert not WorkCalendar([estimate], frozenset()).is_working_day(D(2025, 11, 5))
    assert WorkCalendar([estimate], frozenset({2025})).is_working_day(D(2025, 11, 5))


def test_conflicting_entries_of_one_source_are_refused() -> None:
    with pytest.raises(ValidationError) as err:
        WorkCalendar(
            [
                CalendarEntry(D(2025, 9, 28), "workday", "official"),
                CalendarEntry(D(2025, 9, 28), "holiday", "official"),
            ],
            frozenset({2025}),
        )
    assert err.value.code == "calendar.conflict"


def test_bad_entry_kind_or_source_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        CalendarEntry(D(2025, 1, 1), "rest", "official")  # type: ignore[arg-type]
    assert err.value.code == "calendar.kind"
    with pytest.raises(ValidationError) as err:
        CalendarEntry(D(2025, 1, 1), "holiday", "guess")  # type: ignore[arg-type]
    assert err.value.code == "calendar.source"


def test_provisional_years(cal: WorkCalendar) -> None:
    assert not cal.is_provisional(2025)
    assert cal.is_provisional(2027)
    assert not compute_deadline(cal, D(2025, 9, 26), 20, WD).provisional
    crossing = compute_deadline(cal, D(2026, 12, 20), 20, WD)
    assert crossing.provisional and crossing.due is not None and crossing.due.year == 2027


# -- deadlines with clock stops and extensions --------------------------------------------------------


def test_deadline_without_stops_is_plain_addition(cal: WorkCalendar) -> None:
    d = compute_deadline(cal, D(2025, 9, 26), 20, WD)
    assert d == compute_deadline(cal, D(2025, 9, 26), 20, "working_days")  # type: ignore[arg-type]
    assert (d.due, d.provisional, d.paused) == (D(2025, 10, 30), False, False)
    assert compute_deadline(cal, D(2025, 9, 27), 0, WD).due == D(2025, 9, 27)


def test_deadline_with_a_stop_docstring_example(cal: WorkCalendar) -> None:
    d = compute_deadline(cal, D(2025, 9, 26), 20, WD, pauses=[(D(2025, 10, 9), D(2025, 10, 13))])
    assert d.due == D(2025, 11, 4)
    # the stop cost exactly its working-day length
    assert cal.working_days_between(D(2025, 10, 9), D(2025, 10, 13)) == 3
    assert cal.working_days_between(D(2025, 10, 30), D(2025, 11, 4)) == 3


def test_stop_and_resume_on_one_day_costs_nothing(cal: WorkCalendar) -> None:
    d = compute_deadline(cal, D(2025, 9, 26), 20, WD, pauses=[(D(2025, 10, 15), D(2025, 10, 15))])
    assert d.due == D(2025, 10, 30)


def test_stop_over_a_holiday_costs_only_working_days(cal: WorkCalendar) -> None:
    # Stopped 9/30, resumed 10/9: only 10/9 was a working day in the stop.
    d = compute_deadline(cal, D(2025, 9, 26), 20, WD, pauses=[(D(2025, 9, 30), D(2025, 10, 9))])
    assert d.due == D(2025, 10, 31)


def test_two_stops_and_an_extension_across_the_year_boundary(cal: WorkCalendar) -> None:
    pauses: list[Pause] = [(D(2025, 12, 19), D(2025, 12, 23)), (D(2026, 1, 5), D(2026, 1, 6))]
    # 20 + 10 working days from 12/1: 30th working day is 1/13 (12/2..12/31 = 22, 1/4, 1/5..1/9, 1/12,
    # 1/13); the stops cost 2 and 1 working days.
    assert compute_deadline(cal, D(2025, 12, 1), 20, WD, extension_days=10).due == D(2026, 1, 13)
    d = compute_deadline(cal, D(2025, 12, 1), 20, WD, pauses=pauses, extension_days=10)
    assert d == compute_deadline(
        cal, D(2025, 12, 1), 20, WD, pauses=list(reversed(pauses)), extension_days=10
    )
    assert (d.due, d.provisional, d.paused) == (D(2026, 1, 16), False, False)


def test_open_stop_leaves_no_due_date(cal: WorkCalendar) -> None:
    d = compute_deadline(cal, D(2025, 9, 26), 20, WD, pauses=[(D(2025, 10, 9), None)])
    assert (d.due, d.paused) == (None, True)


def test_stop_after_the_limit_was_used_up_does_not_forgive(cal: WorkCalendar) -> None:
    open_stop = compute_deadline(cal, D(2025, 9, 26), 20, WD, pauses=[(D(2025, 11, 3), None)])
    assert (open_stop.due, open_stop.paused) == (D(2025, 10, 30), True)
    # A stop begun on the due day itself: the due day was already counted.
    on_due = compute_deadline(cal, D(2025, 9, 26), 20, WD, pauses=[(D(2025, 10, 30), D(2025, 11, 10))])
    assert on_due.due == D(2025, 10, 30)


def test_calendar_day_limits_with_a_stop_and_an_extension(cal: WorkCalendar) -> None:
    assert compute_deadline(cal, D(2025, 9, 1), 30, CD).due == D(2025, 10, 9)  # 10/1 is a holiday
    assert compute_deadline(cal, D(2025, 11, 1), 30, CD).due == D(2025, 12, 1)
    stopped = compute_deadline(cal, D(2025, 11, 1), 30, CD, pauses=[(D(2025, 11, 10), D(2025, 11, 15))])
    assert stopped.due == D(2025, 12, 8)  # 12/6 is a Saturday
    assert compute_deadline(cal, D(2025, 11, 1), 30, CD, extension_days=2).due == D(2025, 12, 3)


@pytest.mark.parametrize(
    ("pauses", "code"),
    [
        ([(D(2025, 9, 20), D(2025, 9, 30))], "clock.pause_overlap"),
        ([(D(2025, 10, 9), D(2025, 10, 20)), (D(2025, 10, 15), D(2025, 10, 21))], "clock.pause_overlap"),
        ([(D(2025, 10, 9), None), (D(2025, 10, 15), D(2025, 10, 21))], "clock.pause_open"),
        ([(D(2025, 10, 9), D(2025, 10, 8))], "clock.resume_before_stop"),
    ],
)
def test_bad_stops_are_refused(cal: WorkCalendar, pauses: list[Pause], code: str) -> None:
    with pytest.raises(ValidationError) as err:
        compute_deadline(cal, D(2025, 9, 26), 20, WD, pauses=pauses)
    assert err.value.code == code


def test_negative_limits_are_refused(cal: WorkCalendar) -> None:
    for limit, extension in ((-1, 0), (20, -1)):
        with pytest.raises(ValidationError) as err:
            compute_deadline(cal, D(2025, 9, 26), limit, WD, extension_days=extension)
        assert err.value.code == "calendar.negative_limit"


def test_unknown_unit_is_refused(cal: WorkCalendar) -> None:
    with pytest.raises(ValidationError) as err:
        compute_deadline(cal, D(2025, 9, 26), 20, "weeks")  # type: ignore[arg-type]
    assert err.value.code == "calendar.unit"


def test_clock_deadline(cal: WorkCalendar) -> None:
    assert clock_deadline(cal, Clock(), 20, WD) is None
    clock = Clock(
        started_on=D(2025, 9, 26),
        pauses=(ClockPause("on_site_inspection", D(2025, 10, 9), D(2025, 10, 13)),),
        extension_days=0,
    )
    result = clock_deadline(cal, clock, 20, WD)
    assert result is not None and result.due == D(2025, 11, 4)


# -- countdown ------------------------------------------------------------------------------------------


def test_countdown(cal: WorkCalendar) -> None:
    due = D(2025, 10, 30)  # Thursday
    assert countdown(cal, due, due) == 0
    assert countdown(cal, D(2025, 10, 29), due) == 1
    assert countdown(cal, D(2025, 9, 26), due) == 20
    assert countdown(cal, D(2025, 10, 31), due) == -1
    assert countdown(cal, D(2025, 11, 1), due) == -2  # Saturday: the office next acts on Monday
    assert countdown(cal, D(2025, 11, 3), due) == -2
    friday = D(2025, 10, 31)
    assert countdown(cal, D(2025, 11, 1), friday) == -1
    assert countdown(cal, D(2025, 11, 2), friday) == -1
    assert countdown(cal, D(2025, 11, 4), friday) == -2
    # a deadline on a holiday is read as the next working day
    assert countdown(cal, D(2025, 9, 30), D(2025, 10, 3)) == 1
    assert countdown(cal, D(2025, 10, 3), D(2025, 10, 3)) == 1


# -- the fast path against day-by-day loops -------------------------------------------------------------

WINDOW_START = D(2024, 10, 1)
WINDOW_END = D(2027, 3, 31)


def naive_working(entries: dict[dt.date, bool], d: dt.date) -> bool:
    return entries.get(d, d.weekday() < 5)


def naive_add(entries: dict[dt.date, bool], start: dt.date, n: int) -> dt.date:
    d, step, left = start, (1 if n > 0 else -1), abs(n)
    while left:
        d += dt.timedelta(days=step)
        if naive_working(entries, d):
            left -= 1
    return d


def naive_between(entries: dict[dt.date, bool], a: dt.date, b: dt.date) -> int:
    lo, hi, sign = (a, b, 1) if a <= b else (b, a, -1)
    return sign * sum(naive_working(entries, d) for d in days(lo + dt.timedelta(days=1), hi))


def naive_deadline(
    entries: dict[dt.date, bool], start: dt.date, total: int, unit: TimeUnit, pauses: list[Pause]
) -> dt.date | None:
    if total == 0:
        return start
    horizon = start + dt.timedelta(days=total * 3 + 4000)

    def in_stop(d: dt.date) -> bool:
        return any(s < d and (r is None or d <= r) for s, r in pauses)

    count, d = 0, start
    while d < horizon:
        d += dt.timedelta(days=1)
        if in_stop(d) or (unit is WD and not naive_working(entries, d)):
            continue
        count += 1
        if count == total:
            while not naive_working(entries, d):
                d += dt.timedelta(days=1)
            return d
    return None


day_in_window = st.dates(min_value=WINDOW_START, max_value=WINDOW_END)
random_entries = st.dictionaries(day_in_window, st.booleans(), max_size=120)


def build(entries: dict[dt.date, bool]) -> WorkCalendar:
    return WorkCalendar(
        [CalendarEntry(d, "workday" if w else "holiday", "local") for d, w in entries.items()], frozenset()
    )


@settings(max_examples=300, deadline=None)
@given(entries=random_entries, start=day_in_window, n=st.integers(min_value=-70, max_value=70))
def test_add_working_days_matches_naive(entries: dict[dt.date, bool], start: dt.date, n: int) -> None:
    cal = build(entries)
    assert cal.add_working_days(start, n) == naive_add(entries, start, n)


@settings(max_examples=300, deadline=None)
@given(entries=random_entries, a=day_in_window, b=day_in_window)
def test_between_and_countdown_match_naive(entries: dict[dt.date, bool], a: dt.date, b: dt.date) -> None:
    cal = build(entries)
    assert cal.working_days_between(a, b) == naive_between(entries, a, b)
    assert cal.is_working_day(a) == naive_working(entries, a)
    due = naive_add(entries, b - dt.timedelta(days=1), 1)
    today = naive_add(entries, a - dt.timedelta(days=1), 1)  # first working day on or after a
    expected = naive_between(entries, a, due) if a <= due else -naive_between(entries, due, today)
    assert countdown(cal, a, b) == expected


@st.composite
def pause_lists(draw: st.DrawFn, start: dt.date) -> list[Pause]:
    cuts = sorted(draw(st.lists(st.integers(min_value=0, max_value=90), max_size=6)))
    if len(cuts) % 2:
        cuts.append(-1)  # the last stop is still open
    pauses: list[Pause] = []
    for i in range(0, len(cuts), 2):
        stopped = start + dt.timedelta(days=cuts[i])
        resumed = None if cuts[i + 1] < 0 else start + dt.timedelta(days=cuts[i + 1])
        pauses.append((stopped, resumed))
    return pauses


@settings(max_examples=300, deadline=None)
@given(
    entries=random_entries,
    start=st.dates(min_value=WINDOW_START, max_value=D(2026, 6, 30)),
    limit=st.integers(min_value=0, max_value=60),
    extension=st.integers(min_value=0, max_value=15),
    unit=st.sampled_from([WD, CD]),
    data=st.data(),
)
def test_compute_deadline_matches_the_documented_definition(
    entries: dict[dt.date, bool],
    start: dt.date,
    limit: int,
    extension: int,
    unit: TimeUnit,
    data: st.DataObject,
) -> None:
    pauses = data.draw(pause_lists(start))
    cal = build(entries)
    result = compute_deadline(cal, start, limit, unit, pauses=pauses, extension_days=extension)
    assert result.due == naive_deadline(entries, start, limit + extension, unit, pauses)
    assert result.paused == (bool(pauses) and pauses[-1][1] is None)
    assert result.provisional  # no official years in these calendars
