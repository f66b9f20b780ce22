"""Time photo import of a 24-megapixel camera JPEG against a naive Pillow pipeline.

Run from the repository root: python benchmarks/photo_ingest.py [--runs N]
"""

from __future__ import annotations

import argparse
import io
import pathlib
import statistics
import sys
import time
from collections.abc import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the package and tests/imagegen.py

import imagegen  # noqa: E402
from PIL import Image, ImageOps  # noqa: E402

from deskeditor import photos  # noqa: E402

SIZE = (6000, 4000)
NOISE = 5  # sensor-like grain; gives the 7-9 MB a camera writes at quality 92


def camera_jpeg() -> bytes:
    """A photograph-like 24 MP JPEG, quality 92, EXIF orientation 6 and GPS."""
    im = imagegen.photo_like(SIZE, seed=7, noise=NOISE)
    return imagegen.encode(im, "JPEG", quality=92, exif=imagegen.camera_exif(orientation=6))


def naive_pipeline(data: bytes) -> dict[str, bytes]:
    """Full decode, exif_transpose, then thumbnail (Pillow's defaults) and save per size."""
    with Image.open(io.BytesIO(data)) as im:
        upright = ImageOps.exif_transpose(im)
    out = {}
    for name, long_edge in photos.RENDITION_SIZES.items():
        copy = upright.copy()
        copy.thumbnail((long_edge, long_edge))
        buffer = io.BytesIO()
        copy.save(buffer, "JPEG", **photos._JPEG_OPTIONS[name])
        out[name] = buffer.getvalue()
    return out


def timings(work: Callable[[], object], runs: int) -> list[float]:
    """Run work once to warm up, then runs times; return seconds per run."""
    work()
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        result.append(time.perf_counter() - start)
    return result


def main() -> None:
    """Generate the test photo, time both pipelines and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs

    data = camera_jpeg()
    with Image.open(io.BytesIO(data)) as im:
        orientation = im.getexif().get(0x0112)
    print(
        f"input: {SIZE[0]}×{SIZE[1]} JPEG, {len(data) / 1e6:.1f} MB, "
        f"orientation {orientation}, GPS present, {runs} runs each"
    )

    ours = timings(lambda: photos.ingest_bytes(data, "camera.jpg"), runs)
    naive = timings(lambda: naive_pipeline(data), runs)
    photo = photos.ingest_bytes(data, "camera.jpg")
    for rendition in photo.renditions.values():
        print(
            f"  {rendition.name:6s} {rendition.width}×{rendition.height}, "
            f"{len(rendition.data) / 1e3:.0f} kB"
        )
    for label, times in (("deskeditor.photos", ours), ("naive Pillow", naive)):
        print(
            f"{label:18s} median {statistics.median(times) * 1000:6.0f} ms "
            f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})"
        )
    print(f"speed-up: {statistics.median(naive) / statistics.median(ours):.2f}×")


if __name__ == "__main__":
    main()
