from __future__ import annotations

import pytest

from villagedesk.core import divisions
from villagedesk.core.divisions import (
    county_of,
    current_successor,
    history,
    is_county_level,
    is_township_code,
    is_village_code,
    level_of,
    lookup,
)
from villagedesk.core.errors import ValidationError

GANZI = {
    "513301": "康定市",
    "513322": "泸定县",
    "513323": "丹巴县",
    "513324": "九龙县",
    "513325": "雅江县",
    "513326": "道孚县",
    "513327": "炉霍县",
    "513328": "甘孜县",
    "513329": "新龙县",
    "513330": "德格县",
    "513331": "白玉县",
    "513332": "石渠县",
    "513333": "色达县",
    "513334": "理塘县",
    "513335": "巴塘县",
    "513336": "乡城县",
    "513337": "稻城县",
    "513338": "得荣县",
}


@pytest.mark.parametrize(("code", "name"), sorted(GANZI.items()))
def test_ganzi_counties_are_current(code: str, name: str) -> None:
    division = lookup(code)
    assert division is not None
    assert (division.name_zh, division.level, division.current) == (name, "county", True)
    assert division.prefecture_code == "513300"
    assert division.province_code == "510000"
    assert is_county_level(code)


def test_ganzi_has_exactly_one_city_and_seventeen_counties_now() -> None:
    current = {
        code
        for code in (f"5133{n:02d}" for n in range(1, 100))
        if (d := lookup(code)) is not None and d.current
    }
    assert current == set(GANZI)


def test_kangding_county_is_historical_with_successor() -> None:
    old = lookup("513321")
    assert old is not None
    assert (old.name_zh, old.level, old.current) == ("康定县", "county", False)
    assert (old.valid_to, old.successor) == (2015, "513301")
    assert is_county_level("513321")  # still valid on ID cards issued before 2015
    new = current_successor("513321")
    assert new is not None and (new.code, new.name_zh, new.valid_from) == ("513301", "康定市", 2015)


def test_renumbering_across_prefectures() -> None:
    # 简阳市 moved from 资阳市 to 成都市 in 2016 and got a new code.
    successor = current_successor("512081")
    assert successor is not None and successor.code == "510185" and successor.name_zh == "简阳市"


def test_prefecture_and_province_levels() -> None:
    prefecture = lookup("513300")
    assert prefecture is not None
    assert (prefecture.name_zh, prefecture.level, prefecture.current) == (
        "甘孜藏族自治州",
        "prefecture",
        True,
    )
    assert not is_county_level("513300")
    province = lookup("510000")
    assert province is not None and province.level == "province" and province.name_zh == "四川省"
    assert province.prefecture_code is None


def test_unknown_and_malformed_codes() -> None:
    assert lookup("513399") is None
    assert not is_county_level("513399")
    assert lookup("51332") is None
    assert lookup("51332x") is None
    assert lookup("５１３３２２") is None
    assert history("513399") == ()
    assert current_successor("513399") is None


def test_current_code_is_its_own_current_successor() -> None:
    division = current_successor("513322")
    assert division is not None and division.code == "513322"


def test_a_reused_code_keeps_its_history_newest_first() -> None:
    records = history("500110")  # 万盛区 until 2011, then 綦江区
    assert [r.name_zh for r in records] == ["綦江区", "万盛区"]
    assert records[0].current and not records[1].current
    assert lookup("500110") == records[0]


def test_level_of() -> None:
    assert level_of("510000") == "province"
    assert level_of("513300") == "prefecture"
    assert level_of("513322") == "county"
    with pytest.raises(ValidationError) as caught:
        level_of("5133")
    assert caught.value.code == "division.code_format"


def test_township_and_village_codes() -> None:
    assert is_township_code("513322100")  # 泸桥镇
    assert is_village_code("513322100001")
    assert not is_village_code("513322100")
    assert not is_village_code("51332210000A")
    assert not is_village_code("513399100001")  # county part unknown
    assert not is_village_code("513300100001")  # county part is the prefecture
    assert county_of("513322100001") == "513322"
    assert county_of("513326104") == "513326"
    assert county_of("513322") == "513322"
    with pytest.raises(ValidationError) as caught:
        county_of("5133221")
    assert caught.value.code == "division.code_format"
    with pytest.raises(ValidationError) as caught:
        county_of("513300100001")
    assert caught.value.code == "division.not_county"


def test_table_is_dated_and_sourced() -> None:
    assert divisions.CURRENT_AS_OF == "2025-12-31"
    assert "GB2260" in divisions.SOURCES


def test_table_is_consistent() -> None:
    from villagedesk.core._division_data import DATA

    rows = [line.split("|") for line in DATA.splitlines()]
    assert all(len(row) == 6 for row in rows)
    current_codes = [row[0] for row in rows if row[2] == "c"]
    assert len(current_codes) == len(set(current_codes)), "one name in force per code"
    assert len(current_codes) > 3000
    for code, _name, state, _start, _end, successor in rows:
        if successor:
            assert state == "h"
            assert lookup(successor) is not None, f"{code} points at unknown {successor}"
