"""Seed the working-day calendar from maintained packages.

* Official years: ``chinesecalendar`` carries the State Council's yearly notices (holidays and make-up
  working weekends, 2004-2026 in 1.11.0; a release usually follows each November's notice).
* Other years: the statutory holidays of 《全国年节及纪念日放假办法》 (as amended with effect from
  2025-01-01; 13 days: 元旦 1, 春节 4 (除夕 to 初三), 清明 1, 劳动节 2 (5/1-5/2), 端午 1, 中秋 1,
  国庆 3 (10/1-10/3)) computed from the lunisolar calendar by the ``holidays`` package, plus the
  substitute rest days that Art. 6 of the same 办法 prescribes when a holiday falls on a weekend (补假).
  Make-up working weekends are only known from the November notice, so such a year is provisional and
  every deadline touching it is marked provisional until :func:`enter_official` replaces the estimate.
* Local holidays (Losar and other festivals set under Art. 4) are entered by the township.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import chinese_calendar
import holidays

from villagedesk.core.errors import ValidationError
from villagedesk.core.workdays import CalendarEntry

LOSAR_NOTE = (
    "Ganzi (Garzê) local holiday rules, including the days given for Losar (藏历新年), were not verified. "
    "VillageDesk ships no local holidays: the township enters them each year as 'local' calendar entries "
    "(merge_local), and they then take precedence over the national schedule for that day."
)

# The statutory holiday names as the holidays package spells them in zh_CN. Anything else it returns
# (the official rest days it records for past years, e.g. "休息日（由 ... 调休）") is not a rule and is
# left out, so a statutory year is always the rule alone.
_STATUTORY_NAMES = frozenset({"元旦", "农历除夕", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"})
_SUBSTITUTE_SUFFIXES = ("（补假）", "（补假，推定）")
_ESTIMATED_SUFFIX = "（推定）"


def _official_year_available(year: int) -> bool:
    try:
        chinese_calendar.is_workday(dt.date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def official_years_available(years: Iterable[int]) -> frozenset[int]:
    """The years for which the installed chinesecalendar has the State Council's schedule."""
    return frozenset(y for y in years if _official_year_available(y))


def _chinese_name(english: str) -> str:
    try:
        return str(chinese_calendar.Holiday(english).chinese)
    except ValueError:
        return english


def official_entries(years: Iterable[int]) -> list[CalendarEntry]:
    """The official holidays and make-up working days of the given years (those the package covers).

    Years without official data are skipped silently: :func:`seed_calendar` fills them by rule.
    """
    wanted = official_years_available(years)
    entries: list[CalendarEntry] = []
    for day, english in chinese_calendar.holidays.items():
        if day.year in wanted:
            entries.append(CalendarEntry(day, "holiday", "official", _chinese_name(english)))
    for day, english in chinese_calendar.workdays.items():
        if day.year in wanted:
            entries.append(CalendarEntry(day, "workday", "official", f"{_chinese_name(english)}调休上班"))
    entries.sort(key=lambda e: e.day)
    return entries


def _is_statutory_name(name: str) -> bool:
    base = name
    for suffix in (*_SUBSTITUTE_SUFFIXES, _ESTIMATED_SUFFIX):
        if base.endswith(suffix):
            base = base.removesuffix(suffix)
            break
    return base in _STATUTORY_NAMES


def statutory_entries(year: int) -> list[CalendarEntry]:
    """The statutory holidays of ``year`` by rule, with Art. 6 substitute days; no make-up workdays."""
    if year < 2025:
        # The 13-day rule took effect on 2025-01-01; earlier years are all in the official data anyway.
        raise ValidationError(
            "statutory holidays by rule are only computed from 2025 on (the amended 放假办法)",
            code="calendar.statutory_year",
            year=year,
        )
    computed = holidays.country_holidays("CN", years=year, language="zh_CN", observed=True)
    entries: list[CalendarEntry] = []
    for day, names in sorted(computed.items()):
        kept = [n for n in str(names).split("; ") if _is_statutory_name(n)]
        if kept and day.year == year:
            entries.append(CalendarEntry(day, "holiday", "statutory", "、".join(kept)))
    return entries


def seed_calendar(years: Iterable[int]) -> tuple[list[CalendarEntry], frozenset[int]]:
    """Entries for ``years``: official where the package has the schedule, statutory otherwise."""
    wanted = sorted(set(years))
    official = official_years_available(wanted)
    entries = official_entries(official)
    for year in wanted:
        if year not in official:
            entries.extend(statutory_entries(year))
    entries.sort(key=lambda e: e.day)
    return entries, official


def enter_official(
    entries: Iterable[CalendarEntry],
    official_years: frozenset[int],
    years: Iterable[int],
    new_entries: Iterable[CalendarEntry],
) -> tuple[list[CalendarEntry], frozenset[int]]:
    """Replace the schedule of ``years`` with an official one (e.g. typed in from the November notice).

    The statutory estimate and any earlier official entries of those years go; local entries stay.
    Deadlines recomputed with the result are no longer provisional for those years.
    """
    replaced = frozenset(years)
    fresh = list(new_entries)
    for entry in fresh:
        if entry.source != "official" or entry.day.year not in replaced:
            raise ValidationError(
                "an official schedule may only hold official entries of the years it replaces",
                code="calendar.official_entry",
                day=entry.day.isoformat(),
                source=entry.source,
            )
    kept = [e for e in entries if e.source == "local" or e.day.year not in replaced]
    merged = sorted([*kept, *fresh], key=lambda e: e.day)
    return merged, official_years | replaced


def merge_local(
    entries: Iterable[CalendarEntry], local_entries: Iterable[CalendarEntry]
) -> list[CalendarEntry]:
    """Add or replace the township's local entries (a new local entry for a day replaces the old one)."""
    fresh: dict[dt.date, CalendarEntry] = {}
    for entry in local_entries:
        if entry.source != "local":
            raise ValidationError(
                "only local entries can be merged as local holidays",
                code="calendar.local_entry",
                day=entry.day.isoformat(),
                source=entry.source,
            )
        fresh[entry.day] = entry
    kept = [e for e in entries if not (e.source == "local" and e.day in fresh)]
    return sorted([*kept, *fresh.values()], key=lambda e: e.day)
