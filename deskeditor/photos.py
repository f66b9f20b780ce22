"""Turn an imported file into clean, upright sRGB JPEG renditions.

Decisions (see PRODUCT.md, "Photos"):

- Every rendition is a JPEG, including PNGs with transparency: the portal and
  Word both take JPEG everywhere, one format keeps the store and exporters
  simple, and the articles are photographs. Transparency is flattened onto
  white, the colour of the portal page and of a Word document.
- Colour: the embedded ICC profile is converted to sRGB (relative colorimetric
  with black-point compensation, Photoshop's default) and then dropped, because
  untagged JPEG means sRGB on the web and in Word. Without a profile, RGB is
  taken as sRGB and CMYK gets Pillow's plain conversion. A broken profile is
  ignored rather than costing the photo.
- Metadata: nothing is copied (no EXIF, GPS, XMP, ICC, comment, DPI); the
  EXIF orientation is applied to the pixels first.
- Size: images above 120 megapixels are refused from the header, before any
  decoding; Pillow's global limit is left alone, so it still warns (not fails)
  between its own 89.5 MP and our 120 MP. That limit holds for JPEG, which is
  decoded at reduced scale. Every other format is decoded at full size (4
  bytes a pixel, and a transparent one flattened into a second copy): a 120 MP
  transparent PNG of 466 KB took 1.5 GB. Those are refused above 64 MP, still
  above a 48-50 MP phone HEIC, again from the header. Images whose long side is more than
  20 times the short side (1×60000 strips) are refused: their thumbnail would
  be one pixel wide and such files are not photos; phone panoramas stay well
  under that ratio.
- Round trips: a file that already is one of our master renditions (an
  ``export --json`` photo) is kept byte for byte, not encoded again, and the
  web rendition and thumbnail are always made from the master's bytes; so an
  article moved between stores keeps its photos, its version code and its
  HTML export's pictures exactly.
- Speed: JPEGs are decoded at reduced DCT scale with ``Image.draft`` (the
  smallest scale whose long edge is still at least the master's); each smaller
  rendition is resized from the previous one.
"""

from __future__ import annotations

import functools
import hashlib
import io
import math
import pathlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from PIL import Image, ImageCms, JpegImagePlugin, UnidentifiedImageError

from deskeditor.errors import Message, PhotoError
from deskeditor.photo_edit import PhotoEdit
from deskeditor.safeio import ReadError, read_regular_file

try:  # HEIC is optional: Pillow has no decoder of its own for it
    import pillow_heif
except ImportError:  # pragma: no cover - depends on the installation
    HEIF_SUPPORTED = False
else:
    pillow_heif.register_heif_opener()
    HEIF_SUPPORTED = True

RENDITION_SIZES = {"master": 2400, "web": 1600, "thumb": 320}  # long edge, px
MAX_MEGAPIXELS = 120
MAX_FULL_DECODE_MEGAPIXELS = 64  # formats without reduced-scale decoding (all but JPEG)
MAX_ASPECT = 20
MAX_FILE_BYTES = 300 * 1024 * 1024
# A photo with a shorter long edge is stretched across the sign-off document's text width
# (16 cm; 1,000 px is about 160 dpi) and prints blurred: taken, but the user is told.
SMALL_LONG_EDGE = 1000
JPEG_MIME = "image/jpeg"

# Master keeps more quality for print. Only the web rendition is progressive
# (it is what a browser loads over a slow link); progression costs encode time.
# The master skips optimized Huffman tables: for a 2400×1600 photo they save
# 4 % of the file (977 vs 1015 kB) and cost 16 ms, a twentieth of the import.
_JPEG_OPTIONS: dict[str, dict[str, Any]] = {
    "master": {"quality": 90},
    "web": {"quality": 85, "optimize": True, "progressive": True},
    "thumb": {"quality": 80, "optimize": True},
}
# Filter and reducing gap per rendition (see _fit). Measured on a 24 MP camera
# JPEG (benchmarks/, case 1) as PSNR against a Lanczos resize of the full-size
# decode: from the half-scale draft, bicubic matches Lanczos (47.0 vs 46.7 dB)
# in two thirds of the time, and so it does for web from master (50.4 vs 50.0
# dB) in half the time. The thumbnail is made as Pillow's thumbnail() makes it
# (2× box reduction, then bicubic) in a fifth of the time. After JPEG encoding
# every rendition is within 0.1 dB of what Lanczos everywhere gave. With the
# master's encoding above, import takes 0.26 s of processor time, not 0.33 s.
_RESAMPLING: dict[str, tuple[Image.Resampling, float]] = {
    "master": (Image.Resampling.BICUBIC, 3.0),
    "web": (Image.Resampling.BICUBIC, 3.0),
    "thumb": (Image.Resampling.BICUBIC, 2.0),
}
# Pillow recognises many more formats; these are the ones a newsroom photo
# arrives in (JPEG includes MPO). EPS, PSD and the like are refused by name.
_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "AVIF", "TIFF", "BMP", "HEIF")
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")
# EXIF orientation -> the transpose that makes the stored pixels upright.
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_PROFILE_SPACE = {"RGB": "RGB ", "CMYK": "CMYK", "L": "GRAY"}
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@dataclass(frozen=True)
class Rendition:
    """One encoded, metadata-free size of a photo."""

    name: str
    data: bytes
    width: int
    height: int
    mime: str


@dataclass(frozen=True)
class ProcessedPhoto:
    """The renditions made from one imported file."""

    original_name: str
    renditions: dict[str, Rendition]
    sha256: str
    width: int
    height: int

    @property
    def small(self) -> bool:
        """Tell whether it is too small to print sharp (see :func:`is_small`)."""
        return is_small(self.width, self.height)


def is_small(width: int, height: int) -> bool:
    """Tell whether a photo of *width* × *height* pixels is too small to print sharp."""
    return max(width, height) < SMALL_LONG_EDGE


def ingest_file(path: pathlib.Path, *, web_size: int = 1600) -> ProcessedPhoto:
    """Read the file at path and make its renditions, or raise PhotoError."""
    name = _clean_name(path.name)
    return ingest_bytes(_read(path, name), name, web_size=web_size)


def _read(path: pathlib.Path, name: str) -> bytes:
    """Return the file's bytes: a regular file of at most MAX_FILE_BYTES, else PhotoError."""
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except ReadError as exc:
        raise PhotoError(name, exc.reason) from None


def ingest_files(
    paths: list[pathlib.Path],
    *,
    web_size: int = 1600,
    progress: Callable[[int, int], None] | None = None,
) -> list[ProcessedPhoto]:
    """Process each file, once per distinct content: the same bytes give the same object.

    An article naming one picture 2,000 times decodes it once (not 2,000
    times, 55 s and 830 MB), and a file named twice is read only once.
    """
    by_path: dict[pathlib.Path, ProcessedPhoto] = {}
    by_content: dict[str, ProcessedPhoto] = {}
    result = []
    for done, path in enumerate(paths, 1):
        photo = by_path.get(path)
        if photo is None:
            name = _clean_name(path.name)
            data = _read(path, name)
            digest = hashlib.sha256(data).hexdigest()
            photo = by_content.get(digest)
            if photo is None:
                photo = by_content[digest] = ingest_bytes(data, name, web_size=web_size)
            by_path[path] = photo
        result.append(photo)
        if progress:
            progress(done, len(paths))
    return result


def ingest_bytes(data: bytes, name: str, *, web_size: int = 1600) -> ProcessedPhoto:
    """Make the renditions of an image given as bytes, or raise PhotoError."""
    if not RENDITION_SIZES["thumb"] <= web_size <= RENDITION_SIZES["master"]:
        raise ValueError(f"web_size must be between 320 and 2400, not {web_size}")
    name = _clean_name(name)
    if not data:
        raise PhotoError(name, Message("photo.empty"))
    # The boundary: whatever a decoder throws becomes one sentence for a person.
    try:
        return _process(bytes(data), name, web_size)
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        match = re.search(r"\((\d+) pixels\)", str(exc))
        raise PhotoError(name, _too_large(int(match[1]) if match else None)) from exc
    except MemoryError as exc:
        raise PhotoError(name, Message("photo.no_memory")) from exc
    except Exception as exc:  # OSError, ValueError, SyntaxError, struct.error, EOFError...
        raise PhotoError(name, Message("photo.damaged")) from exc


def _process(data: bytes, name: str, web_size: int) -> ProcessedPhoto:
    """Decode, orient, colour-convert and encode the master; derive the others from it."""
    master = _as_master(data)
    if master is None:
        master = _encode("master", _upright_srgb(data, name))
    return _from_master(master, name, web_size)


def _upright_srgb(data: bytes, name: str) -> Image.Image:
    """Return the picture upright, in sRGB, no larger than the master, without metadata."""
    with _open(data, name) as im:
        _check_shape(im, name)
        if im.format in ("JPEG", "MPO"):
            _draft(im, RENDITION_SIZES["master"])
        orientation = _orientation(im)
        icc = im.info.get("icc_profile")
        im.load()  # decodes the first frame only, for animations
        # Resize before the colour transform: it then runs on fewer pixels.
        image = _fit(_flatten(im), RENDITION_SIZES["master"], "master")
        image = _to_srgb(image, icc)
        if orientation in _UPRIGHT:
            image = image.transpose(_UPRIGHT[orientation])
        if image is im:
            image = im.copy()  # closing the file would discard the pixels
        image.info = {}  # JPEG save copies a comment from info; carry nothing over
    return image


def _from_master(master: Rendition, name: str, web_size: int) -> ProcessedPhoto:
    """Make the web and thumbnail renditions from the master's bytes.

    Decoding the stored master (25 ms for 2400 px) rather than reusing the
    pixels it was encoded from makes the smaller renditions a function of the
    master alone: an article exported to JSON and imported into another store
    gets the same web photo, byte for byte, so its HTML export still verifies.
    """
    with Image.open(io.BytesIO(master.data), formats=["JPEG"]) as im:
        im.load()
        image: Image.Image = im.copy()
    renditions = {"master": master}
    for rendition, long_edge in (("web", web_size), ("thumb", RENDITION_SIZES["thumb"])):
        image = _fit(image, long_edge, rendition)
        renditions[rendition] = _encode(rendition, image)
    return ProcessedPhoto(
        original_name=name,
        renditions=renditions,
        sha256=hashlib.sha256(master.data).hexdigest(),
        width=master.width,
        height=master.height,
    )


# Quarter turns clockwise -> the transpose that makes them (Pillow's ROTATE_* turn to the left).
_TURNS = {
    1: Image.Transpose.ROTATE_270,
    2: Image.Transpose.ROTATE_180,
    3: Image.Transpose.ROTATE_90,
}


def edited_renditions(
    master: bytes, edit: PhotoEdit, name: str, *, web_size: int = RENDITION_SIZES["web"]
) -> ProcessedPhoto:
    """Make the renditions of a figure's crop and rotation, always from the untouched master.

    The frame is checked against the master first (PhotoEditError). The
    edited master is encoded once from the master's pixels, never from an
    earlier edit, so editing again and again loses nothing more.
    """
    with Image.open(io.BytesIO(master), formats=["JPEG"]) as im:
        im.load()
        image: Image.Image = im.copy()
    edit.validate(*image.size)
    if edit.crop is not None:
        x, y, w, h = edit.crop
        image = image.crop((x, y, x + w, y + h))
    if edit.turns % 4:
        image = image.transpose(_TURNS[edit.turns % 4])
    image.info = {}
    return _from_master(_encode("master", image), _clean_name(name), web_size)


@functools.cache
def _master_signature() -> tuple[dict[int, tuple[int, ...]], int]:
    """Return the quantisation tables and chroma subsampling our master encoding writes."""
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "white").save(buffer, "JPEG", **_JPEG_OPTIONS["master"])
    with Image.open(buffer) as im:
        return _quantization(im), JpegImagePlugin.get_sampling(im)


def _quantization(im: Image.Image) -> dict[int, tuple[int, ...]]:
    """Return a JPEG's quantisation tables (none for any other image)."""
    if not isinstance(im, JpegImagePlugin.JpegImageFile):
        return {}
    return {k: tuple(v) for k, v in im.quantization.items()}


def _as_master(data: bytes) -> Rendition | None:
    """Return *data* as the master rendition when it already is one of ours, else None.

    A master this program wrote (an ``export --json`` photo) is stored as it
    is: encoding it again would lose a little at every round trip and change
    its fingerprint, and so the article's version code. Recognised by what our
    encoder writes and nothing else: a baseline sRGB JPEG within the master's
    size, with our quantisation tables and subsampling, a bare JFIF header, no
    other metadata and nothing after the image.
    """
    if not (data.startswith(b"\xff\xd8\xff\xe0") and data.endswith(b"\xff\xd9")):
        return None
    try:
        with Image.open(io.BytesIO(data), formats=["JPEG"]) as im:
            tables, sampling = _master_signature()
            width, height = im.size
            if (
                im.format != "JPEG"
                or im.mode != "RGB"
                or im.info.get("progressive")
                or [marker for marker, _ in getattr(im, "applist", [])] != ["APP0"]
                or not 0 < max(width, height) <= RENDITION_SIZES["master"]
                or max(width, height) > MAX_ASPECT * min(width, height)
                or JpegImagePlugin.get_sampling(im) != sampling
                or _quantization(im) != tables
            ):
                return None
    except Exception:  # not readable as a JPEG: the ordinary path explains why
        return None
    return Rendition("master", data, width, height, JPEG_MIME)


def _open(data: bytes, name: str) -> Image.Image:
    """Identify the image from its header, or explain why it is not one."""
    Image.init()
    # Image.open raises KeyError for a format this Pillow build lacks (no AVIF, say).
    formats = [f for f in _FORMATS if f in Image.OPEN and (f != "HEIF" or HEIF_SUPPORTED)]
    try:
        return Image.open(io.BytesIO(data), formats=formats)
    except UnidentifiedImageError:
        raise PhotoError(name, _not_an_image(data)) from None


def _not_an_image(data: bytes) -> Message:
    """Guess the most useful reason a file could not be identified."""
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        if not HEIF_SUPPORTED:
            return Message("photo.heic_unsupported")
        return Message("photo.damaged")
    if data.startswith(_IMAGE_MAGIC) or data[8:12] == b"WEBP" or data[8:12] in (b"avif", b"avis"):
        return Message("photo.damaged")
    if b"<svg" in data[:4096].lower():
        return Message("photo.format_unsupported", format="SVG")
    try:  # header-only identification, just to name the format we refuse
        with Image.open(io.BytesIO(data)) as other:
            return Message("photo.format_unsupported", format=other.format)
    except Exception:
        return Message("photo.not_image")


def _check_shape(im: Image.Image, name: str) -> None:
    """Refuse images too large to decode safely or too thin to be photos."""
    width, height = im.size
    if width * height > MAX_MEGAPIXELS * 1_000_000:
        raise PhotoError(name, _too_large(width * height))
    if im.format not in ("JPEG", "MPO") and width * height > MAX_FULL_DECODE_MEGAPIXELS * 1_000_000:
        raise PhotoError(name, _too_large(width * height, im.format))
    if min(width, height) < 1:
        raise PhotoError(name, Message("photo.damaged"))
    if max(width, height) > MAX_ASPECT * min(width, height):
        raise PhotoError(
            name,
            Message("photo.too_thin", width=width, height=height, ratio=MAX_ASPECT),
        )


def _too_large(pixels: int | None, full_decode_format: str | None = None) -> Message:
    """Say how large the image is and what the limit is (lower for a format decoded in full)."""
    if pixels is None:
        return Message("photo.too_large", limit=MAX_MEGAPIXELS)
    if full_decode_format:
        return Message(
            "photo.too_large_for_format",
            megapixels=pixels / 1e6,
            limit=MAX_FULL_DECODE_MEGAPIXELS,
            format=full_decode_format,
        )
    return Message("photo.too_large_pixels", megapixels=pixels / 1e6, limit=MAX_MEGAPIXELS)


def _draft(im: Image.Image, long_edge: int) -> None:
    """Let libjpeg decode at the smallest DCT scale still covering long_edge."""
    width, height = im.size
    scale = long_edge / max(width, height)
    if scale < 1:
        im.draft(im.mode, (math.ceil(width * scale), math.ceil(height * scale)))


def _orientation(im: Image.Image) -> int:
    """Return the EXIF (or XMP) orientation, 1 when absent or unreadable."""
    try:
        value = im.getexif().get(0x0112, 1)
        return value if isinstance(value, int) else 1
    except Exception:  # a broken EXIF block should not cost the photo
        return 1


def _flatten(im: Image.Image) -> Image.Image:
    """Return an L, RGB or CMYK image: 8 bits per channel, no transparency."""
    if im.mode.startswith("I;16") or im.mode in ("I", "F"):
        return _to_8bit(im)
    if im.has_transparency_data:
        # An RGBA image is its own mask; converting it would be one more full copy.
        rgba = im if im.mode == "RGBA" else im.convert("RGBA")
        flat = Image.new("RGB", im.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    if im.mode in ("L", "RGB", "CMYK"):
        return im
    return im.convert("RGB")  # P, 1, YCbCr...; refuses modes it cannot map (caught above)


def _to_8bit(im: Image.Image) -> Image.Image:
    """Scale 16-bit (or float) grey samples to 0-255; Pillow's convert would clip."""
    sixteen = im.mode.startswith("I;16")
    if sixteen:
        im = im.convert("I")
    high = cast(tuple[float, float], im.getextrema())[1]  # one band: (low, high)
    if im.mode == "F" and high <= 1.0:
        scale = 255.0
    elif sixteen or high > 255:
        scale = 255 / max(65535, high)
    else:
        scale = 1.0
    return im.point(lambda v: v * scale).convert("L")


def _to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """Convert to sRGB through the embedded profile when it fits the pixels."""
    if icc:
        try:
            profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if profile.profile.xcolor_space == _PROFILE_SPACE.get(im.mode):
                transform = ImageCms.buildTransform(
                    profile,
                    _SRGB,
                    im.mode,
                    "RGB",
                    renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
                    flags=ImageCms.Flags.BLACKPOINTCOMPENSATION,
                )
                return transform.apply(im)
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass  # unusable profile: fall through as if there were none
    return im if im.mode == "RGB" else im.convert("RGB")


def _fit(im: Image.Image, long_edge: int, rendition: str) -> Image.Image:
    """Shrink so the long edge is at most long_edge; never enlarge.

    Pillow first reduces by a whole factor (a box filter, fast) while the image
    is more than the reducing gap times too large, then resamples the rest.
    """
    width, height = im.size
    if max(width, height) <= long_edge:
        return im
    scale = long_edge / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    resample, gap = _RESAMPLING[rendition]
    return im.resize(size, resample, reducing_gap=gap)


def _encode(rendition: str, im: Image.Image) -> Rendition:
    """Encode one rendition as a metadata-free JPEG."""
    buffer = io.BytesIO()
    im.save(buffer, "JPEG", **_JPEG_OPTIONS[rendition])
    return Rendition(rendition, buffer.getvalue(), im.width, im.height, JPEG_MIME)


def _clean_name(name: str) -> str:
    """Keep the file name only (either slash), NFC-normalised."""
    base = re.split(r"[\\/]", name)[-1] or "unnamed"
    return unicodedata.normalize("NFC", base)
