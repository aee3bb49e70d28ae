"""ISO 7064 MOD 11-2: the check character of resident ID numbers and of our tracking numbers.

It catches every single-digit error and every transposition of two adjacent different digits.
"""

from __future__ import annotations


def mod11_2(digits: str) -> str:
    """Check character ('0'-'9' or 'X') for a string of decimal digits."""
    if not digits.isascii() or not digits.isdigit():
        raise ValueError("digits only")
    total = 0
    for ch in digits:
        total = (total + int(ch)) * 2 % 11
    return "0123456789X"[(12 - total) % 11]


def is_valid_mod11_2(text: str) -> bool:
    """``text`` is digits followed by its check character."""
    if len(text) < 2:
        return False
    body, check = text[:-1], text[-1].upper()
    return body.isascii() and body.isdigit() and mod11_2(body) == check
