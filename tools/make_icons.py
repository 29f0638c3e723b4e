"""Draw the Agenda Planner application icon and write it in every format the installers need.

The icon is a calendar page whose body is the planning board in miniature: rooms as
columns, contributions as coloured blocks. It is drawn from a short list of shapes, so
the PNG, ICO, ICNS and SVG files always agree, and it is drawn twice: a detailed
layout for 48 px and up, and a bolder layout on a 16-unit grid for 16–32 px, where every
edge falls on a whole pixel and stays crisp.

Run with the build group (Pillow is not a runtime dependency)::

    uv run --group build python tools/make_icons.py

Writes ``resources/icons/``: ``agenda-planner.png`` (256 px), ``agenda-planner-<n>.png``
for the sizes the GUI may want, ``agenda-planner.ico`` (16–256 px),
``agenda-planner.icns`` (32–1024 px) and ``agenda-planner.svg``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
NAME = "agenda-planner"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
SUPERSAMPLE = 8

BLUE = "#2F5FB3"
RING = "#2B3440"
PAGE = "#FFFFFF"
EDGE = "#6F829B"
LINE = "#DCE3EC"
TEAL = "#17A589"
ORANGE = "#F39C34"
PURPLE = "#8A5CD1"
SKY = "#3A9BE8"
CORAL = "#E8575F"


@dataclass(frozen=True)
class Box:
    """A rounded rectangle in layout units; ``corners`` says which corners are round
    (top-left, top-right, bottom-right, bottom-left)."""

    x0: float
    y0: float
    x1: float
    y1: float
    fill: str
    radius: float = 0.0
    corners: tuple[bool, bool, bool, bool] = (True, True, True, True)


def large_layout() -> tuple[int, list[Box]]:
    """The detailed icon on a 64-unit grid: three rooms, five contributions, hour lines."""
    shapes = [
        Box(4, 8, 60, 61, EDGE, 8),  # outline, so the white page reads on white
        Box(5, 9, 59, 60, PAGE, 7),
        Box(4, 8, 60, 22, BLUE, 8, (True, True, False, False)),
    ]
    shapes += [Box(8, y, 56, y + 0.6, LINE) for y in (33, 42, 51)]
    shapes += [Box(x - 0.3, 25, x + 0.3, 57, LINE) for x in (24, 40)]
    shapes += [
        Box(9.5, 25.5, 22.5, 38.5, TEAL, 2.2),
        Box(9.5, 42.5, 22.5, 56, ORANGE, 2.2),
        Box(25.5, 29, 38.5, 47.5, PURPLE, 2.2),
        Box(41.5, 25.5, 54.5, 33, SKY, 2.2),
        Box(41.5, 38, 54.5, 56, CORAL, 2.2),
    ]
    shapes += [Box(x, 3, x + 5, 14, RING, 2.5) for x in (16.5, 42.5)]
    return 64, shapes


def small_layout() -> tuple[int, list[Box]]:
    """The bold icon on a 16-unit grid for 16–32 px: two rooms, three blocks, no lines."""
    shapes = [
        Box(1, 2, 15, 15, EDGE, 2),
        Box(2, 6, 14, 14, PAGE, 1, (False, False, True, True)),
        Box(1, 2, 15, 6, BLUE, 2, (True, True, False, False)),
        Box(3, 7, 7, 10, TEAL, 0.6),
        Box(3, 11, 7, 13, ORANGE, 0.6),
        Box(9, 8, 13, 13, PURPLE, 0.6),
        Box(4, 1, 5, 3.5, RING, 0.5),
        Box(11, 1, 12, 3.5, RING, 0.5),
    ]
    return 16, shapes


def layout_for(size: int) -> tuple[int, list[Box]]:
    return small_layout() if size <= 32 else large_layout()


def render(size: int) -> Image.Image:
    """The icon at ``size`` px: drawn large, then averaged down for clean edges."""
    grid, shapes = layout_for(size)
    big = size * SUPERSAMPLE
    scale = big / grid
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    for box in shapes:
        xy = (box.x0 * scale, box.y0 * scale, box.x1 * scale - 1, box.y1 * scale - 1)
        if box.radius:
            draw.rounded_rectangle(
                xy, radius=box.radius * scale, fill=box.fill, corners=box.corners
            )
        else:
            draw.rectangle(xy, fill=box.fill)
    return image.resize((size, size), Image.Resampling.BOX)


def _svg_path(box: Box) -> str:
    """A rounded rectangle with only some corners rounded, as an SVG path."""
    r = box.radius
    tl, tr, br, bl = (r if c else 0 for c in box.corners)
    x0, y0, x1, y1 = box.x0, box.y0, box.x1, box.y1
    return (
        f"M{x0 + tl:g} {y0:g}H{x1 - tr:g}"
        + (f"A{tr:g} {tr:g} 0 0 1 {x1:g} {y0 + tr:g}" if tr else "")
        + f"V{y1 - br:g}"
        + (f"A{br:g} {br:g} 0 0 1 {x1 - br:g} {y1:g}" if br else "")
        + f"H{x0 + bl:g}"
        + (f"A{bl:g} {bl:g} 0 0 1 {x0:g} {y1 - bl:g}" if bl else "")
        + f"V{y0 + tl:g}"
        + (f"A{tl:g} {tl:g} 0 0 1 {x0 + tl:g} {y0:g}" if tl else "")
        + "Z"
    )


def svg() -> str:
    """The detailed layout as a scalable SVG (for Linux desktops and the docs)."""
    grid, shapes = large_layout()
    body = "\n".join(f'  <path fill="{box.fill}" d="{_svg_path(box)}"/>' for box in shapes)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {grid} {grid}" '
        f'width="256" height="256">\n  <title>Agenda Planner</title>\n{body}\n</svg>\n'
    )


def main(out: Path = ICONS) -> int:
    out.mkdir(parents=True, exist_ok=True)
    images = {size: render(size) for size in sorted({*ICO_SIZES, *ICNS_SIZES, *PNG_SIZES})}
    for size in PNG_SIZES:
        images[size].save(out / f"{NAME}-{size}.png", optimize=True)
    images[256].save(out / f"{NAME}.png", optimize=True)
    ico_frames = [images[s] for s in ICO_SIZES]
    ico_frames[-1].save(
        out / f"{NAME}.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=ico_frames[:-1]
    )
    icns_frames = [images[s] for s in ICNS_SIZES]
    icns_frames[-1].save(out / f"{NAME}.icns", append_images=icns_frames[:-1])
    (out / f"{NAME}.svg").write_text(svg(), encoding="utf-8")
    for path in sorted(out.glob(f"{NAME}*")):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size / 1024:.1f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
