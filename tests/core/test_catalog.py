"""Catalog import: the shipped sample, and bad input refused whole with a clear reason."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from villagedesk.core.catalog import parse_catalog
from villagedesk.core.errors import ValidationError
from villagedesk.core.models import Catalog, TimeUnit
from villagedesk.paths import demo_catalog_path
from villagedesk.protocol.states import MaterialForm

RAW = demo_catalog_path().read_bytes()


def sample() -> dict[str, Any]:
    return copy.deepcopy(json.loads(RAW))


def parse(doc: dict[str, Any]) -> Catalog:
    return parse_catalog(json.dumps(doc, ensure_ascii=False))


def test_shipped_sample(demo_catalog: Catalog) -> None:
    c = demo_catalog
    assert len(c.items) == 49 and not c.is_official
    assert "realistic sample" in c.note and "并非" in c.note  # the note that it is not official travels
    mz = c.item("MZ-001")
    assert [m.key for m in mz.materials] == [f"MZ-001-M{i}" for i in range(1, 8)]
    assert mz.materials[1].form is MaterialForm.ORIGINAL_AND_COPY and mz.materials[5].required is False
    assert mz.committed_time_limit == 30 and mz.time_unit is TimeUnit.WORKING_DAYS
    assert c.item("GA-004").time_unit is TimeUnit.CALENDAR_DAYS
    assert c.item("WJ-001").committed_time_limit == 0  # on the spot
    assert any(m.colour_photo for it in c.items for m in it.materials)
    assert sum(len(it.materials) for it in c.items) == sum(len(it["materials"]) for it in sample()["items"])


def test_version_changes_with_content() -> None:
    doc = sample()
    v1 = parse(doc).version
    doc["items"][0]["fee"] = 5
    assert parse(doc).version != v1
    assert parse_catalog(RAW).version == parse_catalog(RAW).version


def _problems(doc: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationError) as err:
        parse(doc)
    assert err.value.code == "catalog.invalid"
    problems = err.value.params["problems"]
    assert isinstance(problems, list)
    return problems


def test_missing_fields_are_all_reported() -> None:
    doc = sample()
    del doc["items"][0]["name_zh"]
    del doc["items"][3]["time_limit_days"]
    del doc["items"][5]["materials"][0]["required"]
    problems = _problems(doc)
    assert any("MZ-001" in p and "name_zh" in p for p in problems)
    assert any("time_limit_days" in p for p in problems)
    assert any("material 1" in p and "required" in p for p in problems)


def test_duplicate_codes() -> None:
    doc = sample()
    doc["items"][1]["code"] = doc["items"][0]["code"]
    assert any("duplicate code MZ-001" in p for p in _problems(doc))


@pytest.mark.parametrize(
    ("path", "value", "needle"),
    [
        (("time_limit_unit",), "月", "time_limit_unit"),
        (("time_limit_days",), -3, "negative"),
        (("time_limit_days",), "20", "whole number"),
        (("fee",), -1, "fee is negative"),
        (("village_can_proxy",), "yes", "village_can_proxy"),
        (("code",), "mz 1", "upper-case"),
        (("materials", 0, "original_or_copy"), "扫描件", "original_or_copy"),
        (("materials", 0, "copies"), -2, "copies"),
        (("materials",), "none", "materials must be list"),
    ],
)
def test_bad_values(path: tuple[Any, ...], value: Any, needle: str) -> None:
    doc = sample()
    target: Any = doc["items"][0]
    for k in path[:-1]:
        target = target[k]
    target[path[-1]] = value
    assert any(needle in p for p in _problems(doc))


@pytest.mark.parametrize("raw", [b"", b"{not json", b"[]", b'{"items": 3}', "\ufeff{".encode() + b"\xff"])
def test_not_a_catalog(raw: bytes) -> None:
    with pytest.raises(ValidationError) as err:
        parse_catalog(raw)
    assert err.value.code in ("catalog.not_json", "catalog.no_items")


def test_item_count_mismatch() -> None:
    doc = sample()
    doc["items"].pop()
    assert any("item_count" in p for p in _problems(doc))


def test_committed_beyond_statutory() -> None:
    doc = sample()
    doc["items"][0]["statutory_time_limit_days"] = 20
    doc["items"][0]["committed_time_limit_days"] = 25
    assert any("exceeds" in p for p in _problems(doc))
