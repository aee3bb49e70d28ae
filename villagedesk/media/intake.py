"""Making photos of documents small enough for a plateau link, and keeping them readable.

A phone photo of an A4 form is 4000x3000 colour pixels, 2-5 MB; over 64 kbit/s that is ten minutes per
page. What the township needs is the text, the stamp and the signature, so a document photo becomes:

* **grayscale** - colour carries almost nothing on a form. The gray mix leans on the red channel
  (0.42 R + 0.46 G + 0.12 B instead of the usual 0.30/0.59/0.11) so a red seal comes out as a mid gray
  that the text beneath it still shows through, while black print and blue ballpoint stay dark;
* **about 150 dpi** - the long side shrinks to 1754 px, which is A4's 297 mm at 150 dpi. A phone frames
  the document it photographs, so the long side of the picture is the long side of the paper; an ID card
  photographed close up simply keeps more than 150 dpi, which it needs;
* **lit evenly** - the paper's brightness is estimated at each place (a max filter over a coarse copy
  ignores the thin dark strokes) and divided out, so the gradient and vignette of a room light vanish and
  the paper becomes pure white. Sensor noise on white paper is what costs the most bytes, and it goes
  with it; stroke contrast goes up, which is what OCR and tired eyes want (tesseract reads the ID from
  every compressed benchmark page, but misses it on half of the unflattened originals). Regions much
  darker than the paper (the table, a hand, the photo on an ID card) keep their own contrast;
* **WebP at quality 50** (lossy VP8, method 6). From the same pixels of the benchmark photos it is
  76-83 KB against 105-126 KB for JPEG at quality 40-50 (28-36% smaller, in line with Google's published
  25-34%), and tesseract reads the ID number from all of them; WebP keeps strokes free of JPEG's ringing.
  The result is 2.5-3% of the phone's original bytes (docs/benchmarks/photos.md).

Why WebP and not JPEG, AVIF or bilevel TIFF G4:

* every program the township runs opens it: Pillow's wheels bundle libwebp, and PySide6-essentials ships
  Qt's ``imageformats/libqwebp`` plugin, so QImage/QPixmap read it (the installer spec must keep that
  plugin). Browsers and Windows 10+ open it too;
* AVIF would be smaller still, but needs a Pillow build with libavif and has no Qt plugin in
  PySide6-essentials: a township PC could receive a page it cannot show;
* JPEG is the fallback (``OutputFormat.JPEG``) wherever an archive rule demands it (at quality 50 it
  still meets the 6% target, at about 4%); bilevel G4 is four times smaller again but turns a faint
  stamp or pencil note into nothing, a loss nobody sees until it matters.

Colour photographs (a 证件照, a photo of a house) use ``PHOTO``: colour JPEG at quality 80 and 1200 px,
converted to sRGB from the phone's colour profile. PDFs are never recompressed: they are checked and
passed through byte for byte.

Orientation comes from the EXIF tag and is applied to the pixels. All metadata is dropped: EXIF carries
the GPS position of the herder's home and the phone's serial number, which the township has no use for.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from enum import StrEnum

from PIL import Image, ImageCms, ImageFilter, ImageMath, ImageOps

from villagedesk.core.models import Material

from .sniff import DEFAULT_LIMITS, IntakeLimits, MediaKind, check_pdf, identify, open_image, read_input

__all__ = [
    "DOCUMENT",
    "PHOTO",
    "CompressionPolicy",
    "OutputFormat",
    "Prepared",
    "policy_for",
    "prepare_attachment",
    "prepare_bytes",
    "preview_size",
]


class OutputFormat(StrEnum):
    WEBP = "webp"
    JPEG = "jpeg"

    @property
    def media_type(self) -> str:
        return "image/webp" if self is OutputFormat.WEBP else "image/jpeg"


@dataclass(frozen=True)
class CompressionPolicy:
    name: str
    grayscale: bool
    max_long_side: int  # never enlarged
    output: OutputFormat
    quality: int
    # if the first encoding is bigger than this, quality steps down to min_quality, then the picture
    # shrinks: a page dense with small print must not cost five times what a form costs
    max_output_bytes: int
    min_quality: int
    flatten_lighting: bool = False
    sharpen: bool = False


DOCUMENT = CompressionPolicy(
    name="document",
    grayscale=True,
    max_long_side=1754,
    output=OutputFormat.WEBP,
    quality=50,
    max_output_bytes=160_000,
    min_quality=30,
    flatten_lighting=True,
    # unsharp masking cost 11% more bytes on the benchmark and OCR read the IDs just as well without it
    sharpen=False,
)

PHOTO = CompressionPolicy(
    name="photo",
    grayscale=False,
    max_long_side=1200,
    output=OutputFormat.JPEG,
    quality=80,
    max_output_bytes=250_000,
    min_quality=60,
)


def policy_for(material: Material) -> CompressionPolicy:
    return PHOTO if material.colour_photo else DOCUMENT


@dataclass(frozen=True)
class Prepared:
    """What is stored and sent for one attachment; ``sha256`` names the output, the content address."""

    data: bytes
    media_type: str
    kind: MediaKind  # of the output
    original_size: int
    size: int
    width: int | None  # None for a PDF
    height: int | None
    sha256: str
    original_sha256: str
    policy: str  # the policy's name, or "passthrough" for a PDF


# red-leaning gray: see the module docstring
_GRAY_MATRIX = (0.42, 0.46, 0.12, 0.0)


def prepare_attachment(
    path: str | os.PathLike[str],
    *,
    policy: CompressionPolicy,
    limits: IntakeLimits = DEFAULT_LIMITS,
) -> Prepared:
    """Check the file by content and compress it for sending; raises ValidationError (``media.*``)."""
    data, filename = read_input(path, limits)
    return _prepare(data, filename, policy, limits)


def prepare_bytes(
    data: bytes,
    *,
    filename: str | None = None,
    policy: CompressionPolicy,
    limits: IntakeLimits = DEFAULT_LIMITS,
) -> Prepared:
    """As prepare_attachment, for content already in memory (a scanner, a pasted image)."""
    data, _ = read_input(data, limits)
    return _prepare(data, filename, policy, limits)


def preview_size(
    path: str | os.PathLike[str], policy: CompressionPolicy, *, limits: IntakeLimits = DEFAULT_LIMITS
) -> int:
    """Bytes the attachment will cost on the wire, shown to the agent before accepting it."""
    return prepare_attachment(path, policy=policy, limits=limits).size


def _prepare(data: bytes, filename: str | None, policy: CompressionPolicy, limits: IntakeLimits) -> Prepared:
    kind = identify(data, filename)
    original_sha = hashlib.sha256(data).hexdigest()
    if kind is MediaKind.PDF:
        check_pdf(data, filename)
        return Prepared(
            data=data,
            media_type=kind.media_type,
            kind=kind,
            original_size=len(data),
            size=len(data),
            width=None,
            height=None,
            sha256=original_sha,
            original_sha256=original_sha,
            policy="passthrough",
        )
    target = policy.max_long_side
    image = open_image(data, kind, filename, limits, draft_long_side=target)
    picture = _normalise(image, policy)
    out, picture = _encode_within_budget(picture, policy)
    width, height = picture.size
    return Prepared(
        data=out,
        media_type=policy.output.media_type,
        kind=MediaKind.WEBP if policy.output is OutputFormat.WEBP else MediaKind.JPEG,
        original_size=len(data),
        size=len(out),
        width=width,
        height=height,
        sha256=hashlib.sha256(out).hexdigest(),
        original_sha256=original_sha,
        policy=policy.name,
    )


def _to_srgb(image: Image.Image) -> Image.Image:
    icc = image.info.get("icc_profile")
    if not icc or image.mode != "RGB":
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode="RGB")
    except (ImageCms.PyCMSError, OSError):
        return image  # a broken profile: the pixels as they are beat no picture
    return converted if converted is not None else image


def _normalise(image: Image.Image, policy: CompressionPolicy) -> Image.Image:
    """Upright, stripped of metadata, in the policy's colour and size, ready to encode."""
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        # a transparent screenshot or scan: transparent means paper, so put it on white
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    if image.mode.startswith("I;16"):
        # 16-bit scans: Pillow's plain convert("L") clips instead of scaling and gives a white page
        image = image.convert("F").point(lambda v: v / 257).convert("L")
    elif image.mode in ("I", "F"):
        high = float(image.getextrema()[1])  # type: ignore[arg-type]
        scale = 255.0 / high if high > 255 else 1.0
        image = image.convert("F").point(lambda v: v * scale).convert("L")
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    if not policy.grayscale:
        image = _to_srgb(image)
    if policy.grayscale and image.mode != "L":
        image = image.convert("L", matrix=_GRAY_MATRIX)
    scale = policy.max_long_side / max(image.size)
    if scale < 1:
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if policy.flatten_lighting and image.mode == "L":
        image = _flatten_lighting(image)
    if policy.sharpen:
        image = image.filter(ImageFilter.UnsharpMask(radius=1.2, percent=60, threshold=2))
    # a fresh image: nothing of the original's info (EXIF, XMP, ICC, comments) can reach the encoder
    return Image.frombytes(image.mode, image.size, image.tobytes())


def _flatten_lighting(gray: Image.Image) -> Image.Image:
    """Divide out the paper's local brightness, then push paper to white and ink towards black."""
    w, h = gray.size
    step = max(1, min(w, h) // 150)  # the coarse copy has about 150 px on its short side
    coarse = gray.reduce(step) if step > 1 else gray.copy()
    # a max filter wider than any stroke sees only paper; repeated small windows are cheaper than one big
    for _ in range(3):
        coarse = coarse.filter(ImageFilter.MaxFilter(5))
    coarse = coarse.filter(ImageFilter.GaussianBlur(3))
    # Where the estimate is much darker than the page (the table around it, a hand, the photo on an ID
    # card) dividing would blow grain up into costly, meaningless texture. Below a floor the divisor
    # turns back up towards 255, so the darkest regions keep their own contrast, untouched.
    histogram = coarse.histogram()
    total, seen, bright = sum(histogram), 0, 255
    for value in range(255, -1, -1):
        seen += histogram[value]
        if seen >= total * 0.05:
            bright = value
            break
    floor = max(1, round(bright * 0.6))
    coarse = coarse.point(lambda v: v if v >= floor else round(floor + (floor - v) * (255 - floor) / floor))
    paper = coarse.resize(gray.size, Image.Resampling.BILINEAR)
    flat = ImageMath.lambda_eval(
        lambda a: a["g"] * 255.0 / a["max"](a["p"], 1.0),
        g=gray.convert("F"),
        p=paper.convert("F"),
    )
    # levels: paper (>= 88% of its local brightness) to white; ink spread over the range below
    white, black = 224.0, 40.0
    stretched = flat.point(lambda v: (v - black) * (255.0 / (white - black)))
    result: Image.Image = stretched.convert("L")
    return result


def _encode(image: Image.Image, fmt: OutputFormat, quality: int) -> bytes:
    out = io.BytesIO()
    if fmt is OutputFormat.WEBP:
        # method 6: slowest and smallest; still well under a second for a page
        image.save(out, "WEBP", quality=quality, method=6)
    else:
        image.save(out, "JPEG", quality=quality, optimize=True, progressive=True, subsampling=2)
    return out.getvalue()


def _encode_within_budget(image: Image.Image, policy: CompressionPolicy) -> tuple[bytes, Image.Image]:
    """The encoded bytes and the picture they hold (smaller than given if the budget demanded it)."""
    quality = policy.quality
    data = _encode(image, policy.output, quality)
    while len(data) > policy.max_output_bytes and quality > policy.min_quality:
        quality = max(policy.min_quality, quality - 10)
        data = _encode(image, policy.output, quality)
    while len(data) > policy.max_output_bytes and max(image.size) > policy.max_long_side * 0.6:
        # still too big at the lowest quality: shrink a step, but never under ~90 dpi for A4
        image = image.resize(
            (max(1, round(image.width * 0.85)), max(1, round(image.height * 0.85))), Image.Resampling.LANCZOS
        )
        data = _encode(image, policy.output, quality)
    return data, image
