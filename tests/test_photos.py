"""Tests for deskeditor.photos: decoding, orientation, colour, metadata, refusals."""

from __future__ import annotations

import hashlib
import os
import pathlib
import random
import unicodedata
import warnings

import imagegen as gen
import pytest
from PIL import Image, ImageFile, JpegImagePlugin, PngImagePlugin

from deskeditor import photos
from deskeditor.errors import PhotoError

BLUE = (0, 0, 255)


def refused(data: bytes, name: str = "photo.jpg") -> str:
    """Ingest data expecting a PhotoError that names the file; return its reason."""
    with pytest.raises(PhotoError) as caught:
        photos.ingest_bytes(data, name)
    assert caught.value.name == name
    assert str(caught.value) == f"{name}: {caught.value.reason}"
    return caught.value.reason


def master_image(data: bytes, name: str = "photo.jpg") -> Image.Image:
    """Ingest data and decode its master rendition."""
    return gen.open_bytes(photos.ingest_bytes(data, name).renditions["master"].data)


def center(im: Image.Image) -> tuple[int, int, int]:
    """The RGB colour at the middle of an image."""
    return im.convert("RGB").getpixel((im.width // 2, im.height // 2))  # type: ignore[return-value]


# --- orientation ---------------------------------------------------------

# Where the stored top-left (red) and top-right (green) corners are displayed,
# read off the EXIF spec's "0th row / 0th column" table, not off the code.
DISPLAYED_CORNERS = {
    1: ("tl", "tr"),
    2: ("tr", "tl"),
    3: ("br", "bl"),
    4: ("bl", "br"),
    5: ("tl", "bl"),
    6: ("tr", "br"),
    7: ("br", "tr"),
    8: ("bl", "tl"),
}


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_is_applied_to_pixels(orientation: int) -> None:
    stored = gen.corner_marked((120, 80))
    data = gen.encode(stored, "JPEG", quality=95, exif=gen.camera_exif(orientation))
    photo = photos.ingest_bytes(data, "oriented.jpg")
    master = gen.open_bytes(photo.renditions["master"].data)
    assert master.size == ((80, 120) if orientation >= 5 else (120, 80))
    corners = gen.corner_colors(master)
    red_at, green_at = DISPLAYED_CORNERS[orientation]
    assert gen.near(corners.pop(red_at), gen.RED, 30)
    assert gen.near(corners.pop(green_at), gen.GREEN, 30)
    assert all(gen.near(color, gen.WHITE, 30) for color in corners.values())
    thumb = photo.renditions["thumb"]
    assert (thumb.width < thumb.height) == (orientation >= 5)


def test_large_jpeg_is_decoded_with_draft_and_rotated(monkeypatch: pytest.MonkeyPatch) -> None:
    drafted: list[tuple[int, int]] = []
    original = JpegImagePlugin.JpegImageFile.draft

    def spy(self: JpegImagePlugin.JpegImageFile, mode: str | None, size: tuple[int, int] | None):
        result = original(self, mode, size)
        drafted.append(self.size)
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    stored = gen.corner_marked((4800, 3200), block=800)
    data = gen.encode(stored, "JPEG", quality=90, exif=gen.camera_exif(6))
    master = master_image(data)
    assert drafted == [(2400, 1600)]  # decoded at half scale, still covering 2400
    assert master.size == (1600, 2400)
    corners = gen.corner_colors(master, inset=60)
    assert gen.near(corners["tr"], gen.RED, 30) and gen.near(corners["br"], gen.GREEN, 30)


# --- sizes and encoding ----------------------------------------------------


@pytest.mark.parametrize(
    ("size", "web_size", "expected"),
    [
        ((4000, 3000), 1600, {"master": (2400, 1800), "web": (1600, 1200), "thumb": (320, 240)}),
        ((3000, 4000), 1200, {"master": (1800, 2400), "web": (900, 1200), "thumb": (240, 320)}),
        ((1000, 500), 1600, {"master": (1000, 500), "web": (1000, 500), "thumb": (320, 160)}),
        ((200, 100), 1600, {"master": (200, 100), "web": (200, 100), "thumb": (200, 100)}),
    ],
)
def test_rendition_sizes_never_upscale(size, web_size, expected) -> None:
    data = gen.encode(Image.new("RGB", size, (90, 120, 150)), "PNG")
    photo = photos.ingest_bytes(data, "sizes.png", web_size=web_size)
    for name, rendition in photo.renditions.items():
        assert rendition.name == name and rendition.mime == "image/jpeg"
        assert (rendition.width, rendition.height) == expected[name]
        assert gen.open_bytes(rendition.data).size == expected[name]
    assert (photo.width, photo.height) == expected["master"]


def test_sha256_is_of_the_master_bytes() -> None:
    photo = photos.ingest_bytes(gen.encode(gen.corner_marked(), "PNG"), "hash.png")
    assert photo.sha256 == hashlib.sha256(photo.renditions["master"].data).hexdigest()


def test_web_rendition_is_progressive_jpeg() -> None:
    photo = photos.ingest_bytes(gen.encode(gen.photo_like((2000, 1500)), "JPEG"), "p.jpg")
    web = gen.open_bytes(photo.renditions["web"].data)
    assert web.format == "JPEG" and web.mode == "RGB"
    assert web.info.get("progressive") or web.info.get("progression")


def test_web_size_out_of_range_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        photos.ingest_bytes(gen.encode(gen.corner_marked(), "PNG"), "x.png", web_size=3000)


# --- metadata --------------------------------------------------------------


def assert_no_metadata(data: bytes) -> None:
    im = gen.open_bytes(data)
    assert not im.getexif()
    for key in ("exif", "icc_profile", "comment", "xmp", "XML:com.adobe.xmp", "dpi"):
        assert key not in im.info
    for secret in (b"Exif\x00\x00", b"SERIAL0042XYZ", b"TestCam", b"ns.adobe.com", b"Nguyen"):
        assert secret not in data


@pytest.mark.parametrize("orientation", [1, 6])
@pytest.mark.parametrize("with_profile", [False, True])
def test_metadata_is_stripped_from_every_rendition_of_a_jpeg(
    orientation: int, with_profile: bool
) -> None:
    icc = {"icc_profile": gen.adobe_rgb_profile()} if with_profile else {}
    data = gen.encode(
        gen.photo_like((900, 600)),
        "JPEG",
        quality=90,
        exif=gen.camera_exif(orientation),
        comment=b"Photo by Nguyen Van A",
        dpi=(300, 300),
        xmp=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>Nguyen</x:xmpmeta>",
        **icc,
    )
    source = gen.open_bytes(data)
    assert source.getexif().get_ifd(0x8825) and "comment" in source.info  # the input had it
    for rendition in photos.ingest_bytes(data, "meta.jpg").renditions.values():
        assert_no_metadata(rendition.data)


def test_metadata_is_stripped_from_a_png() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Nguyen Van A")
    data = gen.encode(gen.corner_marked(), "PNG", pnginfo=info, exif=gen.camera_exif(3))
    for rendition in photos.ingest_bytes(data, "meta.png").renditions.values():
        assert_no_metadata(rendition.data)


# --- colour ----------------------------------------------------------------


def test_cmyk_jpeg_without_profile_uses_plain_conversion() -> None:
    cmyk = Image.new("CMYK", (64, 64), (0, 255, 255, 0))  # solid magenta + yellow
    data = gen.encode(cmyk, "JPEG", quality=95)
    assert "adobe" in gen.open_bytes(data).info  # Pillow writes Adobe (inverted) CMYK
    assert gen.near(center(master_image(data)), gen.RED, 8)


def test_cmyk_jpeg_is_converted_through_its_profile() -> None:
    inks = [(0, 160, 220), (230, 0, 126), (255, 237, 0), (30, 30, 30)]
    cmyk = Image.new("CMYK", (64, 64), (255, 0, 0, 0))  # solid cyan ink
    data = gen.encode(cmyk, "JPEG", quality=95, icc_profile=gen.cmyk_profile(inks))
    # The profile's cyan, not the naive (0, 255, 255).
    assert gen.near(center(master_image(data)), inks[0], 8)


def test_adobe_rgb_jpeg_is_converted_to_srgb() -> None:
    color = (150, 100, 50)
    expected = gen.adobe_to_srgb(color)  # about (167, 100, 42)
    data = gen.encode(
        Image.new("RGB", (64, 64), color), "JPEG", quality=95, icc_profile=gen.adobe_rgb_profile()
    )
    assert gen.near(center(master_image(data)), expected, 4)
    assert not gen.near(expected, color, 10)  # the test would notice a skipped transform


def test_adobe_rgb_png_with_alpha_is_converted_and_flattened() -> None:
    im = Image.new("RGBA", (64, 64), (200, 60, 60, 255))
    im.paste((0, 0, 0, 0), (0, 0, 32, 64))
    data = gen.encode(im, "PNG", icc_profile=gen.adobe_rgb_profile())
    master = master_image(data, "logo.png")
    assert gen.near(master.getpixel((8, 32)), gen.WHITE, 2)
    assert gen.near(master.getpixel((56, 32)), gen.adobe_to_srgb((200, 60, 60)), 4)


def test_broken_profile_is_ignored() -> None:
    data = gen.encode(
        Image.new("RGB", (64, 64), (150, 100, 50)),
        "JPEG",
        quality=95,
        icc_profile=b"not really an ICC profile at all",
    )
    assert gen.near(center(master_image(data)), (150, 100, 50), 4)


# --- modes and formats -----------------------------------------------------


def test_16bit_grey_png_is_scaled_not_clipped() -> None:
    data = gen.encode(Image.new("I;16", (64, 64), 40000), "PNG")
    assert gen.open_bytes(data).mode == "I;16"
    assert gen.near(center(master_image(data, "grey16.png")), (156, 156, 156), 3)


def test_16bit_rgb_png() -> None:
    row = b"\x00" + bytes.fromhex("ea60 7530 03e8") * 16  # (60000, 30000, 1000)
    header = gen.struct.pack(">IIBBBBB", 16, 16, 16, 2, 0, 0, 0)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + gen.png_chunk(b"IHDR", header)
        + gen.png_chunk(b"IDAT", gen.zlib.compress(row * 16))
        + gen.png_chunk(b"IEND", b"")
    )
    assert gen.near(center(master_image(data, "rgb16.png")), (234, 117, 4), 4)


def test_16bit_grey_tiff() -> None:
    data = gen.encode(Image.new("I;16", (64, 64), 65535), "TIFF")
    assert gen.near(center(master_image(data, "scan.tif")), gen.WHITE, 2)


def test_rgba_png_is_flattened_on_white() -> None:
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    im.paste((0, 0, 255, 255), (32, 0, 64, 64))
    master = master_image(gen.encode(im, "PNG"), "logo.png")
    assert gen.near(master.getpixel((8, 32)), gen.WHITE, 2)
    assert gen.near(master.getpixel((56, 32)), BLUE, 4)


def test_grey_with_alpha_and_palette_png() -> None:
    la = Image.new("LA", (64, 64), (0, 128))  # half-transparent black
    assert gen.near(center(master_image(gen.encode(la, "PNG"), "la.png")), (127, 127, 127), 4)
    palette = Image.new("RGB", (64, 64), (10, 200, 30)).convert("P")
    assert gen.near(center(master_image(gen.encode(palette, "PNG"), "p.png")), (10, 200, 30), 6)


def test_palette_gif_with_transparency() -> None:
    master = master_image(gen.transparent_gif(), "icon.gif")
    assert gen.near(master.getpixel((5, 15)), gen.WHITE, 2)
    assert gen.near(master.getpixel((35, 15)), gen.RED, 6)


def test_animated_gif_gives_its_first_frame() -> None:
    data = gen.animated_gif([gen.RED, gen.GREEN, BLUE])
    assert getattr(gen.open_bytes(data), "n_frames", 1) == 3
    assert gen.near(center(master_image(data, "anim.gif")), gen.RED, 6)


def test_webp_still_and_animated() -> None:
    still = gen.encode(Image.new("RGB", (64, 48), (20, 120, 220)), "WEBP", lossless=True)
    assert gen.near(center(master_image(still, "a.webp")), (20, 120, 220), 4)
    frames = [Image.new("RGB", (64, 48), color) for color in (gen.GREEN, gen.RED)]
    animated = gen.encode(
        frames[0], "WEBP", save_all=True, append_images=frames[1:], lossless=True, duration=100
    )
    assert gen.near(center(master_image(animated, "b.webp")), gen.GREEN, 6)


def test_avif() -> None:
    data = gen.encode(Image.new("RGB", (64, 48), (200, 200, 40)), "AVIF", quality=95)
    assert gen.near(center(master_image(data, "a.avif")), (200, 200, 40), 10)


def test_grey_jpeg_becomes_rgb() -> None:
    data = gen.encode(Image.new("L", (64, 64), 90), "JPEG")
    master = master_image(data)
    assert master.mode == "RGB" and gen.near(center(master), (90, 90, 90), 3)


@pytest.mark.skipif(not photos.HEIF_SUPPORTED, reason="pillow-heif is not installed")
def test_heic_through_pillow_heif() -> None:
    data = gen.encode(
        Image.new("RGB", (64, 48), (40, 90, 200)), "HEIF", quality=95, exif=gen.camera_exif(1)
    )
    photo = photos.ingest_bytes(data, "IMG_0001.HEIC")
    assert (photo.width, photo.height) == (64, 48)
    assert gen.near(center(gen.open_bytes(photo.renditions["master"].data)), (40, 90, 200), 10)
    assert_no_metadata(photo.renditions["master"].data)


def test_heic_without_plugin_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(photos, "HEIF_SUPPORTED", False)
    data = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)
    assert refused(data, "IMG_0001.HEIC") == "the HEIC format needs the pillow-heif package"


# --- refusals --------------------------------------------------------------


def test_decompression_bomb_is_refused_from_the_header() -> None:
    data = gen.bomb_png(20000, 20000)  # 400 MP claimed by a file of under 100 bytes
    assert len(data) < 100
    assert refused(data, "bomb.png") == "the image is too large (400 megapixels, at most 120)"


def test_a_large_transparent_png_is_refused_before_it_is_decoded(monkeypatch) -> None:
    # 120 MP of RGBA compresses to 466 KB and took 1.5 GB of memory to decode and flatten.
    def no_decoding(self):  # type: ignore[no-untyped-def]
        raise AssertionError("the image was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    data = gen.bomb_png(10000, 12000, mode=6)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        reason = refused(data, "bomb.png")
    assert reason == "the image is too large (120 megapixels, at most 64 for PNG)"


def test_image_over_our_limit_but_under_pillows_is_refused() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        reason = refused(gen.bomb_png(12000, 11000), "big.png")
    assert reason == "the image is too large (132 megapixels, at most 120)"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        reason = refused(gen.bomb_png(8000, 8200), "big.png")
    assert reason == "the image is too large (66 megapixels, at most 64 for PNG)"


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_truncated_image_is_refused(fmt: str) -> None:
    data = gen.encode(gen.photo_like((400, 300)), fmt)
    assert refused(data[: len(data) * 2 // 3]) == "the image is truncated or damaged"
    assert refused(data[:30]) == "the image is truncated or damaged"


def test_zero_byte_file(tmp_path: pathlib.Path) -> None:
    (tmp_path / "empty.jpg").write_bytes(b"")
    with pytest.raises(PhotoError, match=r"^empty\.jpg: the file is empty$"):
        photos.ingest_file(tmp_path / "empty.jpg")


@pytest.mark.parametrize(
    "content",
    [
        b"Bien ban hop ngay 12/3\r\nNoi dung: ...\r\n",
        b"<!DOCTYPE html>\n<html><head><title>Trang</title></head><body>404</body></html>",
        bytes(random.Random(3).randbytes(5000)),
    ],
    ids=["text", "html", "random"],
)
def test_non_image_named_jpg_is_refused(content: bytes) -> None:
    assert refused(content, "anh.jpg") == "not an image file"


@pytest.mark.parametrize("prolog", [b"", b'<?xml version="1.0" encoding="UTF-8"?>\n'])
def test_svg_is_refused_by_name(prolog: bytes) -> None:
    svg = prolog + b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    assert refused(svg, "logo.svg") == "the format SVG is not supported"


@pytest.mark.parametrize("fmt", ["EPS", "ICO", "PPM"])
def test_other_known_formats_are_refused_by_name(fmt: str) -> None:
    data = gen.encode(Image.new("RGB", (32, 32), (1, 2, 3)), fmt)
    assert refused(data, "file") == f"the format {fmt} is not supported"


def test_absurd_aspect_strip_is_refused_but_panoramas_pass() -> None:
    strip = gen.encode(Image.new("L", (1, 60000), 128), "PNG")
    assert refused(strip, "strip.png") == (
        "the image is too long and thin (1×60000 pixels; "
        "one side may be at most 20 times the other)"
    )
    photo = photos.ingest_bytes(gen.encode(Image.new("RGB", (4000, 200)), "PNG"), "pano.png")
    assert (photo.width, photo.height) == (2400, 120)
    assert photo.renditions["thumb"].height == 16


def test_folder_missing_and_unreadable_files(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "album.jpg"
    folder.mkdir()
    with pytest.raises(PhotoError, match=r"^album\.jpg: this is a folder, not a file$"):
        photos.ingest_file(folder)
    with pytest.raises(PhotoError, match=r"^gone\.jpg: the file does not exist$"):
        photos.ingest_file(tmp_path / "gone.jpg")
    locked = tmp_path / "locked.jpg"
    locked.write_bytes(gen.encode(gen.corner_marked(), "JPEG"))

    real_open = os.open

    def deny(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if pathlib.Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)  # root ignores chmod
    with pytest.raises(PhotoError, match=r"^locked\.jpg: the file cannot be read \(perm"):
        photos.ingest_file(locked)


@pytest.mark.unicode_paths
def test_vietnamese_name_is_nfc(tmp_path: pathlib.Path) -> None:
    nfc = "Ảnh hội nghị tổng kết năm.jpg"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    path = tmp_path / nfd
    path.write_bytes(gen.encode(gen.corner_marked(), "JPEG"))
    assert photos.ingest_file(path).original_name == nfc
    path.write_bytes(b"not a photo")
    with pytest.raises(PhotoError) as caught:
        photos.ingest_file(path)
    assert caught.value.name == nfc and str(caught.value).startswith(nfc + ": ")
    png = gen.encode(gen.corner_marked(), "PNG")
    assert photos.ingest_bytes(png, "C:\\Users\\Lan\\" + nfd).original_name == nfc


def _corrupted_inputs() -> list[bytes]:
    """Truncations and byte flips of small images in every accepted format."""
    rng = random.Random(11)
    source = gen.photo_like((96, 64), seed=5)
    inputs = []
    for fmt, params in [
        ("JPEG", {"exif": gen.camera_exif(6)}),
        ("PNG", {}),
        ("GIF", {}),
        ("WEBP", {}),
        ("TIFF", {}),
        ("BMP", {}),
        ("AVIF", {}),
    ]:
        data = gen.encode(source, fmt, **params)
        inputs += [data[:cut] for cut in (1, 8, 16, 40, len(data) // 3, len(data) - 1)]
        for _ in range(4):
            damaged = bytearray(data)
            for _ in range(8):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            inputs.append(bytes(damaged))
    return inputs


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
def test_damaged_inputs_never_raise_anything_but_photo_error() -> None:
    for data in _corrupted_inputs():
        try:
            photos.ingest_bytes(data, "damaged.bin")
        except PhotoError as exc:
            assert exc.reason and "\n" not in exc.reason


def test_bmp_gives_jpeg_renditions() -> None:
    photo = photos.ingest_bytes(gen.encode(gen.corner_marked(), "BMP"), "old.bmp")
    for rendition in photo.renditions.values():
        assert isinstance(rendition.data, bytes) and rendition.data.startswith(b"\xff\xd8\xff")


def test_a_photo_too_small_to_print_sharp_is_told_apart():
    """Outside testing: a 640-pixel photo printed blurred across the signed Word document."""
    from deskeditor.photos import SMALL_LONG_EDGE, is_small

    assert SMALL_LONG_EDGE == 1000  # 16 cm of text width at about 160 dpi
    assert is_small(640, 480) and is_small(480, 640) and is_small(999, 200)
    assert not is_small(1000, 750) and not is_small(750, 1000) and not is_small(4000, 3000)
