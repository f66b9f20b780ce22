"""How long a crop or a turn takes: making its renditions, saving it, showing it in the editor.

    python benchmarks/photo_edit.py

A 2400×1600 master (the size a phone photo is kept at). Prints the median of
several runs of each step; not part of pytest.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

from deskeditor.model import Article, Figure, Paragraph, Run
from deskeditor.photo_edit import PhotoEdit
from deskeditor.photos import edited_renditions, ingest_bytes
from deskeditor.store import Store


def camera_like(size: tuple[int, int] = (4000, 3000)) -> bytes:
    """A noisy picture with shapes, as a camera JPEG (it compresses as a photo does)."""
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for n in range(40):
        x, y = (n * 977) % size[0], (n * 661) % size[1]
        draw.ellipse((x - 200, y - 200, x + 200, y + 200), fill=(n * 6 % 256, 90, 200 - n * 4))
    image = Image.blend(image, Image.effect_noise(size, 30).convert("RGB"), 0.15)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def median_ms(step, runs: int = 7) -> float:
    times = []
    for n in range(runs):
        start = time.perf_counter()
        step(n)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    processed = ingest_bytes(camera_like(), "bench.jpg")
    master = processed.renditions["master"].data
    edits = [
        PhotoEdit(turns=n % 4, crop=(20 * n, 15 * n, 1800, 1200), aspect="3:2")
        for n in range(1, 30)
    ]
    print(f"master {processed.width}×{processed.height}, {len(master) // 1024} KB")
    print(
        f"renditions of one edit: {median_ms(lambda n: edited_renditions(master, edits[n], 'b.jpg')):.0f} ms"
    )
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.db") as store:
        photo_id = store.add_photo(processed)
        article = Article(
            title="Đo thời gian cắt ảnh",
            body=[
                Paragraph([Run("Đoạn văn.")]),
                Figure(caption="Ảnh", alt="Ảnh", photo_id=photo_id),
            ],
        )
        store.save_article(article)

        def save_new_edit(n: int) -> None:
            article.figures()[0].edit = edits[10 + n]
            store.save_article(article)

        def save_known_edit(n: int) -> None:
            article.figures()[0].edit = edits[10 + n % 2]
            store.save_article(article)

        print(f"save with a new edit: {median_ms(save_new_edit):.0f} ms")
        print(f"save with an edit made before (undo/redo): {median_ms(save_known_edit):.0f} ms")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from deskeditor.gui.images import ImageCache

        app = QApplication.instance() or QApplication(sys.argv[:1])
        cache = ImageCache(store)
        shown = median_ms(lambda n: cache.image(photo_id, 560, edits[20 + n]))
        print(f"editor shows an edit (560 px, from the web rendition): {shown:.0f} ms")
        del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
