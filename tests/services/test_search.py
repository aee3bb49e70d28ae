"""Search by ID number, phone, tracking number and name, with the other spellings of Tibetan names."""

from __future__ import annotations

from villagedesk.core.models import Applicant
from villagedesk.services import search as S
from villagedesk.storage.store import Store
from villagedesk.ui.demo import VILLAGE, id_number


def _add(store: Store, *people: tuple[str, str, str]) -> list[Applicant]:
    out = []
    with store.unit_of_work() as uow:
        for i, (name, bo, phone) in enumerate(people):
            a = Applicant(id_number("19800101", f"{i:03d}"), name, bo, phone, VILLAGE)
            uow.save_applicant(a)
            out.append(a)
    return out


def names(result: S.SearchResult) -> set[str]:
    return {a.legal_name for a in result.applicants}


def test_same_pinyin_spellings_meet(store: Store) -> None:
    _add(store, ("丹增", "", ""), ("单增", "", ""), ("旦增", "", ""), ("王芳", "", ""))
    assert names(S.search(store, "丹增")) == {"丹增", "单增", "旦增"}


def test_spellings_with_different_pinyin_are_expanded(store: Store) -> None:
    _add(store, ("次仁卓玛", "", ""), ("泽仁志玛", "", ""), ("才仁卓玛", "", ""), ("次旺", "", ""))
    found = names(S.search(store, "泽仁卓玛"))
    assert found == {"次仁卓玛", "泽仁志玛", "才仁卓玛"}
    # A prefix (the given name only) finds the full names too.
    assert names(S.search(store, "泽仁")) == {"次仁卓玛", "泽仁志玛", "才仁卓玛"}


def test_tibetan_script_finds_tibetan_and_chinese_spellings(store: Store) -> None:
    _add(store, ("次仁卓玛", "", ""), ("泽仁卓玛", "ཚེ་རིང་སྒྲོལ་མ", ""), ("扎西", "", ""))
    assert names(S.search(store, "ཚེ་རིང་སྒྲོལ་མ")) == {"次仁卓玛", "泽仁卓玛"}
    assert names(S.search(store, "ཚེ་རིང")) == {"次仁卓玛", "泽仁卓玛"}


def test_pinyin_typed_in_latin_letters(store: Store) -> None:
    _add(store, ("扎西", "", ""), ("丹增", "", ""))
    assert names(S.search(store, "zhaxi")) == {"扎西"}


def test_id_number_and_phone_prefixes(store: Store) -> None:
    people = _add(store, ("扎西", "", "13912345678"), ("丹增", "", "13800000000"))
    r = S.search(store, people[1].id_number)
    assert r.kind == "id" and names(r) == {"丹增"}
    assert names(S.search(store, people[0].id_number[:14])) == {"扎西", "丹增"}
    r = S.search(store, "139 1234 5678")
    assert r.kind == "phone" and names(r) == {"扎西"}
    # A lower-case x and full-width digits are the same ID number.
    x_person = Applicant(id_number("19450312", "021"), "次仁", "", "", VILLAGE)
    assert x_person.id_number.endswith("X")
    with store.unit_of_work() as uow:
        uow.save_applicant(x_person)
    assert names(S.search(store, x_person.id_number.lower())) == {"次仁"}


def test_unknown_name_finds_nothing(store: Store) -> None:
    _add(store, ("扎西", "", ""))
    assert S.search(store, "李四").applicants == []
    assert S.search(store, "   ").kind == "empty"


def test_name_keys_are_bounded() -> None:
    keys = S.name_keys("次仁" * 10)
    assert 1 <= len(keys) <= S.MAX_VARIANTS
    assert S.name_keys("丹增")[0] == "danzeng"
