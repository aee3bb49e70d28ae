"""Credentials: random tokens stored as SHA-256, staff passwords as argon2id, enrollment codes.

Random tokens carry 256 bits, so a fast hash is enough (nobody can guess them); a memory-hard hash is
only for what people choose, their passwords.
"""

from __future__ import annotations

import base64
import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from villagedesk.core.errors import ValidationError

# Crockford-like: no 0/O, 1/I/L or U, so a code read from a screen is typed right.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
CODE_SECRET_LEN = 8
FP_LEN = 26  # base32 of the first 128 bits of the certificate's SHA-256

_hasher = PasswordHasher()


def new_token(prefix: str) -> str:
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise ValidationError("a password has at least 8 characters", code="staff.password_short", min=8)
    return _hasher.hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def new_code_secret() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_SECRET_LEN))


def short_fingerprint(sha256_hex: str) -> str:
    return base64.b32encode(bytes.fromhex(sha256_hex)[:16]).decode().rstrip("=")


def format_enroll_code(secret: str, cert_sha256_hex: str | None) -> str:
    """``SECRET`` plus the pin, in groups of four: ``ABCD-EFGH-XXXX-...-XX``."""
    raw = secret + (short_fingerprint(cert_sha256_hex) if cert_sha256_hex else "")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def parse_enroll_code(code: str) -> tuple[str, str | None]:
    """(secret, short fingerprint or None for a plain-HTTP server)."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    if len(raw) == CODE_SECRET_LEN:
        return raw, None
    if len(raw) == CODE_SECRET_LEN + FP_LEN:
        return raw[:CODE_SECRET_LEN], raw[CODE_SECRET_LEN:]
    raise ValidationError(
        "an enrollment code has 8 characters, or 34 with the certificate pin",
        code="enroll.code_format",
        length=len(raw),
    )
