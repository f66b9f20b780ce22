"""Files held open, temporary names and SQLite URIs of network paths, as Windows has them."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PureWindowsPath

import pytest

from deskeditor import fileops
from deskeditor.fileops import FileInUseError
from deskeditor.store.opening import sqlite_uri

# ------------------------------------------------------------------ SQLite URIs


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (
            r"C:\Users\Lan\AppData\Local\deskeditor\deskeditor.db",
            "file:///C:/Users/Lan/AppData/Local/deskeditor/deskeditor.db?mode=ro",
        ),
        # A mapped drive (Z:) resolves to its UNC path; as_uri() gave file://may-chu/...
        (
            r"\\may-chu\tin-bai\deskeditor.db",
            "file:////may-chu/tin-bai/deskeditor.db?mode=ro",
        ),
        (
            r"\\?\UNC\may-chu\tin-bai\deskeditor.db",
            "file:////may-chu/tin-bai/deskeditor.db?mode=ro",
        ),
        (r"\\?\D:\kho\deskeditor.db", "file:///D:/kho/deskeditor.db?mode=ro"),
        (
            r"\\may-chu\Phòng Tin bài\kho #2 (50% ảnh)?\deskeditor.db",
            "file:////may-chu/Ph%C3%B2ng%20Tin%20b%C3%A0i/kho%20%232%20%2850%25%20%E1%BA%A3nh%29%3F/"
            "deskeditor.db?mode=ro",
        ),
    ],
)
def test_windows_paths_give_uris_sqlite_opens(path, uri):
    assert sqlite_uri(PureWindowsPath(path), "mode=ro") == uri


def test_the_old_way_was_wrong_for_unc_paths():
    """The reproduction: as_uri() puts the server where SQLite wants no authority."""
    old = PureWindowsPath(r"\\may-chu\tin-bai\deskeditor.db").as_uri()
    assert old == "file://may-chu/tin-bai/deskeditor.db"
    assert sqlite_uri(PureWindowsPath(r"\\may-chu\tin-bai\deskeditor.db"), "mode=ro").startswith(
        "file:////may-chu/"
    )


@pytest.mark.unicode_paths
def test_a_store_whose_path_has_uri_characters_opens_read_only(tmp_path: Path):
    folder = tmp_path / "Phòng #1 (50% ảnh)?"
    folder.mkdir()
    path = folder / "kho dữ liệu.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table bai (tieu_de text)")
        conn.execute("insert into bai values ('Hội nghị')")
    conn.close()
    uri = sqlite_uri(path.resolve(), "mode=ro")
    reader = sqlite3.connect(uri, uri=True)
    try:
        assert reader.execute("select tieu_de from bai").fetchone() == ("Hội nghị",)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("insert into bai values ('x')")
    finally:
        reader.close()


# ------------------------------------------------------------------ locked files


def _sharing_violation() -> PermissionError:
    error = PermissionError(
        13, "The process cannot access the file because it is being used by another process"
    )
    error.winerror = fileops.ERROR_SHARING_VIOLATION  # type: ignore[attr-defined]
    return error


@pytest.fixture
def no_waiting(monkeypatch):
    waited: list[float] = []
    monkeypatch.setattr(fileops.time, "sleep", waited.append)
    return waited


def test_replace_waits_out_a_brief_lock(monkeypatch, tmp_path, no_waiting):
    source, target = tmp_path / "moi.docx", tmp_path / "Bai viet.docx"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    real_replace, calls = os.replace, []

    def antivirus_then_free(src, dst):
        calls.append(dst)
        if len(calls) <= 2:
            raise _sharing_violation()
        real_replace(src, dst)

    monkeypatch.setattr(fileops.os, "replace", antivirus_then_free)
    fileops.replace(source, target)
    assert target.read_bytes() == b"new" and not source.exists()
    assert len(calls) == 3 and len(no_waiting) == 2


def test_a_file_held_open_by_word_is_named_in_the_message(monkeypatch, tmp_path, no_waiting):
    source, target = tmp_path / "moi.docx", tmp_path / "Bai viet.docx"
    source.write_bytes(b"new")
    target.write_bytes(b"old")

    def word_has_it(src, dst):
        raise _sharing_violation()

    monkeypatch.setattr(fileops.os, "replace", word_has_it)
    with pytest.raises(FileInUseError) as caught:
        fileops.replace(source, target)
    assert str(caught.value) == (
        f"{target}: the file is open in another program; close it there and try again"
    )
    assert target.read_bytes() == b"old"
    assert 1.0 <= sum(no_waiting) <= 3.0  # brief: a person waits, then reads why


def test_other_errors_are_not_retried(monkeypatch, tmp_path, no_waiting):
    def missing(src, dst):
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(fileops.os, "replace", missing)
    with pytest.raises(FileNotFoundError):
        fileops.replace(tmp_path / "a", tmp_path / "b")
    assert no_waiting == []


def test_remove_waits_out_a_brief_lock(monkeypatch, tmp_path, no_waiting):
    path = tmp_path / "anh.jpg.tmp"
    path.write_bytes(b"x")
    real_unlink, calls = Path.unlink, []

    def scanned_once(self, missing_ok=False):
        calls.append(self)
        if len(calls) == 1:
            raise _sharing_violation()
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", scanned_once)
    fileops.remove(path)
    assert not path.exists() and len(calls) == 2
    fileops.remove(path)  # already gone: nothing to do


def test_the_window_says_it_in_vietnamese(installed_vietnamese, tmp_path):
    from deskeditor.gui.error_text import localized

    text = localized(FileInUseError(tmp_path / "Bài viết.docx"))
    assert text == (
        f"{tmp_path / 'Bài viết.docx'}: tệp đang được mở trong chương trình khác; "
        "hãy đóng tệp ở đó rồi thử lại"
    )


# ------------------------------------------------------------------ temporary names


def test_temporary_names_are_short_and_not_dot_names():
    long_name = "Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm 2025 của Cụm II.docx"
    prefix = fileops.temp_prefix(long_name)
    assert prefix.startswith("~") and not prefix.startswith(".")
    assert len(prefix) <= 27
    assert fileops.temp_prefix(".hidden.html") == "~hidden-"
    assert fileops.is_temp_name(prefix + "k2j3h4.tmp")
    assert not fileops.is_temp_name("~$Bài viết.docx")  # Word's own lock file


@pytest.mark.unicode_paths
def test_exports_and_backups_stage_under_tilde_names_not_dot_names(tmp_path, store):
    from deskeditor.backups import copy_database
    from deskeditor.safeio import StagedFiles

    tmp_path = tmp_path / "xuat"
    tmp_path.mkdir()
    target = tmp_path / "Hội nghị sơ kết công tác thi đua khen thưởng năm 2025.docx"
    with StagedFiles() as batch:
        batch.stage_file(target, b"PK")
        batch.stage_folder(tmp_path / "trang", {"index.html": b"<p>"})
        staged = sorted(p.name for p in tmp_path.iterdir())
        batch.commit()
    assert len(staged) == 2 and all(fileops.is_temp_name(name) for name in staged), staged
    assert all(len(name) < len(target.name) for name in staged)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, "trang"])

    seen = []
    real_replace = fileops.os.replace

    def watch(src, dst):
        seen.append(Path(src).name)
        real_replace(src, dst)

    fileops.os.replace = watch
    try:
        copy_database(store.db.conn, tmp_path / "sao-luu.db")
    finally:
        fileops.os.replace = real_replace
    assert seen and seen[0].startswith("~backup-") and seen[0].endswith(".tmp")


def test_a_target_word_holds_open_is_named_and_nothing_changes(monkeypatch, tmp_path, no_waiting):
    from deskeditor.safeio import StagedFiles, WriteError

    target = tmp_path / "Bai viet.docx"
    target.write_bytes(b"old")
    real_replace = os.replace

    def word_has_target(src, dst):
        if Path(src) == target:  # moving it aside is refused while Word has it
            raise _sharing_violation()
        real_replace(src, dst)

    monkeypatch.setattr(fileops.os, "replace", word_has_target)
    with pytest.raises(WriteError) as caught, StagedFiles() as batch:
        batch.stage_file(target, b"new")
        batch.commit()
    assert str(caught.value) == (
        f"{target}: the file is open in another program; close it there and try again; "
        "nothing was changed"
    )
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
