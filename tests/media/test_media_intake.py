"""Photos of documents made small and kept readable; colour photos kept in colour; PDFs untouched."""

from __future__ import annotations

import dataclasses
import hashlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from media_factories import image_bytes, jpeg_bytes, pdf_bytes, read_digits
from PIL import Image, ImageChops, ImageDraw, ImageOps

from villagedesk.core.errors import ValidationError
from villagedesk.core.models import Material
from villagedesk.media import (
    DOCUMENT,
    PHOTO,
    MediaKind,
    OutputFormat,
    policy_for,
    prepare_attachment,
    prepare_bytes,
    preview_size,
)

Write = Callable[[str, bytes], Path]


def _decode(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _px(image: Image.Image, xy: tuple[int, int]) -> int:
    value = image.getpixel(xy)
    assert isinstance(value, int)
    return value


def _max(image: Image.Image) -> int:
    low_high = image.getextrema()
    assert isinstance(low_high[1], int)
    return low_high[1]


def _is_gray(image: Image.Image) -> bool:
    """Gray, allowing the one level that WebP's YUV->RGB rounding may put between the channels."""
    if image.mode == "L":
        return True
    r, g, b = image.convert("RGB").split()
    return all(_max(ImageChops.difference(x, y)) <= 1 for x, y in ((r, g), (g, b), (r, b)))


def _gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (30.0, 3.0, 1.5), 3: "E", 4: (101.0, 57.0, 2.5)}
    return exif


def test_document_policy_output_is_small_gray_webp_without_metadata(write: Write, form_photo: Any) -> None:
    prepared = prepare_attachment(write("form.jpg", form_photo.data), policy=DOCUMENT)
    assert prepared.kind is MediaKind.WEBP
    assert prepared.media_type == "image/webp"
    image = _decode(prepared.data)
    assert image.format == "WEBP"
    assert _is_gray(image)
    assert (image.width, image.height) == (prepared.width, prepared.height)
    assert prepared.size == len(prepared.data) <= DOCUMENT.max_output_bytes
    assert prepared.sha256 == hashlib.sha256(prepared.data).hexdigest()
    assert prepared.original_sha256 == hashlib.sha256(form_photo.data).hexdigest()
    # the generator writes GPS into every photo; none of it may leave the laptop
    assert Image.open(io.BytesIO(form_photo.data)).getexif().get_ifd(0x8825)
    assert len(image.getexif()) == 0
    assert b"Exif" not in prepared.data and b"GPS" not in prepared.data
    assert "xmp" not in image.info and "icc_profile" not in image.info


def test_document_long_side_is_about_150_dpi_for_a_page_and_never_enlarged(write: Write) -> None:
    big = prepare_attachment(
        write("page.jpg", jpeg_bytes((4000, 3000), colour=(240, 240, 235))), policy=DOCUMENT
    )
    assert (big.width, big.height) == (1754, 1316)  # A4's 297 mm at 150 dpi
    small = prepare_attachment(write("small.jpg", jpeg_bytes((900, 600))), policy=DOCUMENT)
    assert (small.width, small.height) == (900, 600)


def test_the_six_percent_target_on_a_full_size_phone_photo(write: Write, full_size_photo: Any) -> None:
    prepared = prepare_attachment(write("form.jpg", full_size_photo.data), policy=DOCUMENT)
    assert len(full_size_photo.data) > 2_000_000  # it is the heavy 12 MP photo the target is about
    assert prepared.size <= 0.06 * prepared.original_size
    assert max(prepared.width or 0, prepared.height or 0) == 1754
    # held upright (orientation 6 or 8): the page comes out portrait
    assert (prepared.height or 0) > (prepared.width or 0)


def test_the_id_number_stays_legible_after_compression(write: Write, full_size_photo: Any) -> None:
    prepared = prepare_attachment(write("form.jpg", full_size_photo.data), policy=DOCUMENT)
    sent = _decode(prepared.data)
    assert read_digits(sent.crop(full_size_photo.id_crop(sent.size))) == full_size_photo.id_number


def test_the_legibility_check_can_fail(write: Write, full_size_photo: Any) -> None:
    # the same check on a version squeezed far too hard must not read the number: the check has teeth
    crushing = dataclasses.replace(
        DOCUMENT, max_long_side=300, output=OutputFormat.JPEG, quality=5, min_quality=5, sharpen=False
    )
    prepared = prepare_attachment(write("form.jpg", full_size_photo.data), policy=crushing)
    sent = _decode(prepared.data)
    assert read_digits(sent.crop(full_size_photo.id_crop(sent.size))) != full_size_photo.id_number


def test_the_small_test_photo_id_is_legible_too(write: Write, form_photo: Any) -> None:
    prepared = prepare_attachment(write("form.jpg", form_photo.data), policy=DOCUMENT)
    sent = _decode(prepared.data)
    assert read_digits(sent.crop(form_photo.id_crop(sent.size))) == form_photo.id_number


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_exif_orientation_is_applied_to_the_pixels(write: Write, orientation: int) -> None:
    # the scene as the person saw it: portrait, a black block in the top-left corner
    upright = Image.new("RGB", (300, 400), (255, 255, 255))
    ImageDraw.Draw(upright).rectangle((0, 0, 99, 99), fill=(0, 0, 0))
    # the buffer the phone stores, and the tag that tells viewers how to turn it back
    stored = {
        3: upright.transpose(Image.Transpose.ROTATE_180),
        6: upright.transpose(Image.Transpose.ROTATE_90),
        8: upright.transpose(Image.Transpose.ROTATE_270),
    }[orientation]
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=95, exif=exif)
    assert ImageOps.exif_transpose(Image.open(io.BytesIO(out.getvalue()))).size == (300, 400)

    prepared = prepare_attachment(write("turned.jpg", out.getvalue()), policy=DOCUMENT)
    image = _decode(prepared.data).convert("L")
    assert image.size == (300, 400)
    assert _px(image, (30, 30)) < 60  # the block is back in the top-left corner
    assert _px(image, (270, 370)) > 200
    assert len(image.getexif()) == 0  # and no tag left to turn it a second time


def test_photo_policy_keeps_colour_and_strips_gps(write: Write) -> None:
    data = jpeg_bytes((3000, 4000), colour=(30, 90, 200), exif=_gps_exif())
    prepared = prepare_attachment(write("证件照.jpg", data), policy=PHOTO)
    assert prepared.kind is MediaKind.JPEG and prepared.media_type == "image/jpeg"
    image = _decode(prepared.data)
    assert image.mode == "RGB" and not _is_gray(image)
    rgb = image.getpixel((image.width - 10, image.height - 10))
    assert isinstance(rgb, tuple)
    r, _g, b = rgb
    assert b > 150 and r < 80
    assert (image.width, image.height) == (900, 1200)
    assert len(image.getexif()) == 0 and b"GPS" not in prepared.data


def test_policy_follows_the_material() -> None:
    assert policy_for(Material(key="X-M1", name_zh="证件照", colour_photo=True)) is PHOTO
    assert policy_for(Material(key="X-M2", name_zh="申请表")) is DOCUMENT


def test_pdf_passes_through_byte_identical(write: Write) -> None:
    data = pdf_bytes()
    prepared = prepare_attachment(write("decision.pdf", data), policy=DOCUMENT)
    assert prepared.data == data
    assert prepared.size == prepared.original_size == len(data)
    assert prepared.sha256 == prepared.original_sha256 == hashlib.sha256(data).hexdigest()
    assert prepared.media_type == "application/pdf" and prepared.kind is MediaKind.PDF
    assert prepared.width is None and prepared.policy == "passthrough"


def test_intake_refuses_what_sniff_refuses(write: Write) -> None:
    with pytest.raises(ValidationError) as exc:
        prepare_attachment(write("photo.jpg", pdf_bytes()), policy=DOCUMENT)
    assert exc.value.code == "media.disguised"
    truncated = jpeg_bytes((640, 480))
    with pytest.raises(ValidationError) as exc:
        prepare_attachment(write("photo.jpg", truncated[: len(truncated) // 2]), policy=DOCUMENT)
    assert exc.value.code == "media.corrupt"
    data = pdf_bytes()
    with pytest.raises(ValidationError) as exc:
        prepare_attachment(write("decision.pdf", data[:-20]), policy=DOCUMENT)
    assert exc.value.code == "media.corrupt"


@pytest.mark.parametrize(("name", "fmt"), [("scan.png", "PNG"), ("scan.webp", "WEBP"), ("scan.tiff", "TIFF")])
def test_other_image_kinds_are_compressed_too(write: Write, name: str, fmt: str) -> None:
    prepared = prepare_attachment(write(name, image_bytes(fmt, (1200, 900))), policy=DOCUMENT)
    assert prepared.kind is MediaKind.WEBP and (prepared.width, prepared.height) == (1200, 900)


def test_transparent_png_lands_on_white_paper(write: Write) -> None:
    image = Image.new("RGBA", (400, 300), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle((150, 100, 250, 200), fill=(0, 0, 0, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    sent = _decode(prepare_attachment(write("sig.png", out.getvalue()), policy=DOCUMENT).data).convert("L")
    assert _px(sent, (20, 20)) > 240 and _px(sent, (200, 150)) < 40


def test_same_input_gives_the_same_bytes(write: Write, form_photo: Any) -> None:
    # the content address of an attachment must not change when the agent attaches the file again
    path = write("form.jpg", form_photo.data)
    assert (
        prepare_attachment(path, policy=DOCUMENT).sha256 == prepare_attachment(path, policy=DOCUMENT).sha256
    )


def test_preview_size_is_the_size_that_will_be_sent(write: Write, form_photo: Any) -> None:
    path = write("form.jpg", form_photo.data)
    assert preview_size(path, DOCUMENT) == prepare_attachment(path, policy=DOCUMENT).size


def test_prepare_bytes_checks_the_given_name() -> None:
    assert prepare_bytes(jpeg_bytes(), filename="a.jpg", policy=PHOTO).kind is MediaKind.JPEG
    with pytest.raises(ValidationError) as exc:
        prepare_bytes(jpeg_bytes(), filename="a.pdf", policy=PHOTO)
    assert exc.value.code == "media.disguised"


def test_budget_lowers_quality_then_size_but_not_below_the_floor(write: Write, form_photo: Any) -> None:
    path = write("form.jpg", form_photo.data)
    unbounded = prepare_attachment(path, policy=dataclasses.replace(DOCUMENT, max_output_bytes=10**9))
    tight = dataclasses.replace(DOCUMENT, max_output_bytes=unbounded.size // 2)
    squeezed = prepare_attachment(path, policy=tight)
    assert squeezed.size < unbounded.size
    assert squeezed.size <= tight.max_output_bytes or max(squeezed.width or 0, squeezed.height or 0) >= int(
        0.6 * tight.max_long_side * 0.85
    )
    impossible = dataclasses.replace(DOCUMENT, max_output_bytes=1)
    floor = prepare_attachment(path, policy=impossible)
    # it shrinks the picture when quality alone is not enough, but gives up at ~60% of the long side
    # rather than send an unreadable page
    floor_side = max(floor.width or 0, floor.height or 0)
    assert floor.size < squeezed.size and floor_side < 1600
    assert floor_side >= 0.6 * 0.85 * min(DOCUMENT.max_long_side, 1600)


def test_sixteen_bit_scan_is_scaled_not_clipped(write: Write) -> None:
    scan = Image.new("I;16", (300, 200))
    scan.paste(Image.new("I;16", (300, 200), 60000))  # paper
    scan.paste(Image.new("I;16", (100, 100), 3000), (100, 50))  # ink
    out = io.BytesIO()
    scan.save(out, "PNG")
    sent = _decode(prepare_attachment(write("scan16.png", out.getvalue()), policy=DOCUMENT).data).convert("L")
    assert _px(sent, (150, 100)) < 40 and _px(sent, (20, 20)) > 230


def test_heic_from_an_iphone_is_compressed_when_readable(write: Write) -> None:
    from villagedesk.media import HEIF_AVAILABLE

    if not HEIF_AVAILABLE:
        # without pillow-heif the refusal is covered in test_media_sniff; nothing to compress here
        return
    import pillow_heif

    image = Image.new("RGB", (2000, 1500), (250, 250, 245))
    ImageDraw.Draw(image).rectangle((100, 100, 600, 300), fill=(10, 10, 10))
    out = io.BytesIO()
    pillow_heif.from_pillow(image).save(out, quality=85)
    prepared = prepare_attachment(write("IMG_0003.HEIC", out.getvalue()), policy=DOCUMENT)
    assert prepared.kind is MediaKind.WEBP and (prepared.width, prepared.height) == (1754, 1316)


def test_the_township_can_open_both_outputs_with_qt(write: Write, form_photo: Any) -> None:
    # the township windows show attachments with QImage: the WebP plugin must be there and read ours
    from PySide6.QtGui import QImage

    for policy in (DOCUMENT, PHOTO):
        prepared = prepare_attachment(write("form.jpg", form_photo.data), policy=policy)
        image = QImage.fromData(prepared.data)
        assert not image.isNull(), policy.name
        assert (image.width(), image.height()) == (prepared.width, prepared.height)
