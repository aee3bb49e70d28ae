"""Mixed Chinese/Tibetan text for reportlab: where lines may break, how wide they are, and the markup.

Two reportlab traps decide the design (see ``../shared/reference/rendering-chinese-tibetan.md``):

* reportlab breaks lines only at whitespace (and ``splitLongWords`` cuts anywhere, even inside a Tibetan
  stack). Tibetan is written without spaces and breaks after the tsheg (U+0F0B) or a shad, so lines are
  broken here, before reportlab sees them, and joined with ``<br/>``: reportlab then has nothing to break.
* reportlab shapes a "word" (text between spaces) with the font of the word's *first* fragment, so a word
  that starts in Chinese and continues in Tibetan would be shaped with the Chinese font (all .notdef).
  Wherever the two scripts touch without a space, one is put between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from villagedesk.printing import fonts

TSHEG = "\u0f0b"
# Tsheg, non-breaking tsheg is deliberately absent (U+0F0C forbids a break), shad family, and the
# gter-tsheg: a break is allowed after any of these.
_BREAK_AFTER = frozenset("\u0f0b\u0f0d\u0f0e\u0f0f\u0f10\u0f11\u0f12\u0f14")
# Chinese punctuation that must not start a line (it sticks to what precedes it) ...
_NO_LINE_START = frozenset("，。、；：？！）》」』〉】〕”’…—·%,.;:?!)]}")
# ... and punctuation that must not end a line (it sticks to what follows).
_NO_LINE_END = frozenset("（《「『〈【〔“‘([{")
# WORD JOINER: never drawn; keeps Chinese characters together (a person's name is not split over lines)
JOINER = "\u2060"


def unbreakable(text: str) -> str:
    return JOINER.join(text)


def is_tibetan(ch: str) -> bool:
    return "\u0f00" <= ch <= "\u0fff"


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF or 0x3000 <= o <= 0x303F


def has_tibetan(text: str) -> bool:
    return any(is_tibetan(c) for c in text)


@dataclass(frozen=True)
class Unit:
    """The smallest piece a line may not be broken inside: a Tibetan syllable with its tsheg, one Chinese
    character (with the punctuation that sticks to it), or a run of Latin letters and digits."""

    text: str
    tibetan: bool
    space_after: bool = False  # the source had whitespace here: a break opportunity, drawn as a space


def units(text: str) -> list[Unit]:
    out: list[Unit] = []
    cur = ""
    cur_tib = False
    pending_open = ""  # opening punctuation waiting for its next unit
    join = False

    def flush(space: bool = False) -> None:
        nonlocal cur
        if cur:
            out.append(Unit(cur, cur_tib, space))
            cur = ""
        elif space and out:
            last = out[-1]
            out[-1] = Unit(last.text, last.tibetan, True)

    for ch in text:
        if ch == JOINER:
            join = True
            continue
        if join and _is_cjk(ch) and not cur and out and not out[-1].tibetan and not out[-1].space_after:
            out[-1] = Unit(out[-1].text + ch, False)
            join = False
            continue
        join = False
        if ch.isspace():
            flush(space=True)
            continue
        tib = is_tibetan(ch)
        if tib:
            if cur and not cur_tib:
                flush()
            if pending_open and not cur:
                # opening punctuation before Tibetan stays Chinese-font text: its own unit, no break after
                out.append(Unit(pending_open, False))
                pending_open = ""
            cur_tib = True
            cur += ch
            if ch in _BREAK_AFTER:
                flush()
            continue
        if ch in _NO_LINE_START and (cur or out):
            if cur and cur_tib:
                flush()
            if cur:
                cur += ch
            else:
                last = out[-1]
                if last.tibetan or last.space_after:
                    out.append(Unit(ch, False))
                else:
                    out[-1] = Unit(last.text + ch, False)
            continue
        if ch in _NO_LINE_END:
            flush()
            pending_open += ch
            continue
        if _is_cjk(ch):
            flush()
            out.append(Unit(pending_open + ch, False))
            pending_open = ""
            continue
        # Latin letters, digits and other symbols build one unbreakable word
        if cur and cur_tib:
            flush()
        if not cur:
            cur = pending_open
            pending_open = ""
        cur_tib = False
        cur += ch
    flush()
    if pending_open:
        out.append(Unit(pending_open, False))
    return out


@lru_cache(maxsize=8192)
def _tib_width_em(text: str, bold: bool) -> float:
    _font, upem = fonts.hb_font(fonts.TIB_BOLD if bold else fonts.TIB)
    return sum(adv for _, adv in fonts.shape(text, fonts.TIB_BOLD if bold else fonts.TIB)) / upem


@dataclass(frozen=True)
class Sizes:
    cjk: float
    tib: float
    bold_tib: bool = False


def unit_width(u: Unit, sizes: Sizes) -> float:
    if u.tibetan:
        return _tib_width_em(u.text, sizes.bold_tib) * sizes.tib
    return float(stringWidth(u.text, fonts.CJK, sizes.cjk))


def _joiner(a: Unit, b: Unit) -> str:
    """What is drawn between two units on one line."""
    if a.space_after or a.tibetan != b.tibetan:
        return " "
    return ""


def break_lines(text: str, width: float, sizes: Sizes) -> list[list[Unit]]:
    """Greedy fill; explicit newlines in ``text`` are kept."""
    lines: list[list[Unit]] = []
    space_w = stringWidth(" ", fonts.CJK, sizes.cjk)
    for para in text.split("\n"):
        line: list[Unit] = []
        used = 0.0
        for u in units(para):
            w = unit_width(u, sizes)
            if not u.tibetan and w > width:
                # a Latin run wider than the line (a long number): split it where it must be split
                for ch in u.text:
                    part = Unit(ch, False)
                    pw = unit_width(part, sizes)
                    gap = (space_w if _joiner(line[-1], part) else 0.0) if line else 0.0
                    if line and used + gap + pw > width:
                        lines.append(line)
                        line, used, gap = [], 0.0, 0.0
                    line.append(part)
                    used += gap + pw
                if u.space_after and line:
                    line[-1] = Unit(line[-1].text, False, True)
                continue
            gap = (space_w if _joiner(line[-1], u) else 0.0) if line else 0.0
            if line and used + gap + w > width:
                lines.append(line)
                line, used, gap = [], 0.0, 0.0
            line.append(u)
            used += gap + w
        lines.append(line)
    return lines


def line_markup(line: list[Unit], sizes: Sizes, bold: bool = False) -> str:
    parts: list[str] = []
    run: list[str] = []
    run_tib: bool | None = None

    def close() -> None:
        if not run:
            return
        body = "".join(run)
        if run_tib:
            inner = f"<b>{body}</b>" if bold else body
            parts.append(f'<font name="{fonts.TIB}" size="{sizes.tib:g}">{inner}</font>')
        else:
            parts.append(body)
        run.clear()

    for i, u in enumerate(line):
        if run_tib is not None and u.tibetan != run_tib:
            close()
        if i and _joiner(line[i - 1], u):
            if u.tibetan != line[i - 1].tibetan:
                parts.append(" ")
            else:
                run.append(" ")
        run_tib = u.tibetan
        run.append(escape(u.text))
    close()
    return "".join(parts)


def markup(text: str, width: float, sizes: Sizes, bold: bool = False) -> str:
    """Paragraph markup for ``text`` already broken into lines that fit ``width`` points."""
    return "<br/>".join(line_markup(line, sizes, bold) for line in break_lines(text, width, sizes))


def plain_lines(text: str, width: float, sizes: Sizes) -> list[str]:
    """The lines as text (for tests): each Tibetan line but the last ends at a tsheg or shad."""
    out = []
    for line in break_lines(text, width, sizes):
        s = ""
        for i, u in enumerate(line):
            if i and _joiner(line[i - 1], u):
                s += " "
            s += u.text
        out.append(s)
    return out


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()
