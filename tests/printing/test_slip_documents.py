"""Every document, every size and language mode, read back as a person or a scanner would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

import pdfplumber
import pytest
import slip_pdfcheck as pc
import slip_samples as s
from fontTools.ttLib import TTFont
from reportlab.lib.units import mm

from villagedesk import printing as P
from villagedesk.core import tracking
from villagedesk.printing import fonts
from villagedesk.printing.layout import ROLL_MARGIN, ROLL_WIDTH

DOCS: dict[str, tuple[Callable[..., bytes], Callable[[], Any]]] = {
    "receipt": (P.build_receipt, s.receipt),
    "notification": (P.build_notification, s.notification),
    "notification_returned": (P.build_notification, lambda: s.notification(returned=True)),
    "acceptance": (P.build_acceptance_notice, s.acceptance),
    "not_accepted": (P.build_not_accepted_notice, s.not_accepted),
    "delivery": (P.build_delivery_record, s.delivery),
    "handover": (P.build_handover_list, s.handover),
    "guide": (P.build_service_guide, s.guide),
}
CASES = [(d, size, lang) for d in DOCS for size in P.PAGE_SIZES for lang in P.LANG_MODES]
IDS = [f"{d}-{size}-{lang}" for d, size, lang in CASES]


@cache
def data(doc: str) -> Any:
    return DOCS[doc][1]()


@cache
def build(doc: str, size: str, lang: str, shaping: bool = True) -> bytes:
    return DOCS[doc][0](data(doc), size=size, lang=lang, shaping=shaping)


@cache
def text(doc: str, size: str, lang: str) -> str:
    return pc.squashed(pc.pdftotext(build(doc, size, lang)))


def day(d: dt.date, lang: str) -> str:
    return d.isoformat() if lang == "bo" else f"{d.year}年{d.month}月{d.day}日"


def expected_text(doc: str, lang: str) -> list[str]:
    """What a person must be able to read on the document: the Chinese (present in every mode), digits."""
    d = data(doc)
    if doc == "receipt":
        out = [
            d.tracking_number,
            d.item.name_zh,
            d.applicant.name_zh,
            "5133**********1018",
            f"承诺办结时限为{d.item.committed_days}个工作日，自乡镇便民服务中心受理之日起计算",
            "不收费",
            "免费代办",
            d.agent.phone,
        ]
        return out + [m.name_zh for m in d.received]
    if doc.startswith("notification"):
        out = [
            d.tracking_number,
            d.item.name_zh,
            day(d.bring_by, lang),
            "不会再要求您为本申请提交其他材料",
            d.agent.phone,
            d.office.proxy_point_address_zh,
        ]
        out += [m.name_zh for m in d.outstanding] + [m.reason for m in d.outstanding if m.reason]
        if doc == "notification_returned":
            out += [d.returned_reason, "第三十二条"]
        return out
    if doc == "acceptance":
        it = d.item
        return [
            d.acceptance_number,
            d.tracking_number,
            it.name_zh,
            f"{it.statutory_days}个工作日",
            "法定办结时限",
            "承诺办结时限",
            day(d.accepted_on, lang),
            "不收费",
            "凭本通知书和申请人身份证领取",
        ]
    if doc == "not_accepted":
        return [
            d.document_number,
            d.item.name_zh,
            d.reason_zh,
            d.legal_basis_zh,
            "60日内",
            "泸定县人民政府申请行政复议",
            "6个月内",
            "泸定县人民法院提起行政诉讼",
            d.redirect_body_zh,
        ]
    if doc == "delivery":
        return [d.document_name_zh, d.document_number, d.place_zh, "15:30", "直接送达", "李梅", "手印"]
    if doc == "handover":
        return [
            d.record_id,
            *(ln.tracking_number for ln in d.lines),
            *(ln.description_zh for ln in d.lines),
            "合计",
            str(sum(ln.count for ln in d.lines)),
        ]
    if doc == "guide":
        it = d.item
        return [it.name_zh, "20元", f"{it.statutory_days}日（自然日）", *(m.name_zh for m in d.materials)]
    raise AssertionError(doc)


@pytest.mark.parametrize(("doc", "size", "lang"), CASES, ids=IDS)
def test_reads_back(doc: str, size: str, lang: str) -> None:
    got = text(doc, size, lang)
    missing = [e for e in expected_text(doc, lang) if pc.squashed(e) not in got]
    assert not missing, f"not on the page: {missing}"


def test_twelve_materials_really_twelve() -> None:
    assert len(data("notification").outstanding) == 12


def test_fee_and_no_fee_items() -> None:
    assert data("receipt").item.fee == 0 and "不收费" in text("receipt", "a4", "zh")
    assert data("guide").item.fee == 20 and "20元" in text("guide", "a4", "zh")
    fee_receipt = P.build_receipt(s.receipt(s.fee_item()), size="roll80", lang="bilingual")
    t = pc.squashed(pc.pdftotext(fee_receipt))
    assert "20元" in t and "免费代办" not in t


def test_id_number_masked_everywhere() -> None:
    for doc, size, lang in CASES:
        assert "513322195803121018" not in text(doc, size, lang)


def test_receipt_names_no_date_for_deadline() -> None:
    """The deadline is counted by the township from acceptance: the receipt gives days, never a date."""
    t = text("receipt", "a4", "zh")
    assert "30个工作日" in t and "本回执不作计算" in t


@pytest.mark.parametrize(
    ("doc", "size", "lang"),
    [c for c in CASES if c[0] in ("receipt", "notification", "acceptance")],
    ids=[i for c, i in zip(CASES, IDS, strict=True) if c[0] in ("receipt", "notification", "acceptance")],
)
def test_qr_code_is_the_tracking_number(doc: str, size: str, lang: str) -> None:
    number = data(doc).tracking_number
    found = pc.qr_texts(build(doc, size, lang))
    assert found == [tracking.parse(number).compact]
    assert str(tracking.parse(found[0])) == number


@pytest.mark.parametrize(("doc", "lang"), [(d, lang) for d in DOCS for lang in P.LANG_MODES])
def test_roll_everything_inside_the_printable_width(doc: str, lang: str) -> None:
    pdf = build(doc, "roll80", lang)
    import io

    with pdfplumber.open(io.BytesIO(pdf)) as p:
        assert p.pages, "no page"
        for page in p.pages:
            assert page.width == pytest.approx(ROLL_WIDTH)
            assert page.chars
            for ch in page.chars:
                assert ch["top"] >= 0 and ch["bottom"] <= page.height, ch["text"]
                # inside the 72 mm a thermal head prints, with half a point for rounding
                assert ch["x0"] >= ROLL_MARGIN - 0.5 and ch["x1"] <= ROLL_WIDTH - ROLL_MARGIN + 0.5, (
                    ch["text"],
                    ch["x0"],
                    ch["x1"],
                )


def test_twelve_materials_roll_is_one_long_page() -> None:
    import io

    with pdfplumber.open(io.BytesIO(build("notification", "roll80", "bilingual"))) as p:
        assert len(p.pages) == 1
        page = p.pages[0]
        assert page.height > 800  # it grew with the content ...
        last = max(ch["bottom"] for ch in page.chars)
        assert page.height - last < 20 * mm  # ... and no more: the paper is not wasted


def test_markup_characters_in_data_are_printed_as_text() -> None:
    item = replace(s.free_item(), name_zh="A&B <低保> 审核")
    t = pc.pdftotext(P.build_receipt(s.receipt(item), size="roll80", lang="bilingual"))
    assert "A&B <低保> 审核" in t


@pytest.mark.parametrize(("doc", "size", "lang"), CASES, ids=IDS)
def test_no_missing_glyphs(doc: str, size: str, lang: str) -> None:
    """Every character drawn in the Chinese font exists in it (no tofu), and nothing falls back to a
    non-embedded base-14 font."""
    import io

    cmap = _cjk_cmap()
    with pdfplumber.open(io.BytesIO(build(doc, size, lang))) as p:
        for page in p.pages:
            for ch in page.chars:
                assert "WenQuanYi" in ch["fontname"] or "NotoSerifTibetan" in ch["fontname"], ch
                if "WenQuanYi" in ch["fontname"]:
                    assert all(ord(c) in cmap for c in ch["text"]), (ch["text"], doc)


@cache
def _cjk_cmap() -> frozenset[int]:
    return frozenset(TTFont(str(fonts.font_path(fonts.CJK))).getBestCmap())


@pytest.mark.parametrize("size", P.PAGE_SIZES)
@pytest.mark.parametrize("lang", ["bilingual", "bo"])
def test_tibetan_is_shaped(size: str, lang: str) -> None:
    d = data("notification")
    pdf = build("notification", size, lang)
    assert pc.draws_shaped(pdf, d.applicant.name_bo)
    assert pc.draws_shaped(pdf, d.agent.name_bo)
    assert pc.draws_shaped(pdf, d.office.township_center_name_bo)


def test_shaping_check_catches_unshaped_tibetan() -> None:
    """The control: the same slip built without shaping must fail the check."""
    d = data("notification")
    pdf = build("notification", "a4", "bilingual", shaping=False)
    assert not pc.draws_shaped(pdf, d.applicant.name_bo)
    assert not pc.draws_shaped(pdf, d.office.township_center_name_bo)


def test_zh_mode_has_no_tibetan_labels() -> None:
    # the Tibetan names are data and stay; the labels do not
    t = pc.pdftotext(build("guide", "a4", "zh"))
    assert not any("\u0f00" <= c <= "\u0fff" for c in t)
