"""Small command-line fixes found by outside testing (links export to '-', one refusal wording)."""

import json
import os
import subprocess
import sys

import pytest


def run(*args, db=None, check=True):
    command = [sys.executable, "-m", "deskeditor", *map(str, args)]
    if db is not None:
        command += ["--db", str(db)]
    env = {**os.environ}
    env.pop("DESKEDITOR_DEBUG", None)
    result = subprocess.run(command, capture_output=True, env=env, cwd=args_cwd(db))
    if check:
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return result


def args_cwd(db):
    return None if db is None else db.parent


@pytest.fixture
def links_db(tmp_path):
    db = tmp_path / "kho.db"
    source = tmp_path / "lien-ket.csv"
    source.write_text(
        "group,name,url,visible\r\n"
        '"UBND các xã, phường",UBND phường Đông Kinh,https://dongkinh.langson.gov.vn,1\r\n'
        "Liên kết Websites,Cổng thông tin Chính phủ,https://chinhphu.vn,1\r\n",
        encoding="utf-8",
    )
    run("links", "import", source, db=db)
    return db


@pytest.mark.parametrize("option", [[], ["--semicolon"], ["--html"]])
def test_links_export_to_dash_writes_standard_output_not_a_file(links_db, option):
    """`links export - --db …` wrote a file literally named '-' (outside testing)."""
    folder = links_db.parent
    if option == ["--html"]:
        to_stdout = run("links", "export", "--html", "-", db=links_db)
        run("links", "export", "--html", folder / "ban.html", db=links_db)
        written = (folder / "ban.html").read_bytes()
    else:
        to_stdout = run("links", "export", "-", *option, db=links_db)
        run("links", "export", folder / "ban.csv", *option, db=links_db)
        written = (folder / "ban.csv").read_bytes()
    assert not (folder / "-").exists()
    assert to_stdout.stdout == written  # the same bytes, UTF-8 (with Excel's BOM for CSV)
    assert "Đông Kinh".encode() in to_stdout.stdout
    assert to_stdout.stderr == b""


def test_links_export_to_dash_ignores_a_file_named_dash(links_db):
    (links_db.parent / "-").write_text("của người khác", encoding="utf-8")
    result = run("links", "export", "-", db=links_db)
    assert b"chinhphu.vn" in result.stdout
    assert (links_db.parent / "-").read_text(encoding="utf-8") == "của người khác"


def test_every_export_refuses_an_existing_file_in_the_same_words(tmp_path, links_db):
    """links export said "add --overwrite to replace it", article export "allow overwriting"."""
    article = tmp_path / "bai.json"
    article.write_text(
        json.dumps(
            {"title": "Hội nghị tổng kết", "body": [{"type": "paragraph", "text": "Nội dung."}]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    run("import", article, db=links_db)
    taken = tmp_path / "da-co"
    taken.mkdir()
    (taken / "index.html").write_text("cũ", encoding="utf-8")
    existing = {
        "links": (["links", "export"], tmp_path / "lien-ket.csv"),
        "links --html": (["links", "export", "--html"], tmp_path / "lien-ket.csv"),
        "settings": (["settings", "export"], tmp_path / "lien-ket.csv"),
        "--json": (["export", "1", "--json"], tmp_path / "lien-ket.csv"),
        "--html": (["export", "1", "--html"], taken),
        "--html-single": (["export", "1", "--html-single"], tmp_path / "lien-ket.csv"),
        "--html-fragment": (["export", "1", "--html-fragment"], tmp_path / "lien-ket.csv"),
        "--docx": (["export", "1", "--docx"], tmp_path / "ban.docx"),
    }
    (tmp_path / "ban.docx").write_bytes(b"cu")
    said = {}
    for name, (command, target) in existing.items():
        result = run(*command, target, db=links_db, check=False)
        assert result.returncode == 1, name
        said[name] = result.stderr.decode("utf-8").strip()
    assert said == {
        name: f"deskeditor: {target} already exists; choose another name or add --overwrite"
        for name, (_, target) in existing.items()
    }
