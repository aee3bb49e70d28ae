"""A spelling-insensitive search key for Chinese transliterations of Tibetan names.

丹增, 单增 and 旦增 are one Tibetan name (bstan 'dzin) written with different characters; their toneless
pinyin is the same ("danzeng"), so searching by the key finds all of them.
"""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin


def _keep_latin(text: str) -> str:
    # Latin input (someone typing pinyin) is kept as it is, so "danzeng" finds 丹增 as well.
    return "".join(c for c in text if c.isascii() and c.isalnum())


def name_key(name: str) -> str:
    cleaned = "".join(ch for ch in name if not ch.isspace() and ch not in "·•‧・.")
    return "".join(lazy_pinyin(cleaned, style=Style.NORMAL, errors=_keep_latin)).lower()
