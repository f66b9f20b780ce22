"""Issue 14: exports never overwrite or half-write, inputs never hang, errors stay one line.

Each test is a reproduction from the issue, run through the command line as a
user would (a child process), except where a fault must be injected.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import imagegen as gen
import pytest
from samples import make_photo

from deskeditor import cli
from deskeditor.jsonio import MAX_LIST_ITEMS, MAX_RUNS
from deskeditor.safeio import safe_file_name
from deskeditor.store import Store

ROOT = Path(__file__).resolve().parents[1]
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="devices and FIFOs are POSIX")


def run(*args: object, db: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "deskeditor", *map(str, args)]
    if db is not None:
        command += ["--db", str(db)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DESKEDITOR_DEBUG", None)
    return subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=timeout
    )


def ok(*args: object, db: Path | None = None) -> str:
    result = run(*args, db=db)
    assert result.returncode == 0, result.stderr
    return result.stdout


def one_line_error(result: subprocess.CompletedProcess) -> str:
    """The error a user sees: exactly one line, never the unexpected-error path."""
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "unexpected error" not in lines[0] and "Traceback" not in result.stderr
    return lines[0]


def article(title: str, photos: list[str], alt: str = "Mô tả ảnh") -> dict:
    return {
        "title": title,
        "category": "Tin tức - Sự kiện",
        "published_at": "2025-07-14T08:30",
        "lead": "Tóm tắt bài viết.",
        "body": [{"type": "paragraph", "text": "Nội dung bài viết."}]
        + [{"type": "photo", "file": f, "caption": "Chú thích ảnh", "alt": alt} for f in photos],
    }


def write_article(folder: Path, data: dict, name: str = "bai.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def two_articles(tmp_path: Path) -> Path:
    """A store with two articles, each with a different photo named IMG_0001.jpg."""
    db = tmp_path / "store.db"
    for number, title in enumerate(("Hội nghị sơ kết", "Đại hội chi bộ"), 1):
        folder = tmp_path / f"nguon-{number}"
        folder.mkdir()
        make_photo(folder / "IMG_0001.jpg", seed=number, size=(300, 200))
        ok("import", write_article(folder, article(title, ["IMG_0001.jpg"])), db=db)
    return db


# ------------------------------------------------------------------ overwriting


def test_export_json_refuses_to_replace_an_existing_file(tmp_path, two_articles):
    target = tmp_path / "ra" / "bai.json"
    target.parent.mkdir()
    target.write_text("bản của người dùng", encoding="utf-8")
    line = one_line_error(run("export", 1, "--json", target, db=two_articles))
    assert "already exists" in line
    assert target.read_text(encoding="utf-8") == "bản của người dùng"
    ok("export", 1, "--json", target, "--overwrite", db=two_articles)
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "Hội nghị sơ kết"


def test_two_articles_with_the_same_photo_name_keep_their_own_photos(tmp_path, two_articles):
    out = tmp_path / "ra"
    ok("export", 1, "--json", out / "bai-a.json", db=two_articles)
    first = files_under(out)
    ok("export", 2, "--json", out / "bai-b.json", db=two_articles)
    assert {k: v for k, v in files_under(out).items() if k in first} == first
    a = json.loads((out / "bai-a.json").read_text(encoding="utf-8"))
    b = json.loads((out / "bai-b.json").read_text(encoding="utf-8"))
    photo_a, photo_b = (out / a["body"][1]["file"]), (out / b["body"][1]["file"])
    assert photo_a != photo_b and photo_a.read_bytes() != photo_b.read_bytes()
    assert photo_a.name == photo_b.name == "IMG_0001.jpg"  # the names stay the user's
    # The JSON still round-trips: importing it gives the same article back.
    again = ok("import", out / "bai-a.json", db=two_articles).strip()
    ok("export", again, "--json", tmp_path / "lai" / "bai-a.json", db=two_articles)
    assert json.loads((tmp_path / "lai" / "bai-a.json").read_text(encoding="utf-8")) == a


def test_cms_fragments_side_by_side_keep_their_own_images(tmp_path, two_articles):
    cms = tmp_path / "cms"
    ok("export", 1, "--html-fragment", cms / "bai-1.html", db=two_articles)
    first = files_under(cms)
    ok("export", 2, "--html-fragment", cms / "bai-14.html", "--overwrite", db=two_articles)
    after = files_under(cms)
    assert {k: after[k] for k in first} == first
    assert len([name for name in after if name.endswith(".jpg")]) == 2
    for page in ("bai-1.html", "bai-14.html"):
        src = (cms / page).read_text(encoding="utf-8").split('src="')[1].split('"')[0]
        assert (cms / src).is_file()


def test_a_failing_export_writes_nothing(tmp_path):
    """Alt text missing: refused by the HTML output after the JSON was already written."""
    db = tmp_path / "store.db"
    folder = tmp_path / "nguon"
    folder.mkdir()
    make_photo(folder / "anh.jpg", seed=4, size=(300, 200))
    ok("import", write_article(folder, article("Bài thiếu mô tả", ["anh.jpg"], alt="")), db=db)
    out = tmp_path / "p"
    line = one_line_error(
        run("export", 1, "--json", out / "a.json", "--html-fragment", out / "f.html", db=db)
    )
    assert "alt" in line
    assert not out.exists()


def test_a_refused_later_output_leaves_the_earlier_ones_unwritten(tmp_path, two_articles):
    out = tmp_path / "p"
    out.mkdir()
    (out / "f.html").write_text("của người khác", encoding="utf-8")
    line = one_line_error(
        run(
            "export",
            1,
            "--json",
            out / "a.json",
            "--html-fragment",
            out / "f.html",
            db=two_articles,
        )
    )
    assert "f.html already exists" in line
    assert files_under(out) == {"f.html": "của người khác".encode()}
    assert sorted(p.name for p in out.iterdir()) == ["f.html"]  # no hidden leftovers


def test_a_full_disk_during_a_json_export_leaves_nothing(tmp_path, monkeypatch, capsys):
    db = tmp_path / "store.db"
    folder = tmp_path / "nguon"
    folder.mkdir()
    names = [
        make_photo(folder / f"anh-{i}.jpg", seed=10 + i, size=(200, 150)).name for i in range(6)
    ]
    with Store(db) as store:
        from deskeditor.jsonio import read_article

        store.import_article(read_article(write_article(folder, article("Sáu ảnh", names))))
    real_fsync, calls = os.fsync, []

    def fill_up(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:  # two photos are written, the third finds the disk full
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fill_up)
    out = tmp_path / "ra"
    assert cli.main(["export", "1", "--json", str(out / "bai.json"), "--db", str(db)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert not out.exists()


def test_docx_without_extension_is_refused(tmp_path, two_articles):
    line = one_line_error(run("export", 1, "--docx", tmp_path / "phieu", db=two_articles))
    assert ".docx" in line
    assert list(tmp_path.glob("phieu*")) == []


def test_every_output_creates_its_missing_folder_like_html_does(tmp_path, two_articles):
    out = tmp_path / "p" / "missing"
    ok(
        "export", 1, "--json", out / "j" / "a.json", "--html", out / "trang",
        "--html-fragment", out / "cms" / "f.html", "--html-single", out / "mot" / "a.html",
        "--docx", out / "word" / "a.docx", db=two_articles,
    )  # fmt: skip
    names = set(files_under(out))
    assert {"j/a.json", "trang/index.html", "cms/f.html", "mot/a.html", "word/a.docx"} <= names


# ------------------------------------------------------------------ inputs that hang or eat memory


@POSIX_ONLY
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_as_a_photo_is_refused_at_once(tmp_path, device):
    """Its size is 0, so the size check passed and reading filled memory (3.7 GB)."""
    path = write_article(tmp_path, article("Ảnh là thiết bị", [device]))
    result = run("import", path, "--allow-outside-photos", db=tmp_path / "s.db", timeout=60)
    assert "not a regular file" in one_line_error(result)


@POSIX_ONLY
def test_fifos_are_refused_not_waited_for(tmp_path, two_articles):
    fifo = tmp_path / "ong.jpg"
    os.mkfifo(fifo)
    path = write_article(tmp_path, article("Ảnh là ống", ["ong.jpg"]))
    assert "not a regular file" in one_line_error(
        run("import", path, db=tmp_path / "s.db", timeout=60)
    )
    json_fifo = tmp_path / "bai-ong.json"
    os.mkfifo(json_fifo)
    assert "not a regular file" in one_line_error(
        run("import", json_fifo, db=two_articles, timeout=60)
    )
    assert "not a regular file" in one_line_error(run("verify", fifo, db=two_articles, timeout=60))
    csv_fifo = tmp_path / "lien-ket.csv"
    os.mkfifo(csv_fifo)
    line = one_line_error(run("links", "import", csv_fifo, db=two_articles, timeout=60))
    assert "not a regular file" in line


def test_one_photo_named_many_times_is_processed_and_stored_once(tmp_path, monkeypatch):
    from deskeditor import photos
    from deskeditor.export import context_for
    from deskeditor.export.html import write_html_single
    from deskeditor.interchange import export_json
    from deskeditor.jsonio import read_article

    make_photo(tmp_path / "anh.jpg", seed=5, size=(800, 600))
    path = write_article(tmp_path, article("Một ảnh 150 lần", ["anh.jpg"] * 150))
    decoded = []
    real = photos.ingest_bytes
    monkeypatch.setattr(photos, "ingest_bytes", lambda *a, **k: decoded.append(1) or real(*a, **k))
    with Store(tmp_path / "s.db") as store:
        article_id = store.import_article(read_article(path))
        assert len(decoded) == 1
        assert store.db.execute("SELECT count(*) FROM photos").fetchone()[0] == 1
        export_json(store, article_id, tmp_path / "ra" / "bai.json")
        assert len(list((tmp_path / "ra" / "photos").rglob("*.jpg"))) == 1
        ctx = context_for(store, article_id)
        web = len(store.photo_rendition(1, "web")[0])
        page = write_html_single(ctx, tmp_path / "mot-tep.html").stat().st_size
    # Before: 150 inlined copies of the web rendition. Now one, and small thumbnails after it.
    assert page < 150 * web / 5


def test_too_many_runs_or_list_items_are_refused_naming_the_place(tmp_path):
    runs = [{"text": "x", "link": "https://a.example.gov.vn/"}] * (MAX_RUNS + 1)
    data = article("Quá nhiều liên kết", [])
    data["body"] = [{"type": "paragraph", "text": runs}]
    line = one_line_error(run("import", write_article(tmp_path, data), db=tmp_path / "s.db"))
    assert f"body[0].text: too many runs ({MAX_RUNS + 1}, at most {MAX_RUNS})" in line
    data["body"] = [{"type": "list", "items": ["mục"] * (MAX_LIST_ITEMS + 1)}]
    line = one_line_error(run("import", write_article(tmp_path, data), db=tmp_path / "s.db"))
    assert "body[0].items: too many items" in line


# ------------------------------------------------------------------ what the terminal and files receive


def test_decoder_chatter_never_adds_lines_before_the_error(tmp_path):
    """libtiff writes to fd 2 and Pillow warns; the user sees one line all the same."""
    import io
    import random

    image = gen.photo_like((400, 300))
    buffer = io.BytesIO()
    image.save(buffer, "TIFF", compression="tiff_lzw")
    data = bytearray(buffer.getvalue())
    rng = random.Random(3)
    for _ in range(200):  # LZW codes not in the table: libtiff complains on stderr
        data[rng.randrange(200, len(data) - 400)] = rng.randrange(256)
    (tmp_path / "hong.tif").write_bytes(bytes(data))
    buffer = io.BytesIO()
    image.save(buffer, "TIFF", compression="tiff_adobe_deflate")
    (tmp_path / "cut.tif").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 3])
    for name in ("hong.tif", "cut.tif"):
        path = write_article(tmp_path, article("Ảnh TIFF hỏng", [name]))
        line = one_line_error(run("import", path, db=tmp_path / "s.db"))
        assert line == f"deskeditor: {name}: the image is truncated or damaged"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["body"].append({"type": "photo", "file": "a\x00b.jpg", "caption": "c", "alt": "a"}),
         "body[1].file: the file name contains a control character"),
        (lambda d: d.update(published_at="1" * 100_000), "published_at: too long"),
    ],
)  # fmt: skip
def test_hostile_json_values_are_one_clear_line(tmp_path, change, expected):
    data = article("Giá trị lạ", [])
    change(data)
    line = one_line_error(run("import", write_article(tmp_path, data), db=tmp_path / "s.db"))
    assert expected in line


def test_a_date_given_as_a_huge_number_is_one_clear_line(tmp_path):
    text = json.dumps(article("Ngày là số", []), ensure_ascii=False)
    text = text.replace('"2025-07-14T08:30"', "1" * 100_000)
    (tmp_path / "bai.json").write_text(text, encoding="utf-8")
    line = one_line_error(run("import", tmp_path / "bai.json", db=tmp_path / "s.db"))
    assert "not valid JSON" in line


def test_a_csv_cell_over_the_field_limit_is_one_clear_line(tmp_path):
    path = tmp_path / "lien-ket.csv"
    path.write_text(
        f"group,name,url,visible\nSở,{'a' * 140_000},https://a.vn,1\n", encoding="utf-8"
    )
    line = one_line_error(run("links", "import", path, db=tmp_path / "s.db"))
    assert "line 2: a cell is longer than 131,072 characters" in line


def test_the_link_csv_carries_no_nul_or_escape(tmp_path):
    from deskeditor.links import export_csv
    from deskeditor.model import Link, LinkGroup

    groups = [LinkGroup("Sở\x00ngành", [Link("Tư\x1b[2Jpháp\x85", "https://a.vn", True)])]
    text = export_csv(groups)
    assert not any(ch in text for ch in "\x00\x1b\x85")
    assert "Sởngành" in text and "Tư[2Jpháp" in text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("COM¹.jpg", "COM¹_.jpg"),
        ("lpt³.png", "lpt³_.png"),
        ("photo\u202egpj.exe.jpg", "photogpj.exe.jpg"),
        (".hidden.jpg", "hidden.jpg"),
        ("CON .jpg", "CON_.jpg"),
        ("ảnh hội nghị. .jpg", "ảnh hội nghị.jpg"),
    ],
)
def test_exported_photo_names_are_safe_on_windows(name, expected):
    assert safe_file_name(name, "anh") == expected


@pytest.mark.unicode_paths
def test_export_json_writes_windows_safe_photo_names(tmp_path):
    db = tmp_path / "store.db"
    folder = tmp_path / "nguon"
    folder.mkdir()
    names = ["COM¹.jpg", "photo\u202egpj.exe.jpg", ".hidden.jpg"]
    for seed, name in enumerate(names):
        make_photo(folder / name, seed=20 + seed, size=(200, 150))
    ok("import", write_article(folder, article("Tên ảnh lạ", names)), db=db)
    ok("export", 1, "--json", tmp_path / "ra" / "bai.json", db=db)
    written = sorted(p.name for p in (tmp_path / "ra" / "photos").rglob("*.jpg"))
    assert written == ["COM¹_.jpg", "hidden.jpg", "photogpj.exe.jpg"]


# ------------------------------------------------------------------ photos from outside the folder


@pytest.mark.parametrize("where", ["absolute", "parent", "link"])
def test_photos_outside_the_json_folder_need_explicit_permission(tmp_path, where):
    outside = make_photo(tmp_path / "rieng-tu.jpg", seed=9, size=(200, 150))
    folder = tmp_path / "thu-muc" / "bai"
    folder.mkdir(parents=True)
    if where == "absolute":
        file = str(outside)
    elif where == "parent":
        file = "../../rieng-tu.jpg"
    else:
        if os.name != "posix":
            pytest.skip("symbolic links need privileges on Windows")
        (folder / "anh.jpg").symlink_to(outside)
        file = "anh.jpg"
    path = write_article(folder, article("Ảnh ở ngoài", [file]))
    db = tmp_path / "s.db"
    line = one_line_error(run("import", path, db=db))
    assert f"the photo {file} is outside the JSON file's folder" in line
    assert "--allow-outside-photos" in line
    assert ok("import", path, "--allow-outside-photos", db=db).strip() == "1"


def test_the_help_documents_the_option():
    assert "--allow-outside-photos" in ok("import", "--help")


def test_overwriting_an_export_replaces_exactly_its_own_photos(tmp_path, two_articles):
    """An export that no longer has photos removes its old ones, and only those."""
    out = tmp_path / "ra"
    for number, name in ((1, "a"), (2, "b")):
        ok("export", number, "--json", out / f"bai-{name}.json", "--html-fragment",
           out / f"{name}.html", db=two_articles)  # fmt: skip
    others = {k: v for k, v in files_under(out).items() if "/b/" in k or "/bai-b/" in k}
    with Store(two_articles) as store:
        article = store.get_article(1)
        article.body = article.body[:1]
        store.save_article(article)
    ok(
        "export", 1, "--json", out / "bai-a.json", "--html-fragment", out / "a.html",
        "--overwrite", db=two_articles,
    )  # fmt: skip
    names = set(files_under(out))
    assert not [name for name in names if "/a/" in name or "/bai-a/" in name]
    assert {k: v for k, v in files_under(out).items() if k in others} == others
    assert not [*out.rglob(".*"), *out.rglob("~*")]  # no temporary file left behind
