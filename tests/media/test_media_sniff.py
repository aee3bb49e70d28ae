"""Files are checked by content, not by name: kinds, disguises, damage, and bombs."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from media_factories import image_bytes, jpeg_bytes, pdf_bytes
from PIL import Image

from villagedesk.core.errors import ValidationError
from villagedesk.media import HEIF_AVAILABLE, IntakeLimits, MediaKind, sniff

Write = Callable[[str, bytes], Path]


def _code(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    return exc.value.code


@pytest.mark.parametrize(
    ("name", "make", "kind"),
    [
        ("photo.jpg", lambda: jpeg_bytes(), MediaKind.JPEG),
        ("photo.JPEG", lambda: jpeg_bytes(), MediaKind.JPEG),
        ("scan.png", lambda: image_bytes("PNG"), MediaKind.PNG),
        ("scan.webp", lambda: image_bytes("WEBP"), MediaKind.WEBP),
        ("fax.tif", lambda: image_bytes("TIFF", mode="L"), MediaKind.TIFF),
        ("decision.pdf", pdf_bytes, MediaKind.PDF),
        ("IMG_0001", lambda: jpeg_bytes(), MediaKind.JPEG),  # no extension: the bytes decide
    ],
)
def test_each_kind_is_recognised_from_a_path(
    write: Write, name: str, make: Callable[[], bytes], kind: MediaKind
) -> None:
    assert sniff(write(name, make())) is kind


def test_bytes_without_a_name_are_judged_by_content() -> None:
    assert sniff(pdf_bytes()) is MediaKind.PDF
    assert sniff(image_bytes("PNG")) is MediaKind.PNG


def test_heic_is_read_when_the_plugin_is_installed_and_refused_clearly_otherwise(write: Write) -> None:
    if HEIF_AVAILABLE:
        import pillow_heif

        heif = pillow_heif.from_pillow(Image.new("RGB", (64, 48), (90, 120, 200)))
        out = io.BytesIO()
        heif.save(out, quality=80)
        assert sniff(write("IMG_0002.HEIC", out.getvalue())) is MediaKind.HEIF
    else:
        header = struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic" + b"\x00" * 64
        with pytest.raises(ValidationError) as exc:
            sniff(write("IMG_0002.HEIC", header))
        assert exc.value.code == "media.unsupported_type"
        assert exc.value.params["detected"] == "heif"


def test_a_pdf_named_jpg_is_disguised(write: Write) -> None:
    with pytest.raises(ValidationError) as exc:
        sniff(write("户口本.jpg", pdf_bytes()))
    assert _code(exc) == "media.disguised"
    assert exc.value.params == {"filename": "户口本.jpg", "claimed": "jpeg", "detected": "pdf"}


def test_a_text_file_named_jpg_is_disguised(write: Write) -> None:
    with pytest.raises(ValidationError) as exc:
        sniff(write("id-card.jpg", "身份证号码：513322195803121018\n".encode()))
    assert _code(exc) == "media.disguised"
    assert exc.value.params["detected"] == "text"
    assert exc.value.params["claimed"] == "jpeg"


def test_a_jpeg_named_png_is_disguised(write: Write) -> None:
    with pytest.raises(ValidationError) as exc:
        sniff(write("scan.png", jpeg_bytes()))
    assert exc.value.params["claimed"] == "png"
    assert exc.value.params["detected"] == "jpeg"


def test_the_filename_argument_is_checked_for_bytes() -> None:
    with pytest.raises(ValidationError) as exc:
        sniff(pdf_bytes(), filename="photo.jpeg")
    assert _code(exc) == "media.disguised"


@pytest.mark.parametrize(
    ("name", "data", "detected"),
    [
        ("notes", b"just some words\n", "text"),
        ("blob.bin", bytes(range(256)) * 4, "unknown"),
        ("anim.gif", b"GIF89a" + b"\x00" * 64, "gif"),
        ("form.docx", b"PK\x03\x04" + b"\x00" * 64, "zip"),
        ("clip.mp4", struct.pack(">I", 24) + b"ftypisom" + b"\x00" * 64, "video"),
    ],
)
def test_unknown_or_unsupported_content_is_refused(
    write: Write, name: str, data: bytes, detected: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        sniff(write(name, data))
    assert _code(exc) == "media.unsupported_type"
    assert exc.value.params == {"filename": name, "detected": detected}


def test_empty_file_and_empty_bytes(write: Write) -> None:
    with pytest.raises(ValidationError) as exc:
        sniff(write("photo.jpg", b""))
    assert _code(exc) == "media.empty"
    with pytest.raises(ValidationError) as exc:
        sniff(b"")
    assert _code(exc) == "media.empty"


@pytest.mark.parametrize("keep", [0.5, 0.9, -2], ids=["half", "most", "all-but-EOI"])
def test_truncated_jpeg_is_corrupt(write: Write, keep: float) -> None:
    data = jpeg_bytes((640, 480))
    cut = len(data) + int(keep) if keep < 0 else int(len(data) * keep)
    with pytest.raises(ValidationError) as exc:
        sniff(write("photo.jpg", data[:cut]))
    assert _code(exc) == "media.corrupt"
    assert exc.value.params["kind"] == "jpeg"


def test_truncated_png_webp_and_tiff_are_corrupt(write: Write) -> None:
    for name, fmt in (("a.png", "PNG"), ("a.webp", "WEBP"), ("a.tif", "TIFF")):
        data = image_bytes(fmt, (400, 300))
        with pytest.raises(ValidationError) as exc:
            sniff(write(name, data[: len(data) * 2 // 3]))
        assert _code(exc) == "media.corrupt", name


def test_png_with_a_damaged_chunk_is_corrupt(write: Write) -> None:
    data = bytearray(image_bytes("PNG", (400, 300)))
    idat = data.index(b"IDAT")
    data[idat + 20] ^= 0xFF  # inside the compressed pixels: only the CRC tells
    with pytest.raises(ValidationError) as exc:
        sniff(write("scan.png", bytes(data)))
    assert _code(exc) == "media.corrupt"


def test_truncated_pdf_is_corrupt(write: Write) -> None:
    data = pdf_bytes()
    for cut in (len(data) - 7, len(data) // 2):
        with pytest.raises(ValidationError) as exc:
            sniff(write("decision.pdf", data[:cut]))
        assert _code(exc) == "media.corrupt"


def test_pdf_whose_startxref_points_nowhere_is_corrupt(write: Write) -> None:
    data = pdf_bytes()
    at = data.rindex(b"startxref")
    offset = data[at + 9 :].split()[0]
    broken = data[:at] + b"startxref\n" + str(int(offset) + 37).encode() + b"\n%%EOF\n"
    with pytest.raises(ValidationError) as exc:
        sniff(write("decision.pdf", broken))
    assert _code(exc) == "media.corrupt"


def test_pdf_with_a_few_bytes_before_the_header_is_still_accepted(write: Write) -> None:
    # some scanners' mail gateways prepend a line; every PDF reader accepts it
    assert sniff(write("scan.pdf", b"\r\n" + pdf_bytes())) is MediaKind.PDF


def test_file_over_the_byte_limit(write: Write) -> None:
    path = write("photo.jpg", jpeg_bytes((640, 480)))
    with pytest.raises(ValidationError) as exc:
        sniff(path, limits=IntakeLimits(max_bytes=1000))
    assert _code(exc) == "media.too_large"
    assert exc.value.params["unit"] == "bytes"
    assert exc.value.params["limit"] == 1000


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims huge dimensions but holds a few bytes: the shape of a decompression bomb."""

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 4096, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    "dims", [(100_000, 100_000), (12_000, 10_000)], ids=["pillow-bomb", "over-our-limit"]
)
def test_huge_dimension_png_is_too_large(write: Write, dims: tuple[int, int]) -> None:
    data = _png_header_only(*dims)
    assert len(data) < 200
    with pytest.raises(ValidationError) as exc:
        sniff(write("bomb.png", data))
    assert _code(exc) == "media.too_large"
    assert exc.value.params["unit"] == "pixels"


def test_pixel_limit_is_configurable(write: Write) -> None:
    path = write("photo.jpg", jpeg_bytes((640, 480)))
    assert sniff(path) is MediaKind.JPEG
    with pytest.raises(ValidationError) as exc:
        sniff(path, limits=IntakeLimits(max_pixels=640 * 480 - 1))
    assert _code(exc) == "media.too_large"


def test_multipage_tiff_is_refused_rather_than_silently_cut_to_its_first_page(write: Write) -> None:
    pages = [Image.new("L", (100, 140), v) for v in (255, 200, 150)]
    out = io.BytesIO()
    pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:])
    with pytest.raises(ValidationError) as exc:
        sniff(write("fax.tiff", out.getvalue()))
    assert _code(exc) == "media.multipage"
    assert exc.value.params["pages"] == 3


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as exc:
        sniff(tmp_path / "gone.jpg")
    assert _code(exc) == "media.unreadable"
    assert exc.value.params["filename"] == "gone.jpg"
