"""What a file really is, judged by its bytes, and whether it is whole.

Agents pick files by name from a USB stick or a phone folder; names lie (a PDF renamed ``.jpg``, a Word
file saved as ``证件.jpg``) and files break (a photo cut off when the phone's cable slipped). Both must be
caught at intake, in front of the agent, and never at the township a week later.
"""

from __future__ import annotations

import io
import os
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PIL import Image, ImageFile, UnidentifiedImageError

from villagedesk.core.errors import ValidationError

try:  # iPhones save HEIC by default; without the plugin such photos get a clear "unsupported" error
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_AVAILABLE = True
except ImportError:  # pragma: no cover - depends on the installation
    HEIF_AVAILABLE = False


class MediaKind(StrEnum):
    JPEG = "jpeg"
    PNG = "png"
    PDF = "pdf"
    HEIF = "heif"
    WEBP = "webp"
    TIFF = "tiff"

    @property
    def media_type(self) -> str:
        return _MEDIA_TYPES[self]

    @property
    def is_image(self) -> bool:
        return self is not MediaKind.PDF


_MEDIA_TYPES = {
    MediaKind.JPEG: "image/jpeg",
    MediaKind.PNG: "image/png",
    MediaKind.PDF: "application/pdf",
    MediaKind.HEIF: "image/heif",
    MediaKind.WEBP: "image/webp",
    MediaKind.TIFF: "image/tiff",
}

# What a name claims. Names outside this table (no extension, ".dat", "IMG_0001") claim nothing, and the
# bytes decide alone: a real JPEG under an odd name is harmless, a fake one under ".jpg" is not.
EXTENSION_KINDS: dict[str, str] = {
    ".jpg": MediaKind.JPEG,
    ".jpeg": MediaKind.JPEG,
    ".jpe": MediaKind.JPEG,
    ".jfif": MediaKind.JPEG,
    ".png": MediaKind.PNG,
    ".pdf": MediaKind.PDF,
    ".heic": MediaKind.HEIF,
    ".heif": MediaKind.HEIF,
    ".hif": MediaKind.HEIF,
    ".webp": MediaKind.WEBP,
    ".tif": MediaKind.TIFF,
    ".tiff": MediaKind.TIFF,
    ".gif": "gif",
    ".bmp": "bmp",
    ".avif": "avif",
    ".doc": "ms-office",
    ".xls": "ms-office",
    ".docx": "zip",
    ".xlsx": "zip",
    ".ofd": "zip",
    ".zip": "zip",
    ".rar": "rar",
    ".txt": "text",
}

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"mif2"}
_AVIF_BRANDS = {b"avif", b"avis"}


@dataclass(frozen=True)
class IntakeLimits:
    """Guards against files that would exhaust a village laptop (4 GB of memory is common)."""

    # a 108 MP phone photo is 10-20 MB; a scanned multi-page PDF rarely passes 30 MB
    max_bytes: int = 40 * 1024 * 1024
    # 108 MP sensors exist (12000x9000); beyond that a file is more likely a decompression bomb
    max_pixels: int = 110_000_000


DEFAULT_LIMITS = IntakeLimits()


def detect(head: bytes) -> str:
    """The kind the leading bytes show: a MediaKind value, or a label for a kind we do not take."""
    if head.startswith(b"\xff\xd8\xff"):
        return MediaKind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaKind.PNG
    if b"%PDF-" in head[:1024]:
        return MediaKind.PDF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return MediaKind.WEBP
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return MediaKind.TIFF
    if head[4:8] == b"ftyp":
        box_len = int.from_bytes(head[:4], "big")
        brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(box_len, len(head)) - 3, 4)}
        if brands & _AVIF_BRANDS:
            return "avif"
        if brands & _HEIF_BRANDS:
            return MediaKind.HEIF
        return "video"
    for magic, label in (
        (b"GIF87a", "gif"),
        (b"GIF89a", "gif"),
        (b"BM", "bmp"),
        (b"PK\x03\x04", "zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ms-office"),
        (b"Rar!", "rar"),
        (b"7z\xbc\xaf\x27\x1c", "7z"),
        (b"\x1f\x8b", "gzip"),
    ):
        if head.startswith(magic):
            return label
    stripped = head.lstrip().lower()
    if stripped.startswith((b"<!doctype html", b"<html")):
        return "html"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        # a cut in the middle of a multi-byte character at the end of the sample is still text
        try:
            head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return "unknown"
    return "text"


def claimed_kind(filename: str | None) -> str | None:
    if not filename:
        return None
    return EXTENSION_KINDS.get(os.path.splitext(filename)[1].lower())


def read_input(
    data_or_path: bytes | str | os.PathLike[str], limits: IntakeLimits
) -> tuple[bytes, str | None]:
    """The bytes and the file name (None for bytes given directly), refusing empty or oversized input."""
    if isinstance(data_or_path, bytes | bytearray | memoryview):
        data = bytes(data_or_path)
        filename = None
    else:
        path = Path(data_or_path)
        filename = path.name
        try:
            size = path.stat().st_size
            data = b"" if size > limits.max_bytes else path.read_bytes()
        except OSError as exc:  # gone with an unplugged stick, unreadable sector, no permission
            raise ValidationError(
                f"{filename} cannot be read: {exc.strerror or exc}",
                code="media.unreadable",
                filename=filename,
                reason=exc.strerror or str(exc),
            ) from exc
        if size > limits.max_bytes:
            raise ValidationError(
                f"{filename} is {size} bytes; the limit is {limits.max_bytes}",
                code="media.too_large",
                filename=filename,
                size=size,
                limit=limits.max_bytes,
                unit="bytes",
            )
    if not data:
        raise ValidationError(f"{filename or 'the file'} is empty", code="media.empty", filename=filename)
    if len(data) > limits.max_bytes:
        raise ValidationError(
            f"{filename or 'the file'} is {len(data)} bytes; the limit is {limits.max_bytes}",
            code="media.too_large",
            filename=filename,
            size=len(data),
            limit=limits.max_bytes,
            unit="bytes",
        )
    return data, filename


def identify(data: bytes, filename: str | None) -> MediaKind:
    """Kind by content, refusing unknown kinds and names that claim another kind."""
    detected = detect(data[:1024])
    claimed = claimed_kind(filename)
    if claimed is not None and claimed != detected:
        raise ValidationError(
            f"{filename} is named as {claimed} but its content is {detected}",
            code="media.disguised",
            filename=filename,
            claimed=str(claimed),
            detected=str(detected),
        )
    if not isinstance(detected, MediaKind):
        raise ValidationError(
            f"{filename or 'the file'} is {detected}; accepted: JPEG, PNG, WebP, TIFF, HEIC photos and PDF",
            code="media.unsupported_type",
            filename=filename,
            detected=detected,
        )
    if detected is MediaKind.HEIF and not HEIF_AVAILABLE:
        raise ValidationError(
            f"{filename or 'the file'} is a HEIC photo, which this installation cannot read; "
            "set the phone camera to JPEG ('Most compatible')",
            code="media.unsupported_type",
            filename=filename,
            detected=str(detected),
        )
    return detected


def _corrupt(filename: str | None, kind: str, reason: str) -> ValidationError:
    return ValidationError(
        f"{filename or 'the file'} is damaged or incomplete ({kind}: {reason})",
        code="media.corrupt",
        filename=filename,
        kind=kind,
        reason=reason,
    )


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s*%%EOF", re.DOTALL)
_OBJ_HEADER = re.compile(rb"\s*\d+\s+\d+\s+obj\b")


def check_pdf(data: bytes, filename: str | None) -> None:
    """Structure only: the header, the final %%EOF and the cross-reference it points to.

    A PDF cut off in transfer loses its end first, so this catches truncation without a PDF library;
    readers repair worse damage silently, so deeper checks would only refuse files the township can open.
    """
    header_at = data.find(b"%PDF-", 0, 1024)
    tail = data[-2048:]
    if b"%%EOF" not in tail.rstrip(b"\r\n\t \x00")[-1024:]:
        raise _corrupt(filename, "pdf", "no %%EOF at the end")
    matches = list(_STARTXREF.finditer(tail))
    if not matches:
        raise _corrupt(filename, "pdf", "no startxref")
    offset = int(matches[-1].group(1))
    # offsets count from the %PDF- header; some writers put bytes in front of it
    for base in {0, max(0, header_at)}:
        at = base + offset
        if 0 < at < len(data):
            after = data[at : at + 64]
            if after.lstrip().startswith(b"xref") or _OBJ_HEADER.match(after):
                return
    raise _corrupt(filename, "pdf", "the cross-reference table is missing")


@contextmanager
def _pillow_errors(filename: str | None, kind: MediaKind, limits: IntakeLimits) -> Iterator[None]:
    with warnings.catch_warnings():
        # our own pixel limit is checked explicitly; Pillow's global one must not print or decide
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            yield
        except Image.DecompressionBombError as exc:
            raise ValidationError(
                f"{filename or 'the image'} has too many pixels",
                code="media.too_large",
                filename=filename,
                limit=limits.max_pixels,
                unit="pixels",
            ) from exc
        except MemoryError as exc:  # a legal size that this laptop still cannot hold
            raise ValidationError(
                f"{filename or 'the image'} is too large to open on this computer",
                code="media.too_large",
                filename=filename,
                limit=limits.max_pixels,
                unit="memory",
            ) from exc
        except ValidationError:
            raise
        except (OSError, SyntaxError, ValueError, EOFError, UnidentifiedImageError) as exc:
            raise _corrupt(filename, kind.value, str(exc) or type(exc).__name__) from exc


def open_image(
    data: bytes,
    kind: MediaKind,
    filename: str | None,
    limits: IntakeLimits,
    *,
    draft_long_side: int | None = None,
) -> Image.Image:
    """Decode the whole image (which is what proves it whole) and return it loaded.

    ``draft_long_side`` lets JPEG decode at 1/2, 1/4 or 1/8 scale in the DCT domain when the result is going to
    be shrunk anyway: a 12 MP photo then costs a quarter of the time and memory, and the decoder still
    reads every byte, so a truncated file is still caught.
    """
    if kind is MediaKind.WEBP:
        declared = int.from_bytes(data[4:8], "little") + 8
        if declared > len(data):
            raise _corrupt(filename, kind.value, f"{len(data)} of {declared} bytes present")
    with _pillow_errors(filename, kind, limits):
        if ImageFile.LOAD_TRUNCATED_IMAGES:  # a global someone may have set: it hides truncation
            raise RuntimeError("PIL.ImageFile.LOAD_TRUNCATED_IMAGES must stay False for intake")
        image = Image.open(io.BytesIO(data))
        width, height = image.size
        if width * height > limits.max_pixels:
            raise ValidationError(
                f"{filename or 'the image'} is {width}x{height} pixels; the limit is {limits.max_pixels}",
                code="media.too_large",
                filename=filename,
                size=width * height,
                limit=limits.max_pixels,
                unit="pixels",
            )
        frames = getattr(image, "n_frames", 1)
        if (
            frames > 1 and kind is not MediaKind.HEIF
        ):  # HEIC bursts carry extra frames; the first is the photo
            raise ValidationError(
                f"{filename or 'the image'} holds {frames} pages; attach each page or a PDF",
                code="media.multipage",
                filename=filename,
                pages=frames,
            )
        if kind is MediaKind.PNG:
            image.verify()  # checks every chunk's CRC, which load() does not
            image = Image.open(io.BytesIO(data))
        if kind is MediaKind.JPEG and draft_long_side is not None:
            # the requested box keeps the aspect ratio: libjpeg's scale is chosen by the tighter side
            shrink = min(1.0, draft_long_side / max(width, height))
            image.draft("RGB", (max(1, round(width * shrink)), max(1, round(height * shrink))))
        image.load()
    return image


def sniff(
    data_or_path: bytes | str | os.PathLike[str],
    *,
    filename: str | None = None,
    limits: IntakeLimits = DEFAULT_LIMITS,
) -> MediaKind:
    """The file's kind by content; raises ValidationError if it is empty, disguised, unknown or damaged.

    ``filename`` is the name to check the content against when bytes are given (a path brings its own).
    """
    data, path_name = read_input(data_or_path, limits)
    name = filename or path_name
    kind = identify(data, name)
    if kind is MediaKind.PDF:
        check_pdf(data, name)
    else:
        # an eighth-scale decode still reads every byte: enough to prove the file whole, and cheap
        image = open_image(data, kind, name, limits, draft_long_side=1)
        image.close()
    return kind
