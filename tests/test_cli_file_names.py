"""Output names Windows cannot hold, and names in NFD, through the command line (outside testing).

A name the user gives is checked on every platform, so that a script that
works on Linux works on the office's Windows desktops: ``CON.docx`` is the
console there, ``web...`` loses its dots, ``a:b.docx`` writes a hidden stream.
File names are NFC like every other input: written in NFC, and found in either
form when read (Linux and macOS hold both).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path, PureWindowsPath

import pytest
from samples import make_photo

import deskeditor
from deskeditor.filenames import FileNameError, check_output_path, existing_path

# The child runs in the output folder: it imports this checkout's package, not an installed one.
SOURCE = Path(deskeditor.__file__).resolve().parents[1]


def run(*args, db=None, cwd=None, check=True):
    command = [sys.executable, "-m", "deskeditor", *map(str, args)]
    if db is not None:
        command += ["--db", str(db)]
    env = {**os.environ}
    env.pop("DESKEDITOR_DEBUG", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE), env.get("PYTHONPATH")]))
    result = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def names_in(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


@pytest.fixture
def db(tmp_path):
    """A store with one article (id 1) and a link list, in a folder of its own."""
    store = tmp_path / "kho" / "kho.db"
    store.parent.mkdir()
    article = tmp_path / "kho" / "bai.json"
    article.write_text(
        json.dumps(
            {"title": "Hội nghị tổng kết", "body": [{"type": "paragraph", "text": "Nội dung."}]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    run("import", article, db=store)
    links = tmp_path / "kho" / "lien-ket.csv"
    links.write_text(
        "group,name,url,visible\r\nWebsites,Chính phủ,https://chinhphu.vn,1\r\n", encoding="utf-8"
    )
    run("links", "import", links, db=store)
    return store


# ------------------------------------------------------------------ names Windows cannot hold

REFUSED = [
    ("--docx", "CON.docx", "CON.docx", "device"),
    ("--docx", "con.DOCX", "con.DOCX", "device"),
    ("--json", "NUL", "NUL", "device"),
    ("--json", "nul.tar.json", "nul.tar.json", "device"),
    ("--html-single", "COM1.html", "COM1.html", "device"),
    ("--html-single", "LPT9.html", "LPT9.html", "device"),
    ("--html-fragment", "COM\u00b9.html", "COM\u00b9.html", "device"),  # COM¹, as Windows sees it
    ("--html", "aux", "aux", "device"),
    ("--docx", "PRN .docx", "PRN .docx", "device"),
    ("--docx", "a:b.docx", "a:b.docx", "':'"),
    ("--docx", "a<b>.docx", "a<b>.docx", "'<'"),
    ("--json", "hỏi?.json", "hỏi?.json", "'?'"),
    ("--html-single", "a|b.html", "a|b.html", "'|'"),
    ("--html-single", "sao*.html", "sao*.html", "'*'"),
    ("--docx", 'ngoac"kep.docx', 'ngoac"kep.docx', "'\"'"),
    ("--docx", "chuong\x07.docx", "chuong\x07.docx", "U+0007"),
    ("--html", "web...", "web...", "ends in a dot"),
    ("--docx", "bai.docx ", "bai.docx ", "ends in a space"),
    ("--docx", "CON/bai.docx", "CON", "device"),  # every part of the path, not only the last
    ("--json", "ban./bai.json", "ban.", "ends in a dot"),
]


@pytest.mark.unicode_paths  # one of the names is Vietnamese
@pytest.mark.parametrize(("option", "given", "part", "reason"), REFUSED)
def test_export_refuses_a_name_windows_cannot_hold(db, tmp_path, option, given, part, reason):
    out = tmp_path / "out"
    out.mkdir()
    result = run("export", "1", option, given, db=db, cwd=out, check=False)
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()  # one line, and no traceback
    shown = given.replace("\x07", "\\x07")  # the terminal sees control characters escaped
    assert line.startswith(f"deskeditor: {shown}: "), line
    assert f'"{part}"'.replace("\x07", "\\x07") in line and reason in line, line
    assert "choose another name" in line
    assert names_in(out) == set()  # nothing written, no folder made


def test_every_output_of_one_export_is_checked_before_anything_is_written(db, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = run(
        "export", "1", "--json", "tot.json", "--docx", "LPT1.docx", db=db, cwd=out, check=False
    )
    assert result.returncode == 1 and '"LPT1.docx"' in result.stderr
    assert names_in(out) == set()


@pytest.mark.parametrize(
    "name",
    [
        " lead.docx",  # a leading space is legal on Windows
        "CONSOLE.docx",
        "COM10.docx",
        "nul-tin.docx",  # the device is the part before the first dot
        "a.b..c.docx",
        "COM0.docx",
    ],
)
def test_export_accepts_names_windows_holds(db, tmp_path, name):
    out = tmp_path / "out"
    out.mkdir()
    run("export", "1", "--docx", name, db=db, cwd=out)
    assert names_in(out) == {name}


def test_links_and_settings_exports_refuse_such_names_too(db, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for command in (
        ["links", "export", "CON.csv"],
        ["links", "export", "--html", "ban?.html"],
        ["links", "export", "lien-ket.csv."],
        ["settings", "export", "PRN.json"],
        ["settings", "export", "cai:dat.json"],
    ):
        result = run(*command, db=db, cwd=out, check=False)
        assert result.returncode == 1, command
        [line] = result.stderr.splitlines()
        assert line.startswith(f"deskeditor: {command[-1]}: ") and "another name" in line, line
    assert names_in(out) == set()
    assert run("links", "export", "-", db=db).stdout.startswith("\ufeffgroup")  # '-' is stdout


@pytest.mark.parametrize(
    "path",
    [
        r"C:\SaoLuu\bai.docx",
        "C:/SaoLuu/bai.docx",
        "D:\\SaoLuu\\",
        "C:",
        "D:\\",
        r"\\may-chu\chia-se\bai.docx",
        r"\\?\C:\SaoLuu\bai.docx",
        "../ra-ngoai/bai.docx",
        "./bai.docx",
        " khoang-trang-dau/ bai.docx",
    ],
)
def test_a_windows_drive_and_folders_are_not_refused(path):
    check_output_path(path)
    check_output_path(PureWindowsPath(path))


@pytest.mark.parametrize(
    ("path", "part"),
    [
        ("a:b.docx", "a:b.docx"),  # not a drive and a file: a stream on Windows
        (r"C:\SaoLuu\CON\bai.docx", "CON"),
        (r"C:\SaoLuu.\bai.docx", "SaoLuu."),
        ("C:\\SaoLuu\\bai:luong.docx", "bai:luong.docx"),
        (r"\\.\NUL", "NUL"),
        (r"\\may-chu\chia-se\LPT3.docx", "LPT3.docx"),
        ("COM\u00b2.json", "COM\u00b2.json"),
        ("lpt\u00b3.json", "lpt\u00b3.json"),
        ("CONIN$", "CONIN$"),
    ],
)
def test_the_check_names_the_part_windows_cannot_hold(path, part):
    with pytest.raises(FileNameError) as caught:
        check_output_path(path)
    assert caught.value.params["name"] == part
    assert str(caught.value).startswith(f"{path}: ")


# ------------------------------------------------------------------ NFC file names


@pytest.fixture
def photo_article(tmp_path):
    """An article JSON with one photo whose name is Vietnamese."""
    folder = tmp_path / "nguon"
    folder.mkdir()
    make_photo(folder / "ảnh-hội-nghị.jpg", 3, (400, 300))
    data = {
        "title": "Hội nghị sơ kết",
        "body": [
            {
                "type": "photo",
                "file": "ảnh-hội-nghị.jpg",
                "caption": "Toàn cảnh hội nghị",
                "alt": "Hội trường đông đại biểu",
            }
        ],
    }
    path = folder / "bai.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.unicode_paths
def test_export_writes_names_given_in_nfd_in_nfc_and_import_finds_them(tmp_path, photo_article):
    db = tmp_path / "kho.db"
    run("import", photo_article, db=db)
    out = tmp_path / "out"
    out.mkdir()
    name = "bài-hội-nghị"
    run("export", "1", "--json", out / f"{nfd(name)}.json", "--docx", nfd(f"{name}.docx"), db=db,
        cwd=out)  # fmt: skip
    written = names_in(out)
    assert written == {
        f"{name}.json",
        f"{name}.docx",
        "photos",
        f"photos/{name}",
        f"photos/{name}/ảnh-hội-nghị.jpg",
    }
    assert all(unicodedata.is_normalized("NFC", path) for path in written)
    assert run("import", out / f"{name}.json", db=db).stdout == "2\n"  # typed in NFC
    assert run("import", out / f"{name}.docx", db=db).stdout == "3\n"


@pytest.mark.unicode_paths
def test_export_into_an_existing_nfd_folder_uses_it_instead_of_making_a_twin(tmp_path, db):
    out = tmp_path / "out"
    (out / nfd("tài-liệu")).mkdir(parents=True)
    run("export", "1", "--json", "tài-liệu/bài.json", db=db, cwd=out)
    assert names_in(out) == {nfd("tài-liệu"), f"{nfd('tài-liệu')}/bài.json"}


@pytest.mark.unicode_paths
def test_import_finds_a_json_and_its_photos_named_in_the_other_form(tmp_path, photo_article):
    """The JSON says "ảnh-hội-nghị.jpg" (NFC); macOS and some copies hold the name in NFD."""
    data = json.loads(photo_article.read_text(encoding="utf-8"))
    folder = tmp_path / "tu-may-mac"
    (folder / nfd("ảnh đẹp")).mkdir(parents=True)
    os.replace(
        photo_article.parent / "ảnh-hội-nghị.jpg", folder / nfd("ảnh đẹp") / nfd("ảnh-hội-nghị.jpg")
    )
    data["body"][0]["file"] = "ảnh đẹp/ảnh-hội-nghị.jpg"
    (folder / nfd("bài-hội-nghị.json")).write_text(
        json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )
    db = tmp_path / "kho.db"
    assert run("import", folder / "bài-hội-nghị.json", db=db).stdout == "1\n"
    out = tmp_path / "out"
    run("export", "1", "--html-single", out / "trang.html", db=db)
    assert "data:image/jpeg" in (out / "trang.html").read_text(encoding="utf-8")


@pytest.mark.unicode_paths
def test_import_finds_a_word_draft_named_in_the_other_form(tmp_path):
    from wordgen import realistic_draft

    realistic_draft(tmp_path / nfd("bản-thảo.docx"), photos=0, table=False)
    assert run("import", tmp_path / "bản-thảo.docx", db=tmp_path / "kho.db").stdout == "1\n"


@pytest.mark.unicode_paths
def test_a_missing_file_is_still_named_as_typed(tmp_path):
    result = run("import", tmp_path / "không-có.json", db=tmp_path / "kho.db", check=False)
    assert result.returncode == 1 and str(tmp_path / "không-có.json") in result.stderr


@pytest.mark.unicode_paths
def test_existing_path_prefers_the_literal_name_then_the_nfc_one(tmp_path):
    (tmp_path / nfd("hồ-sơ")).mkdir()
    both = tmp_path / nfd("hồ-sơ")
    (both / "bài.json").write_text("{}", encoding="utf-8")
    (both / nfd("bài.json")).write_text("{}", encoding="utf-8")
    assert existing_path(tmp_path / "hồ-sơ" / nfd("bài.json")) == both / nfd("bài.json")
    assert existing_path(tmp_path / nfd("hồ-sơ") / "bài.json") == both / "bài.json"
    assert existing_path(tmp_path / "hồ-sơ" / "bai.json") == tmp_path / "hồ-sơ" / "bai.json"
