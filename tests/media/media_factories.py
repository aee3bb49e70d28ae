"""Builders of small real files for the media tests, and a tesseract helper that fails when it is absent."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from PIL import Image, ImageDraw


def tesseract_or_fail() -> str:
    exe = shutil.which("tesseract")
    if exe is None:
        pytest.fail("tesseract is not installed: apt-get install -y tesseract-ocr (the bootstrap must do it)")
    return exe


def read_digits(image: Image.Image) -> str:
    """What tesseract reads in a one-line crop, restricted to ID-number characters."""
    exe = tesseract_or_fail()
    # tesseract wants glyphs 20-30 px high; the small test photos give about 17, so enlarge 2x for
    # everything read here (a crushed image stays unreadable however much it is enlarged)
    image = image.convert("L").resize((image.width * 2, image.height * 2), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    image.save(buf, "PNG")
    result = subprocess.run(
        [exe, "stdin", "stdout", "--psm", "7", "-l", "eng", "-c", "tessedit_char_whitelist=0123456789X"],
        input=buf.getvalue(),
        capture_output=True,
        check=True,
    )
    return "".join(result.stdout.decode("utf-8", "replace").split())


def jpeg_bytes(
    size: tuple[int, int] = (320, 240),
    *,
    colour: tuple[int, int, int] = (200, 60, 40),
    exif: Image.Exif | None = None,
    quality: int = 90,
) -> bytes:
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).rectangle((10, 10, size[0] // 3, size[1] // 3), fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, exif=exif if exif is not None else Image.Exif())
    return out.getvalue()


def image_bytes(fmt: str, size: tuple[int, int] = (200, 150), mode: str = "RGB") -> bytes:
    image = Image.new(mode, size, "white")
    ImageDraw.Draw(image).line((0, 0, size[0], size[1]), fill="black", width=3)
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def pdf_bytes() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 720, "Decision 2026-11-20")
    pdf.showPage()
    pdf.save()
    return out.getvalue()
