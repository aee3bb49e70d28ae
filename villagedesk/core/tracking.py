"""Tracking numbers: unique without asking a server, short enough to read over the phone.

Form: ``VVVVVVVVVVVV-DD-SSSSS-C``
  V  the village's 12-digit statistical code (unique nationwide),
  D  the device's ordinal within the village, given once at enrollment (01-99),
  S  the device's own sequence (00001-99999),
  C  ISO 7064 MOD 11-2 over the 19 digits, the same check as on ID cards ('X' for ten),
     so a misheard or swapped digit over the phone is caught.
Villagers already read 18-character ID numbers aloud; the groups make this one easier.
Uniqueness: (village, ordinal) is unique because the server hands out ordinals, and the sequence is
unique per device because the device only ever increments it in the same transaction as the receipt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from villagedesk.core.errors import ValidationError
from villagedesk.core.idnumber import check_char

MAX_ORDINAL = 99
MAX_SEQUENCE = 99_999
_PATTERN = re.compile(r"^(\d{12})-?(\d{2})-?(\d{5})-?([0-9X])$")


@dataclass(frozen=True)
class TrackingNumber:
    village_code: str
    ordinal: int
    sequence: int

    @property
    def check(self) -> str:
        return check_char(self._digits)

    @property
    def _digits(self) -> str:
        return f"{self.village_code}{self.ordinal:02d}{self.sequence:05d}"

    def __str__(self) -> str:
        return f"{self.village_code}-{self.ordinal:02d}-{self.sequence:05d}-{self.check}"

    @property
    def compact(self) -> str:
        """Without separators: the QR code's content and what a scanner types."""
        return self._digits + self.check


def make(village_code: str, ordinal: int, sequence: int) -> TrackingNumber:
    if len(village_code) != 12 or not village_code.isascii() or not village_code.isdigit():
        raise ValidationError(
            "the village code has 12 digits", code="tracking.village_code", village_code=village_code
        )
    if not 1 <= ordinal <= MAX_ORDINAL:
        raise ValidationError(
            "device ordinal out of range", code="tracking.ordinal", ordinal=ordinal, max=MAX_ORDINAL
        )
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise ValidationError(
            "this device has used every tracking number; enroll it again for a new ordinal",
            code="tracking.sequence_exhausted",
            sequence=sequence,
        )
    return TrackingNumber(village_code, ordinal, sequence)


def parse(text: str) -> TrackingNumber:
    """Accepts the grouped or compact form, spaces and a lower-case x; checks the check character."""
    cleaned = re.sub(r"[\s\u3000]", "", text).upper().replace("—", "-").replace("－", "-")
    m = _PATTERN.match(cleaned)
    if not m:
        raise ValidationError(
            "a tracking number has 20 characters: 12-digit village, 2-digit device, 5-digit sequence, check",
            code="tracking.format",
            text=text,
        )
    village, ordinal, seq, check = m.groups()
    tn = TrackingNumber(village, int(ordinal), int(seq))
    if tn.check != check:
        raise ValidationError(
            "the check character does not match: a digit was probably misread",
            code="tracking.check_char",
            expected=tn.check,
            got=check,
        )
    return tn


def normalize(text: str) -> str:
    return str(parse(text))
