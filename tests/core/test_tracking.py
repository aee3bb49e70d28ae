"""Tracking numbers: format, check character, and no collisions without asking a server."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from villagedesk.core import tracking
from villagedesk.core.errors import ValidationError

VILLAGE = "513322101201"


def test_format_and_round_trip() -> None:
    tn = tracking.make(VILLAGE, 3, 47)
    text = str(tn)
    assert text.startswith("513322101201-03-00047-") and len(text) == 23
    assert len(tn.compact) == 20 and tn.compact.isalnum()
    assert tracking.parse(text) == tn
    assert tracking.parse(tn.compact) == tn
    assert tracking.parse(" " + text.lower().replace("-", " ") + " ") == tn


def test_check_character_is_mod11_2() -> None:
    # Same algorithm as the ID card check: weights 2^n mod 11 from the right.
    tn = tracking.make(VILLAGE, 1, 1)
    digits = f"{VILLAGE}0100001"
    total = sum(int(d) * pow(2, len(digits) - i, 11) for i, d in enumerate(digits))
    assert tn.check == "10X98765432"[total % 11]


@given(st.integers(1, 99), st.integers(1, 99_999), st.integers(0, 18), st.integers(1, 9))
def test_any_single_digit_error_is_caught(ordinal: int, seq: int, pos: int, delta: int) -> None:
    tn = tracking.make(VILLAGE, ordinal, seq)
    digits = list(tn.compact[:-1])
    digits[pos] = str((int(digits[pos]) + delta) % 10)
    with pytest.raises(ValidationError) as err:
        tracking.parse("".join(digits) + tn.check)
    assert err.value.code == "tracking.check_char"


@given(st.integers(1, 99), st.integers(1, 99_999), st.integers(0, 17))
def test_adjacent_transpositions_are_caught(ordinal: int, seq: int, pos: int) -> None:
    body = tracking.make(VILLAGE, ordinal, seq).compact
    digits = list(body[:-1])
    if digits[pos] == digits[pos + 1]:
        return
    digits[pos], digits[pos + 1] = digits[pos + 1], digits[pos]
    with pytest.raises(ValidationError):
        tracking.parse("".join(digits) + body[-1])


def test_no_collisions_across_devices_and_villages() -> None:
    seen = set()
    for village, ordinal, seq in itertools.product(
        ["513322101201", "513322101202", "513323105203"], range(1, 6), range(1, 400)
    ):
        seen.add(tracking.make(village, ordinal, seq).compact)
    assert len(seen) == 3 * 5 * 399


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("51332210120", 1, 1), "tracking.village_code"),
        (("5133221012ab", 1, 1), "tracking.village_code"),
        ((VILLAGE, 0, 1), "tracking.ordinal"),
        ((VILLAGE, 100, 1), "tracking.ordinal"),
        ((VILLAGE, 1, 0), "tracking.sequence_exhausted"),
        ((VILLAGE, 1, 100_000), "tracking.sequence_exhausted"),
    ],
)
def test_make_refuses_out_of_range(args: tuple[str, int, int], code: str) -> None:
    with pytest.raises(ValidationError) as err:
        tracking.make(*args)
    assert err.value.code == code


@pytest.mark.parametrize(
    "text", ["", "513322101201-01-0001-7", "ABCDEFGHIJKL-01-00001-1", "513322101201-01-00001"]
)
def test_parse_refuses_malformed(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        tracking.parse(text)
    assert err.value.code == "tracking.format"
