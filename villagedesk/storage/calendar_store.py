"""Persistence of the editable working-day calendar (official, statutory and local entries)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from villagedesk.core import codec
from villagedesk.core.errors import ValidationError
from villagedesk.core.workdays import CalendarEntry, WorkCalendar
from villagedesk.storage.tables import CalendarRow, CalendarYearRow

if TYPE_CHECKING:
    from villagedesk.storage.store import UnitOfWork


def load_calendar(uow: UnitOfWork) -> WorkCalendar:
    rows = uow.session.scalars(select(CalendarRow))
    entries = [CalendarEntry(r.day, r.kind, r.source, r.name) for r in rows]  # type: ignore[arg-type]
    official = frozenset(
        uow.session.scalars(select(CalendarYearRow.year).where(CalendarYearRow.official.is_(True)))
    )
    return WorkCalendar(entries, official)


def has_calendar(uow: UnitOfWork) -> bool:
    return uow.session.scalar(select(CalendarYearRow.year).limit(1)) is not None


def replace_calendar(
    uow: UnitOfWork, entries: Iterable[CalendarEntry], official_years: Iterable[int]
) -> None:
    entries = list(entries)
    WorkCalendar(entries, frozenset(official_years))  # refuse a contradictory calendar before writing
    uow.session.execute(delete(CalendarRow))
    uow.session.execute(delete(CalendarYearRow))
    years = {e.day.year for e in entries} | set(official_years)
    for y in sorted(years):
        uow.session.add(CalendarYearRow(year=y, official=y in set(official_years)))
    for e in entries:
        uow.session.add(CalendarRow(day=e.day, source=e.source, kind=e.kind, name=e.name))


def calendar_payload(uow: UnitOfWork) -> dict[str, Any]:
    cal = load_calendar(uow)
    rows = uow.session.scalars(select(CalendarRow).order_by(CalendarRow.day))
    return {
        "entries": [codec.encode(CalendarEntry(r.day, r.kind, r.source, r.name)) for r in rows],  # type: ignore[arg-type]
        "official_years": sorted(cal.official_years),
    }


def apply_calendar_change(uow: UnitOfWork, payload: dict[str, Any], *, delete: bool = False) -> None:
    """The township's whole calendar (record type ``calendar``) replaces the local one; a single entry
    (record type ``calendar_entry``) is added, replaced or deleted."""
    if "entries" not in payload:
        entry = codec.decode(CalendarEntry, payload)
        row = uow.session.get(CalendarRow, (entry.day, entry.source))
        if delete:
            if row is not None:
                uow.session.delete(row)
            return
        if row is None:
            uow.session.add(CalendarRow(day=entry.day, source=entry.source, kind=entry.kind, name=entry.name))
        else:
            row.kind, row.name = entry.kind, entry.name
        if entry.source == "official":
            year = uow.session.get(CalendarYearRow, entry.day.year)
            if year is None:
                uow.session.add(CalendarYearRow(year=entry.day.year, official=True))
            else:
                year.official = True
        return
    if delete:
        return
    try:
        entries = [codec.decode(CalendarEntry, e) for e in payload["entries"]]
        years = [int(y) for y in payload["official_years"]]
    except (KeyError, TypeError, ValueError):
        raise ValidationError("malformed calendar", code="sync.bad_calendar") from None
    replace_calendar(uow, entries, years)
