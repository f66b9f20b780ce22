"""How hostile sizes scale (issue 14): links per paragraph, repeated photos, a PNG bomb.

Each measurement runs in a child process, which reports its time and peak
memory (``resource.getrusage``, POSIX only). Targets, from the issue:

- a paragraph of 20,000 links exports to Word in a few seconds (was 139 s),
  and 8 times the links take about 8 times as long;
- one photo named 150 or 2,000 times imports in about the time of one photo
  (was 23 s and 55 s) and the one-file page stays small (was 450 MB);
- a 120 MP transparent PNG of 466 KB is refused using tens of MB (was 1.5 GB).

Run: ``python benchmarks/hostile_scaling.py``
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/tests"]
kind, work, count = sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
started = time.perf_counter()
note = ""
if kind == "word-links":
    from deskeditor.export import ExportContext
    from deskeditor.export.docx import write_docx
    from deskeditor.model import Article, Paragraph, Run, SiteProfile

    runs = [Run(f"liên kết {i} ", link=f"https://vi.example.gov.vn/{i}") for i in range(count)]
    ctx = ExportContext(Article("Liên kết", body=[Paragraph(runs)]), "ABCD-1234",
                        SiteProfile(), [], lambda *a: None)
    started = time.perf_counter()
    write_docx(ctx, work / f"links-{count}.docx")
elif kind == "repeated-photo":
    from samples import make_photo
    from deskeditor.export import context_for
    from deskeditor.export.html import write_html_single
    from deskeditor.jsonio import read_article
    from deskeditor.store import Store

    make_photo(work / "anh.jpg", seed=3)
    body = [{"type": "photo", "file": "anh.jpg", "caption": "Ảnh", "alt": "Mô tả"}] * count
    (work / "bai.json").write_text(json.dumps({"title": "Lặp ảnh", "body": body}), "utf-8")
    started = time.perf_counter()
    with Store(work / f"s-{count}.db") as store:
        article_id = store.import_article(read_article(work / "bai.json"))
        page = write_html_single(context_for(store, article_id), work / f"p-{count}.html")
    note = f"one-file page {page.stat().st_size / 1e6:.1f} MB"
elif kind == "png-bomb":
    import struct, zlib
    from imagegen import png_chunk
    from deskeditor.errors import PhotoError
    from deskeditor.photos import ingest_bytes

    width, height = 10_000, count // 10_000
    row = b"\0" * (width * 4 + 1)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    data = (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", idat)
            + png_chunk(b"IEND", b""))
    started = time.perf_counter()
    try:
        ingest_bytes(data, "bom.png")
        note = "imported"
    except PhotoError as exc:
        note = f"refused ({len(data) // 1000} KB file): {exc.reason}"
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "note": note}))
"""

CASES = [
    ("word-links", 2_500),
    ("word-links", 20_000),
    ("repeated-photo", 150),
    ("repeated-photo", 2_000),
    ("png-bomb", 120_000_000),
]


def main() -> None:
    print(f"{'case':<16}{'count':>12}{'seconds':>10}{'peak MB':>10}  note")
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as folder:
        for kind, count in CASES:
            work = Path(folder) / f"{kind}-{count}"
            work.mkdir()
            result = subprocess.run(
                [sys.executable, "-c", CHILD, str(ROOT), kind, str(work), str(count)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            row = json.loads(result.stdout.strip().splitlines()[-1])
            print(
                f"{kind:<16}{count:>12,}{row['seconds']:>10.2f}{row['peak_mb']:>10.0f}  {row['note']}"
            )


if __name__ == "__main__":
    main()
