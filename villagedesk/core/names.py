"""Applicants' names: the legal (Chinese) name on the ID card and the Tibetan name.

People are keyed by ID number, never by name: Tibetan names repeat and have many Chinese spellings.
These checks only keep what is typed clean enough to print on a form and to match the ID card.

Decisions:
- A legal name is Han characters (CJK unified ideographs, extensions A-H and the compatibility block)
  joined by the middle dot U+00B7 of transliterated names (扎西·次仁). No Latin letters, digits or
  spaces: the ID card carries the name in standard Chinese characters, and a space inside a name is a
  sign of a missing dot, which the agent should type rather than have us guess.
- Dots typed as •, ‧, ・, ･, ．, ∙, ⋅, a Greek ano teleia or a plain "." are the same middle dot.
- At most ``MAX_LEGAL_NAME_LENGTH`` (30) characters, a sanity limit well above the longest
  transliterated names (four or five parts of two or three characters each).
"""

from __future__ import annotations

import re
import unicodedata

from villagedesk.core.errors import ValidationError

__all__ = ["MAX_LEGAL_NAME_LENGTH", "MIDDLE_DOT", "check_legal_name", "check_tibetan_name", "normalize_name"]

MIDDLE_DOT = "\u00b7"
MAX_LEGAL_NAME_LENGTH = 30

_DOT_VARIANTS = "\u2022\u2027\u30fb\uff65\uff0e\u2219\u22c5\u0387\u2e31\u16eb\u00b7."
_DOTS = str.maketrans(dict.fromkeys(_DOT_VARIANTS, MIDDLE_DOT))
_SPACES = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
_SPACED_DOT = re.compile(r" ?\u00b7 ?")

_HAN_RANGES = (
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),  # compatibility ideographs (NFC maps most to unified ones)
    (0x20000, 0x323AF),  # extensions B-H
)


def _is_han(char: str) -> bool:
    cp = ord(char)
    return any(lo <= cp <= hi for lo, hi in _HAN_RANGES) or char == "\u3007"  # 〇


def normalize_name(s: str) -> str:
    """NFC, trimmed, inner runs of spaces made one space, every middle-dot variant made U+00B7."""
    text = unicodedata.normalize("NFC", s).translate(_DOTS)
    text = _SPACES.sub(" ", text).strip()
    return _SPACED_DOT.sub(MIDDLE_DOT, text)


def check_legal_name(s: str) -> str:
    """The normalized legal name; ValidationError ``name.empty``, ``name.characters``,
    ``name.middle_dot`` (a dot at either end or two in a row) or ``name.too_long`` otherwise."""
    name = normalize_name(s)
    if not name:
        raise ValidationError("the name is empty", code="name.empty")
    if len(name) > MAX_LEGAL_NAME_LENGTH:
        raise ValidationError(
            f"the name has {len(name)} characters, more than {MAX_LEGAL_NAME_LENGTH}",
            code="name.too_long",
            length=len(name),
            max=MAX_LEGAL_NAME_LENGTH,
        )
    for position, char in enumerate(name, start=1):
        if char != MIDDLE_DOT and not _is_han(char):
            raise ValidationError(
                f"character {position} of the name ({char!r}) is not a Chinese character or a middle dot",
                code="name.characters",
                position=position,
                char=char,
            )
    misplaced = next(
        (
            i
            for i, char in enumerate(name, start=1)
            if char == MIDDLE_DOT and (i in (1, len(name)) or name[i - 2] == MIDDLE_DOT)
        ),
        None,
    )
    if misplaced is not None:
        raise ValidationError(
            f"the middle dot at character {misplaced} must stand between two parts of the name",
            code="name.middle_dot",
            position=misplaced,
        )
    return name


def check_tibetan_name(s: str) -> str:
    """The normalized Tibetan name ("" allowed); ``name_bo.characters`` if anything is outside the
    Tibetan block U+0F00-U+0FFF apart from spaces (the tsheg U+0F0B is in the block)."""
    name = normalize_name(s)
    for position, char in enumerate(name, start=1):
        if char != " " and not "\u0f00" <= char <= "\u0fff":
            raise ValidationError(
                f"character {position} of the Tibetan name ({char!r}) is not Tibetan script",
                code="name_bo.characters",
                position=position,
                char=char,
            )
    return name
