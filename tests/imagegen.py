"""Generate test images, ICC profiles and malformed files in memory."""

from __future__ import annotations

import io
import random
import struct
import zlib
from collections.abc import Sequence
from typing import Any

from PIL import Image, ImageChops

Color = tuple[int, int, int]
RED: Color = (255, 0, 0)
GREEN: Color = (0, 255, 0)
WHITE: Color = (255, 255, 255)
D50 = (0.9642, 1.0, 0.8249)
ADOBE_GAMMA = 563 / 256  # Adobe RGB (1998) stores 2.19921875 as u8Fixed8
# sRGB (D65) to XYZ, Bradford-adapted to D50, the ICC connection space.
SRGB_TO_XYZ_D50 = (
    (0.4360747, 0.3850649, 0.1430804),
    (0.2225045, 0.7168786, 0.0606169),
    (0.0139322, 0.0971045, 0.7141733),
)


def encode(im: Image.Image, fmt: str, **params: Any) -> bytes:
    """Return im saved in fmt with the given save parameters."""
    buffer = io.BytesIO()
    im.save(buffer, fmt, **params)
    return buffer.getvalue()


def open_bytes(data: bytes) -> Image.Image:
    """Open encoded bytes and decode them."""
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def corner_marked(size: tuple[int, int] = (120, 80), block: int = 30) -> Image.Image:
    """White image with a red block at the stored top-left and green at top-right."""
    im = Image.new("RGB", size, WHITE)
    im.paste(RED, (0, 0, block, block))
    im.paste(GREEN, (size[0] - block, 0, size[0], block))
    return im


def corner_colors(im: Image.Image, inset: int = 8) -> dict[str, Color]:
    """Sample the four corners a few pixels in: keys tl, tr, bl, br."""
    w, h = im.size
    rgb = im.convert("RGB")
    points = {
        "tl": (inset, inset),
        "tr": (w - 1 - inset, inset),
        "bl": (inset, h - 1 - inset),
        "br": (w - 1 - inset, h - 1 - inset),
    }
    return {key: rgb.getpixel(xy) for key, xy in points.items()}  # type: ignore[misc]


def near(actual: Sequence[float], expected: Sequence[float], tolerance: float = 6) -> bool:
    """Tell whether two colours differ by at most tolerance in every channel."""
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))


def camera_exif(orientation: int = 1) -> Image.Exif:
    """EXIF as a camera writes it: orientation, make, GPS position, body serial."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "TestCam"
    exif[0x0110] = "TC-1 Mark II"
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 12.0)}
    exif[0x8769] = {0xA431: "SERIAL0042XYZ"}
    return exif


def photo_like(size: tuple[int, int], seed: int = 1, noise: float = 14) -> Image.Image:
    """Noisy, photograph-like RGB content: smooth shapes, texture and sensor noise."""
    rng = random.Random(seed)
    w, h = size

    def blobs(cells: int) -> Image.Image:
        cw, ch = max(2, w // cells), max(2, h // cells)
        small = Image.frombytes("RGB", (cw, ch), rng.randbytes(cw * ch * 3))
        return small.resize(size, Image.Resampling.BICUBIC)

    base = Image.blend(blobs(400), blobs(12), 0.3)  # broad shapes plus mid detail
    grain = Image.effect_noise(size, noise).convert("RGB")  # luma noise around 128
    return ImageChops.add(base, grain, scale=1.0, offset=-128)


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    """One PNG chunk with its length and CRC."""
    crc = zlib.crc32(kind + payload)
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def bomb_png(width: int, height: int, mode: int = 2) -> bytes:
    """A tiny PNG whose header claims width×height pixels (colour type *mode*: 2 RGB, 6 RGBA)."""
    header = struct.pack(">IIBBBBB", width, height, 8, mode, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )


def animated_gif(colors: Sequence[Color], size: tuple[int, int] = (40, 30)) -> bytes:
    """An animated GIF with one flat frame per colour."""
    frames = [Image.new("RGB", size, color) for color in colors]
    return encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)


def transparent_gif(size: tuple[int, int] = (40, 30)) -> bytes:
    """A palette GIF: left half transparent, right half red."""
    im = Image.new("P", size, 0)
    im.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    im.paste(1, (size[0] // 2, 0, size[0], size[1]))
    return encode(im, "GIF", transparency=0)


# --- ICC profiles, written by hand (ImageCms can only create sRGB, Lab, XYZ) ---


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz_tag(xyz: Sequence[float]) -> bytes:
    return b"XYZ " + bytes(4) + b"".join(_s15(v) for v in xyz)


def _desc_tag(text: str) -> bytes:
    ascii_text = text.encode("ascii") + b"\0"
    return (
        b"desc"
        + bytes(4)
        + struct.pack(">I", len(ascii_text))
        + ascii_text
        + struct.pack(">IIHB", 0, 0, 0, 0)
        + bytes(67)
    )


def _icc(device_class: bytes, space: bytes, tags: dict[bytes, bytes]) -> bytes:
    """Assemble a version 2.1 ICC profile from its tags (PCS XYZ)."""
    table_end = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for signature, payload in tags.items():
        table += signature + struct.pack(">II", table_end + len(body), len(payload))
        body += payload + bytes(-len(payload) % 4)
    size = table_end + len(body)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + bytes([2, 0x10, 0, 0])
        + device_class
        + space
        + b"XYZ "
        + bytes(12)
        + b"acsp"
        + bytes(24)
        + bytes(4)
        + b"".join(_s15(v) for v in D50)
        + bytes(4)
        + bytes(44)
    )
    return header + struct.pack(">I", len(tags)) + table + body


def adobe_rgb_profile() -> bytes:
    """A matrix/TRC profile with the Adobe RGB (1998) primaries and gamma."""
    curve = b"curv" + bytes(4) + struct.pack(">IH", 1, round(ADOBE_GAMMA * 256)) + bytes(2)
    return _icc(
        b"mntr",
        b"RGB ",
        {
            b"desc": _desc_tag("Test Adobe RGB (1998)"),
            b"wtpt": _xyz_tag(D50),
            b"rXYZ": _xyz_tag((0.60974, 0.31111, 0.01947)),
            b"gXYZ": _xyz_tag((0.20528, 0.62567, 0.06087)),
            b"bXYZ": _xyz_tag((0.14919, 0.06322, 0.74457)),
            b"rTRC": curve,
            b"gTRC": curve,
            b"bTRC": curve,
            b"cprt": b"text" + bytes(4) + b"No copyright, test data\0",
        },
    )


def srgb_to_linear(value: float) -> float:
    """Decode one sRGB component (0-1) to linear light."""
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def linear_to_srgb(value: float) -> float:
    """Encode one linear-light component (0-1) as sRGB."""
    value = min(1.0, max(0.0, value))
    return value * 12.92 if value <= 0.0031308 else 1.055 * value ** (1 / 2.4) - 0.055


def adobe_to_srgb(color: Color) -> Color:
    """Convert an Adobe RGB colour to sRGB with the textbook direct matrix."""
    r, g, b = ((c / 255) ** ADOBE_GAMMA for c in color)
    linear = (1.3983 * r - 0.3983 * g, g, -0.0429 * g + 1.0429 * b)
    return tuple(round(linear_to_srgb(v) * 255) for v in linear)  # type: ignore[return-value]


def cmyk_profile(inks: Sequence[Color]) -> bytes:
    """A CMYK input profile whose C, M, Y, K inks print as the given sRGB colours.

    Overprints multiply in linear light; the 2-point grid makes each solid ink
    an exact corner of the lookup table.
    """
    linear_inks = [[srgb_to_linear(c / 255) for c in ink] for ink in inks]
    grid = []
    for index in range(16):  # first channel (C) varies slowest, as ICC requires
        on = [(index >> (3 - channel)) & 1 for channel in range(4)]
        rgb = [1.0, 1.0, 1.0]
        for channel, ink in enumerate(linear_inks):
            if on[channel]:
                rgb = [a * b for a, b in zip(rgb, ink, strict=True)]
        for row in SRGB_TO_XYZ_D50:
            xyz = sum(m * v for m, v in zip(row, rgb, strict=True))
            grid.append(min(65535, round(xyz * 32768)))  # lut16 XYZ: 0x8000 is 1.0
    identity = struct.pack(">HH", 0, 65535)
    lut = (
        b"mft2"
        + bytes(4)
        + bytes([4, 3, 2, 0])
        + b"".join(_s15(v) for v in (1, 0, 0, 0, 1, 0, 0, 0, 1))
        + struct.pack(">HH", 2, 2)
        + identity * 4
        + struct.pack(f">{len(grid)}H", *grid)
        + identity * 3
    )
    return _icc(
        b"prtr",
        b"CMYK",
        {
            b"desc": _desc_tag("Test CMYK inks"),
            b"wtpt": _xyz_tag(D50),
            b"A2B0": lut,
            b"cprt": b"text" + bytes(4) + b"No copyright, test data\0",
        },
    )
