"""Media intake: files checked by content, photos of documents made small and kept readable."""

from .intake import (
    DOCUMENT,
    PHOTO,
    CompressionPolicy,
    OutputFormat,
    Prepared,
    policy_for,
    prepare_attachment,
    prepare_bytes,
    preview_size,
)
from .sniff import HEIF_AVAILABLE, IntakeLimits, MediaKind, sniff

__all__ = [
    "DOCUMENT",
    "HEIF_AVAILABLE",
    "PHOTO",
    "CompressionPolicy",
    "IntakeLimits",
    "MediaKind",
    "OutputFormat",
    "Prepared",
    "policy_for",
    "prepare_attachment",
    "prepare_bytes",
    "preview_size",
    "sniff",
]
