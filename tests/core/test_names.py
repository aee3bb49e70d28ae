from __future__ import annotations

import pytest

from villagedesk.core.errors import ValidationError
from villagedesk.core.names import (
    MAX_LEGAL_NAME_LENGTH,
    MIDDLE_DOT,
    check_legal_name,
    check_tibetan_name,
    normalize_name,
)


@pytest.mark.parametrize(
    "dot", ["\u00b7", "\u2022", "\u2027", "\u30fb", "\uff65", "\uff0e", "\u2219", "\u22c5", "\u0387", "."]
)
def test_middle_dot_variants_unified(dot: str) -> None:
    assert normalize_name(f"扎西{dot}次仁") == "扎西·次仁"
    assert check_legal_name(f" 扎西 {dot} 次仁 ") == "扎西·次仁"


def test_normalize_trims_and_collapses_spaces() -> None:
    assert normalize_name("  扎西   \u3000次仁\t") == "扎西 次仁"
    assert normalize_name("") == ""


@pytest.mark.parametrize("name", ["张三", "扎西", "阿旺·洛桑·丹增·嘉措", "王〇", "𠮷田"])
def test_legal_names_accepted(name: str) -> None:
    assert check_legal_name(name) == name


@pytest.mark.parametrize(
    ("name", "code", "position"),
    [
        ("", "name.empty", None),
        ("   ", "name.empty", None),
        ("扎西 次仁", "name.characters", 3),
        ("Tashi", "name.characters", 1),
        ("扎西2", "name.characters", 3),
        ("བཀྲ་ཤིས", "name.characters", 1),
        ("·扎西", "name.middle_dot", 1),
        ("扎西·", "name.middle_dot", 3),
        ("扎西··次仁", "name.middle_dot", 4),
        ("扎" * (MAX_LEGAL_NAME_LENGTH + 1), "name.too_long", None),
    ],
)
def test_legal_name_errors(name: str, code: str, position: int | None) -> None:
    with pytest.raises(ValidationError) as caught:
        check_legal_name(name)
    assert caught.value.code == code
    if position is not None:
        assert caught.value.params["position"] == position


def test_longest_allowed_name() -> None:
    name = "扎" * MAX_LEGAL_NAME_LENGTH
    assert check_legal_name(name) == name


def test_tibetan_names() -> None:
    assert check_tibetan_name("") == ""
    assert check_tibetan_name("  བཀྲ་ཤིས་  ཚེ་རིང་ ") == "བཀྲ་ཤིས་ ཚེ་རིང་"
    with pytest.raises(ValidationError) as caught:
        check_tibetan_name("བཀྲ་ཤིས་扎西")
    assert caught.value.code == "name_bo.characters"
    assert caught.value.params["position"] == len("བཀྲ་ཤིས་") + 1
    with pytest.raises(ValidationError) as caught:
        check_tibetan_name("Tashi")
    assert caught.value.code == "name_bo.characters"


def test_middle_dot_constant() -> None:
    assert MIDDLE_DOT == "\u00b7"
