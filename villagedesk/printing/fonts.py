"""The three TrueType faces every printed slip uses, registered with reportlab once per process.

reportlab has no per-glyph fallback, so Chinese (with ASCII) and Tibetan are two fonts and every Tibetan
run is marked up explicitly (see ``tibetan.py``). WenQuanYi Micro Hei has no bold face: emphasis in
Chinese is by size; Tibetan has a real bold (Noto Serif Tibetan Bold).
"""

from __future__ import annotations

import os
import sys
import threading
from functools import cache
from pathlib import Path

import uharfbuzz as hb
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from villagedesk.core.errors import IntegrityError

CJK = "VD-CJK"
TIB = "VD-Tib"
TIB_BOLD = "VD-Tib-Bold"

FILES = {
    CJK: "WenQuanYiMicroHei-URO.ttf",
    TIB: "NotoSerifTibetan-Regular.ttf",
    TIB_BOLD: "NotoSerifTibetan-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    """``VILLAGEDESK_FONT_DIR`` wins; then a frozen (PyInstaller) bundle; then the source tree."""
    env = os.environ.get("VILLAGEDESK_FONT_DIR")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "fonts"
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def font_path(name: str) -> Path:
    return font_dir() / FILES[name]


def register_fonts() -> None:
    """Idempotent and thread-safe; the first call costs ~0.1 s (parsing 4 MB of fonts)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in FILES.items():
            path = font_dir() / filename
            if not path.is_file():
                raise IntegrityError(
                    f"font file missing: {path}", code="printing.font_missing", path=str(path)
                )
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))
        # CJK has no bold: <b> inside Chinese text stays regular rather than failing.
        addMapping(CJK, 0, 0, CJK)
        addMapping(CJK, 1, 0, CJK)
        addMapping(CJK, 0, 1, CJK)
        addMapping(CJK, 1, 1, CJK)
        addMapping(TIB, 0, 0, TIB)
        addMapping(TIB, 1, 0, TIB_BOLD)
        addMapping(TIB, 0, 1, TIB)
        addMapping(TIB, 1, 1, TIB_BOLD)
        _registered = True


@cache
def hb_font(name: str) -> tuple[hb.Font, int]:
    """A HarfBuzz font at its design scale (advances in font units) and the font's units per em."""
    blob = hb.Blob.from_file_path(str(font_path(name)))
    face = hb.Face(blob)
    font = hb.Font(face)
    return font, face.upem


def shape(text: str, name: str = TIB) -> list[tuple[int, int]]:
    """(glyph id, x advance in font units) as HarfBuzz shapes ``text``: what a correct PDF must draw."""
    font, _ = hb_font(name)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {"kern": True, "liga": True})
    return [(i.codepoint, p.x_advance) for i, p in zip(buf.glyph_infos, buf.glyph_positions, strict=True)]
