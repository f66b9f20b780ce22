"""The exported web page printed from Chromium on A4 and Letter, read back from the PDF.

A photo split across two pages shows in the PDF as one image drawn on both;
a caption torn from its photo as its text on another page than the image; a
half-empty page as little ink in its lower half. Two articles: the long
sample (landscape photos) and one whose portrait photo comes halfway down a
page, the case that used to push it to the next page or split it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from samples import PARAGRAPHS, make_photo, write_long_article

from deskeditor.export import context_for
from deskeditor.export.html import write_html_folder
from deskeditor.jsonio import read_article
from deskeditor.store import Store

PORTRAIT = {
    "title": "Tuổi trẻ Sở Nội vụ ra quân hưởng ứng Chiến dịch Thanh niên tình nguyện hè",
    "lead": "Sáng 02/6, Đoàn Thanh niên Sở Nội vụ tổ chức ra quân Chiến dịch tình nguyện hè.",
    "author": "Trần Văn Ba",
    "author_unit": "Đoàn Thanh niên Sở Nội vụ",
    "body": [
        *({"type": "paragraph", "text": text} for text in PARAGRAPHS[:4]),
        {
            "type": "photo",
            "file": "doc.jpg",
            "caption": "Đoàn viên thanh niên dọn vệ sinh đường làng",
            "credit": "Ảnh: Trần Văn Ba",
            "alt": "Nhóm thanh niên mặc áo xanh cầm chổi trên đường làng",
        },
        {"type": "paragraph", "text": PARAGRAPHS[4]},
    ],
}


def _poppler() -> tuple[str, str, str]:
    tools = [shutil.which(name) for name in ("pdfimages", "pdftotext", "pdftoppm")]
    if None in tools:
        pytest.skip("poppler-utils is missing: apt-get install -y poppler-utils")
    return tools[0], tools[1], tools[2]  # type: ignore[return-value]


@pytest.fixture(scope="module")
def printed(tmp_path_factory, browser) -> list[tuple[str, Path, list[str]]]:
    """Print both articles on A4 and Letter; return (name, pdf, captions in order)."""
    import json

    work = tmp_path_factory.mktemp("print-work")
    pages, captions = [], []
    with Store(work / "kho.db") as store:
        (work / "nguon").mkdir()
        long_json = write_long_article(work / "nguon")
        portrait = work / "nguon-doc"
        portrait.mkdir()
        make_photo(portrait / "doc.jpg", seed=9, size=(1200, 1800))
        (portrait / "bai.json").write_text(json.dumps(PORTRAIT, ensure_ascii=False), "utf-8")
        for name, source in (("dai", long_json), ("doc", portrait / "bai.json")):
            article = read_article(source)
            write_html_folder(context_for(store, store.import_article(article)), work / name)
            pages.append(f"/work/{name}/index.html")
            captions.append([figure.caption for figure in article.figures()])
    result = browser(work, print=pages)
    return [
        (
            f"{Path(entry['page']).parent.name}-{entry['format']}",
            Path(entry["pdf"]),
            captions[pages.index(entry["page"])],
        )
        for entry in result["prints"]
    ]


def _page_texts(pdf: Path) -> list[str]:
    _, pdftotext, _ = _poppler()
    text = subprocess.run(
        [pdftotext, str(pdf), "-"], capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f")]


def _images_by_page(pdf: Path) -> dict[str, list[int]]:
    """Each photo (by its PDF object) and the pages it is drawn on."""
    pdfimages, _, _ = _poppler()
    listing = subprocess.run(
        [pdfimages, "-list", str(pdf)], capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout.splitlines()[2:]
    pages: dict[str, list[int]] = {}
    for line in listing:
        fields = line.split()
        if int(fields[3]) >= 300:  # the photos, not the logo or a bullet
            pages.setdefault(fields[10], []).append(int(fields[0]))
    return pages


def _ink_bottom(pdf: Path, page: int, folder: Path) -> float:
    """How far down page *page* (1-based) its lowest mark is, as a share of the page."""
    *_, pdftoppm = _poppler()
    stem = folder / f"{pdf.stem}-p{page}"
    subprocess.run(
        [pdftoppm, "-r", "30", "-gray", "-f", str(page), "-l", str(page), "-png", "-singlefile",
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    with Image.open(stem.with_suffix(".png")) as image:
        box = Image.eval(image.convert("L"), lambda v: 255 if v < 245 else 0).getbbox()
        return (box[3] if box else 0) / image.height


def test_no_photo_is_split_and_each_caption_is_on_its_photos_page(printed):
    assert {name for name, _, _ in printed} == {"dai-A4", "dai-Letter", "doc-A4", "doc-Letter"}
    for name, pdf, captions in printed:
        images = _images_by_page(pdf)
        assert len(images) == len(captions), name
        texts = _page_texts(pdf)
        for pages, caption in zip(images.values(), captions, strict=True):
            assert len(pages) == 1, f"{name}: a photo is split over pages {pages}"
            assert caption in texts[pages[0] - 1], f"{name}: {caption!r} is not on page {pages[0]}"


def test_no_page_but_the_last_is_left_half_empty(printed, tmp_path):
    for name, pdf, _ in printed:
        count = len([t for t in _page_texts(pdf) if t])
        for page in range(1, count):
            bottom = _ink_bottom(pdf, page, tmp_path)
            assert bottom > 0.6, f"{name}: page {page} ends at {bottom:.0%} of its height"
