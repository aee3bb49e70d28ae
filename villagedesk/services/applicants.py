"""Registering and finding applicants. People are keyed by ID number, never by name."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from villagedesk.core.errors import ValidationError
from villagedesk.core.idnumber import IdWarning, check_id_number
from villagedesk.core.models import Applicant
from villagedesk.core.names import check_legal_name, check_tibetan_name
from villagedesk.storage.store import Store


@dataclass(frozen=True)
class Registration:
    applicant: Applicant
    created: bool  # False: the ID number was known and the record was updated
    warnings: tuple[IdWarning, ...]


def _check_phone(phone: str) -> str:
    digits = "".join(ch for ch in phone if not ch.isspace() and ch != "-")
    if digits and (not digits.isascii() or not digits.isdigit() or not 7 <= len(digits) <= 13):
        raise ValidationError("a phone number has 7 to 13 digits", code="phone.invalid", phone=phone)
    return digits


def prepare_applicant(
    *,
    id_number: str,
    legal_name: str,
    name_bo: str = "",
    phone: str = "",
    village_code: str = "",
    village_group: str = "",
    disability: bool = False,
    disability_note: str = "",
    override_warnings: bool = False,
    today: dt.date | None = None,
) -> tuple[Applicant, tuple[IdWarning, ...]]:
    """Validate everything; a warning that needs the agent's confirmation refuses without ``override``."""
    info = check_id_number(id_number, today=today or dt.date.today())
    if info.needs_override and not override_warnings:
        w = next(w for w in info.warnings if w.needs_override)
        raise ValidationError(w.message, code=w.code, needs_override=True, **dict(w.params))
    applicant = Applicant(
        id_number=info.id_number,
        legal_name=check_legal_name(legal_name),
        name_bo=check_tibetan_name(name_bo),
        phone=_check_phone(phone),
        village_code=village_code,
        village_group=village_group.strip(),
        disability=disability,
        disability_note=disability_note.strip(),
    )
    return applicant, info.warnings


def register_applicant(store: Store, **fields: object) -> Registration:
    applicant, warnings = prepare_applicant(**fields)  # type: ignore[arg-type]
    with store.unit_of_work() as uow:
        created = uow.get_applicant(applicant.id_number) is None
        uow.save_applicant(applicant)
    return Registration(applicant, created, warnings)


def find_applicants(store: Store, text: str, limit: int = 50) -> list[Applicant]:
    with store.reader() as uow:
        return uow.find_applicants(text, limit)
