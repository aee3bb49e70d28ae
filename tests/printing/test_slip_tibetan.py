"""Line breaking of mixed Chinese/Tibetan text: at the tsheg, never inside a syllable."""

from __future__ import annotations

import pytest
import slip_pdfcheck as pc
import slip_samples as s
from hypothesis import given, settings
from hypothesis import strategies as st

from villagedesk import printing as P
from villagedesk.printing import fonts, tibetan
from villagedesk.printing.layout import Layout

fonts.register_fonts()
SIZES = tibetan.Sizes(cjk=9.0, tib=10.35)
SYLLABLE_ENDS = tuple(tibetan._BREAK_AFTER)


def _syllables() -> list[str]:
    out: set[str] = set()
    for bo, _ in s.long_tibetan_names():
        out.update(x for x in bo.split(tibetan.TSHEG) if x)
    return sorted(out)


SYLLABLES = _syllables()


def _strip_joins(lines: list[str]) -> str:
    return "".join(lines).replace(" ", "")


def test_long_tibetan_breaks_after_tsheg() -> None:
    text = "ཐུབ་བསྟན་འཇིགས་མེད་ནོར་བུ་དཀར་མཛེས་བོད་རིགས་རང་སྐྱོང་ཁུལ་ཞབས་ཞུའི་ལྟེ་གནས།"
    lines = tibetan.plain_lines(text, 80, SIZES)
    assert len(lines) > 2
    for line in lines[:-1]:
        assert line.endswith(SYLLABLE_ENDS), line
    assert _strip_joins(lines) == text


def test_mixed_line_gets_a_space_between_scripts() -> None:
    # reportlab shapes a space-delimited word with its first fragment's font: the scripts must not touch
    (line,) = tibetan.plain_lines("申请人ཞུ་མཁན：扎西", 500, SIZES)
    assert line == "申请人 ཞུ་མཁན ：扎西"


def test_names_move_whole() -> None:
    lines = tibetan.plain_lines("ཐུབ་བསྟན་འཇིགས་མེད་ནོར་བུ " + tibetan.unbreakable("土登晋美诺布"), 120, SIZES)
    assert "土登晋美诺布" in lines


def test_chinese_punctuation_does_not_start_a_line() -> None:
    for width in range(40, 200, 7):
        for line in tibetan.plain_lines(
            "申请书未签名，请申请人本人签名或按手印。复印件不清晰（正反面）。", width, SIZES
        )[1:]:
            assert line[0] not in "，。）；：", (width, line)


@settings(max_examples=150, deadline=None, database=None)
@given(
    words=st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=30),
    width=st.floats(min_value=40, max_value=300),
    chinese=st.sampled_from(["", "申请人", "最低生活保障审核确认 ", "电话 13908361234 "]),
)
def test_never_inside_a_syllable(words: list[str], width: float, chinese: str) -> None:
    text = chinese + tibetan.TSHEG.join(words) + "།"
    lines = tibetan.plain_lines(text, width, SIZES)
    tib_lines = [ln for ln in lines if tibetan.has_tibetan(ln)]
    for line in tib_lines[:-1]:
        assert line.endswith(SYLLABLE_ENDS), line
    assert _strip_joins(lines) == text.replace(" ", "")
    # each line fits, unless it is a single unit wider than the line
    for line in lines:
        units = tibetan.units(line)
        if len(units) > 1:
            w = sum(tibetan.unit_width(u, SIZES) for u in units)
            assert w <= width + 3 * len(units)  # plus the inserted spaces


def test_reportlab_keeps_our_lines() -> None:
    """The Paragraph reportlab lays out has exactly the lines we broke (it found nothing to re-break), and
    no space appears inside a Tibetan run."""
    lo = Layout("roll80", "bilingual")
    text = "乡镇便民服务中心 " + "དཀར་མཛེས་བོད་རིགས་རང་སྐྱོང་ཁུལ་ཞབས་ཞུའི་ལྟེ་གནས་" * 3 + " 泸定县冷碛镇"
    for width in (90.0, 140.0, lo.width):
        para = lo.p(text, width=width)
        para.wrap(width, 1e6)
        ours = tibetan.plain_lines(text, width - 0.5, lo.sizes())
        assert len(para.blPara.lines) == len(ours)
        assert "<br/>" in para.text or len(ours) == 1


def test_pdf_lines_end_at_tsheg() -> None:
    """In the printed roll slip, the long Tibetan names that wrap end each line after a tsheg."""
    d = s.notification()
    pdf = P.build_notification(d, size="roll80", lang="bilingual")
    assert pc.breaks_at_tsheg(pdf, d.applicant.name_bo)
    assert pc.breaks_at_tsheg(pdf, d.office.township_center_name_bo)


def test_tsheg_check_catches_a_mid_syllable_break(monkeypatch: pytest.MonkeyPatch) -> None:
    """The control: with a breaker that may cut anywhere, the same slip fails the check."""
    real_units = tibetan.units

    def letters(text: str) -> list[tibetan.Unit]:
        out: list[tibetan.Unit] = []
        for u in real_units(text):
            if u.tibetan:
                out += [tibetan.Unit(c, True) for c in u.text[:-1]]
                out.append(tibetan.Unit(u.text[-1], True, u.space_after))
            else:
                out.append(u)
        return out

    monkeypatch.setattr(tibetan, "units", letters)
    d = s.notification()
    pdf = P.build_notification(d, size="roll80", lang="bilingual")
    for text in (d.applicant.name_bo, d.office.township_center_name_bo):
        # still found and still wrapped: it is the place of the break that the check rejects
        assert pc.line_breaks_in(pdf, text)
        assert not pc.breaks_at_tsheg(pdf, text)
