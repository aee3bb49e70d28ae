"""Synthetic phone photos of filled-in Chinese application forms, for the photo benchmark and tests.

A real agent photographs a paper form lying on a table with a phone held upright: the sensor stores a
4000x3000 landscape buffer with an EXIF Orientation tag, the page is a little rotated and tilted, the light
falls off towards one side and the corners, the sensor adds noise, and the phone writes GPS coordinates into
the EXIF. Everything here is Pillow only and seeded, so a benchmark run can be repeated bit for bit.

    .venv/bin/python bench/photogen.py --out /tmp/photos --count 10 --seed 1
"""

from __future__ import annotations

import argparse
import io
import math
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

_ROOT = Path(__file__).resolve().parents[1]
FONT_CANDIDATES = (
    _ROOT / "resources" / "fonts" / "WenQuanYiMicroHei-URO.ttf",
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
)

# Ganzi prefecture county codes (GB/T 2260), so the ID numbers look like the ones an agent really sees.
_GANZI_COUNTIES = (
    "513301", "513322", "513323", "513324", "513325", "513326", "513327", "513328", "513329",
    "513330", "513331", "513332", "513333", "513334", "513335", "513336", "513337", "513338",
)  # fmt: skip
_NAMES = ("泽仁拉姆", "扎西多吉", "格桑卓玛", "洛绒尼玛", "央金拉姆", "降央曲批", "次仁措", "四郎多吉")
_TOWNSHIPS = ("呷巴乡", "新都桥镇", "拉日马镇", "色威乡", "麻书乡", "仁果乡")
_ITEMS = (
    "城乡居民基本养老保险待遇申领",
    "农村低保对象认定",
    "残疾人两项补贴申请",
    "草原生态保护补助奖励资金发放",
    "临时救助申请",
)
_BODY = (
    "本人自愿申请办理上述事项，现将有关情况说明如下：本人户籍所在地为本村，家庭成员共计五人，"
    "主要收入来源为放牧和虫草采集，近年来因家人患病，家庭生活较为困难。"
    "本人承诺所提供的全部材料真实、准确、完整，如有虚假，愿意承担相应的法律责任，"
    "并同意有关部门对本人及家庭成员的收入、财产等情况进行调查核实。"
    "村民委员会已对申请人的情况进行了入户调查和民主评议，评议结果已在村务公开栏公示七日，无异议。"
)
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def id_check_char(first17: str) -> str:
    """GB 11643 check character for the first 17 digits."""
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def random_id_number(rng: random.Random) -> str:
    county = rng.choice(_GANZI_COUNTIES)
    year = rng.randint(1940, 2005)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    first17 = f"{county}{year:04d}{month:02d}{day:02d}{rng.randint(0, 999):03d}"
    return first17 + id_check_char(first17)


def font_path() -> Path:
    for candidate in FONT_CANDIDATES:
        if candidate.exists():
            return candidate
    raise FileNotFoundError(
        "no CJK font: expected resources/fonts/WenQuanYiMicroHei-URO.ttf or "
        "apt-get install -y fonts-wqy-microhei"
    )


@dataclass(frozen=True)
class GeneratedPhoto:
    data: bytes  # the JPEG file as the phone would write it
    id_number: str
    name: str
    orientation: int  # EXIF Orientation tag written (6 or 8: phone held upright)
    stored_size: tuple[int, int]  # pixel buffer size, before the orientation is applied
    # where the ID number (its digits) lands in the upright picture: (left, top, right, bottom) as fractions
    id_box: tuple[float, float, float, float]
    # the signature, date and seal, in the same units
    seal_box: tuple[float, float, float, float]

    def id_crop(self, size: tuple[int, int], margin: float = 0.015) -> tuple[int, int, int, int]:
        """The ID line's box in pixels of an upright picture of ``size``, with a margin around it."""
        w, h = size
        left, top, right, bottom = self.id_box
        return (
            max(0, round((left - margin) * w)),
            max(0, round((top - margin) * h)),
            min(w, round((right + margin) * w)),
            min(h, round((bottom + margin) * h)),
        )


class _Page:
    """An A4 form drawn at a given pixel scale (pixels per millimetre)."""

    def __init__(self, px_per_mm: float, font_file: Path) -> None:
        self.k = px_per_mm
        self.font_file = font_file
        self.image = Image.new("RGB", (self.mm(210), self.mm(297)), (246, 245, 240))
        self.draw = ImageDraw.Draw(self.image)

    def mm(self, value: float) -> int:
        return round(value * self.k)

    def font(self, points: float) -> ImageFont.FreeTypeFont:
        return ImageFont.truetype(str(self.font_file), max(6, self.mm(points * 0.3528)))

    def text(self, x_mm: float, y_mm: float, text: str, points: float, fill: tuple[int, int, int]) -> None:
        self.draw.text((self.mm(x_mm), self.mm(y_mm)), text, font=self.font(points), fill=fill)

    def centred(self, y_mm: float, text: str, points: float) -> None:
        font = self.font(points)
        width = self.draw.textlength(text, font=font)
        self.draw.text(((self.image.width - width) / 2, self.mm(y_mm)), text, font=font, fill=(25, 25, 28))

    def wrapped(self, x_mm: float, y_mm: float, width_mm: float, text: str, points: float) -> float:
        font = self.font(points)
        limit = self.mm(width_mm)
        line = ""
        y = y_mm
        step = points * 0.3528 * 1.7
        for ch in text:
            if self.draw.textlength(line + ch, font=font) > limit:
                self.draw.text((self.mm(x_mm), self.mm(y)), line, font=font, fill=(30, 30, 34))
                line, y = ch, y + step
            else:
                line += ch
        if line:
            self.draw.text((self.mm(x_mm), self.mm(y)), line, font=font, fill=(30, 30, 34))
        return y + step

    def rule(self, x0: float, y0: float, x1: float, y1: float, width_mm: float = 0.3) -> None:
        self.draw.line(
            [(self.mm(x0), self.mm(y0)), (self.mm(x1), self.mm(y1))],
            fill=(40, 40, 45),
            width=max(1, self.mm(width_mm)),
        )


def _signature(page: _Page, rng: random.Random, x_mm: float, y_mm: float) -> None:
    """A ballpoint scribble: a few connected loops drawn as a smooth polyline in blue-black ink."""
    points: list[tuple[float, float]] = []
    x = x_mm
    phase = rng.uniform(0, math.tau)
    for i in range(260):
        t = i / 260
        x = x_mm + 38 * t + 2.5 * math.sin(phase + t * 31)
        y = y_mm + 4.5 * math.sin(phase * 0.7 + t * 19) * (1 - 0.5 * t) + 2 * math.cos(t * 47)
        points.append((page.mm(x), page.mm(y)))
    ink = rng.choice(((20, 30, 110), (25, 25, 40)))
    page.draw.line(points, fill=ink, width=max(1, page.mm(0.45)), joint="curve")
    # the final flourish under the name
    page.draw.line(
        [(page.mm(x_mm + 2), page.mm(y_mm + 7)), (page.mm(x_mm + 44), page.mm(y_mm + 5))],
        fill=ink,
        width=max(1, page.mm(0.4)),
    )


def _stamp(page: _Page, rng: random.Random, cx_mm: float, cy_mm: float, org: str) -> None:
    """A round red official seal (公章), multiplied onto the paper as ink is, slightly uneven."""
    size = page.mm(44)
    layer = Image.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(layer)
    red = (205, 38, 45)
    centre = size / 2
    radius = page.mm(20)
    ring = max(2, page.mm(1.1))
    draw.ellipse(
        (centre - radius, centre - radius, centre + radius, centre + radius), outline=red, width=ring
    )
    star_r = page.mm(5.5)
    star = [
        (
            centre + (star_r if i % 2 == 0 else star_r * 0.4) * math.sin(i * math.pi / 5),
            centre - page.mm(1) - (star_r if i % 2 == 0 else star_r * 0.4) * math.cos(i * math.pi / 5),
        )
        for i in range(10)
    ]
    draw.polygon(star, fill=red)
    font = page.font(11)
    span = math.radians(250)
    for i, ch in enumerate(org):
        angle = -span / 2 + span * (i + 0.5) / len(org)
        glyph = Image.new("L", (page.mm(6), page.mm(6)), 0)
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle), resample=Image.Resampling.BICUBIC)
        gx = centre + (radius - page.mm(4.6)) * math.sin(angle) - glyph.width / 2
        gy = centre - (radius - page.mm(4.6)) * math.cos(angle) - glyph.height / 2
        layer.paste(Image.new("RGB", glyph.size, red), (round(gx), round(gy)), glyph)
    draw.text((centre, centre + page.mm(10)), "政务服务专用章", font=page.font(7.5), fill=red, anchor="mm")
    # uneven ink: fade parts of the seal the way a hand-pressed stamp does
    fade = Image.effect_noise((max(2, size // 24), max(2, size // 24)), 60).resize(
        (size, size), Image.Resampling.BICUBIC
    )
    fade = fade.point(lambda v: min(255, max(0, 2 * (v - 128) + 190)))
    layer = Image.composite(layer, Image.new("RGB", layer.size, (255, 255, 255)), fade)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    box = (page.mm(cx_mm) - size // 2, page.mm(cy_mm) - size // 2)
    region = page.image.crop((box[0], box[1], box[0] + size, box[1] + size))
    page.image.paste(ImageChops.multiply(region, layer), box)


def render_form(
    rng: random.Random, px_per_mm: float, id_number: str, name: str
) -> tuple[Image.Image, tuple[float, float, float, float], tuple[float, float, float, float]]:
    """The form, and the boxes (page pixels) of its ID number line and of its signature and seal."""
    page = _Page(px_per_mm, font_path())
    township = rng.choice(_TOWNSHIPS)
    page.centred(18, "甘孜藏族自治州政务服务事项申请表", 18)
    page.centred(30, f"申请事项：{rng.choice(_ITEMS)}", 12)
    left, right = 20.0, 190.0
    top = 42.0
    rows = (
        ("姓    名", name, "性    别", rng.choice(("男", "女"))),
        ("民    族", "藏族", "出生日期", f"{id_number[6:10]}年{id_number[10:12]}月{id_number[12:14]}日"),
        ("联系电话", f"1{rng.randint(3, 9)}{rng.randint(0, 999999999):09d}", "申请日期", "2026年11月20日"),
        ("户籍住址", f"四川省甘孜藏族自治州康定市{township}", "", ""),
    )
    row_h = 13.0
    for r, (k1, v1, k2, v2) in enumerate(rows):
        y = top + r * row_h
        page.rule(left, y, right, y)
        page.text(left + 2, y + 3.5, k1, 12, (25, 25, 28))
        page.text(left + 30, y + 3.5, v1, 12, (25, 25, 28))
        if k2:
            page.text(left + 88, y + 3.5, k2, 12, (25, 25, 28))
            page.text(left + 114, y + 3.5, v2, 12, (25, 25, 28))
    y = top + len(rows) * row_h
    page.rule(left, y, right, y)
    # the ID number row: printed a size larger, as forms do for the one field everyone must read
    id_line = f"身份证号码：{id_number}"
    page.text(left + 2, y + 3.5, id_line, 15, (20, 20, 24))
    # the box of the number alone, without its label: a field reader crops the field's value
    label_w = page.draw.textlength("身份证号码：", font=page.font(15))
    id_box = page.draw.textbbox(
        (page.mm(left + 2) + label_w, page.mm(y + 3.5)), id_number, font=page.font(15)
    )
    y += row_h + 2
    page.rule(left, y, right, y)
    page.rule(left, top, left, y)
    page.rule(right, top, right, y)
    page.text(left, y + 6, "申请理由：", 12, (25, 25, 28))
    body = _BODY[rng.randint(0, 40) :] + _BODY[: rng.randint(0, 40)]
    y = page.wrapped(left + 8, y + 14, right - left - 8, body, 12)
    y = page.wrapped(left, y + 6, right - left, "村民委员会意见：情况属实，同意上报。" * 2, 12)
    sign_y = max(y + 14, 205.0)
    page.text(left, sign_y, "申请人（签字）：", 12, (25, 25, 28))
    _signature(page, rng, left + 40, sign_y + 2)
    page.text(118, sign_y + 28, "2026年11月20日", 12, (25, 25, 28))
    _stamp(page, rng, 140 + rng.uniform(-6, 6), sign_y + 24 + rng.uniform(-4, 4), f"康定市{township}人民政府")
    page.text(left, 280, "注：本表一式两份，申请人与受理单位各执一份。", 9, (60, 60, 64))
    seal_box = (page.mm(left), page.mm(sign_y - 6), page.mm(right), page.mm(sign_y + 50))
    return (
        page.image,
        (float(id_box[0]), float(id_box[1]), float(id_box[2]), float(id_box[3])),
        (float(seal_box[0]), float(seal_box[1]), float(seal_box[2]), float(seal_box[3])),
    )


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> tuple[float, ...]:
    """Coefficients for Image.transform(PERSPECTIVE): maps each output (dst) point to its input (src)."""
    rows: list[list[float]] = []
    rhs: list[float] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    # Gaussian elimination with partial pivoting: eight unknowns, no numpy needed
    n = 8
    m = [[*row, b] for row, b in zip(rows, rhs, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col], strict=True)]
    return tuple(m[i][n] / m[i][i] for i in range(n))


def _apply(c: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    d = c[6] * x + c[7] * y + 1
    return ((c[0] * x + c[1] * y + c[2]) / d, (c[3] * x + c[4] * y + c[5]) / d)


def _map_box(
    forward: tuple[float, ...], box: tuple[float, float, float, float], width: int, height: int
) -> tuple[float, float, float, float]:
    points = [_apply(forward, x, y) for x in (box[0], box[2]) for y in (box[1], box[3])]
    return (
        min(p[0] for p in points) / width,
        min(p[1] for p in points) / height,
        max(p[0] for p in points) / width,
        max(p[1] for p in points) / height,
    )


def _table(size: tuple[int, int], rng: random.Random) -> Image.Image:
    w, h = size
    base = rng.choice(((92, 64, 44), (70, 52, 40), (58, 60, 64)))
    grain = Image.effect_noise((max(2, w // 60), h), 40).resize((w, h), Image.Resampling.BICUBIC)
    grain = grain.filter(ImageFilter.GaussianBlur(max(1, h // 800)))
    table = Image.new("RGB", size, base)
    tint = Image.merge(
        "RGB", [grain.point(lambda v, c=c: max(0, min(255, c + (v - 128) // 2))) for c in base]
    )
    return ImageChops.blend(table, tint, 0.7)


def _lighting(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """Light falling off towards one side and the corners, with a soft shadow of the phone or hand."""
    w, h = size
    sw, sh = 48, 64
    small = Image.new("L", (sw, sh))
    angle = rng.uniform(0, math.tau)
    dx, dy = math.cos(angle), math.sin(angle)
    strength = rng.uniform(0.22, 0.35)
    vignette = rng.uniform(0.25, 0.4)
    shadow_x, shadow_y = rng.uniform(0.2, 0.8), rng.uniform(0.6, 1.0)
    pixels = []
    for y in range(sh):
        for x in range(sw):
            nx, ny = x / (sw - 1) - 0.5, y / (sh - 1) - 0.5
            light = 1.0 - strength * (0.5 + nx * dx + ny * dy)
            light *= 1.0 - vignette * (nx * nx + ny * ny) * 1.6
            d2 = (x / (sw - 1) - shadow_x) ** 2 + (y / (sh - 1) - shadow_y) ** 2
            light *= 1.0 - 0.18 * math.exp(-d2 / 0.02)
            pixels.append(max(0, min(255, round(255 * light))))
    small.putdata(pixels)
    return small.resize((w, h), Image.Resampling.BICUBIC)


def generate(
    seed: int,
    *,
    size: tuple[int, int] = (4000, 3000),
    quality: int | None = None,
    noise_sigma: float = 4.0,
) -> GeneratedPhoto:
    """One phone photo of a form; ``size`` is the stored (landscape) buffer, as the sensor writes it."""
    rng = random.Random(seed)
    stored_w, stored_h = size
    # the phone is held upright: the scene is portrait and the buffer is rotated, with an Orientation tag
    disp_w, disp_h = stored_h, stored_w
    id_number = random_id_number(rng)
    name = rng.choice(_NAMES)
    page_h_px = disp_h * rng.uniform(0.82, 0.9)
    # draw a little larger than it lands in the photo so the perspective warp samples down, not up
    page, id_box_page, seal_box_page = render_form(rng, page_h_px / 297 * 1.15, id_number, name)

    scene = _table((disp_w, disp_h), rng)
    page_w_px = page_h_px * 210 / 297
    cx = disp_w / 2 + rng.uniform(-0.03, 0.03) * disp_w
    cy = disp_h / 2 + rng.uniform(-0.02, 0.02) * disp_h
    theta = math.radians(rng.choice((-1, 1)) * rng.uniform(1.0, 3.0))
    tilt = rng.uniform(0.015, 0.04) * rng.choice((-1, 1))  # top edge narrower than the bottom, or wider
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        half_w = page_w_px / 2 * (1 - tilt * sy)
        x, y = sx * half_w, sy * page_h_px / 2
        x += rng.uniform(-0.004, 0.004) * disp_w
        y += rng.uniform(-0.004, 0.004) * disp_h
        corners.append(
            (cx + x * math.cos(theta) - y * math.sin(theta), cy + x * math.sin(theta) + y * math.cos(theta))
        )
    src = [
        (0.0, 0.0),
        (float(page.width), 0.0),
        (float(page.width), float(page.height)),
        (0.0, float(page.height)),
    ]
    coeffs = _perspective_coeffs(corners, src)
    forward = _perspective_coeffs(src, corners)  # page -> scene, to say where the ID line landed
    id_box = _map_box(forward, id_box_page, disp_w, disp_h)
    seal_box = _map_box(forward, seal_box_page, disp_w, disp_h)
    warped = page.transform((disp_w, disp_h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(
        (disp_w, disp_h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR
    )
    shadow = mask.filter(ImageFilter.GaussianBlur(disp_h / 250))
    shadow = ImageChops.offset(shadow, round(disp_w / 300), round(disp_h / 200))
    scene = Image.composite(
        ImageChops.multiply(scene, Image.new("RGB", scene.size, (110, 110, 110))), scene, shadow
    )
    scene = Image.composite(warped, scene, mask)

    light = _lighting((disp_w, disp_h), rng)
    warm = rng.uniform(0.86, 0.95)
    light_rgb = Image.merge(
        "RGB", [light, light.point(lambda v: round(v * 0.97)), light.point(lambda v: round(v * warm))]
    )
    scene = ImageChops.multiply(scene, light_rgb)
    scene = scene.filter(ImageFilter.GaussianBlur(disp_h / 5000))  # lens and focus softness

    # sensor noise: luminance noise shared by the channels plus weaker colour noise
    luma = Image.effect_noise((disp_w, disp_h), noise_sigma)
    bands = []
    for band in scene.split():
        chroma = Image.effect_noise((disp_w, disp_h), noise_sigma / 2)
        band = ImageChops.add(band, luma, scale=1.0, offset=-128)
        bands.append(ImageChops.add(band, chroma, scale=1.0, offset=-128))
    scene = Image.merge("RGB", bands)

    orientation = rng.choice((6, 8))
    stored = scene.transpose(Image.Transpose.ROTATE_90 if orientation == 6 else Image.Transpose.ROTATE_270)
    exif = Image.Exif()
    exif[0x010F] = "VillageDesk"  # Make
    exif[0x0110] = "Synthetic Phone 12MP"  # Model
    exif[0x0112] = orientation
    exif[0x0132] = "2026:11:20 10:31:07"  # DateTime
    # phones put where the photo was taken into every picture: intake must strip it
    exif[0x8825] = {
        1: "N",
        2: (30.0, 3.0, round(rng.uniform(0, 59), 2)),
        3: "E",
        4: (101.0, 57.0, round(rng.uniform(0, 59), 2)),
        5: b"\x00",
        6: round(rng.uniform(2500, 4200), 1),
    }
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=quality or rng.randint(90, 92), subsampling=2, exif=exif)
    return GeneratedPhoto(
        out.getvalue(), id_number, name, orientation, (stored_w, stored_h), id_box, seal_box
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--width", type=int, default=4000)
    parser.add_argument("--height", type=int, default=3000)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(args.count):
        photo = generate(args.seed + i, size=(args.width, args.height))
        path = args.out / f"form-{args.seed + i:03d}.jpg"
        path.write_bytes(photo.data)
        print(f"{path}\t{len(photo.data)}\t{photo.id_number}")


if __name__ == "__main__":
    main()
