"""Photo benchmark: how small the DOCUMENT policy makes a phone photo of a form, and whether it stays legible.

For each of N seeded synthetic phone photos (bench/photogen.py: 4000x3000 JPEG q90-92, EXIF orientation and
GPS, uneven light, noise, skew, perspective) it measures the compressed size against the original and runs
Debian's tesseract (chi_sim) over the whole page of both the original and the compressed image, counting the
ID number as read only if all 18 characters appear exactly.

    .venv/bin/python bench/bench_photos.py            # 10 photos, seed 1, writes docs/benchmarks/photos.md
    .venv/bin/python bench/bench_photos.py --count 3 --no-write

Needs: apt-get install -y tesseract-ocr tesseract-ocr-chi-sim fonts-wqy-microhei (the font only if
resources/fonts has no WenQuanYi Micro Hei).
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import PIL
from PIL import Image, ImageDraw, ImageFont, ImageOps, features

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import photogen  # noqa: E402

from villagedesk.media import DOCUMENT, prepare_attachment  # noqa: E402

TARGET_SHARE = 0.06


@dataclass(frozen=True)
class Row:
    seed: int
    id_number: str
    original_bytes: int
    compressed_bytes: int
    width: int
    height: int
    seconds: float
    page_original: bool  # whole page, chi_sim
    page_compressed: bool
    page_read_compressed: str
    line_original: bool  # the ID line cropped, digits only
    line_compressed: bool
    metadata_gone: bool

    @property
    def share(self) -> float:
        return self.compressed_bytes / self.original_bytes


def tesseract_text(path: Path, lang: str) -> str:
    result = subprocess.run(
        ["tesseract", str(path), "-", "-l", lang, "--psm", "3"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    return result.stdout


def tesseract_line_digits(image: Image.Image) -> str:
    """One text line, only the characters an ID number can hold (how a form reader would OCR a field)."""
    buf = io.BytesIO()
    image.convert("L").save(buf, "PNG")
    result = subprocess.run(
        [
            "tesseract",
            "stdin",
            "stdout",
            "--psm",
            "7",
            "-l",
            "eng",
            "-c",
            "tessedit_char_whitelist=0123456789X",
        ],
        input=buf.getvalue(),
        capture_output=True,
        check=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    return "".join(result.stdout.decode("utf-8", "replace").split())


def id_read(text: str, id_number: str) -> tuple[bool, str]:
    """Whether the exact ID appears, and the longest digit run near it (for the table when it does not)."""
    flat = re.sub(r"\s+", "", text)
    runs = re.findall(r"[0-9Xx]{15,}", flat)
    best = max(runs, key=len) if runs else ""
    return id_number in flat, (id_number if id_number in flat else best)


def run_one(
    seed: int, workdir: Path, lang: str
) -> tuple[Row, Image.Image, Image.Image, photogen.GeneratedPhoto]:
    photo = photogen.generate(seed)
    original_path = workdir / f"form-{seed:03d}.jpg"
    original_path.write_bytes(photo.data)
    start = time.perf_counter()
    prepared = prepare_attachment(original_path, policy=DOCUMENT)
    seconds = time.perf_counter() - start
    compressed_path = workdir / f"form-{seed:03d}.{prepared.kind.value}"
    compressed_path.write_bytes(prepared.data)

    # tesseract does not apply the EXIF orientation, a phone's viewer does: give it the upright pixels,
    # losslessly, so "the original" is exactly what the agent saw
    upright = ImageOps.exif_transpose(Image.open(io.BytesIO(photo.data)))
    upright_path = workdir / f"form-{seed:03d}-upright.png"
    upright.save(upright_path, compress_level=1)
    ok_original, _ = id_read(tesseract_text(upright_path, lang), photo.id_number)
    ok_compressed, read = id_read(tesseract_text(compressed_path, lang), photo.id_number)

    compressed = Image.open(io.BytesIO(prepared.data))
    # the same ID line cut from each: the box is known from the generator, in fractions of the page
    line_original = photo.id_number in tesseract_line_digits(upright.crop(photo.id_crop(upright.size)))
    line_compressed = photo.id_number in tesseract_line_digits(
        compressed.crop(photo.id_crop(compressed.size))
    )
    exif = compressed.getexif()
    metadata_gone = len(exif) == 0 and "xmp" not in compressed.info and "icc_profile" not in compressed.info
    row = Row(
        seed=seed,
        id_number=photo.id_number,
        original_bytes=prepared.original_size,
        compressed_bytes=prepared.size,
        width=prepared.width or 0,
        height=prepared.height or 0,
        seconds=seconds,
        page_original=ok_original,
        page_compressed=ok_compressed,
        page_read_compressed=read,
        line_original=line_original,
        line_compressed=line_compressed,
        metadata_gone=metadata_gone,
    )
    return row, upright, compressed, photo


def example_png(
    upright: Image.Image, compressed: Image.Image, photo: photogen.GeneratedPhoto, out: Path
) -> None:
    """The ID line, and the signature with the seal, original and compressed, side by side."""
    id_l, id_t, id_r, id_b = photo.id_box
    regions = [
        (id_l - 0.2, id_t - 0.05, id_r + 0.1, id_b + 0.04),
        photo.seal_box,
    ]
    label_h = 28
    font = ImageFont.truetype(str(photogen.font_path()), 18)
    panels: list[tuple[Image.Image, Image.Image]] = []
    for box in regions:

        def crop(image: Image.Image, box: tuple[float, float, float, float] = box) -> Image.Image:
            w, h = image.size
            return image.crop((round(box[0] * w), round(box[1] * h), round(box[2] * w), round(box[3] * h)))

        sent = crop(compressed).convert("RGB")
        # the original has ~2.3x the pixels per millimetre; scaled to the sent crop, both panels show the
        # same area at the same size
        panels.append((crop(upright).resize(sent.size, Image.Resampling.LANCZOS), sent))
    width = max(p[1].width for p in panels)
    height = sum(p[1].height for p in panels) + 8 * (len(panels) - 1)
    sheet = Image.new("RGB", (width * 2 + 12, height + label_h), (255, 255, 255))
    y = label_h
    for orig, sent in panels:
        sheet.paste(orig, (0, y))
        sheet.paste(sent, (width + 12, y))
        y += sent.height + 8
    draw = ImageDraw.Draw(sheet)
    draw.text((4, 4), "original (4000x3000 JPEG, scaled to the same size)", fill=(0, 0, 0), font=font)
    draw.text((width + 16, 4), "sent (DOCUMENT policy, native pixels)", fill=(0, 0, 0), font=font)
    # 64 colours keep the seal red and the ink blue at a fifth of the bytes: the docs stay small
    sheet.quantize(64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(out, optimize=True)


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    tess = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return (
        f"{platform.system()} {platform.release()}, {cpu or platform.processor()}, {os.cpu_count()} CPUs; "
        f"Python {platform.python_version()}, Pillow {PIL.__version__} "
        f"(libwebp {features.version('webp')}, libjpeg-turbo {features.version('libjpeg_turbo')}), {tess}"
    )


def passed(rows: list[Row]) -> bool:
    """Small enough, and the sent image read at least as well as the original, by both methods."""
    return all(
        r.share <= TARGET_SHARE
        and r.line_compressed  # so also wherever the original's line is read
        and (r.page_compressed or not r.page_original)
        and r.metadata_gone
        for r in rows
    )


def method(args: argparse.Namespace) -> list[str]:
    last = args.seed + args.count - 1
    text = f"""\
- {args.count} synthetic phone photos from `bench/photogen.py` (seeds {args.seed}...{last}): a filled-in
  A4 application form in Chinese (WenQuanYi Micro Hei) with an 18-digit ID number printed at 15 pt in the
  form's table, a red seal and a ballpoint signature, lying on a dark table; rotated 1-3 degrees with a
  perspective tilt; light falling off to one side and the corners, with a soft shadow; lens blur and
  sensor noise; stored as a 4000x3000 JPEG at quality 90-92 with an EXIF Orientation tag (6 or 8: the
  phone held upright) and GPS coordinates, as phones write them.
- Each photo goes through `villagedesk.media.prepare_attachment(path, policy=DOCUMENT)`: EXIF
  orientation applied, red-leaning grayscale, long side 1754 px (A4 at 150 dpi), lighting divided out,
  no sharpening, WebP quality 50 (method 6), all metadata dropped.
- Debian's `tesseract` reads the upright original (the decoded JPEG with its orientation applied, given
  losslessly: tesseract ignores EXIF orientation) and the compressed WebP as sent, two ways:
  *line*: the ID number's line cut out of each (its place is known from the generator), `-l eng --psm 7`
  with the whitelist `0123456789X`, as a form reader would OCR one field; *page*: the whole page,
  `-l chi_sim --psm 3`, the file itself for the WebP. The ID counts as read only if all 18 characters
  appear in order (whitespace removed).
- Target: compressed size at most {TARGET_SHARE:.0%} of the original bytes, and the ID read from both.
"""
    return text.splitlines()


def report(rows: list[Row], args: argparse.Namespace, example_name: str) -> str:
    lines = [
        "# Photo benchmark: documents made small, ID numbers still read",
        "",
        "Generated by `bench/bench_photos.py`; do not edit by hand. Rerun:",
        "",
        "```",
        f".venv/bin/python bench/bench_photos.py --count {args.count} --seed {args.seed}",
        "```",
        "",
        "## Method",
        "",
        *method(args),
        "",
        "## Machine",
        "",
        machine(),
        "",
        "## Results",
        "",
        "ID read = all 18 characters found. *Line*: the ID line cropped, digits only. *Page*: whole page,",
        "chi_sim. Time: `prepare_attachment` only (decode, process, encode).",
        "",
        "| seed | ID number | original KiB | sent KiB | share | sent px | time s | line: original | "
        "line: sent | page: original | page: sent | metadata gone |",
        "|---:|---|---:|---:|---:|---|---:|:-:|:-:|:-:|:-:|:-:|",
    ]

    def yn(flag: bool) -> str:
        return "yes" if flag else "no"

    for r in rows:
        page_sent = "yes" if r.page_compressed else f"no ({r.page_read_compressed or 'nothing'})"
        lines.append(
            f"| {r.seed} | {r.id_number} | {r.original_bytes / 1024:.0f} | {r.compressed_bytes / 1024:.1f} | "
            f"{r.share:.2%} | {r.width}x{r.height} | {r.seconds:.2f} | {yn(r.line_original)} | "
            f"{yn(r.line_compressed)} | {yn(r.page_original)} | {page_sent} | "
            f"{'yes' if r.metadata_gone else 'NO'} |"
        )
    shares = [r.share for r in rows]
    total_orig = sum(r.original_bytes for r in rows)
    total_sent = sum(r.compressed_bytes for r in rows)
    lines += [
        "",
        f"- Share of the original bytes: mean {sum(shares) / len(shares):.2%}, worst {max(shares):.2%} "
        f"(target at most {TARGET_SHARE:.0%}); all photos {total_orig / 1024 / 1024:.1f} MiB -> "
        f"{total_sent / 1024:.0f} KiB.",
        f"- ID number, line OCR: original {sum(r.line_original for r in rows)}/{len(rows)}, "
        f"sent {sum(r.line_compressed for r in rows)}/{len(rows)}. Whole-page OCR: original "
        f"{sum(r.page_original for r in rows)}/{len(rows)}, sent {sum(r.page_compressed for r in rows)}/{len(rows)}.",
        f"- Verdict: {'PASS' if passed(rows) else 'FAIL'} (every share at most {TARGET_SHARE:.0%}; the line OCR "
        "reads every sent ID; neither method reads an original that it fails to read once sent).",
        "- Where an original is not read, the cause is tesseract's global threshold meeting the uneven",
        "  light and the noise of the original (the number is plain to the eye, see the example); the sent",
        "  page has its lighting divided out, so the same tesseract reads it.",
        f"- At 64 kbit/s one compressed page takes about {total_sent / len(rows) * 8 / 64000:.0f} s "
        f"(the original: {total_orig / len(rows) * 8 / 64000 / 60:.1f} min).",
        "",
        "## Example",
        "",
        f"![original and compressed crops: the ID line, the signature and the seal]({example_name})",
        "",
        f"`{example_name}`, seed {rows[0].seed}: the ID line with the rows around it, and the signature, date "
        "and seal; left the original (scaled to the same size), right the image that is sent (the PNG is "
        "reduced to 64 colours to keep the docs small).",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--lang", default="chi_sim")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks" / "photos.md")
    parser.add_argument("--no-write", action="store_true", help="print the table, write no files")
    parser.add_argument("--keep", type=Path, help="keep the photos and outputs in this directory")
    args = parser.parse_args()
    if shutil.which("tesseract") is None:
        print("tesseract is missing: apt-get install -y tesseract-ocr tesseract-ocr-chi-sim", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="vd-photos-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        rows: list[Row] = []
        example: tuple[Image.Image, Image.Image, photogen.GeneratedPhoto] | None = None
        for seed in range(args.seed, args.seed + args.count):
            row, upright, compressed, photo = run_one(seed, workdir, args.lang)
            rows.append(row)
            if example is None:
                example = (upright, compressed, photo)
            print(
                f"seed {seed}: {row.original_bytes} -> {row.compressed_bytes} bytes ({row.share:.2%}), "
                f"line OCR original={row.line_original} sent={row.line_compressed}; "
                f"page OCR original={row.page_original} sent={row.page_compressed}",
                flush=True,
            )
        assert example is not None
        example_name = "photos-example.png"
        text = report(rows, args, example_name)
        if args.no_write:
            print(text)
        else:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(text, encoding="utf-8")
            example_png(*example, args.out.parent / example_name)
            print(f"wrote {args.out} and {args.out.parent / example_name}")
    return 0 if passed(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
