"""Reading a PDF back the way a person (or a scanner) would, plus a glyph-level look at the Tibetan.

The Debian tools (poppler-utils: pdftotext, pdftoppm) are required: a missing tool fails the test.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import zxingcpp
from fontTools.ttLib import TTFont
from pdfminer.pdfdevice import PDFDevice
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import apply_matrix_pt, mult_matrix
from PIL import Image

from villagedesk.printing import fonts


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: apt-get install poppler-utils (the bootstrap script installs it)")
    return path


def pdftotext(pdf: bytes) -> str:
    out = subprocess.run(
        [tool("pdftotext"), "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def squashed(text: str) -> str:
    """Without any whitespace: table cells wrap names across lines, a reader joins them."""
    return "".join(text.split())


def render_pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "doc.pdf"
        src.write_bytes(pdf)
        subprocess.run([tool("pdftoppm"), "-r", str(dpi), "-png", str(src), str(Path(d) / "p")], check=True)
        return [Image.open(p).copy() for p in sorted(Path(d).glob("p*.png"))]


def qr_texts(pdf: bytes, dpi: int = 200) -> list[str]:
    found: list[str] = []
    for img in render_pages(pdf, dpi):
        found += [r.text for r in zxingcpp.read_barcodes(img) if r.format == zxingcpp.BarcodeFormat.QRCode]
    return found


# ---- glyphs ----


def _signature(font: TTFont, name: str) -> tuple[object, ...]:
    glyf = font["glyf"]
    coords, ends, _flags = glyf[name].getCoordinates(glyf)
    return tuple(map(tuple, coords)), tuple(ends), font["hmtx"][name][0]


@cache
def _original_index(path: str) -> dict[tuple[object, ...], frozenset[int]]:
    font = TTFont(path)
    index: dict[tuple[object, ...], set[int]] = {}
    for gid, name in enumerate(font.getGlyphOrder()):
        index.setdefault(_signature(font, name), set()).add(gid)
    return {k: frozenset(v) for k, v in index.items()}


class _Recorder(PDFDevice):
    def __init__(self, rsrcmgr: PDFResourceManager) -> None:
        super().__init__(rsrcmgr)
        self.drawn: list[tuple[object, int, float]] = []

    def render_string(self, textstate, seq, ncs, graphicstate) -> None:  # type: ignore[no-untyped-def]
        font = textstate.font
        # the baseline on the page: text matrix, then the current transformation (table cells translate)
        _, y = apply_matrix_pt(mult_matrix(textstate.matrix, self.ctm), textstate.linematrix)
        for obj in seq:
            if isinstance(obj, bytes):
                for cid in font.decode(obj):
                    self.drawn.append((font, cid, round(y, 1)))


def drawn_glyphs_on_lines(
    pdf: bytes, face: str = fonts.TIB
) -> list[tuple[frozenset[int], tuple[int, float]]]:
    """For every glyph the PDF draws with ``face`` (in drawing order): the glyph ids in the original font
    file whose outline and advance equal the embedded subset's glyph (usually exactly one), and the line
    it sits on (page number, baseline)."""
    index = _original_index(str(fonts.font_path(face)))
    base = TTFont(str(fonts.font_path(face)))["name"].getDebugName(6)
    doc = PDFDocument(PDFParser(io.BytesIO(pdf)))
    rsrc = PDFResourceManager()
    subsets: dict[int, tuple[TTFont, dict[int, str]]] = {}
    out: list[tuple[frozenset[int], tuple[int, float]]] = []
    for pageno, page in enumerate(PDFPage.create_pages(doc)):
        dev = _Recorder(rsrc)
        PDFPageInterpreter(rsrc, dev).process_page(page)
        for font, cid, y in dev.drawn:
            if not str(getattr(font, "fontname", "")).endswith(base):
                continue
            if id(font) not in subsets:
                data = resolve1(font.descriptor["FontFile2"]).get_data()
                sub = TTFont(io.BytesIO(data))
                subsets[id(font)] = (sub, sub["cmap"].getcmap(1, 0).cmap)
            sub, cmap = subsets[id(font)]
            out.append((index.get(_signature(sub, cmap[cid]), frozenset()), (pageno, y)))
    return out


def drawn_glyphs(pdf: bytes, face: str = fonts.TIB) -> Iterator[frozenset[int]]:
    for glyphs, _ in drawn_glyphs_on_lines(pdf, face):
        yield glyphs


def _find(want: list[int], got: list[frozenset[int]]) -> int | None:
    n = len(want)
    for i in range(len(got) - n + 1):
        if all(want[k] in got[i + k] for k in range(n)):
            return i
    return None


def draws_shaped(pdf: bytes, text: str) -> bool:
    """True when the PDF draws exactly the glyphs HarfBuzz gives for ``text`` (stacks, vowel forms), in
    order, somewhere. Unshaped text draws one cmap glyph per code point and fails this."""
    want = [gid for gid, _ in fonts.shape(text, fonts.TIB)]
    return _find(want, list(drawn_glyphs(pdf))) is not None


def line_breaks_in(pdf: bytes, text: str) -> list[int] | None:
    """Where the drawing of ``text`` (found by its shaped glyphs) moves to a new line: the glyph ids just
    before each break. None when ``text`` is not drawn as HarfBuzz shapes it."""
    want = [gid for gid, _ in fonts.shape(text, fonts.TIB)]
    drawn = drawn_glyphs_on_lines(pdf)
    at = _find(want, [g for g, _ in drawn])
    if at is None:
        return None
    window = drawn[at : at + len(want)]
    return [want[k] for k in range(len(want) - 1) if window[k][1] != window[k + 1][1]]


def breaks_at_tsheg(pdf: bytes, text: str) -> bool:
    """``text`` is drawn shaped, over more than one line, and every line ends after a tsheg or shad."""
    breaks = line_breaks_in(pdf, text)
    allowed = {gid for ch in "\u0f0b\u0f0d\u0f0e" for gid, _ in fonts.shape(ch, fonts.TIB)}
    return bool(breaks) and all(gid in allowed for gid in breaks)
