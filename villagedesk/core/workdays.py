"""Working-day calendar and deadline arithmetic (工作日).

Rules (domain facts, section d):

* 《行政许可法》§82: permit time limits are in working days, statutory holidays excluded.
* 民法典 §201: the start day is not counted. §203: a period whose last day is a holiday runs to the next
  working day.
* A working day is Monday to Friday unless an explicit calendar entry says otherwise: a holiday (official,
  statutory or local, e.g. Losar) on a weekday is a rest day, and an official make-up working weekend day
  (调休上班) is a working day.

Speed: a countdown for every open application must be cheap. The calendar keeps a cumulative index
``C(x)`` = number of working days on or before ordinal ``x``. Its weekday part is closed-form (week
arithmetic) and the explicit entries contribute a prefix sum over the few days whose status differs from
the weekday rule, so ``working_days_between`` costs one binary search over the entries and
``add_working_days`` a short exponential-plus-binary search over ``C``. No per-day loops.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from villagedesk.core.errors import ValidationError
from villagedesk.core.models import Clock, TimeUnit

DayKind = Literal["holiday", "workday"]
EntrySource = Literal["official", "statutory", "local"]

_KINDS: frozenset[str] = frozenset(get_args(DayKind))
_SOURCES: frozenset[str] = frozenset(get_args(EntrySource))
# When two sources speak about the same day the more specific one wins: the township knows its local
# festival best, and the State Council's notice overrides the rule-based estimate.
_PRECEDENCE: dict[str, int] = {"statutory": 0, "official": 1, "local": 2}


@dataclass(frozen=True)
class CalendarEntry:
    """One explicit day: a holiday (rest day) or a make-up working day (a working weekend is 'workday')."""

    day: dt.date
    kind: DayKind
    source: EntrySource
    name: str = ""

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValidationError(
                f"calendar entry kind must be 'holiday' or 'workday', not {self.kind!r}",
                code="calendar.kind",
                kind=self.kind,
            )
        if self.source not in _SOURCES:
            raise ValidationError(
                f"calendar entry source must be 'official', 'statutory' or 'local', not {self.source!r}",
                code="calendar.source",
                source=self.source,
            )


@dataclass(frozen=True)
class Deadline:
    """The result of :func:`compute_deadline`.

    ``due`` is None only while the clock is stopped and the deadline depends on when it resumes.
    ``provisional`` is True when any year the computation touched has no official schedule yet (so the
    date may move once the State Council's notice is entered). ``paused`` is True while the last clock stop
    has not been resumed.
    """

    due: dt.date | None
    provisional: bool
    paused: bool


def _weekdays_through(ordinal: int) -> int:
    """Mon-Fri days among ordinals 1..ordinal; ordinal 1 (0001-01-01) is a Monday."""
    weeks, rest = divmod(ordinal, 7)
    return weeks * 5 + min(rest, 5)


def _default_working(ordinal: int) -> bool:
    return (ordinal - 1) % 7 < 5


class WorkCalendar:
    """An immutable working-day calendar built from explicit entries.

    ``official_years`` are the years whose official schedule (holidays and make-up days) is known.
    Statutory entries (rule-based estimates) for an official year are ignored: the official schedule
    replaces the estimate completely. For the same day a local entry beats an official one, which beats
    a statutory one; two entries of the same source that disagree are refused.
    """

    def __init__(self, entries: Iterable[CalendarEntry], official_years: frozenset[int]) -> None:
        self._official_years = frozenset(official_years)
        chosen: dict[dt.date, CalendarEntry] = {}
        for entry in entries:
            if entry.source == "statutory" and entry.day.year in self._official_years:
                continue
            current = chosen.get(entry.day)
            if current is None or _PRECEDENCE[entry.source] > _PRECEDENCE[current.source]:
                chosen[entry.day] = entry
            elif current.source == entry.source and current.kind != entry.kind:
                raise ValidationError(
                    f"{entry.day.isoformat()} is both a holiday and a working day in the {entry.source} "
                    "calendar",
                    code="calendar.conflict",
                    day=entry.day.isoformat(),
                    source=entry.source,
                )
        self._entries: dict[dt.date, CalendarEntry] = chosen
        self._working: dict[int, bool] = {d.toordinal(): e.kind == "workday" for d, e in chosen.items()}
        # Only days that differ from the weekday rule move the cumulative index.
        exceptions = sorted((o, 1 if w else -1) for o, w in self._working.items() if w != _default_working(o))
        self._exc_ordinals: list[int] = [o for o, _ in exceptions]
        self._exc_prefix: list[int] = [0]
        for _, delta in exceptions:
            self._exc_prefix.append(self._exc_prefix[-1] + delta)

    # -- queries -------------------------------------------------------------------------------------

    @property
    def official_years(self) -> frozenset[int]:
        return self._official_years

    @property
    def entries(self) -> tuple[CalendarEntry, ...]:
        """The entries in effect (after precedence), in date order."""
        return tuple(self._entries[d] for d in sorted(self._entries))

    def entry(self, day: dt.date) -> CalendarEntry | None:
        return self._entries.get(day)

    def is_provisional(self, year: int) -> bool:
        """True when the year has no official schedule: its make-up days are unknown."""
        return year not in self._official_years

    def is_working_day(self, day: dt.date) -> bool:
        ordinal = day.toordinal()
        explicit = self._working.get(ordinal)
        return _default_working(ordinal) if explicit is None else explicit

    def _cumulative(self, ordinal: int) -> int:
        """Working days among all ordinals <= ``ordinal`` (may be negative: only differences matter)."""
        return _weekdays_through(ordinal) + self._exc_prefix[bisect_right(self._exc_ordinals, ordinal)]

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days after ``a`` up to and including ``b``; negative (those in (b, a]) if b < a."""
        return self._cumulative(b.toordinal()) - self._cumulative(a.toordinal())

    def _first_reaching(self, target: int, low: int, high: int) -> int:
        """Smallest ordinal x in (low, high] with C(x) >= target, given C(low) < target <= C(high)."""
        while high - low > 1:
            mid = (low + high) // 2
            if self._cumulative(mid) >= target:
                high = mid
            else:
                low = mid
        return high

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after ``start`` (start not counted); n=0 is ``start`` itself (on the spot).

        A negative n counts back: the |n|-th working day before ``start``.
        """
        if n == 0:
            return start
        origin = start.toordinal()
        try:
            if n > 0:
                target = self._cumulative(origin) + n
                low, step = origin, n + n // 2 + 7
                high = low + step
                while self._cumulative(high) < target:
                    low, high, step = high, high + step * 2, step * 2
            else:
                high = origin - 1
                target = self._cumulative(high) + n + 1
                step = -n + (-n) // 2 + 7
                low = high - step
                while self._cumulative(low) >= target:
                    high, low, step = low, low - step * 2, step * 2
            return dt.date.fromordinal(self._first_reaching(target, low, high))
        except (OverflowError, ValueError) as exc:
            raise ValidationError(
                "the date is out of range", code="calendar.out_of_range", start=start.isoformat(), n=n
            ) from exc

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day strictly after ``day``."""
        return self.add_working_days(day, 1)

    def on_or_next_working_day(self, day: dt.date) -> dt.date:
        """``day`` if it is a working day, otherwise the next one (民法典 §203)."""
        return day if self.is_working_day(day) else self.next_working_day(day)

    def add_calendar_days(self, start: dt.date, n: int) -> dt.date:
        """``start`` + n days (start not counted), moved to the next working day if that is a rest day.

        n=0 is ``start`` itself (done on the spot), not moved.
        """
        if n < 0:
            raise ValidationError("a time limit cannot be negative", code="calendar.negative_limit", n=n)
        if n == 0:
            return start
        return self.on_or_next_working_day(start + dt.timedelta(days=n))


# -- deadlines ---------------------------------------------------------------------------------------

Pause = tuple[dt.date, dt.date | None]


def _check_pauses(start: dt.date, pauses: Sequence[Pause]) -> list[Pause]:
    ordered = sorted(pauses, key=lambda p: p[0])
    previous_end = start
    for index, (stopped, resumed) in enumerate(ordered):
        if stopped < previous_end:
            raise ValidationError(
                "a clock stop begins before the clock started or before the previous stop ended",
                code="clock.pause_overlap",
                stopped_on=stopped.isoformat(),
            )
        if resumed is None:
            if index != len(ordered) - 1:
                raise ValidationError(
                    "only the last clock stop may still be open",
                    code="clock.pause_open",
                    stopped_on=stopped.isoformat(),
                )
            continue
        if resumed < stopped:
            raise ValidationError(
                "a clock cannot resume before it stopped",
                code="clock.resume_before_stop",
                stopped_on=stopped.isoformat(),
                resumed_on=resumed.isoformat(),
            )
        previous_end = resumed
    return ordered


def compute_deadline(
    calendar: WorkCalendar,
    start: dt.date,
    limit: int,
    unit: TimeUnit,
    pauses: Sequence[Pause] = (),
    extension_days: int = 0,
) -> Deadline:
    """The due date of a time limit that starts on ``start`` (the day of acceptance, not counted).

    Definition. Let L = ``limit`` + ``extension_days`` (an extension is in the same unit as the limit).
    A day d is *counted* when it is after ``start``, is a working day (for ``working_days``; any day for
    ``calendar_days``), and lies in no clock stop: a stop ``(stopped_on, resumed_on)`` removes the days
    d with ``stopped_on < d <= resumed_on``. So the stop day itself still counts (the office worked on the
    file that day) and counting starts again the day after the resume day, the same "first day not
    counted" rule that 民法典 §201 applies to the start; a stop takes exactly
    ``working_days_between(stopped_on, resumed_on)`` working days off the clock. The due date is the
    earliest day by which L days have been counted; for calendar days it then moves to the next working
    day if it is a rest day (§203). L = 0 means done on the spot: ``start``.

    A stop that begins after the limit was already used up does not move the deadline (an overdue file
    stays overdue). While the last stop is open, ``due`` is None unless the limit was used up before it.

    Example (2025 official calendar): 20 working days from Fri 2025-09-26, the clock stopped on
    Thu 2025-10-09 for an on-site inspection and resumed on Mon 2025-10-13. Counted: Sun 9/28 (a make-up
    working day), 9/29, 9/30 (10/1-10/8 are National Day and Mid-Autumn), then Thu 10/9, the stop day: 4.
    Fri 10/10, Sat 10/11 (a make-up working day) and Mon 10/13 fall in the stop. The other 16 are counted
    from Tue 10/14: due 2025-11-04, instead of 2025-10-30 without the stop (3 working days later).
    """
    if limit < 0 or extension_days < 0:
        raise ValidationError(
            "a time limit or extension cannot be negative",
            code="calendar.negative_limit",
            limit=limit,
            extension_days=extension_days,
        )
    ordered = _check_pauses(start, pauses)
    try:
        working = TimeUnit(unit) is TimeUnit.WORKING_DAYS
    except ValueError as exc:
        raise ValidationError(
            f"unknown time-limit unit {unit!r}", code="calendar.unit", unit=str(unit)
        ) from exc

    def between(a: dt.date, b: dt.date) -> int:
        return calendar.working_days_between(a, b) if working else (b - a).days

    def add(a: dt.date, n: int) -> dt.date:
        return calendar.add_working_days(a, n) if working else calendar.add_calendar_days(a, n)

    remaining = limit + extension_days
    cursor = start
    due: dt.date | None = None
    paused = bool(ordered) and ordered[-1][1] is None
    if remaining == 0:
        due = start
    else:
        for stopped, resumed in ordered:
            used = between(cursor, stopped)
            if used >= remaining:
                due = add(cursor, remaining)
                break
            remaining -= used
            if resumed is None:
                break
            cursor = resumed
        else:
            due = add(cursor, remaining)
    # Every year the answer depends on: from the start through the due date and every stop.
    touched = [start, *(d for p in ordered for d in p if d is not None)]
    end = max(touched if due is None else [*touched, due])
    provisional = any(calendar.is_provisional(y) for y in range(start.year, end.year + 1))
    return Deadline(due=due, provisional=provisional, paused=paused)


def clock_deadline(calendar: WorkCalendar, clock: Clock, limit: int, unit: TimeUnit) -> Deadline | None:
    """:func:`compute_deadline` for an application's :class:`Clock`; None before the clock started."""
    if clock.started_on is None:
        return None
    return compute_deadline(
        calendar,
        clock.started_on,
        limit,
        unit,
        pauses=[(p.stopped_on, p.resumed_on) for p in clock.pauses],
        extension_days=clock.extension_days,
    )


def countdown(calendar: WorkCalendar, today: dt.date, deadline: dt.date) -> int:
    """Working days left until ``deadline``: 0 = due today, negative = overdue by that many working days.

    A deadline on a rest day is read as the next working day (§203). When overdue, lateness is measured
    to the first working day on or after ``today``, when the office can next act: the Saturday after a
    Friday deadline is -1, like the Monday.
    """
    due = calendar.on_or_next_working_day(deadline)
    if today <= due:
        return calendar.working_days_between(today, due)
    return -calendar.working_days_between(due, calendar.on_or_next_working_day(today))
