"""Bad input, done for real: hostile files through the store, hostile JSON through the CLI.

Part 1 builds a corpus of broken and hostile image files in a temporary folder
and imports each, as a one-photo article, through ``Store.import_article`` in
a child process (so a hang is caught by a timeout, not by a stuck test run).
Each file is either imported correctly (three metadata-free JPEG renditions)
or refused with a PhotoError naming the file and the reason, leaving the store
exactly as it was.

Part 2 feeds malformed, mistyped and oversized article JSON to
``deskeditor import``: one line on stderr, a non-zero exit, no traceback,
nothing changed in the store.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import imagegen as gen
import pytest
from PIL import Image

from deskeditor.model import Article, Paragraph, Run
from deskeditor.store import Store

ROOT = Path(__file__).resolve().parents[1]
SECONDS_PER_FILE = 10  # asserted per file, measured inside the child
HANG_GUARD = 120  # the child is killed after this; only a hang gets near it
TABLES = ("articles", "revisions", "photos", "photo_data", "categories", "article_search")
IMPORT_ONE = r"""
import json, sys, time, traceback
from pathlib import Path
from deskeditor.errors import PhotoError
from deskeditor.model import Article, Figure, Paragraph, Run
from deskeditor.store import Store

store = Store(sys.argv[1])
article = Article(
    title="Bài có ảnh thử", category="Mục thử ảnh",
    body=[Paragraph([Run("Nội dung.")]),
          Figure(caption="Chú thích", alt="Mô tả ảnh", source=Path(sys.argv[2]))],
)
started = time.monotonic()
try:
    article_id = store.import_article(article)
except PhotoError as exc:
    result = {"outcome": "refused", "name": exc.name, "reason": exc.reason, "message": str(exc)}
except BaseException as exc:
    result = {"outcome": "crash", "type": type(exc).__name__, "message": traceback.format_exc()}
else:
    result = {"outcome": "imported", "id": article_id}
result["seconds"] = time.monotonic() - started
store.close()
print(json.dumps(result))
"""


def _env() -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    env.pop("DESKEDITOR_DEBUG", None)
    return env


# ------------------------------------------------------------------ the corpus


@dataclass(frozen=True)
class Case:
    """One hostile file: how to make it and what must happen to it."""

    id: str
    file_name: str
    make: Callable[[Path], None]  # writes the file (or folder) at the given path
    expect: str  # "imported" or "refused"
    reason: str = ""  # a fragment of the refusal reason
    posix_only: bool = False


def _bytes(data: bytes | Callable[[], bytes]) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data() if callable(data) else data)


def _jpeg(size=(320, 240), seed=1, **params) -> bytes:  # type: ignore[no-untyped-def]
    return gen.encode(gen.photo_like(size, seed=seed), "JPEG", quality=85, **params)


def _truncated(fmt: str) -> bytes:
    data = gen.encode(gen.photo_like((400, 300), seed=3), fmt)
    return data[: len(data) * 3 // 5]


def _jpeg_bomb() -> bytes:
    """A real small JPEG whose frame header claims 65000×65000 pixels."""
    data = bytearray(_jpeg((64, 48)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = (65000).to_bytes(2, "big") * 2
    return bytes(data)


def _gif_bomb() -> bytes:
    data = bytearray(gen.animated_gif([gen.RED]))
    data[6:10] = (65535).to_bytes(2, "little") * 2  # logical screen 65535×65535
    return bytes(data)


def _png_zero_size() -> bytes:
    return gen.bomb_png(0, 0)


def _cmyk_jpeg() -> bytes:
    cmyk = Image.new("CMYK", (200, 150), (0, 255, 255, 0))
    return gen.encode(
        cmyk,
        "JPEG",
        icc_profile=gen.cmyk_profile([(0, 160, 230), (230, 0, 140), (255, 230, 0), (20, 20, 20)]),
    )


def _png16() -> bytes:
    return gen.encode(Image.linear_gradient("L").resize((256, 128)).convert("I;16"), "PNG")


def _heic() -> bytes:
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    return gen.encode(gen.photo_like((160, 120)), "HEIF")


def _png_with_text() -> bytes:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "<script>alert(1)</script> GPS 21.03N 105.85E")
    info.add_itxt("Author", "Trần Văn Ba, máy SERIAL0042XYZ")
    return gen.encode(gen.photo_like((120, 90)), "PNG", pnginfo=info)


def _polyglot() -> bytes:
    return _jpeg((120, 90), seed=9) + b"<html><body><script>alert('x')</script></body></html>"


def _folder(path: Path) -> None:
    path.mkdir()


def _symlink_to_text(path: Path) -> None:
    target = path.with_name("ghi-chu-that.txt")
    target.write_text("Biên bản họp\n", encoding="utf-8")
    path.symlink_to(target)


VIETNAMESE = "Ảnh hội nghị tổng kết năm 2025 của Sở Nội vụ.jpg"
CORPUS = [
    Case("zero-bytes", "rong.jpg", _bytes(b""), "refused", "the file is empty"),
    Case("truncated-jpeg", "cat-ngang.jpg", _bytes(lambda: _truncated("JPEG")), "refused", "truncated or damaged"),
    Case("truncated-png", "cat-ngang.png", _bytes(lambda: _truncated("PNG")), "refused", "truncated or damaged"),
    Case("text-as-jpg", "bien-ban.jpg", _bytes("Biên bản họp ngày 12/3\r\n".encode()), "refused", "not an image file"),
    Case("html-as-jpg", "trang.jpg", _bytes(b"<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>"), "refused", "not an image file"),
    Case("png-bomb", "bom.png", _bytes(lambda: gen.bomb_png(30000, 30000)), "refused", "too large (900 megapixels"),
    Case("jpeg-bomb", "bom.jpg", _bytes(_jpeg_bomb), "refused", "too large"),
    Case("gif-bomb", "bom.gif", _bytes(_gif_bomb), "refused", "too large"),
    Case("png-0x0", "khong.png", _bytes(_png_zero_size), "refused", "truncated or damaged"),
    Case("strip-1x60000", "dai.png", _bytes(lambda: gen.encode(Image.new("L", (1, 60000), 128), "PNG")), "refused", "too long and thin"),
    Case("svg", "logo.svg", _bytes(b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), "refused", "SVG is not supported"),
    Case("random-bytes", "nhieu.jpg", _bytes(lambda: random.Random(5).randbytes(200_000)), "refused", "not an image file"),
    Case("pdf-as-jpg", "van-ban.jpg", _bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"), "refused", "not an image file"),
    Case("zip-as-png", "tai-lieu.png", _bytes(b"PK\x03\x04" + bytes(200)), "refused", "not an image file"),
    Case("eps", "hinh.eps", _bytes(lambda: gen.encode(Image.new("RGB", (32, 32)), "EPS")), "refused", "format EPS is not supported"),
    Case("folder-named-jpg", "album.jpg", _folder, "refused", "folder"),
    Case("missing", "khong-co.jpg", lambda path: None, "refused", "does not exist"),
    Case("symlink-to-text", "lien-ket.jpg", _symlink_to_text, "refused", "not an image file", posix_only=True),
    Case("cmyk-jpeg", "cmyk.jpg", _bytes(_cmyk_jpeg), "imported"),
    Case("png-16-bit", "sau-muoi-sau.png", _bytes(_png16), "imported"),
    Case("animated-gif", "dong.gif", _bytes(lambda: gen.animated_gif([gen.RED, gen.GREEN, gen.WHITE])), "imported"),
    Case("heic", "iphone.heic", _bytes(_heic), "imported"),
    Case("webp", "web.webp", _bytes(lambda: gen.encode(gen.photo_like((160, 120), seed=4), "WEBP")), "imported"),
    Case("vietnamese-nfc", unicodedata.normalize("NFC", VIETNAMESE), _bytes(lambda: _jpeg(seed=11)), "imported"),
    Case("vietnamese-nfd", unicodedata.normalize("NFD", VIETNAMESE), _bytes(lambda: _jpeg(seed=12)), "imported"),
    Case("windows-invalid-name", 'a:b?"c|d*<e>.jpg', _bytes(lambda: _jpeg(seed=13)), "imported", posix_only=True),
    Case("markup-name", "<b onmouseover=alert(1)>anh.jpg", _bytes(lambda: _jpeg(seed=14)), "imported", posix_only=True),
    Case("long-name", "Ảnh " + "hội nghị " * 17 + ".jpg", _bytes(lambda: _jpeg(seed=15)), "imported"),
    Case("png-named-jpg", "that-ra-png.jpg", _bytes(lambda: gen.encode(gen.photo_like((150, 100), seed=6), "PNG")), "imported"),
    Case("exif-gps-rotated", "dien-thoai.jpg", _bytes(lambda: _jpeg((240, 160), seed=7, exif=gen.camera_exif(6))), "imported"),
    Case("png-text-chunks", "chu-thich.png", _bytes(_png_with_text), "imported"),
    Case("jpeg-html-polyglot", "ghep.jpg", _bytes(_polyglot), "imported"),
]  # fmt: skip
CASES = [
    pytest.param(
        case,
        id=case.id,
        marks=[pytest.mark.skipif(os.name == "nt", reason="not a valid name on Windows")]
        if case.posix_only
        else [],
    )
    for case in CORPUS
]


def counts(path: Path) -> dict[str, int]:
    with Store(path) as store:
        return {
            table: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in TABLES
        }


@pytest.fixture
def store_path(tmp_path) -> Path:
    """A store already holding one article, so 'unchanged' means something."""
    path = tmp_path / "kho.db"
    with Store(path) as store:
        store.save_article(Article(title="Bài có sẵn", body=[Paragraph([Run("Giữ nguyên.")])]))
    return path


def _run_import(db: Path, file: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ONE, str(db), str(file)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        timeout=HANG_GUARD,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


# JPEG segments a clean rendition may have: SOI-less header of APP0 (JFIF), tables, frame, scan.
# APP1 (EXIF, XMP), APP2 (ICC), APP13 (IPTC) and COM would carry metadata.
_ALLOWED_SEGMENTS = {0xE0, 0xDB, 0xC4, 0xC0, 0xC2, 0xDD, 0xDA}


def _jpeg_segments(data: bytes) -> list[int]:
    """Return the marker of every header segment up to the first scan."""
    markers, offset = [], 2
    while offset < len(data):
        assert data[offset] == 0xFF, f"no marker at byte {offset}"
        marker = data[offset + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            return markers
        offset += 2 + int.from_bytes(data[offset + 2 : offset + 4], "big")
    raise AssertionError("no scan in the JPEG")


def _assert_clean_jpeg(data: bytes) -> None:
    """A rendition is a plain JPEG: no EXIF, GPS, ICC, comments, text or trailing bytes."""
    assert data.startswith(b"\xff\xd8") and data.endswith(b"\xff\xd9")
    segments = _jpeg_segments(data)
    assert set(segments) <= _ALLOWED_SEGMENTS, [hex(m) for m in segments]
    header = data[: data.index(b"\xff\xda")]
    for needle in (b"Exif", b"GPS", b"TestCam", b"SERIAL", b"<script", b"ICC_PROFILE", b"http"):
        assert needle not in header, needle
    # In scan data every 0xFF is stuffed, so the first end marker after the scan is the end
    # of the image: nothing (such as a polyglot's HTML) rides along after it.
    assert data.index(b"\xff\xd9", len(header)) == len(data) - 2
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        assert image.format == "JPEG" and image.mode == "RGB"
        assert len(image.getexif()) == 0
        assert set(image.info) <= {
            "jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "progressive", "progression",
        }  # fmt: skip


@pytest.mark.unicode_paths  # the child's script, with Vietnamese text, goes in argv
@pytest.mark.parametrize("case", CASES)
def test_hostile_file_is_imported_cleanly_or_refused_changing_nothing(case, tmp_path, store_path):
    folder = tmp_path / "tep"
    folder.mkdir()
    file = folder / case.file_name
    case.make(file)
    before = counts(store_path)
    result = _run_import(store_path, file)
    after = counts(store_path)
    assert result["outcome"] != "crash", result["message"]
    assert result["seconds"] < SECONDS_PER_FILE, f"{case.id} took {result['seconds']:.1f} s"
    assert result["outcome"] == case.expect, result
    shown_name = unicodedata.normalize("NFC", case.file_name)
    if case.expect == "refused":
        assert after == before, "a refused file changed the store"
        assert result["name"] == shown_name
        assert result["message"] == f"{shown_name}: {result['reason']}"
        assert case.reason in result["reason"] and "\n" not in result["message"]
        return
    assert after == {
        **before,
        "articles": before["articles"] + 1,
        "revisions": before["revisions"] + 1,
        "photos": before["photos"] + 1,
        "photo_data": before["photo_data"] + 3,
        "categories": before["categories"] + 1,
        "article_search": before["article_search"] + 1,
    }
    with Store(store_path) as store:
        assert store.check() == []
        photo_id = store.get_article(result["id"]).figures()[0].photo_id
        assert store.photo(photo_id).original_name == shown_name
        for rendition in ("master", "web", "thumb"):
            data, mime, width, height = store.photo_rendition(photo_id, rendition)
            assert mime == "image/jpeg" and width > 0 and height > 0
            _assert_clean_jpeg(data)


def test_the_corpus_is_broad_enough(record_property):
    tried = [case for case in CORPUS if not (case.posix_only and os.name == "nt")]
    refused = sum(case.expect == "refused" for case in tried)
    summary = (
        f"hostile files: {len(tried)} tried ({refused} to refuse, {len(tried) - refused} to import)"
    )
    print(summary)
    record_property("hostile_files", summary)
    assert len(tried) >= 25


# ------------------------------------------------------------------ hostile JSON to the CLI


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "deskeditor", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=_env(),
        timeout=HANG_GUARD,
        cwd=ROOT,
    )


def _article(**changes) -> dict:  # type: ignore[no-untyped-def]
    data = {
        "title": "Hội nghị sơ kết",
        "category": "Tin tức - Sự kiện",
        "published_at": "2025-07-14T08:30",
        "body": [{"type": "paragraph", "text": "Nội dung."}],
    }
    data.update(changes)
    return data


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _oversized_json(path: Path) -> None:
    """A 30 MB article file (a single huge paragraph)."""
    text = json.dumps(_article(body=[{"type": "paragraph", "text": "Nội dung dài. " * 2_200_000}]))
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 30 * 2**20


BAD_JSON: list[tuple[str, Callable[[Path], None], str]] = [
    ("truncated", _bytes(b'{"title": "H\xe1\xbb\x99i ngh\xe1\xbb\x8b", "body": ['), "not valid JSON"),
    ("trailing-garbage", _bytes(_json(_article()) + b" }{"), "not valid JSON"),
    ("empty-file", _bytes(b""), "not valid JSON"),
    ("not-utf8", _bytes('{"title": "Hôi nghì"}'.encode("latin-1")), "not UTF-8"),
    ("top-level-list", _bytes(b"[1, 2, 3]"), "expected an object"),
    ("top-level-null", _bytes(b"null"), "expected an object"),
    ("title-number", _bytes(_json(_article(title=42))), "title: expected text, got a number"),
    ("title-missing", _bytes(_json({"body": []})), "title: required"),
    ("title-blank", _bytes(_json(_article(title="   "))), "title: required"),
    ("title-two-lines", _bytes(_json(_article(title="Dòng một\nDòng hai"))), "title: must be one line"),
    ("title-nan", _bytes(b'{"title": NaN}'), "title: expected text, got a number"),
    ("unknown-field", _bytes(_json(_article(script="<script>"))), "script: unknown field"),
    ("body-object", _bytes(_json(_article(body={"type": "paragraph"}))), "body: expected a list of blocks"),
    ("block-string", _bytes(_json(_article(body=["<p>Đoạn</p>"]))), "body[0]: expected an object"),
    ("block-no-type", _bytes(_json(_article(body=[{"text": "x"}]))), "body[0].type: required"),
    ("unknown-block", _bytes(_json(_article(body=[{"type": "video", "src": "x.mp4"}]))), "unknown block type 'video'"),
    ("script-block", _bytes(_json(_article(body=[{"type": "script", "text": "alert(1)"}]))), "unknown block type 'script'"),
    ("bold-string", _bytes(_json(_article(body=[{"type": "paragraph", "text": [{"text": "x", "bold": "yes"}]}]))), "expected true or false"),
    ("javascript-link", _bytes(_json(_article(body=[{"type": "paragraph", "text": [{"text": "x", "link": "javascript:alert(1)"}]}]))), "only http, https and mailto"),
    ("data-link", _bytes(_json(_article(body=[{"type": "paragraph", "text": [{"text": "x", "link": "data:text/html,<script>alert(1)</script>"}]}]))), "only http, https and mailto"),
    ("list-items-object", _bytes(_json(_article(body=[{"type": "list", "items": {"a": 1}}]))), "items: required: a list"),
    ("photo-no-file", _bytes(_json(_article(body=[{"type": "photo", "caption": "Ảnh"}]))), "body[0].file: required"),
    ("photo-missing-file", _bytes(_json(_article(body=[{"type": "photo", "file": "khong-co.jpg", "caption": "Ảnh", "alt": "x"}]))), "khong-co.jpg: the file does not exist"),
    ("photo-is-the-json", _bytes(_json(_article(body=[{"type": "photo", "file": "bai.json", "caption": "Ảnh", "alt": "x"}]))), "bai.json: not an image file"),
    ("bad-date", _bytes(_json(_article(published_at="2025-13-45T99:99"))), "published_at: expected a date"),
    ("tags-string", _bytes(_json(_article(tags="a, b"))), "tags: expected a list"),
    ("too-many-tags", _bytes(_json(_article(tags=[f"t{n}" for n in range(201)]))), "too many keywords"),
    ("deep-nesting", _bytes(b'{"title": "x", "body": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"), "nested too deeply"),
    ("oversized-30mb", _oversized_json, "too large"),
    ("title-2mb", _bytes(lambda: _json(_article(title="Tiêu đề " * 260_000))), "title: too long"),
    ("10000-blocks", _bytes(lambda: _json(_article(body=[{"type": "paragraph", "text": "x"}] * 10_000))), "too many blocks (10000, at most 5000)"),
    ("field-over-limit", _bytes(lambda: _json(_article(lead="x" * 200_001))), "lead: too long"),
]  # fmt: skip


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "kho.db"
    with Store(path) as store:
        store.save_article(Article(title="Bài có sẵn", body=[Paragraph([Run("Giữ nguyên.")])]))
    return path


def _snapshot(path: Path) -> tuple[dict[str, int], list[tuple]]:
    with Store(path) as store:
        rows = store.db.execute(
            "SELECT id, title, body, current_revision_id FROM articles"
        ).fetchall()
    return counts(path), rows


@pytest.mark.parametrize(("name", "make", "message"), BAD_JSON, ids=[case[0] for case in BAD_JSON])
def test_bad_article_json_is_one_clear_line_and_changes_nothing(
    tmp_path, cli_store, name, make, message
):
    file = tmp_path / "bai.json"
    make(file)
    before = _snapshot(cli_store)
    result = run_cli("import", file, "--db", cli_store)
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr[:2000]
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    assert lines[0].startswith("deskeditor: ") and message in lines[0], lines[0][:500]
    assert len(lines[0]) < 500
    assert _snapshot(cli_store) == before


def test_lone_surrogate_in_json_is_refused_naming_the_field(tmp_path, cli_store):
    file = tmp_path / "bai.json"
    file.write_bytes(b'{"title": "H\\ud800i ngh\\u1ecb", "body": []}')
    before = _snapshot(cli_store)
    result = run_cli("import", file, "--db", cli_store)
    assert result.returncode != 0 and _snapshot(cli_store) == before
    assert len(result.stderr.splitlines()) == 1
    assert "unexpected error" not in result.stderr and "title" in result.stderr


def test_a_link_with_an_unbalanced_bracket_is_refused_naming_it(tmp_path, cli_store):
    """Regression: urlsplit's ValueError ('Invalid IPv6 URL') escaped as an unexpected error."""
    file = tmp_path / "bai.json"
    run = {"text": "x", "link": "http://[sonoivu.vn"}
    file.write_bytes(_json(_article(body=[{"type": "paragraph", "text": [run]}])))
    before = _snapshot(cli_store)
    result = run_cli("import", file, "--db", cli_store)
    assert result.returncode != 0 and _snapshot(cli_store) == before
    assert "unexpected error" not in result.stderr and "body[0].text[0].link" in result.stderr


def test_a_date_before_year_1000_is_refused_or_harmless(tmp_path):
    db = tmp_path / "kho.db"
    file = tmp_path / "bai.json"
    file.write_bytes(_json(_article(published_at="0999-01-01T10:00")))
    if run_cli("import", file, "--db", db).returncode != 0:
        return  # refused: fine
    listed = run_cli("list", "--db", db)
    assert listed.returncode == 0, listed.stderr


def test_a_good_article_still_imports_after_all_that(tmp_path, cli_store):
    file = tmp_path / "bai.json"
    file.write_bytes(_json(_article()))
    result = run_cli("import", file, "--db", cli_store)
    assert result.returncode == 0 and result.stdout.strip().isdigit(), result.stderr
