"""Resident ID numbers (公民身份号码, GB 11643-1999).

Eighteen characters: a six-digit region code (the GB/T 2260 county of household registration when the
number was issued), the birth date YYYYMMDD, a three-digit sequence (odd for men, even for women) and an
ISO 7064 MOD 11-2 check character, ``X`` standing for 10.

``check_id_number`` refuses a number that breaks a rule of the standard and says which rule (the error's
``code``); the region code is checked against the current and historical division tables, but a region
it does not know only gives a warning the agent may override, since our tables can lag behind.

Rules are checked in this order, so the agent hears about the most likely typo first:

1. empty, then length (the 15-digit cards of GB 11643-1989 have their own code), then characters;
2. the birth date (a real date, not in the future, not before ``BIRTH_YEAR_FLOOR``): a mistyped date
   digit also spoils the check character, and "1976-02-30 is not a date" points at the digit to fix
   where "the check character should be 8" does not;
3. the check character.

Warnings on a valid number (``IdWarning``; ``needs_override`` says whether the agent must confirm):
``id.region_unknown`` and ``id.region_not_county`` (a province or prefecture code such as 513300) need
confirming; ``id.region_historical`` (a county code since renamed or renumbered, still valid on cards
issued under it, with the successor when known) and ``id.residence_permit`` (810000/820000/830000 on
the residence permits of Hong Kong, Macao and Taiwan residents) are information; ``id.age_implausible``
needs confirming.

``BIRTH_YEAR_FLOOR`` is 1850: the first cards were issued in 1984 and the standard's own example is
born in 1880, so anything earlier is a typo. An age above ``PLAUSIBLE_MAX_AGE`` (120) on the day of
the check is possible on paper but far more likely a typo, so it is a warning, not a refusal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from villagedesk.core.divisions import Division, current_successor, lookup
from villagedesk.core.errors import ValidationError
from villagedesk.core.models import Sex

__all__ = [
    "BIRTH_YEAR_FLOOR",
    "PLAUSIBLE_MAX_AGE",
    "IdNumberError",
    "IdNumberInfo",
    "IdWarning",
    "age_on",
    "birth_date_of",
    "check_char",
    "check_id_number",
    "normalize_id_number",
    "sex_of",
]

BIRTH_YEAR_FLOOR = 1850
PLAUSIBLE_MAX_AGE = 120
_RESIDENCE_PERMIT_REGIONS = {"810000": "Hong Kong", "820000": "Macao", "830000": "Taiwan"}
_CHECK_CHARS = "10X98765432"  # indexed by S mod 11, as in the standard's table

# Ideographic space, no-break spaces and the zero-width characters that copy-paste from web pages and
# chat apps brings along.
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789XX")


class IdNumberError(ValidationError):
    """A resident ID number that breaks a rule of GB 11643; ``code`` says which."""

    code = "id.invalid"


@dataclass(frozen=True)
class IdWarning:
    """Something about a valid number the agent should see.

    ``needs_override`` is True when the agent must confirm before the number is used (an unknown region
    code), False for information only (a county renumbered since the card was issued).
    """

    code: str
    message: str
    needs_override: bool
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class IdNumberInfo:
    id_number: str
    birth_date: date
    sex: Sex
    region_code: str
    region: Division | None
    warnings: tuple[IdWarning, ...] = ()

    @property
    def needs_override(self) -> bool:
        return any(w.needs_override for w in self.warnings)


def normalize_id_number(raw: str) -> str:
    """Drop spaces of any width, turn full-width digits into ASCII and upper-case a trailing x."""
    return _SPACES.sub("", raw).translate(_FULL_WIDTH).replace("x", "X")


def check_char(digits: str) -> str:
    """The ISO 7064 MOD 11-2 check character ('0'-'9' or 'X') for a string of ASCII digits.

    For the 17 digits of an ID number the weights are 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; in general
    the digit n places left of the check character weighs 2**n mod 11, so any length works (the tracking
    numbers use it too). It catches every single wrong digit and every swap of two adjacent differing
    characters.
    """
    if not digits or not digits.isascii() or not digits.isdigit():
        raise ValueError(f"check_char needs ASCII digits, got {digits!r}")
    n = len(digits)
    total = sum(int(d) * pow(2, n - i, 11) for i, d in enumerate(digits))
    return _CHECK_CHARS[total % 11]


def _structure(raw: str) -> str:
    """The normalized number if its length and characters are right; raise otherwise."""
    number = normalize_id_number(raw)
    if not number:
        raise IdNumberError("the ID number is empty", code="id.empty")
    if len(number) == 15 and number.isascii() and number.isdigit():
        raise IdNumberError(
            "this is an old 15-digit ID number (GB 11643-1989); the 18-character number on the "
            "second-generation card is needed",
            code="id.old_15_digit",
            length=15,
        )
    if len(number) != 18:
        raise IdNumberError(
            f"an ID number has 18 characters, this one has {len(number)}",
            code="id.length",
            length=len(number),
        )
    for position, char in enumerate(number, start=1):
        ok = char in "0123456789" or (position == 18 and char == "X")
        if not ok:
            allowed = "a digit or X" if position == 18 else "a digit"
            raise IdNumberError(
                f"character {position} of the ID number is {char!r}; it must be {allowed}",
                code="id.characters",
                position=position,
                char=char,
            )
    return number


def _birth_date(number: str, today: date | None) -> date:
    text = number[6:14]
    try:
        born = date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise IdNumberError(
            f"the birth date {text[:4]}-{text[4:6]}-{text[6:8]} in the ID number is not a real date",
            code="id.birth_date_invalid",
            text=text,
        ) from None
    if born.year < BIRTH_YEAR_FLOOR:
        raise IdNumberError(
            f"the birth date {born.isoformat()} is before {BIRTH_YEAR_FLOOR}",
            code="id.birth_date_too_old",
            text=text,
            floor=BIRTH_YEAR_FLOOR,
        )
    if today is not None and born > today:
        raise IdNumberError(
            f"the birth date {born.isoformat()} is in the future",
            code="id.birth_date_future",
            text=text,
            today=today.isoformat(),
        )
    return born


def _region_warnings(region_code: str, region: Division | None) -> list[IdWarning]:
    if region_code in _RESIDENCE_PERMIT_REGIONS:
        # 港澳台居民居住证 numbers follow GB 11643 with these province-level codes; they are valid.
        place = _RESIDENCE_PERMIT_REGIONS[region_code]
        return [
            IdWarning(
                "id.residence_permit",
                f"this is the number of a residence permit for a resident of {place}",
                needs_override=False,
                params={"region_code": region_code, "place": place},
            )
        ]
    if region is None:
        return [
            IdWarning(
                "id.region_unknown",
                f"region code {region_code} is not a known county code (GB/T 2260); check the number",
                needs_override=True,
                params={"region_code": region_code},
            )
        ]
    if region.level != "county":
        return [
            IdWarning(
                "id.region_not_county",
                f"region code {region_code} is a {region.level}-level code ({region.name_zh}), "
                "not a county; ID numbers carry a county code",
                needs_override=True,
                params={"region_code": region_code, "name": region.name_zh, "level": region.level},
            )
        ]
    if not region.current:
        successor = current_successor(region_code)
        params: dict[str, Any] = {"region_code": region_code, "name": region.name_zh}
        message = f"region code {region_code} is the former {region.name_zh}"
        if region.valid_to is not None:
            params["until"] = region.valid_to
            message += f" (until {region.valid_to})"
        if successor is not None:
            params["successor_code"] = successor.code
            params["successor_name"] = successor.name_zh
            message += f", now {successor.name_zh} {successor.code}"
        return [
            IdWarning("id.region_historical", message + "; still valid", needs_override=False, params=params)
        ]
    return []


def check_id_number(raw: str, *, today: date) -> IdNumberInfo:
    """Validate a resident ID number; raise IdNumberError naming the broken rule.

    ``today`` is the date a birth date may not be after (pass the application or entry date).
    """
    number = _structure(raw)
    born = _birth_date(number, today)
    expected = check_char(number[:17])
    if number[17] != expected:
        raise IdNumberError(
            f"the check character should be {expected}, not {number[17]}; a digit is probably mistyped",
            code="id.check_char",
            expected=expected,
            got=number[17],
        )
    region_code = number[:6]
    region = lookup(region_code)
    warnings = _region_warnings(region_code, region)
    age = age_on(born, today)
    if age > PLAUSIBLE_MAX_AGE:
        warnings.append(
            IdWarning(
                "id.age_implausible",
                f"the birth date {born.isoformat()} makes this person {age} years old; check the number",
                needs_override=True,
                params={"age": age, "birth_date": born.isoformat()},
            )
        )
    return IdNumberInfo(
        id_number=number,
        birth_date=born,
        sex=_sex(number),
        region_code=region_code,
        region=region,
        warnings=tuple(warnings),
    )


def birth_date_of(id_number: str) -> date:
    """The birth date in an 18-character number (structure and date checked, not the check character)."""
    return _birth_date(_structure(id_number), None)


def _sex(number: str) -> Sex:
    return Sex.MALE if int(number[16]) % 2 else Sex.FEMALE


def sex_of(id_number: str) -> Sex:
    """Odd 17th digit: male; even: female."""
    return _sex(_structure(id_number))


def age_on(id_number_or_birth_date: str | date, on: date) -> int:
    """Age in completed years (周岁) on ``on``.

    One is a year older on the birthday itself; someone born on 29 February turns a year older on
    1 March in common years.
    """
    if isinstance(id_number_or_birth_date, date):
        born = id_number_or_birth_date
    else:
        born = birth_date_of(id_number_or_birth_date)
    if on < born:
        raise ValueError(f"{on.isoformat()} is before the birth date {born.isoformat()}")
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
