"""What a command writes never costs the user a file it did not name (outside testing).

A backup aimed at the store itself used to delete the store; ``--overwrite``
on the link list or the settings replaced a whole folder, with everything in
it, by one file; a backup replaced any file without ``--overwrite`` and took
``bk/`` for a file name.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from deskeditor import cli
from deskeditor.model import Article, Paragraph, Run
from deskeditor.store import Store

TITLE = "Sở Nội vụ tổng kết công tác thi đua năm 2026"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kho.db"
    with Store(path) as store:
        store.save_article(
            Article(
                title=TITLE,
                category="Tin tức - Sự kiện",
                body=[Paragraph([Run("Hội nghị diễn ra tại hội trường tầng 3.")])],
            )
        )
    return path


def main(*args, db):
    return cli.main([*map(str, args), "--db", str(db)])


def _titles(path) -> list[str]:
    with Store(path, read_only=True) as store:
        return [summary.title for summary in store.list_articles()]


def _folder_with_a_document(tmp_path):
    folder = tmp_path / "ho-so"
    folder.mkdir()
    (folder / "to-trinh.txt").write_text("Tờ trình số 12", encoding="utf-8")
    return folder


# ------------------------------------------------------------------ backup


@pytest.mark.parametrize("how", ["same path", "relative path", "other spelling"])
def test_a_backup_onto_the_store_itself_is_refused_and_the_store_stays(
    db, how, capsys, monkeypatch
):
    monkeypatch.chdir(db.parent)
    dest = {
        "same path": db,
        "relative path": db.name,
        "other spelling": db.parent / "." / db.name,
    }[how]
    assert main("backup", dest, db=db) != 0
    error = capsys.readouterr().err
    assert "store itself" in error and len(error.strip().splitlines()) == 1
    assert db.is_file() and _titles(db) == [TITLE]
    assert main("check", db=db) == 0


def test_a_backup_onto_the_stores_journal_is_refused(db, capsys):
    wal = db.with_name(db.name + "-wal")
    assert main("backup", wal, db=db) != 0
    assert "store itself" in capsys.readouterr().err
    assert _titles(db) == [TITLE]


def test_a_backup_never_replaces_a_file_without_overwrite(db, tmp_path, capsys):
    keep = tmp_path / "ghi-chu.txt"
    keep.write_text("Danh sách khen thưởng", encoding="utf-8")
    assert main("backup", keep, db=db) != 0
    assert "--overwrite" in capsys.readouterr().err
    assert keep.read_text(encoding="utf-8") == "Danh sách khen thưởng"

    assert main("backup", keep, "--overwrite", db=db) == 0
    assert _titles(keep) == [TITLE]  # now a whole copy of the store


@pytest.mark.parametrize("separator", ["/", "\\"])
def test_a_backup_to_a_missing_folder_named_with_a_separator_is_refused(
    db, tmp_path, separator, capsys, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    assert main("backup", "sao-luu" + separator, db=db) != 0
    error = capsys.readouterr().err
    assert "sao-luu" in error and "folder" in error
    assert not (tmp_path / "sao-luu").exists()


def test_a_backup_into_an_existing_folder_is_named_there(db, tmp_path, capsys):
    folder = tmp_path / "sao-luu"
    folder.mkdir()
    assert main("backup", str(folder) + "/", db=db) == 0
    [copy] = folder.iterdir()
    assert copy.suffix == ".db" and _titles(copy) == [TITLE]
    assert capsys.readouterr().out.strip() == str(copy)


def test_a_backup_copy_is_a_sound_sqlite_file(db, tmp_path):
    dest = tmp_path / "ban-sao.db"
    assert main("backup", dest, db=db) == 0
    conn = sqlite3.connect(dest)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


# ------------------------------------------------------------------ link list and settings


@pytest.mark.parametrize(
    "command",
    [
        ["links", "export", "{folder}", "--overwrite"],
        ["links", "export", "--html", "{folder}", "--overwrite"],
        ["settings", "export", "{folder}", "--overwrite"],
    ],
    ids=["links csv", "links html", "settings"],
)
def test_overwrite_never_replaces_a_folder(db, tmp_path, command, capsys):
    folder = _folder_with_a_document(tmp_path)
    args = [str(folder) if part == "{folder}" else part for part in command]
    assert main(*args, db=db) != 0
    error = capsys.readouterr().err
    assert "folder" in error and len(error.strip().splitlines()) == 1
    assert folder.is_dir()
    assert (folder / "to-trinh.txt").read_text(encoding="utf-8") == "Tờ trình số 12"


def test_settings_export_to_a_dash_writes_standard_output(db, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main("settings", "export", "-", db=db) == 0
    data = json.loads(capsys.readouterr().out)
    assert "Tin tức - Sự kiện" in data["categories"]
    assert not (tmp_path / "-").exists()


def test_an_atomic_write_refuses_a_folder_target(tmp_path):
    from deskeditor.errors import DeskEditorError
    from deskeditor.safeio import write_bytes_atomic

    folder = _folder_with_a_document(tmp_path)
    with pytest.raises(DeskEditorError, match="folder"):
        write_bytes_atomic(folder, b"x")
    assert (folder / "to-trinh.txt").is_file()


# ------------------------------------------------------------------ import


def _import_with_a_bad_photo(tmp_path):
    (tmp_path / "anh-loi.jpg").write_bytes(b"khong phai anh")
    source = tmp_path / "bai.json"
    body = [{"type": "photo", "file": "anh-loi.jpg", "caption": "Hội trường", "alt": "Hội trường"}]
    source.write_text(json.dumps({"title": TITLE, "body": body}), encoding="utf-8")
    return source


def test_a_refused_import_into_a_new_store_leaves_no_store_behind(tmp_path, capsys):
    new = tmp_path / "kho-moi.db"
    assert main("import", _import_with_a_bad_photo(tmp_path), db=new) != 0
    assert "not an image" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anh-loi.jpg", "bai.json"]


def test_a_refused_import_into_a_store_leaves_it_as_it_was(db, tmp_path):
    assert main("import", _import_with_a_bad_photo(tmp_path), db=db) != 0
    assert db.is_file() and _titles(db) == [TITLE]
    assert main("check", db=db) == 0


def test_a_backup_to_a_name_windows_cannot_hold_is_refused(db, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main("backup", "CON.db", db=db) != 0
    assert "device name" in capsys.readouterr().err
    assert not (tmp_path / "CON.db").exists()
