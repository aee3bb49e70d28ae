"""Page sizes, paragraph styles and the few building blocks every slip is made of.

Every piece of text goes through ``Layout.p``: lines are broken by ``tibetan.markup`` (tsheg-aware) and
the Paragraph is built with ``shaping=1`` and the *default* word wrap, because ``wordWrap='CJK'`` silently
skips HarfBuzz shaping.
"""

from __future__ import annotations

import functools
import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar, cast

import segno
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from villagedesk.core.errors import ValidationError
from villagedesk.printing import fonts, tibetan
from villagedesk.printing.labels import LABELS

PageSize = Literal["a4", "roll80"]
LangMode = Literal["bilingual", "zh", "bo"]
PAGE_SIZES: tuple[PageSize, ...] = ("a4", "roll80")
LANG_MODES: tuple[LangMode, ...] = ("bilingual", "zh", "bo")

ROLL_WIDTH = 80 * mm
# 80 mm thermal printers print 72 mm (576 dots at 203 dpi); the rest is unprintable edge.
ROLL_MARGIN = 4 * mm
# A PDF page may not be taller than 14400 pt (200 in); a longer roll slip continues on a second "page".
ROLL_MAX_HEIGHT = 14000.0
A4_MARGIN = 12 * mm

# reportlab keeps per-document state inside shared font objects (subsets, and the private code points it
# gives to shaped glyphs that have no Unicode value), so two builds at once could corrupt each other:
# builds are serialised. A build takes tens of milliseconds, so a worker thread never waits long.
BUILD_LOCK = threading.RLock()

GREY = colors.Color(0.35, 0.35, 0.35)
LINE = colors.Color(0.55, 0.55, 0.55)


F = TypeVar("F", bound=Callable[..., bytes])


def serialised(fn: F) -> F:
    """The whole build (measuring, shaping, writing) under ``BUILD_LOCK``."""

    @functools.wraps(fn)
    def wrapper(*args: object, **kwargs: object) -> bytes:
        with BUILD_LOCK:
            return fn(*args, **kwargs)

    return cast(F, wrapper)


def check_options(size: str, lang: str) -> None:
    if size not in PAGE_SIZES:
        raise ValidationError(f"unknown page size {size!r}", code="printing.page_size", size=size)
    if lang not in LANG_MODES:
        raise ValidationError(f"unknown language mode {lang!r}", code="printing.lang_mode", lang=lang)


@dataclass
class Layout:
    size: PageSize
    lang: LangMode
    shaping: bool = True  # False only for the tests' control: proves the shaping check can fail
    _styles: dict[tuple[float, str, bool, float], ParagraphStyle] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_options(self.size, self.lang)
        fonts.register_fonts()

    # ---- geometry ----
    @property
    def roll(self) -> bool:
        return self.size == "roll80"

    @property
    def margin(self) -> float:
        return float(ROLL_MARGIN if self.roll else A4_MARGIN)

    @property
    def page_width(self) -> float:
        return float(ROLL_WIDTH if self.roll else A4[0])

    @property
    def width(self) -> float:
        return self.page_width - 2 * self.margin

    @property
    def base(self) -> float:
        return 8.5 if self.roll else 10.0

    @property
    def pad(self) -> float:
        return 2.0 if self.roll else 4.0

    # ---- words ----
    def t(self, key: str, **params: object) -> str:
        """A fixed label in the office's language mode. Tibetan only where a term is attested
        (``labels.py``); elsewhere the Chinese stands alone, in every mode."""
        zh, bo = LABELS[key]
        if params:
            zh = zh.format(**params)
            bo = bo.format(**params) if bo else bo
        if self.lang == "zh" or not bo:
            return zh
        if self.lang == "bo":
            return bo
        return f"{zh} {bo}"

    def both(self, zh: str, bo: str) -> str:
        """Data that exists in both scripts (names, office names from settings)."""
        if self.lang == "zh" or not bo:
            return zh
        zh = tibetan.unbreakable(zh) if len(zh) <= 12 else zh  # a name moves to the next line whole
        if self.lang == "bo":
            return f"{bo} {zh}" if zh else bo  # the Chinese legal name stays: it is what the ID card says
        return f"{zh} {bo}" if zh else bo

    # ---- paragraphs ----
    def sizes(self, scale: float = 1.0, bold: bool = False) -> tibetan.Sizes:
        # Noto Serif Tibetan looks about 15% smaller than WenQuanYi at the same nominal size
        return tibetan.Sizes(cjk=self.base * scale, tib=self.base * scale * 1.15, bold_tib=bold)

    def _style(self, scale: float, align: str, tib: bool, color: float) -> ParagraphStyle:
        key = (scale, align, tib, color)
        st = self._styles.get(key)
        if st is None:
            s = self.sizes(scale)
            # Tibetan stacks reach far above and below the line: give those lines room.
            leading = max(s.cjk * 1.4, s.tib * 1.6) if tib else s.cjk * 1.4
            st = ParagraphStyle(
                f"vd-{len(self._styles)}",
                fontName=fonts.CJK,
                fontSize=s.cjk,
                leading=leading,
                alignment={"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}[align],
                # Chinese and Latin need no shaping with this font; skipping HarfBuzz for paragraphs
                # without Tibetan halves the build time of a long slip
                shaping=1 if (self.shaping and tib) else 0,
                splitLongWords=0,  # never cut a Tibetan syllable; lines are pre-broken anyway
                textColor=colors.Color(color, color, color),
            )
            self._styles[key] = st
        return st

    def p(
        self,
        text: str,
        *,
        scale: float = 1.0,
        bold: bool = False,
        width: float | None = None,
        align: str = "left",
        grey: bool = False,
    ) -> Paragraph:
        w = (self.width if width is None else width) - 0.5  # rounding slack against reportlab's sums
        s = self.sizes(scale, bold)
        body = tibetan.markup(text, w, s, bold=bold)
        return _Para(body, self._style(scale, align, tibetan.has_tibetan(text), 0.35 if grey else 0.0))

    def title(self, key: str, width: float | None = None) -> list[Flowable]:
        zh, bo = LABELS[key]
        out: list[Flowable] = []
        if self.lang != "bo" or not bo:
            out.append(self.p(zh, scale=1.7 if not self.roll else 1.45, align="center", width=width))
        if self.lang != "zh" and bo:
            out.append(
                self.p(bo, scale=1.5 if not self.roll else 1.3, bold=True, align="center", width=width)
            )
        out.append(Spacer(1, 2 * mm))
        return out

    # ---- tables ----
    def kv(self, rows: Sequence[tuple[str, str]], label_frac: float | None = None) -> Table:
        frac = label_frac if label_frac is not None else (0.36 if self.roll else 0.27)
        lw = self.width * frac
        vw = self.width - lw
        data = [
            [self.p(k, width=lw - 2 * self.pad, grey=True), self.p(v, width=vw - 2 * self.pad)]
            for k, v in rows
        ]
        tbl = Table(data, colWidths=[lw, vw])
        tbl.setStyle(self._table_style(grid=False))
        return tbl

    def grid(self, header: Sequence[str], rows: Sequence[Sequence[str]], fracs: Sequence[float]) -> Table:
        widths = [self.width * f for f in fracs]
        scale = 0.92

        def cell(text: str, w: float) -> Paragraph:
            return self.p(text, width=w - 2 * self.pad, scale=scale)

        data = [[cell(h, w) for h, w in zip(header, widths, strict=True)]]
        data += [[cell(c, w) for c, w in zip(r, widths, strict=True)] for r in rows]
        tbl = Table(data, colWidths=widths, repeatRows=1)
        tbl.setStyle(self._table_style(grid=True))
        return tbl

    def _table_style(self, grid: bool) -> TableStyle:
        cmds: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), self.pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if grid:
            cmds += [
                ("GRID", (0, 0), (-1, -1), 0.5, LINE),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ]
        else:
            cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.Color(0.8, 0.8, 0.8))]
        return TableStyle(cmds)

    def heading(self, text: str) -> list[Flowable]:
        return [Spacer(1, 2 * mm), self.p(text, scale=1.12), Spacer(1, 0.8 * mm)]

    def signatures(self, labels: Sequence[str]) -> Flowable:
        """Room to sign (or press a thumbprint) and date, one block per signer."""
        blocks: list[Flowable] = []
        for lab in labels:
            blocks.append(
                _Stack(
                    [
                        Spacer(1, 2 * mm),
                        self.p(lab + "：", grey=True),
                        SignatureLine(self.width if self.roll else self.width / 2 - 4 * mm, 9 * mm),
                        self.p(self.t("date") + "：", grey=True),
                    ]
                )
            )
        if self.roll or len(blocks) < 2:
            return _Stack(blocks)
        half = self.width / 2
        rows = [
            blocks[i : i + 2] + ([Spacer(1, 1)] if len(blocks[i : i + 2]) == 1 else [])
            for i in range(0, len(blocks), 2)
        ]
        tbl = Table(rows, colWidths=[half, half])
        tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return tbl

    def qr(self, payload: str, side: float) -> Flowable:
        return QRFlowable(payload, side)


class _Para(Paragraph):  # type: ignore[misc]  # reportlab ships no type hints
    """A Paragraph that remembers its last layout: a Table wraps every cell once to size the rows and
    again to draw them, and breaking (with shaping) is most of a slip's build time."""

    _last: tuple[float, float, tuple[float, float]] | None = None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        last = self._last
        if last is not None and last[0] == aw and last[1] >= ah:
            return last[2]
        size: tuple[float, float] = super().wrap(aw, ah)
        self._last = (aw, ah, size)
        return size

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self._last = None
        return super().split(aw, ah)  # type: ignore[no-any-return]


class _Stack(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """Flowables one under another as a single flowable (for signature blocks on the roll)."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts
        self._heights: list[float] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._heights = [p.wrap(aw, ah)[1] for p in self.parts]
        self.width = aw
        self.height = sum(self._heights)
        return aw, self.height

    def draw(self) -> None:
        y = self.height
        for p, h in zip(self.parts, self._heights, strict=True):
            y -= h
            p.drawOn(self.canv, 0, y)


class SignatureLine(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = min(self.width, aw)
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.black)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 2, self.width, 2)


class QRFlowable(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """The QR code drawn as vector squares (sharp at any printer resolution), quiet zone included."""

    def __init__(self, payload: str, side: float) -> None:
        super().__init__()
        self.payload = payload
        qr = segno.make(payload, error="m", micro=False)
        self.matrix = [list(row) for row in qr.matrix]
        self.side = side
        self.width = self.height = side

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        n = len(self.matrix)
        quiet = 4
        cell = self.side / (n + 2 * quiet)
        c = self.canv
        c.setFillColor(colors.white)
        c.rect(0, 0, self.side, self.side, stroke=0, fill=1)
        c.setFillColor(colors.black)
        for r, row in enumerate(self.matrix):
            y = self.side - (quiet + r + 1) * cell
            start = -1
            for col, v in enumerate([*row, 0]):
                if v and start < 0:
                    start = col
                elif not v and start >= 0:
                    # one rectangle per horizontal run: fewer drawing operations, no hairline seams
                    c.rect((quiet + start) * cell, y, (col - start) * cell, cell, stroke=0, fill=1)
                    start = -1


def _flow_height(story: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for i, f in enumerate(story):
        _, h = f.wrap(width, 1e6)
        total += h + f.getSpaceAfter() + (f.getSpaceBefore() if i else 0)
    return total


def render(
    layout: Layout,
    story: list[Flowable],
    *,
    title: str,
    footer: str = "",
    keywords: str = "",
) -> bytes:
    """Lay out ``story`` on A4 pages or on one roll "page" as long as the content, and return the PDF."""
    with BUILD_LOCK:
        buf = io.BytesIO()
        m = layout.margin
        if layout.roll:
            # measured with throw-away copies would double the cost: wrap() is idempotent, so measure
            # the real flowables, then let the frame wrap them again at the same width
            height = _flow_height(story, layout.width) + 2 * m + 10 * mm
            page = (ROLL_WIDTH, min(height, ROLL_MAX_HEIGHT))
        else:
            page = A4
        doc = BaseDocTemplate(
            buf,
            pagesize=page,
            leftMargin=m,
            rightMargin=m,
            topMargin=m,
            bottomMargin=m + (0 if layout.roll else 6 * mm),
            title=title,
            author="VillageDesk",
            subject=title,
            keywords=keywords,
            creator="VillageDesk",
            invariant=1,  # same input, same bytes: no timestamps or random ids in the file
        )
        frame = Frame(
            m,
            doc.bottomMargin,
            page[0] - 2 * m,
            page[1] - m - doc.bottomMargin,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_footer(layout, footer))])
        doc.build(story)
        return buf.getvalue()


def _footer(layout: Layout, text: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canv: Canvas, doc: BaseDocTemplate) -> None:
        if layout.roll:
            return
        canv.saveState()
        canv.setFont(fonts.CJK, 8)
        canv.setFillColor(GREY)
        canv.drawString(layout.margin, layout.margin, f"{text}    {doc.page}")
        canv.restoreState()

    return draw
