"""Draw the application icon: ``python packaging/make_icon.py``.

A simple mark: a white news page with a folded corner and three text lines on a
deep red rounded square, a yellow star in its corner. Each size is drawn on its
own (fewer lines at 16 and 24 px, where thin lines would blur) and written into
``packaging/windows/deskeditor.ico`` (16 to 256 px, what Windows asks for in
Explorer, the Start menu and the taskbar) and a 256 px PNG beside it. Both are
committed; run this again only after changing the drawing.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent / "windows"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
RED = (178, 34, 34, 255)
PAGE = (255, 255, 255, 255)
FOLD = (222, 222, 222, 255)
INK = (110, 110, 110, 255)
STAR = (255, 205, 0, 255)


def _star(centre: tuple[float, float], radius: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.42
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((centre[0] + r * math.cos(angle), centre[1] + r * math.sin(angle)))
    return points


def draw(size: int) -> Image.Image:
    """The icon at *size* pixels, drawn at four times the size and scaled down."""
    scale = 4
    s = size * scale
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((0, 0, s - 1, s - 1), radius=s * 0.18, fill=RED)
    # The page, with its top-right corner folded.
    left, top, right, bottom = s * 0.24, s * 0.16, s * 0.76, s * 0.86
    fold = s * 0.16
    d.polygon(
        [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)],
        fill=PAGE,
    )
    d.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=FOLD)
    # Text lines: a title and, from 32 px up, body lines.
    lines = 2 if size < 32 else 4
    height = s * (0.07 if size < 32 else 0.045)
    y = top + s * 0.26
    for index in range(lines):
        width = (right - left) * (0.62 if index == 0 else 0.72 - 0.12 * (index % 2))
        colour = RED if index == 0 else INK
        d.rectangle((left + s * 0.07, y, left + s * 0.07 + width, y + height), fill=colour)
        y += height * (2.4 if size < 32 else 2.2)
    d.polygon(_star((s * 0.73, s * 0.76), s * (0.2 if size < 32 else 0.16)), fill=STAR)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    HERE.mkdir(parents=True, exist_ok=True)
    images = [draw(size) for size in SIZES]
    largest = images[-1]
    largest.save(
        HERE / "deskeditor.ico",
        format="ICO",
        sizes=[(size, size) for size in SIZES],
        append_images=images[:-1],
    )
    largest.save(HERE / "deskeditor.png")
    print(f"wrote {HERE / 'deskeditor.ico'} ({', '.join(map(str, SIZES))} px)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
