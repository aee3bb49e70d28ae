"""Load the shipped fonts so Chinese and Tibetan render the same on every laptop.

Families are set explicitly: on Windows Qt's fallback would otherwise pick whatever the system has.
Noto Serif Tibetan's lines are tall (ascent + descent = 2.82 em), so layouts leave room.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from villagedesk.paths import resources_dir

CHINESE_FAMILY = "WenQuanYi Micro Hei"
TIBETAN_FAMILY = "Noto Serif Tibetan"


def load_fonts() -> list[str]:
    families: list[str] = []
    fonts = resources_dir() / "fonts"
    for path in sorted(fonts.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id != -1:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def apply_app_font(app: QApplication, *, large: bool = False) -> None:
    font = QFont()
    font.setFamilies([CHINESE_FAMILY, TIBETAN_FAMILY])
    font.setPointSizeF(12.0 if large else 10.0)
    app.setFont(font)
