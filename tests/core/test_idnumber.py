from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from villagedesk.core import divisions
from villagedesk.core._division_data import DATA
from villagedesk.core.errors import ValidationError
from villagedesk.core.idnumber import (
    IdNumberError,
    age_on,
    birth_date_of,
    check_char,
    check_id_number,
    normalize_id_number,
    sex_of,
)
from villagedesk.core.models import Sex

TODAY = date(2026, 11, 27)  # fixed, so the future-date rule does not drift with the clock

VALID = [
    ("513322195803121018", "泸定县", date(1958, 3, 12), Sex.MALE),
    ("513323197611052244", "丹巴县", date(1976, 11, 5), Sex.FEMALE),
    ("51333419900720035X", "理塘县", date(1990, 7, 20), Sex.MALE),
    ("513333200102281185", "色达县", date(2001, 2, 28), Sex.FEMALE),
    ("513326194209090926", "道孚县", date(1942, 9, 9), Sex.FEMALE),
]


@pytest.mark.parametrize(("number", "county", "born", "sex"), VALID)
def test_domain_fact_valid_samples(number: str, county: str, born: date, sex: Sex) -> None:
    info = check_id_number(number, today=TODAY)
    assert info.id_number == number
    assert info.birth_date == born == birth_date_of(number)
    assert info.sex is sex is sex_of(number)
    assert info.region is not None and info.region.name_zh == county and info.region.current
    assert info.warnings == ()
    assert not info.needs_override


@pytest.mark.parametrize(
    ("number", "code", "params"),
    [
        ("513322195803121019", "id.check_char", {"expected": "8", "got": "9"}),
        ("513323197602302248", "id.birth_date_invalid", {"text": "19760230"}),
        ("513322205803121014", "id.birth_date_future", {"text": "20580312"}),
        ("51333419900720035", "id.length", {"length": 17}),
        ("", "id.empty", {}),
        ("  \u3000 ", "id.empty", {}),
        ("513322580312101", "id.old_15_digit", {"length": 15}),
        ("5133221958031210189", "id.length", {"length": 19}),
        ("51332219580312101A", "id.characters", {"position": 18, "char": "A"}),
        ("X13322195803121018", "id.characters", {"position": 1, "char": "X"}),
        ("5133221958031210X8", "id.characters", {"position": 17, "char": "X"}),
        ("513322184903121014", "id.birth_date_too_old", {"text": "18490312"}),
    ],
)
def test_each_rule_has_its_code(number: str, code: str, params: dict[str, object]) -> None:
    with pytest.raises(IdNumberError) as caught:
        check_id_number(number, today=TODAY)
    assert caught.value.code == code
    assert isinstance(caught.value, ValidationError)
    for key, value in params.items():
        assert caught.value.params[key] == value
    assert str(caught.value)  # an English fallback message


@pytest.mark.parametrize("number", ["513323197602302248", "513322205803121014", "513399198001010014"])
def test_domain_fact_invalid_samples_have_correct_check_digits(number: str) -> None:
    # So that the date and region rules, not the check character, are what these samples exercise.
    assert check_char(number[:17]) == number[17]


def test_date_error_wins_over_check_char() -> None:
    # 19580312 -> 19580332: a date typo that also breaks the check digit; the date is the useful hint.
    with pytest.raises(IdNumberError) as caught:
        check_id_number("513322195803321018", today=TODAY)
    assert caught.value.code == "id.birth_date_invalid"


def test_birth_today_is_not_future() -> None:
    first17 = "513322" + TODAY.strftime("%Y%m%d") + "101"
    info = check_id_number(first17 + check_char(first17), today=TODAY)
    assert info.birth_date == TODAY
    tomorrow = TODAY + timedelta(days=1)
    first17 = "513322" + tomorrow.strftime("%Y%m%d") + "101"
    with pytest.raises(IdNumberError) as caught:
        check_id_number(first17 + check_char(first17), today=TODAY)
    assert caught.value.code == "id.birth_date_future"


def test_unknown_region_is_a_warning_not_an_error() -> None:
    info = check_id_number("513399198001010014", today=TODAY)
    assert info.region is None
    assert [w.code for w in info.warnings] == ["id.region_unknown"]
    assert info.needs_override


def test_prefecture_code_warns() -> None:
    first17 = "51330019800101001"
    info = check_id_number(first17 + check_char(first17), today=TODAY)
    assert [w.code for w in info.warnings] == ["id.region_not_county"]
    assert info.warnings[0].params["level"] == "prefecture"
    first17 = "51000019800101001"
    info = check_id_number(first17 + check_char(first17), today=TODAY)
    assert info.warnings[0].code == "id.region_not_county"
    assert info.warnings[0].params["level"] == "province"


@pytest.mark.parametrize(
    ("region", "place"), [("810000", "Hong Kong"), ("820000", "Macao"), ("830000", "Taiwan")]
)
def test_residence_permit_numbers_are_informational(region: str, place: str) -> None:
    first17 = region + "19800101001"
    info = check_id_number(first17 + check_char(first17), today=TODAY)
    assert [(w.code, w.params["place"]) for w in info.warnings] == [("id.residence_permit", place)]
    assert not info.needs_override


def test_historical_region_is_informational_with_successor() -> None:
    first17 = "51332119800101001"  # 康定县, 康定市 513301 since 2015
    info = check_id_number(first17 + check_char(first17), today=TODAY)
    (warning,) = info.warnings
    assert warning.code == "id.region_historical"
    assert not warning.needs_override and not info.needs_override
    assert warning.params["name"] == "康定县"
    assert warning.params["successor_code"] == "513301"
    assert warning.params["successor_name"] == "康定市"


def test_gb11643_standard_examples() -> None:
    info = check_id_number("11010519491231002X", today=date(1999, 7, 1))
    assert info.birth_date == date(1949, 12, 31) and info.sex is Sex.FEMALE
    assert info.warnings == ()
    # 440524 (潮阳县) was retired before 2002, the start of our tables: a warning, not a refusal.
    info = check_id_number("440524188001010014", today=date(1999, 7, 1))
    assert info.birth_date == date(1880, 1, 1) and info.sex is Sex.MALE
    assert [w.code for w in info.warnings] == ["id.region_unknown"]
    # Checked today the 1880 birth date asks the agent to confirm.
    info = check_id_number("440524188001010014", today=TODAY)
    assert "id.age_implausible" in [w.code for w in info.warnings]


def test_normalization() -> None:
    assert normalize_id_number("51333419900720035x") == "51333419900720035X"
    assert normalize_id_number(" 5133 2219 5803 1210 18 ") == "513322195803121018"
    full = "５１３３３４１９９００７２００３５ｘ"
    assert normalize_id_number(full) == "51333419900720035X"
    assert check_id_number("\u3000" + full + "\u00a0", today=TODAY).id_number == "51333419900720035X"
    assert check_id_number("51333419900720035x", today=TODAY).id_number == "51333419900720035X"


def test_check_char_weights_and_other_lengths() -> None:
    assert check_char("11010519491231002") == "X"
    assert check_char("44052418800101001") == "4"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    for i, w in enumerate(weights):
        digits = ["0"] * 17
        digits[i] = "1"
        assert check_char("".join(digits)) == "10X98765432"[w % 11]
    assert check_char("7") == "10X98765432"[14 % 11]
    with pytest.raises(ValueError):
        check_char("12a")
    with pytest.raises(ValueError):
        check_char("")


def test_age_on() -> None:
    assert age_on("513322195803121018", date(2018, 3, 11)) == 59
    assert age_on("513322195803121018", date(2018, 3, 12)) == 60
    leap = date(2004, 2, 29)
    assert age_on(leap, date(2005, 2, 28)) == 0
    assert age_on(leap, date(2005, 3, 1)) == 1
    assert age_on(leap, date(2008, 2, 29)) == 4
    with pytest.raises(ValueError):
        age_on(leap, date(2004, 2, 28))


def test_birth_date_of_and_sex_of_refuse_malformed_numbers() -> None:
    with pytest.raises(IdNumberError):
        birth_date_of("513322")
    with pytest.raises(IdNumberError):
        sex_of("51332219580312101")


# --- generated numbers -------------------------------------------------------------------------------

COUNTIES = sorted(
    line.split("|")[0]
    for line in DATA.splitlines()
    if line.split("|")[2] == "c" and divisions.level_of(line.split("|")[0]) == "county"
)
DATE_ERRORS = {"id.birth_date_invalid", "id.birth_date_future", "id.birth_date_too_old"}


@st.composite
def valid_numbers(draw: st.DrawFn) -> str:
    county = draw(st.sampled_from(COUNTIES))
    born = draw(st.dates(min_value=date(TODAY.year - 120, 1, 1), max_value=TODAY))
    seq = draw(st.integers(0, 999))
    first17 = f"{county}{born:%Y%m%d}{seq:03d}"
    return first17 + check_char(first17)


@given(valid_numbers())
def test_generated_valid_numbers_pass(number: str) -> None:
    info = check_id_number(number, today=TODAY)
    assert info.id_number == number
    assert info.warnings == ()
    assert info.sex is (Sex.MALE if int(number[16]) % 2 else Sex.FEMALE)
    assert check_id_number(number.lower(), today=TODAY) == info


@given(valid_numbers(), st.integers(0, 17), st.sampled_from("0123456789X"))
def test_any_single_change_is_caught(number: str, position: int, char: str) -> None:
    if char == number[position]:
        return
    changed = number[:position] + char + number[position + 1 :]
    with pytest.raises(IdNumberError) as caught:
        check_id_number(changed, today=TODAY)
    if char == "X" and position < 17:
        assert caught.value.code == "id.characters"
    elif 6 <= position < 14:
        # A date digit: either the date itself is now wrong, or the check character catches it.
        assert caught.value.code in DATE_ERRORS | {"id.check_char"}
    else:
        assert caught.value.code == "id.check_char"


@given(valid_numbers(), st.integers(0, 16))
def test_adjacent_transpositions_are_caught(number: str, position: int) -> None:
    # MOD 11-2 weights adjacent places 2w and w, so swapping digits a != b shifts the sum by
    # (a - b) * w mod 11, never 0: no swap of differing neighbours yields another valid number.
    a, b = number[position], number[position + 1]
    if a == b:
        return
    swapped = number[:position] + b + a + number[position + 2 :]
    with pytest.raises(IdNumberError) as caught:
        check_id_number(swapped, today=TODAY)
    if "X" in (a, b):
        assert caught.value.code == "id.characters"  # the X moved off the last place
    elif position + 1 >= 6 and position < 14:
        assert caught.value.code in DATE_ERRORS | {"id.check_char"}
    else:
        assert caught.value.code == "id.check_char"
